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
//
// Records since RecentAt are a whole number of a bursty producer's
// bursts, so a rhythm that does not divide the span reads a burst high or
// low (ut30 X11: 300 records every 20 s read 20.0/s, twice 300 over 30 s,
// for a minute and a half). So the first poll also asks where each log
// stood one span earlier, with the timestamps of the records found: the
// records from the first of the earlier span to the first of the recent
// one, over the time between those two records, are whole periods of the
// rhythm (one burst's start to the next's), and a steady producer's are
// the span itself. Where every partition that took records since
// RecentAt has that measure, the topic starts at its sum.

// seedTopics gives the topics of the console's first poll a first move
// at RecentAt (above). It runs after stepTopics, before windowRates.
func (l *Lags) seedTopics(now time.Time, parts []PartitionStat) {
	type seed struct {
		at    int64
		total int64
		per   map[int]int64
		whole float64 // records/s over whole periods (above), while all measure it
		part  bool    // some partition has no whole-period measure
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
		if r, ok := wholePeriods(p); ok {
			s.whole += r
		} else if n > 0 {
			s.part = true
		}
	}
	for topic, s := range seeds {
		t := l.topicRates[topic]
		if t == nil || s.total <= 0 || t.mark.n != 0 {
			continue
		}
		if !s.part && s.whole > 0 { // the seed's move spans the time the whole-period rate takes for its records
			s.at = now.UnixNano() - int64(float64(s.total)/s.whole*float64(time.Second))
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

// wholePeriods is p's rate over whole periods of its producer's rhythm
// (above): the records from the first record at or after one span
// before RecentAt to the first at or after RecentAt, over the time
// between those records' timestamps; ok false where either was not
// found or they are the same record.
func wholePeriods(p *PartitionStat) (rate float64, ok bool) {
	if p.EarlierTime <= 0 || p.EarlierFrom < 0 || p.RecentFrom <= p.EarlierFrom || p.RecentTime <= p.EarlierTime {
		return 0, false
	}
	return float64(p.RecentFrom-p.EarlierFrom) / (float64(p.RecentTime-p.EarlierTime) / 1000), true
}
