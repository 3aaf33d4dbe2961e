package model

import (
	"math"
	"testing"
	"time"
)

// A broker restarted empty under washboard (ut18a F5): a bursty topic's
// three partitions fall to high watermark 0 and their group is gone, then
// the producer and the consumers come back. The topic's rate must start
// afresh with its partitions' (it read 20.0/s on 0 records, then 15.0/s
// over partitions each reading 0.0/s), agree with the sum of its
// partitions at every poll after the restart, and the group that
// consumed the new log's first burst must read a consume rate, not 0.
func TestRatesStartAfreshWhenTheLogIsReplaced(t *testing.T) {
	t0 := time.Unix(2_000_000, 0)
	l := NewLags(LagConfig{History: 60, Window: 30, StopAfter: time.Hour})
	const topic = "inventory"
	highs := make([]int64, 3)
	observe := func(sec int, committed []Committed, groups []GroupStat) []PartitionStat {
		parts := make([]PartitionStat, 3)
		hw := map[TP]int64{}
		for p := range parts {
			parts[p] = PartitionStat{Topic: topic, Partition: p, High: highs[p]}
			hw[TP{topic, p}] = highs[p]
		}
		l.Observe(t0.Add(time.Duration(sec)*time.Second), parts, hw, groups, committed)
		return parts
	}
	burst := func() {
		for p := range highs {
			highs[p] += []int64{137, 127, 136}[p]
		}
	}
	group := []GroupStat{{ID: "g", State: "Stable"}}
	offsets := func() []Committed {
		m := map[TP]int64{}
		for p, h := range highs {
			m[TP{topic, p}] = h
		}
		return []Committed{{Group: "g", Offsets: m}}
	}
	// Before the restart: a burst of 400 every 20 s, consumed at once.
	for sec := 0; sec <= 100; sec++ {
		if sec > 0 && sec%20 == 0 {
			burst()
		}
		observe(sec, offsets(), group)
	}
	if r := l.TopicRate(topic); r < 15 {
		t.Fatalf("before the restart the topic reads %.1f/s, want its bursts' 20/s", r)
	}
	// The broker is down for 16 s (no poll), then back empty: no group.
	clear(highs)
	sum := func(parts []PartitionStat) float64 {
		var s float64
		for _, p := range parts {
			s += p.Rate
		}
		return s
	}
	for sec := 117; sec <= 160; sec++ {
		var committed []Committed
		var groups []GroupStat
		switch {
		case sec == 125:
			burst() // the producer's first burst on the new log
		case sec >= 130: // the consumers rejoin having read it all
			committed, groups = offsets(), group
		}
		parts := observe(sec, committed, groups)
		topicRate := l.TopicRate(topic)
		if sec < 125 && topicRate != 0 {
			t.Fatalf("at %ds, %d records on the new log: the topic reads %.1f/s, want 0/s", sec, highs[0]+highs[1]+highs[2], topicRate)
		}
		if math.Abs(topicRate-sum(parts)) > 0.01 {
			t.Fatalf("at %ds the topic reads %.2f/s over partitions reading %.2f/s in all (%.2f, %.2f, %.2f)",
				sec, topicRate, sum(parts), parts[0].Rate, parts[1].Rate, parts[2].Rate)
		}
		if sec == 130 {
			g := l.Groups["g"]
			if g == nil || g.Topics[topic] == nil || g.Topics[topic].Rate <= 0 {
				t.Fatalf("the group that consumed the new log's 400 records reads no consume rate: %+v", g)
			}
			if r := g.Topics[topic].Rate; r > 400 {
				t.Fatalf("consume rate %.1f/s: more than the 400 records since the restart", r)
			}
		}
	}
}
