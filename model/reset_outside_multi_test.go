package model

import (
	"testing"
	"time"
)

// A reset to the log's end made by another console, on a topic of
// several partitions written slowly (some polls bring a partition no
// record), reads no consume rate on any partition nor on the topic, at
// every poll after it (ut28a U8: a second console read 51.6/s OK and
// `eta ~1s` for a group with no members that another console had reset).
func TestAResetFromAnotherConsoleReadsNoRateOnAnyPartition(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	tps := []TP{{"warehouse", 0}, {"warehouse", 1}, {"warehouse", 2}}
	l := NewLags(LagConfig{History: 300, Window: 30, StopAfter: 5 * time.Minute})
	group := []GroupStat{{ID: "g", State: "Empty"}}
	committed := map[TP]int64{tps[0]: 50, tps[1]: 55, tps[2]: 40}
	highs := map[TP]int64{tps[0]: 400, tps[1]: 380, tps[2]: 390}
	const resetAt = 60
	for i := range 90 {
		before := copyOffsets(highs)
		for k, tp := range tps { // about 3 records a second over the topic, 2 s polls
			if (i+k)%3 != 0 {
				highs[tp] += int64(1 + (i+k)%2*2)
			}
		}
		if i == resetAt { // to latest, between the last poll and this one: half of what landed since is after it
			for _, tp := range tps {
				committed[tp] = before[tp] + (highs[tp]-before[tp])/2
			}
		}
		var parts []PartitionStat
		for _, tp := range tps {
			parts = append(parts, PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: highs[tp]})
		}
		offs := map[TP]int64{}
		for tp, o := range committed {
			offs[tp] = o
		}
		l.Observe(t0.Add(time.Duration(i)*2*time.Second), parts, copyOffsets(highs), group, []Committed{{Group: "g", Offsets: offs}})
		if i < resetAt {
			continue
		}
		g := l.Groups["g"]
		if r := g.Topics["warehouse"].Rate; r != 0 {
			t.Fatalf("poll %d (%d after the reset): the topic reads %.1f/s consumed", i, i-resetAt, r)
		}
		for _, tp := range tps {
			if r := g.Parts[tp].Rate; r != 0 {
				t.Fatalf("poll %d (%d after the reset): %v reads %.1f/s consumed", i, i-resetAt, tp, r)
			}
		}
	}
}

func copyOffsets(m map[TP]int64) map[TP]int64 {
	out := make(map[TP]int64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// A poll reads the committed offsets before the high watermarks: a reset
// to the end landing between the two reads is seen, at the next poll, a
// few records below the end that poll saw. Still a reset, not a consume
// rate (ut28a U8, a second console, 100+ groups: 51.6/s OK for a group
// with no members).
func TestAResetBetweenAPollsReadsIsAReset(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	tp := TP{"warehouse", 0}
	l := NewLags(LagConfig{History: 300, Window: 30, StopAfter: 5 * time.Minute})
	group := []GroupStat{{ID: "g", State: "Empty"}}
	committed, high := int64(50), int64(400)
	for i := range 60 {
		high += 6 // 3 records a second, 2 s polls
		seen := committed
		if i == 40 { // the reset lands after this poll read the offsets, 4 records before it read the end
			committed = high - 4
		}
		l.Observe(t0.Add(time.Duration(i)*2*time.Second), []PartitionStat{{Topic: tp.Topic, Partition: tp.Partition, High: high}},
			map[TP]int64{tp: high}, group, []Committed{{Group: "g", Offsets: map[TP]int64{tp: seen}}})
		if i > 40 {
			if r := l.Groups["g"].Parts[tp].Rate; r != 0 {
				t.Fatalf("poll %d (%d after the reset): %.1f/s consumed", i, i-40, r)
			}
		}
	}
}
