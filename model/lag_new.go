package model

import "time"

// Records written to a partition that appeared while washboard watches
// (a topic created or recreated, partitions added) were produced since
// the poll before: their rate has that poll as its baseline, at the
// partition's log start. Without it the header's produced rate read
// 0.0/s exactly when a topic was created and filled (a user test, issue
// 9). A partition washboard has seen before, or one present at the first
// poll, has no such baseline: its records may be years old.

// topicSeen is what earlier polls showed of a topic.
type topicSeen struct {
	id    [16]byte // zero when the poll had no ids
	parts int      // partitions seen: indexes below it existed before
}

// newPartitionMark is the baseline mark of a partition the previous
// polls did not show, or ok false when it has none (the first poll, or a
// partition seen before whose mark was forgotten).
func (l *Lags) newPartitionMark(p *PartitionStat) (hwMark, bool) {
	if l.lastPoll.IsZero() {
		return hwMark{}, false
	}
	seen, ok := l.topics[p.Topic]
	recreated := ok && seen.id != [16]byte{} && p.TopicID != [16]byte{} && seen.id != p.TopicID
	if ok && !recreated && p.Partition < seen.parts {
		return hwMark{}, false
	}
	return hwMark{at: l.lastPoll, high: p.Low}, true
}

// noteTopics remembers the poll's topics for the next one.
func (l *Lags) noteTopics(now time.Time, parts []PartitionStat) {
	if l.topics == nil {
		l.topics = map[string]topicSeen{}
	}
	for i := range parts {
		p := &parts[i]
		s := l.topics[p.Topic]
		if p.TopicID != [16]byte{} && s.id != p.TopicID {
			s = topicSeen{id: p.TopicID}
		}
		s.parts = max(s.parts, p.Partition+1)
		l.topics[p.Topic] = s
	}
	l.lastPoll = now
}
