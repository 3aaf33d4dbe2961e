package model

import (
	"testing"
	"time"
)

// Ten minutes of polls at 1 s under the default [lag] history: the
// group's topic history holds all 600 polls, and the partition's
// sparkline history spans them too, in buckets of PartStep polls (pairs
// merged as it filled), each the highest lag of its polls, within
// partSparkCap buckets (ut22a M11: the
// sparkline showed the newest 40 polls).
func TestLagHistorySpansTheConfiguredHistory(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     LagConfig
		step    int
		buckets int // polls 1..polls in buckets of step: keys 0..polls/step
	}{
		{"default 10m", DefaultLagConfig(), 8, 76},
		{"30 polls", LagConfig{History: 30, Window: 5}, 1, 30},
		{"1h", LagConfig{History: 3600, Window: 30}, 32, 113},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLags(tc.cfg)
			if got := l.PartStep(); got != tc.step {
				t.Fatalf("PartStep %d, want %d", got, tc.step)
			}
			tp := TP{Topic: "orders", Partition: 0}
			start := time.Unix(1_700_000_000, 0)
			polls := tc.cfg.History
			for i := range polls {
				lag := int64(10)
				if i == 4 { // a spike at the fifth poll, the oldest part of the history
					lag = 500
				}
				parts := []PartitionStat{{Topic: "orders", Partition: 0, High: 1000}}
				l.Observe(start.Add(time.Duration(i)*time.Second), parts, map[TP]int64{tp: 1000}, nil,
					[]Committed{{Group: "g", Offsets: map[TP]int64{tp: 1000 - lag}}})
			}
			g := l.Groups["g"]
			top := g.Topics["orders"]
			if top.Hist.Len() != polls || top.Hist.At(4) != 500 {
				t.Errorf("topic history holds %d polls, the fifth %d; want %d with the spike 500", top.Hist.Len(), top.Hist.At(4), polls)
			}
			sp := g.Parts[tp].Spark
			if sp.Len() != tc.buckets || g.Parts[tp].SparkStep != tc.step {
				t.Fatalf("partition sparkline history holds %d buckets of %d polls, want %d of %d", sp.Len(), g.Parts[tp].SparkStep, tc.buckets, tc.step)
			}
			var spikes int
			for i := range sp.Len() {
				if sp.At(i) == 500 {
					spikes++
					if i > 4/tc.step+1 {
						t.Errorf("the spike is in bucket %d of %d, want among the oldest", i, sp.Len())
					}
				} else if sp.At(i) != 10 {
					t.Errorf("bucket %d holds %d, want 10 or the spike", i, sp.At(i))
				}
			}
			if spikes != 1 {
				t.Errorf("the spike is in %d buckets, want 1", spikes)
			}
			if l.Polls() != uint64(polls) {
				t.Errorf("Polls %d, want %d", l.Polls(), polls)
			}
		})
	}
}
