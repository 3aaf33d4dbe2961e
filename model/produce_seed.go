package model

import "time"

// A console's first produce rates have no rhythm to go by: the first
// poll is the baseline, and a burst that lands before the second reads
// as if it took one poll interval (ut24a P14: a new console read 304/s
// for a ~40/s cluster, 250 records every 10 s read 250/s, then 8.3/s,
// for its first 20 s). So the first poll also asks where each log stood
// a moment before (PartitionStat.RecentFrom, from the broker's time
// index), and a topic that took records since starts with that span as
// its first move: its rate is the records since RecentAt over the time
// since, then its own moves replace that one as they come (rateMoves),
// so a steady producer reads its rhythm within a few polls. A topic
// whose records carry timestamps older than that (event time set by the
// producer) has no recent offset: it starts as before.

// seedTopics gives the topics of the console's first poll a first move
// at RecentAt (above). It runs after stepTopics, before windowRates.
func (l *Lags) seedTopics(now time.Time, parts []PartitionStat) {
	type seed struct {
		at    int64
		total int64
		per   map[int]int64
	}
	seeds := map[string]*seed{}
	for i := range parts {
		p := &parts[i]
		if p.RecentAt.IsZero() || !p.RecentAt.Before(now) || p.RecentFrom < 0 || p.Err != "" {
			continue
		}
		n := p.High - min(max(p.RecentFrom, p.Low), p.High)
		s := seeds[p.Topic]
		if s == nil {
			s = &seed{at: p.RecentAt.UnixNano(), per: map[int]int64{}}
			seeds[p.Topic] = s
		}
		s.total += n
		s.per[p.Partition] = n
	}
	for topic, s := range seeds {
		t := l.topicRates[topic]
		if t == nil || s.total <= 0 || t.mark.n != 0 {
			continue
		}
		m := &t.mark
		m.moves[0] = hwMove{at: s.at, high: t.produced - s.total}
		m.moves[1] = hwMove{at: now.UnixNano(), high: t.produced}
		m.n, m.fresh, m.idle = 2, false, 0
		m.rate = float64(s.total) / time.Duration(now.UnixNano()-s.at).Seconds()
		from := t.win.push(s.at) // the partitions' counts at both ends, for their shares
		for p := range from.vals {
			from.vals[p] -= s.per[p]
		}
		t.win.push(now.UnixNano())
	}
}
