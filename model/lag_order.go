package model

import (
	"math"
	"time"
)

// partOrder is the last poll's partitions in the poller's order, with the
// state Observe keeps for each at the same index: its produce-rate mark
// and its watermark history with the newest high watermark in it. A poll
// of the same partitions in the same order (every poll, while no topic or
// partition comes or goes) then walks slices instead of hashing every
// topic name into two maps and touching every history's memory: on 10,000
// idle partitions that was most of the model's share of a poll.
//
// The maps stay the record: Lags.highs is written back before a poll with
// other partitions, and Lags.hw is what the histories are looked up in.
type partOrder struct {
	tps   []TP
	marks []hwMark
	hist  []*hwHistory // nil: no history yet
	last  []int64      // the newest high in hist[i]; noHigh when it has none
	// topicOf is each partition's topic rate state, topics the distinct
	// ones (produce_topic.go).
	topicOf []*topicRate
	topics  []*topicRate
	// ids is each partition's topic id at the last poll (zero: unknown),
	// for a topic recreated under its name (lag_replaced.go).
	ids [][16]byte
}

// noHigh marks a partition whose history holds no point.
const noHigh = math.MinInt64

// same reports whether parts are the partitions of the last poll, in its order.
func (o *partOrder) same(parts []PartitionStat) bool {
	if len(parts) != len(o.tps) {
		return false
	}
	for i := range parts {
		if parts[i].Partition != o.tps[i].Partition || parts[i].Topic != o.tps[i].Topic {
			return false
		}
	}
	return true
}

// produceRatesIndexed is produceRates for a poll of the last poll's
// partitions; false when they differ.
func (l *Lags) produceRatesIndexed(now time.Time, parts []PartitionStat) bool {
	o := &l.order
	if !o.same(parts) || len(o.marks) != len(parts) || len(o.topicOf) != len(parts) || len(o.ids) != len(parts) {
		return false
	}
	for i := range parts {
		if id := parts[i].TopicID; id != o.ids[i] && id != ([16]byte{}) {
			l.newTopicID(now, &parts[i], o.ids[i])
			l.seenTopicID(&parts[i])
			o.ids[i] = id
		}
		if parts[i].Err != "" { // no watermark read: no move (produce_unread.go)
			parts[i].Rate = o.marks[i].rate
			continue
		}
		ok := o.marks[i].marked()
		if ok && parts[i].High < o.marks[i].high {
			o.topicOf[i].replaced = true
		}
		m := produceRate(o.marks[i], ok, now, parts[i].High)
		o.topicOf[i].count(parts[i].Partition, producedSince(o.marks[i], ok, now, parts[i].High))
		o.marks[i] = m
		parts[i].Rate = m.rate
	}
	return true
}

// unindex writes the indexed marks back into Lags.highs, before a poll of
// other partitions reads them by name.
func (l *Lags) unindex() {
	for i, tp := range l.order.tps {
		if i < len(l.order.marks) {
			l.highs[tp] = l.order.marks[i]
		}
	}
}

// reindex takes parts as the order, with their marks from Lags.highs and
// their histories from Lags.hw.
func (l *Lags) reindex(parts []PartitionStat) {
	o := &l.order
	o.tps, o.marks, o.ids = o.tps[:0], o.marks[:0], o.ids[:0]
	for i := range parts {
		tp := TP{parts[i].Topic, parts[i].Partition}
		o.tps = append(o.tps, tp)
		o.marks = append(o.marks, l.highs[tp])
		o.ids = append(o.ids, parts[i].TopicID)
	}
	l.indexTopics(parts)
	l.reindexHist()
}

// reindexHist points the order's histories at Lags.hw again.
func (l *Lags) reindexHist() {
	o := &l.order
	o.hist, o.last = o.hist[:0], o.last[:0]
	for _, tp := range o.tps {
		r := l.hw[tp]
		last := int64(noHigh)
		if r != nil && len(r.pts) > 0 {
			last = r.pts[len(r.pts)-1].high
		}
		o.hist, o.last = append(o.hist, r), append(o.last, last)
	}
}

// recordHighsIndexed is recordHighs when highs are exactly the high
// watermarks of the order's partitions; false otherwise (nothing pushed
// twice: the slow path skips a history whose newest point is this high).
func (l *Lags) recordHighsIndexed(now time.Time, highs map[TP]int64) bool {
	o := &l.order
	// l.hw holding more than the order means a partition left: the slow
	// path drops its history.
	if len(highs) != len(o.tps) || len(o.hist) != len(o.tps) || len(l.hw) > len(o.tps) {
		return false
	}
	for i, tp := range o.tps {
		h, ok := highs[tp]
		if !ok {
			return false
		}
		r := o.hist[i]
		if o.last[i] == h {
			if r != nil {
				// the poll that saw it standing, as add notes it: a
				// watermark that moves after standing still is dated from
				// here, not spread over the idle minutes (ut34b-6)
				r.seen = now.UnixNano()
			}
			continue
		}
		if r == nil {
			r = &hwHistory{pts: make([]hwPoint, 0, hwHistoryCap)}
			l.hw[tp], o.hist[i] = r, r
		}
		if r.add(hwPoint{at: now.UnixNano(), high: h}) {
			l.noteReplaced(now, tp)
		}
		o.last[i] = h
	}
	return true
}
