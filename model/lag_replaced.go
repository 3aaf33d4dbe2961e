package model

import "time"

// A partition whose log is replaced (a broker or cluster restarted empty,
// a topic recreated under the same name) starts its offsets again. Its
// rates start again with it: the produce rate of the partition and of its
// topic (produce_rate.go, produce_topic.go), and every group's consume
// rate on it. A group that consumed the new log before washboard saw it
// (it came back with the consumers, after the restart) has no earlier
// sample: its consume rate counts from the log's start at the poll that
// saw the log replaced, not from nothing, so 400 records consumed read as
// a rate and not 0.0/s (ut18a F5).

// replacedKeep is how long a replacement is remembered for groups that
// appear after it.
const replacedKeep = 2 * time.Minute

// noteReplaced records that tp's log was seen replaced at now.
func (l *Lags) noteReplaced(now time.Time, tp TP) {
	if l.replaced == nil {
		l.replaced = map[TP]int64{}
	}
	l.replaced[tp] = now.UnixNano()
}

// sinceReplaced starts g's state on p afresh at its log's replacement,
// once per replacement: the records it was judged on are gone, so its
// health window, its stall time (moved), its rewinds and resets, its
// lag sparkline and its topic's lag history start again at the
// replacement (ut25a Q16: a group read "STOP … no progress for 21m" on a
// cluster 40 s old, its history drawing the old cluster's climb). A
// partition judged from the old log's offsets would read its new,
// lower committed offset as a rewind or a reset.
//
// A replacement seen at an earlier poll than this one (a group that came
// back after its cluster) gets the new log's start at that poll as its
// first sample (low: the log start offset when known, else 0), for its
// consume rate only: the lag there is not known, so the health window
// does not judge it (seed).
func (l *Lags) sinceReplaced(now time.Time, g *GroupLag, p *PartLag, low int64) {
	at, ok := l.replaced[p.TP]
	if !ok || p.from >= at {
		return
	}
	if p.Hist.Len() > 0 || p.Spark != nil {
		p.afresh()
		if t := g.Topics[p.Topic]; t != nil {
			t.Hist.Reset()
		}
	}
	if at < now.UnixNano() {
		p.Hist.Push(Sample{At: at, Offset: low, Lag: 0})
		p.Committed, p.seed = low, at
	}
	p.from = at
}

// afresh forgets everything p knew of its log but its identity and
// storage.
func (p *PartLag) afresh() {
	hist, spark := p.Hist, p.Spark
	hist.Reset()
	if spark != nil {
		spark.Reset()
	}
	*p = PartLag{TP: p.TP, Hist: hist, Spark: spark, SparkStep: 1, seen: p.seen}
}

// judged is win without p's seed sample (sinceReplaced), when it holds
// more than that.
func (p *PartLag) judged(win []Sample) []Sample {
	if len(win) > 1 && p.seed != 0 && win[0].At == p.seed {
		return win[1:]
	}
	return win
}

// newTopicID notes p's log replaced when its topic's id changed from
// was (a topic deleted and recreated under its name, or a cluster
// replaced at the same address: every topic gets a new id), even where
// its high watermark did not fall (the new log already past the old
// one's end). A zero was is a topic whose id was not known: nothing to
// compare.
func (l *Lags) newTopicID(now time.Time, p *PartitionStat, was [16]byte) {
	if was != ([16]byte{}) {
		l.noteReplaced(now, TP{p.Topic, p.Partition})
	}
}

// seenTopicID records a topic id the fast path (lag_order.go) saw change,
// where noteTopics does not run, so the next poll of other partitions
// does not note the same change again.
func (l *Lags) seenTopicID(p *PartitionStat) {
	if s, ok := l.topics[p.Topic]; ok && s.id != p.TopicID {
		l.topics[p.Topic] = topicSeen{id: p.TopicID, parts: s.parts}
	}
}

// forgetReplaced drops replacements older than replacedKeep.
func (l *Lags) forgetReplaced(now time.Time) {
	for tp, at := range l.replaced {
		if now.UnixNano()-at > int64(replacedKeep) {
			delete(l.replaced, tp)
		}
	}
}
