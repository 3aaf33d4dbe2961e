package model

import (
	"math"
	"testing"
	"time"
)

// ut25a Q15: while the cluster does not answer, the Topics trend drew
// its unpolled buckets as zeros ("none produced") beside a kept rate. A
// bucket no poll answered in is a gap (NaN) whether the polls failed or
// did not come; a bucket polled and empty is a zero; the bucket now is
// in, still filling, is not drawn (ut30 X4).
func TestTopicTrendLeavesUnpolledBucketsAsGaps(t *testing.T) {
	t0 := time.Unix(2_000_000, 0) // on a bucket's start
	tests := []struct {
		name  string
		down  int  // seconds the polls fail, from poll 120
		fails bool // failed polls published (else no poll at all)
		idle  bool // the producer stopped at 120 and the cluster answers
	}{
		{"down 41 s, polls failing", 41, true, false},
		{"down 41 s, no polls", 41, false, false},
		{"down 5 s, polls failing", 5, true, false},
		{"answering, producer stopped", 41, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore(nil, DefaultLimits())
			var high int64
			poll := func(sec int, fail bool) {
				p := Poll{Start: t0.Add(time.Duration(sec) * time.Second)}
				if fail {
					p.Err = "nothing listens on 127.0.0.1:1 (connection refused)"
				} else {
					p.Partitions = []PartitionStat{{Topic: "pay", Partition: 0, High: high}}
					p.Highs, p.Topics = map[TP]int64{{"pay", 0}: high}, []string{"pay"}
					p.TopicStats = []TopicStat{{Name: "pay", Partitions: 1}}
				}
				s.ApplyPoll(p)
			}
			for sec := range 120 {
				high += 25
				poll(sec, false)
			}
			end := 120 + tt.down
			for sec := 120; sec < end; sec++ {
				switch {
				case tt.idle:
					poll(sec, false)
				case tt.fails:
					poll(sec, true)
				}
			}
			now := t0.Add(time.Duration(end-1) * time.Second)
			var trend []float64
			s.Read(func(st *State) { trend = st.TopicRates.Last("pay", 24, now, nil) })
			// buckets 0..11 hold polls 0..119; 12 onward are the last seconds
			for i, v := range trend {
				bucket := int(now.Unix()-t0.Unix())/10 - 1 - (len(trend) - 1 - i)
				switch {
				case bucket >= 1 && bucket < 12 && v != 25: // bucket 0: the first poll counts nothing
					t.Errorf("bucket %d (polled, 25/s): %v, want 25; trend %v", bucket, v, trend)
				case bucket >= 12 && tt.idle && v != 0:
					t.Errorf("bucket %d (polled, nothing produced): %v, want 0; trend %v", bucket, v, trend)
				case bucket >= 12 && !tt.idle && tt.down > 10 && !math.IsNaN(v):
					t.Errorf("bucket %d (no poll answered in it, cluster down %ds): %v, want a gap; trend %v", bucket, tt.down, v, trend)
				}
			}
			if len(trend) != min(24, int(now.Unix()-t0.Unix())/10) {
				t.Errorf("%d buckets, want the %d whole ones (the one now is in left out)", len(trend), min(24, int(now.Unix()-t0.Unix())/10))
			}
		})
	}
}
