package model

import (
	"testing"
	"time"
)

// A partition that appears while washboard watches (a topic created or
// recreated, partitions added) has its records counted as produced since
// the poll before; one present at the first poll, or seen before, does
// not (its records may be old).
func TestProducedRateOfPartitionsThatAppear(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	old := PartitionStat{Topic: "old", Partition: 0, High: 1_000_000, TopicID: [16]byte{1}}
	tests := []struct {
		name string
		next []PartitionStat // the second poll's partitions, a second after the first
		want map[TP]float64
	}{
		{"a topic created and filled", []PartitionStat{old, {Topic: "new", Partition: 0, High: 2000, TopicID: [16]byte{2}}},
			map[TP]float64{{"new", 0}: 2000.0 / 30, {"old", 0}: 0}}, // none before it: over RateSpan (ut36a-16)
		{"a partition added", []PartitionStat{old, {Topic: "old", Partition: 1, High: 500, TopicID: [16]byte{1}}},
			map[TP]float64{{"old", 1}: 500}},
		{"a topic recreated under its name", []PartitionStat{{Topic: "old", Partition: 0, High: 3000, TopicID: [16]byte{9}}},
			map[TP]float64{{"old", 0}: 0}}, // the high fell below the old one: no delta this poll
		{"the first poll: no rate", nil, map[TP]float64{{"old", 0}: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLags(LagConfig{})
			first := []PartitionStat{old}
			l.Observe(t0, first, nil, nil, nil)
			parts := first
			if tt.next != nil {
				parts = append([]PartitionStat(nil), tt.next...)
				l.Observe(t0.Add(time.Second), parts, nil, nil, nil)
			}
			for _, p := range parts {
				if want, ok := tt.want[TP{p.Topic, p.Partition}]; ok && p.Rate != want {
					t.Errorf("%s/%d: rate %v, want %v", p.Topic, p.Partition, p.Rate, want)
				}
			}
		})
	}
}

// A topic recreated and refilled: the poll after the one that saw it
// fall has a baseline at its log start.
func TestProducedRateOfARecreatedTopic(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLags(LagConfig{})
	l.Observe(t0, []PartitionStat{{Topic: "a", Partition: 0, High: 100, TopicID: [16]byte{1}}}, nil, nil, nil)
	l.Observe(t0.Add(time.Second), []PartitionStat{{Topic: "b", Partition: 0, High: 7}}, nil, nil, nil) // a is gone
	parts := []PartitionStat{{Topic: "b", Partition: 0, High: 7}, {Topic: "a", Partition: 0, High: 3000, TopicID: [16]byte{2}}}
	l.Observe(t0.Add(2*time.Second), parts, nil, nil, nil)
	if parts[1].Rate != 100 { // 3,000 records in the last 30 s, none before it came back (ut36a-16)
		t.Fatalf("recreated a: rate %v, want 100/s", parts[1].Rate)
	}
}
