package model

// A topic and its partitions are measured over one window: the topic's
// (produce_topic.go, the rule of produce_rate.go over the records of all
// its partitions). Each partition's rate is the records produced to it
// between the first and the last of the topic's moves remembered,
// divided by the time between them, so a topic's rate is the sum of its
// partitions' on every screen (ut19a H4: a topic read 4.9/s over
// partitions reading 3.3/s and 0.0/s, each measured over its own bursts).
// Between bursts the partitions hold as the topic holds; they read 0
// when it does.
//
// For that the topic keeps each partition's count of records produced
// (cum, by partition number: Kafka numbers a topic's partitions 0..n-1)
// at the polls its window may start or end at (snaps).

// rateSnap is a topic's per-partition produced counts at one poll (Unix
// nanoseconds).
type rateSnap struct {
	at   int64
	vals []int64
}

// snapsKept is how many polls' counts a topic keeps: its rateMoves moves
// and the poll before a first move.
const snapsKept = rateMoves + 1

// window is the per-partition side of a topicRate.
type window struct {
	cum   []int64 // records produced to each partition since first sight
	delta []int64 // what this poll added to cum, per partition
	snaps [snapsKept]rateSnap
	n     int // snaps[:n] are set, oldest first
}

// add counts d records produced to partition p at this poll.
func (w *window) add(p int, d int64) {
	if p < 0 || p >= 1<<20 {
		return
	}
	for len(w.cum) <= p {
		w.cum, w.delta = append(w.cum, 0), append(w.delta, 0)
	}
	w.cum[p] += d
	w.delta[p] = d
}

// keep notes the counts at (a move of) the poll at now, and at the poll
// before (prevAt: cum less this poll's deltas) when the window starts
// there (a first move's baseline); then clears this poll's deltas.
func (w *window) keep(m *hwMark, now, prevAt int64, moved bool) {
	if moved {
		if m.fresh && m.n == 2 && m.moves[0].at == prevAt {
			s := w.push(prevAt)
			for p := range s.vals {
				s.vals[p] -= w.delta[p]
			}
		}
		w.push(now)
	}
	clear(w.delta)
}

// push appends a snapshot of cum at at, dropping the oldest when full.
func (w *window) push(at int64) *rateSnap {
	if w.n == snapsKept {
		old := w.snaps[0]
		copy(w.snaps[:], w.snaps[1:])
		w.snaps[snapsKept-1], w.n = old, w.n-1 // its buffer is reused
	}
	s := &w.snaps[w.n]
	w.n++
	s.at, s.vals = at, append(s.vals[:0], w.cum...)
	return s
}

// at is the counts kept at the poll at, nil when none are.
func (w *window) at(at int64) []int64 {
	for i := w.n - 1; i >= 0; i-- {
		if w.snaps[i].at == at {
			return w.snaps[i].vals
		}
	}
	return nil
}

// rateOf is partition p's rate over the topic's window (m), ok false
// when the counts of either end are not kept (the partition is newer
// than the window's start, or the window started before washboard kept
// them): the partition's own rate stands then.
func (w *window) rateOf(m *hwMark, p int) (float64, bool) {
	if m.rate == 0 {
		return 0, true
	}
	if m.n < 2 {
		return 0, false
	}
	first, last := m.moves[0], m.moves[m.n-1]
	a, b := w.at(first.at), w.at(last.at)
	if a == nil || b == nil || p < 0 || p >= len(a) || p >= len(b) || last.at <= first.at {
		return 0, false
	}
	// the partition's share of the topic's records in the window, at the
	// topic's rate (its rhythm's, or a lone burst's over rateLone)
	if total := last.high - first.high; total > 0 {
		return float64(b[p]-a[p]) / float64(total) * m.rate, true
	}
	return 0, true
}

// windowRates sets each partition of the order's Rate to its rate over
// its topic's window (parts: the order's partitions, as indexed).
func (l *Lags) windowRates(parts []PartitionStat) {
	o := &l.order
	if len(o.topicOf) != len(parts) {
		return
	}
	for i := range parts {
		if r, ok := o.topicOf[i].win.rateOf(&o.topicOf[i].mark, parts[i].Partition); ok {
			parts[i].Rate = r
		}
	}
}
