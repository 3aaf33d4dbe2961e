package model

import (
	"testing"
	"time"
)

// ut34b-1: a console started minutes after a one-off load of 50 records
// read `audit 1.7/s` for a minute: its first poll did not read the
// partition's watermarks (High 0, Err set), and the next counted the
// whole log as produced. A watermark not read is no mark: the first one
// read is the baseline, and a topic with no new offset reads 0.0/s.
func TestAWatermarkNotReadIsNoMove(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(1_000_000, 0)
	for i := range 4 {
		p := PartitionStat{Topic: "audit", Partition: 0, High: 50}
		highs := map[TP]int64{{"audit", 0}: 50}
		if i == 0 {
			p.High, p.Err, highs = 0, "watermarks not read: refused", map[TP]int64{}
		}
		parts := []PartitionStat{p}
		topics := []TopicStat{{Name: "audit", Partitions: 1}}
		SumTopics(topics, parts)
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(i) * 5 * time.Second), Partitions: parts, Topics: []string{"audit"}, Highs: highs, TopicStats: topics})
		s.Read(func(st *State) {
			if r := st.TopicStats[0].Rate; r != 0 {
				t.Errorf("poll %d: audit %.1f/s, want 0", i, r)
			}
		})
	}
}
