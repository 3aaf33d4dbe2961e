package model

import (
	"fmt"
	"testing"
	"time"
)

// scaleSnapshot is a poll of 10,000 partitions (500 topics x 20) and 2,000
// groups, each with one member on every partition of one topic.
func scaleSnapshot() ([]PartitionStat, map[TP]int64, []GroupStat, []Committed) {
	var parts []PartitionStat
	highs := map[TP]int64{}
	for t := range 500 {
		for p := range 20 {
			tp := TP{fmt.Sprintf("topic-%04d", t), p}
			parts = append(parts, PartitionStat{Topic: tp.Topic, Partition: p, High: 1000})
			highs[tp] = 1000
		}
	}
	var groups []GroupStat
	var committed []Committed
	for g := range 2000 {
		topic := fmt.Sprintf("topic-%04d", g%500)
		m := MemberStat{ID: "m", ClientID: "c", Host: "/h"}
		offs := map[TP]int64{}
		for p := range 20 {
			m.Assigned = append(m.Assigned, TP{topic, p})
			offs[TP{topic, p}] = int64(900 + g%100)
		}
		id := fmt.Sprintf("group-%05d", g)
		groups = append(groups, GroupStat{ID: id, State: "Stable", Members: 1, Detail: []MemberStat{m}})
		committed = append(committed, Committed{Group: id, Offsets: offs})
	}
	return parts, highs, groups, committed
}

// BenchmarkObserveScale is the model's share of one poll at scale.
func BenchmarkObserveScale(b *testing.B) {
	parts, highs, groups, committed := scaleSnapshot()
	l := NewLags(DefaultLagConfig())
	now := time.Now()
	for b.Loop() {
		now = now.Add(time.Second)
		l.Observe(now, parts, highs, groups, committed)
	}
}
