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

// sinceReplaced starts p's window (its health and consume rate) at its
// log's replacement, once per replacement; a partition with no sample yet
// gets the new log's start at that poll as its first (low: the log start
// offset when known, else 0).
func (l *Lags) sinceReplaced(now time.Time, p *PartLag, low int64) {
	at, ok := l.replaced[p.TP]
	if !ok || p.from >= at {
		return
	}
	if p.Hist.Len() == 0 && at < now.UnixNano() {
		p.Hist.Push(Sample{At: at, Offset: low, Lag: 0})
		p.Committed = low
	}
	p.from = at
}

// forgetReplaced drops replacements older than replacedKeep.
func (l *Lags) forgetReplaced(now time.Time) {
	for tp, at := range l.replaced {
		if now.UnixNano()-at > int64(replacedKeep) {
			delete(l.replaced, tp)
		}
	}
}
