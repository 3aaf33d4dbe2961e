package model

import (
	"math"
	"testing"
	"time"
)

// ut42b-20: after the cluster was replaced empty (same topic names,
// offsets 0) the Topics trend still drew the old cluster's minutes at
// full height beside `0` offsets. A log replaced restarts the trend, as
// Partitions' and Groups' histories restart: no bucket before the poll
// that saw it replaced is drawn, and the new log's records are.
func TestTopicTrendRestartsWhereTheLogIsReplaced(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(2_000_000, 0) // on a bucket's start
	const replacedAt = 120        // seconds: the cluster comes back empty
	var high int64
	for sec := range 200 {
		switch {
		case sec == replacedAt:
			high = 0
		case sec > replacedAt+30:
			high += 2 // the new log's producer
		case sec > replacedAt: // the new log, idle for 30 s
		default:
			high += 5
		}
		now := t0.Add(time.Duration(sec) * time.Second)
		p := PartitionStat{Topic: "inv", Partition: 0, High: high}
		s.ApplyPoll(Poll{Start: now, Partitions: []PartitionStat{p}, Topics: []string{"inv"},
			Highs: map[TP]int64{{"inv", 0}: high}, TopicStats: []TopicStat{{Name: "inv", Partitions: 1}}})
		s.Read(func(st *State) {
			trend := st.TopicRates.Last("inv", 60, now, nil)
			since := sec - replacedAt
			if since < 0 {
				return
			}
			// the buckets wholly before the replacement are not drawn
			if whole := (sec/10 - replacedAt/10); len(trend) > whole {
				t.Fatalf("%d s after the log was replaced: %d buckets drawn, want at most %d (%v)", since, len(trend), whole, trend)
			}
			for _, v := range trend {
				if !math.IsNaN(v) && v > 2 {
					t.Fatalf("%d s after the log was replaced: the trend draws %v/s, the old log's 5/s (%v)", since, v, trend)
				}
			}
			if sec == 199 && (len(trend) == 0 || trend[len(trend)-1] != 2) {
				t.Fatalf("the new log's 2/s is not drawn: %v", trend)
			}
		})
	}
}
