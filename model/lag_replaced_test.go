package model

import (
	"math"
	"strings"
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

// A cluster replaced empty at the same address (ut25a Q16): the broker
// restarts with the same topics and groups, each group's committed offset
// put back by hand. Every group on the new cluster starts afresh: its
// health window (NEW until a full window, whatever it read on the old
// cluster), its stall time (no "no progress for 21m" on a cluster seconds
// old), and its lag histories (nothing of the old cluster's climb). The
// kinds: a group polled through the replacement with the same committed
// offset, one whose offset is lower on the new log (not a rewind), and
// one that comes back some polls after the cluster did.
func TestGroupsStartAfreshWhenTheLogIsReplaced(t *testing.T) {
	t0 := time.Unix(3_000_000, 0)
	cfg := LagConfig{History: 600, Window: 30, StopAfter: 5 * time.Minute}
	const topic = "payments"
	tp := TP{topic, 0}
	groups := []struct {
		name           string
		oldOff, newOff int64
		backAfter      int // polls after the cluster came back before it is listed again
	}{
		{"same-offset", 0, 0, 0},
		{"lower-offset", 20_000, 100, 0},
		{"back-later", 30_000, 300, 5},
	}
	l := NewLags(cfg)
	observe := func(sec int, high int64, listed func(i int) bool, off func(i int) int64) {
		var gs []GroupStat
		var cs []Committed
		for i, g := range groups {
			if !listed(i) {
				continue
			}
			gs = append(gs, GroupStat{ID: g.name, State: "Empty"})
			cs = append(cs, Committed{Group: g.name, Offsets: map[TP]int64{tp: off(i)}})
		}
		l.Observe(t0.Add(time.Duration(sec)*time.Second), []PartitionStat{{Topic: topic, Partition: 0, High: high}},
			map[TP]int64{tp: high}, gs, cs)
	}
	all := func(int) bool { return true }
	// The old cluster: 21 minutes of a producer at 25/s, the groups' offsets still.
	var sec int
	for ; sec <= 21*60; sec++ {
		observe(sec, 1_000+int64(sec)*25, all, func(i int) int64 { return groups[i].oldOff })
	}
	if h := l.Groups["same-offset"].Health; h != HealthStop {
		t.Fatalf("before the restart: a group still for 21 minutes reads %s, want STOP", h)
	}
	// Down for 46 s, then a new cluster: its log starts at 0 and grows.
	sec += 46
	for n := range 25 {
		high := int64(400 + n*25)
		observe(sec+n, high, func(i int) bool { return n >= groups[i].backAfter }, func(i int) int64 { return groups[i].newOff })
		for _, g := range groups {
			if n < g.backAfter {
				continue
			}
			gl := l.Groups[g.name]
			if gl == nil || gl.Topics[topic] == nil {
				t.Fatalf("%ds after the restart: %s not read", n, g.name)
			}
			polls := n - g.backAfter + 1
			if gl.Health != HealthNew {
				t.Errorf("%ds after the restart, %s's poll %d on the new cluster: health %s (%s), want NEW like every group",
					n, g.name, polls, gl.Health, gl.Reason())
			}
			if r := gl.Reason(); strings.Contains(r, "21m") || strings.Contains(r, "moved back") || strings.Contains(r, "a reset?") {
				t.Errorf("%ds after the restart: %s's reason carries the old cluster: %q", n, g.name, r)
			}
			th := gl.Topics[topic].Hist
			if th.Len() > polls {
				t.Errorf("%ds after the restart: %s's lag history holds %d samples over %d polls of the new cluster", n, g.name, th.Len(), polls)
			}
			p := gl.Parts[tp]
			for j := range p.Spark.Len() {
				if lag := p.Spark.At(j); lag > high {
					t.Errorf("%ds after the restart: %s's partition sparkline holds lag %d above the new log's high %d", n, g.name, lag, high)
					break
				}
			}
			for j := range th.Len() {
				if lag := th.At(j); lag > high {
					t.Errorf("%ds after the restart: %s's lag history holds %d, above the new log's high %d (sample %d of %d)", n, g.name, lag, high, j, th.Len())
					break
				}
			}
		}
	}
}

// A topic recreated under its name (or a cluster replaced, every topic
// getting a new id) is a replaced log even when its high watermark did
// not fall: the new log was already past the old one's end at the first
// poll that saw it. The group on it starts afresh, once, on the poll of
// the same partitions (the indexed path) and on a poll of other ones.
func TestGroupsStartAfreshOnANewTopicID(t *testing.T) {
	t0 := time.Unix(4_000_000, 0)
	tp := TP{"orders", 0}
	for _, addTopic := range []bool{false, true} {
		l := NewLags(LagConfig{History: 600, Window: 30, StopAfter: 5 * time.Minute})
		id := [16]byte{1}
		high := int64(100)
		observe := func(sec int, extra bool) {
			parts := []PartitionStat{{Topic: "orders", Partition: 0, High: high, TopicID: id}}
			highs := map[TP]int64{tp: high}
			if extra {
				parts = append(parts, PartitionStat{Topic: "other", Partition: 0, High: 1, TopicID: [16]byte{9}})
				highs[TP{"other", 0}] = 1
			}
			l.Observe(t0.Add(time.Duration(sec)*time.Second), parts, highs,
				[]GroupStat{{ID: "g", State: "Empty"}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: 50}}})
		}
		sec := 0
		for ; sec < 400; sec++ {
			high += 10
			observe(sec, false)
		}
		if h := l.Groups["g"].Health; h != HealthStop {
			t.Fatalf("before: %s, want STOP", h)
		}
		id, high = [16]byte{2}, high+500 // recreated, and already past the old end
		for n := range 5 {
			observe(sec+n, addTopic && n == 0)
			g := l.Groups["g"]
			if g.Health != HealthNew {
				t.Fatalf("new topic id (partitions changed: %v), poll %d: %s (%s), want NEW", addTopic, n, g.Health, g.Reason())
			}
			if hl := g.Topics["orders"].Hist.Len(); hl != n+1 {
				t.Fatalf("new topic id (partitions changed: %v), poll %d: lag history of %d samples, want %d", addTopic, n, hl, n+1)
			}
		}
	}
}
