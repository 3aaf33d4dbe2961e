package model

import (
	"fmt"
	"testing"
	"time"
)

// idlePoll is a poll of a quiet cluster of 10,000 partitions (100 topics x
// 100) and no groups, as the poller builds it: fresh slices and maps each
// poll, the same watermarks.
func idlePoll(start time.Time) Poll {
	p := Poll{Start: start, Requests: 4, Highs: map[TP]int64{}, Lows: map[TP]int64{}}
	for t := range 100 {
		name := fmt.Sprintf("scale-%04d", t)
		p.Topics = append(p.Topics, name)
		p.TopicStats = append(p.TopicStats, TopicStat{Name: name, Partitions: 100, Replication: 1})
		for n := range 100 {
			tp := TP{name, n}
			p.Partitions = append(p.Partitions, PartitionStat{Topic: name, Partition: n, Leader: 1, High: int64(n)})
			p.Highs[tp], p.Lows[tp] = int64(n), 0
		}
	}
	return p
}

// BenchmarkApplyPollIdle is the model's share of one poll of 10,000 idle
// partitions with no groups: what the store's writer holds the lock for
// once a second on a big quiet cluster.
func BenchmarkApplyPollIdle(b *testing.B) {
	s := NewStore(nil, DefaultLimits())
	start := time.Now()
	polls := make([]Poll, 8) // built outside the timer, reused in turn
	for i := range polls {
		polls[i] = idlePoll(start)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p := polls[i%len(polls)]
		p.Start = start.Add(time.Duration(i) * time.Second)
		s.ApplyPoll(p)
	}
}
