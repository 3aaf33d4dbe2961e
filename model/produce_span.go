package model

import "time"

// A topic's produce rate, and each of its partitions', is the records
// this console saw produced over the last RateSpan (30 s) divided by the
// time they were counted over: the records between the newest poll at or
// before RateSpan ago and this poll, over the time between those two
// polls (a little over RateSpan, by up to a poll interval). While the
// console has watched for less than RateSpan, it is the records since its
// first poll over the time since. Records written before the first poll
// are no rate (ut35-1, ut34b-1: records written 40 s before the console
// started read 1.0/s beside a flat trend for a minute): the first poll
// reads 0.0/s, as the trend, counted from the same polls (the topic's
// Produced), is flat. So the rate reads 0 at most RateSpan and one poll
// after the last record (ut35-4: ~60 s under rules of the producer's
// rhythm), a burst reads its records over RateSpan (ut35-20: 100 records
// read 4.3/s, a number no span gives), and a partition's rate is its
// records over the topic's span, so a topic's rate is the sum of its
// partitions' on every screen.

// RateSpan is the time the produce rates are measured over.
const RateSpan = 30 * time.Second

// RateLeast is the least time a produce rate is measured over before
// it is said: the first polls of a console, a second or two apart, gave
// rates over those seconds (ut40b-24: two topics written at 0.6/s each
// read 1.0/s and 0.0/s under `rate 30s` on the first frame, one record
// or none in a second). A topic created since the console's first poll
// divides by RateSpan from its first sight (rateSpan.new): it is
// measured at once.
const RateLeast = 10 * time.Second

// spanStep is the least time between two polls' counts kept: RateSpan
// over spanStep bounds how many a topic keeps, whatever the poll interval.
const spanStep = time.Second

// spanSnap is a topic's counts at one poll: its records produced in all
// (total) and per partition (vals), at (Unix nanoseconds).
type spanSnap struct {
	at    int64
	total int64
	vals  []int64
}

// rateSpan is the polls' counts a topic's rate is measured from, oldest
// first: the newest at or before RateSpan before the last poll, and the
// later ones at least spanStep apart.
//
// A topic created since the console's first poll (new) had no records
// before the poll before it was seen: its rate divides by RateSpan while
// it has been seen for less (ut36a-16: 60 records written at once into a
// new topic read 4.6/s, 60 over the 13 s seen, falling to 2.0/s and
// then 0 with nothing more written; they are 2.0/s over the last 30 s).
type rateSpan struct {
	snaps []spanSnap
	new   bool
	// held is the rate said at the last poll over whole arrivals (0 for
	// none), kept while a new measure's span allows it (measure).
	held float64
	// b is the base's index in snaps: those before it are an arrival
	// kept from before the window (step).
	b int
}

// step notes the counts at the poll at now (produced: the topic's total,
// cum: per partition) and forgets those older than the rate needs.
func (s *rateSpan) step(now time.Time, produced int64, cum []int64) {
	at := now.UnixNano()
	if n := len(s.snaps); n == 0 || at-s.snaps[n-1].at >= int64(spanStep) {
		s.snaps = append(s.snaps, spanSnap{at: at, total: produced, vals: append([]int64(nil), cum...)})
	}
	base := 0 // the base is the newest snapshot at or before RateSpan ago
	for base+1 < len(s.snaps) && s.snaps[base+1].at <= at-int64(RateSpan) {
		base++
	}
	// The last arrival at or before the base is kept, with the snapshot
	// before it, where no older than twice RateSpan: a rhythm slower than
	// half the window still has two arrivals to measure (measure).
	keep := base
	for keep > 0 && s.snaps[keep].total <= s.snaps[keep-1].total {
		keep--
	}
	if keep == 0 || s.snaps[keep-1].at < at-2*int64(RateSpan) {
		keep = base + 1
	}
	keep--
	s.snaps = s.snaps[:copy(s.snaps, s.snaps[keep:])]
	s.b = base - keep
}

// base is the snapshot the rate counts from, ok false before any.
func (s *rateSpan) base() (spanSnap, bool) {
	if len(s.snaps) == 0 {
		return spanSnap{}, false
	}
	return s.snaps[s.b], true
}

// secs is the seconds a rate from base b to now divides by: the time
// between the two polls, RateSpan at least for a new topic.
func (s *rateSpan) secs(now time.Time, b spanSnap) float64 {
	d := time.Duration(now.UnixNano() - b.at)
	if s.new && d > 0 {
		d = max(d, RateSpan)
	}
	return d.Seconds()
}

// measured reports whether a rate at now spans RateLeast or more (or
// the topic is new: its rate divides by RateSpan whatever it spans).
func (s *rateSpan) measured(now time.Time) bool {
	b, ok := s.base()
	return ok && (s.new || time.Duration(now.UnixNano()-b.at) >= RateLeast)
}

// measure is what a rate at now counts (produced and cum: the counts at
// now): the records from snapshot from to snapshot to, over secs.
//
// Where the records came in two or more arrivals (polls whose count rose
// over the one before) since the base, it counts whole arrivals: from the
// first arrival to the last, the first's records left out, over the time
// between them, so a producer writing in batches reads the same rate
// whether the window's edge holds five batches or six (ut42b-9: 2/s in
// batches every 5.3 s read 2.0/s and 1.6/s at alternate polls, the
// window dropping a whole batch at its edge). That holds while the
// arrivals are a rhythm spanning the window: the first and the last
// within a gap and a half (rhythmSlack) of its edges. A burst, a
// producer starting or one silent for longer than that (stopped), a
// topic new since the console started and a lone arrival count from
// the base to now, the records of the last 30 s (above).
func (s *rateSpan) measure(now time.Time, produced int64, cum []int64) (from, to spanSnap, secs float64, whole bool) {
	b, ok := s.base()
	if !ok {
		return spanSnap{}, spanSnap{}, 0, false
	}
	cur := spanSnap{at: now.UnixNano(), total: produced, vals: cum}
	n := len(s.snaps)
	if cur.at > s.snaps[n-1].at {
		n++ // now is a point of its own: the poll kept no snapshot (spanStep)
	}
	at := func(i int) spanSnap {
		if i < len(s.snaps) {
			return s.snaps[i]
		}
		return cur
	}
	first, last, k := -1, -1, 0
	for i := 1; i < n; i++ {
		if at(i).total > at(i-1).total {
			if first < 0 {
				first = i
			}
			last, k = i, k+1
		}
	}
	if s.new || k < 2 {
		return b, cur, s.secs(now, b), false
	}
	from, to = at(first), at(last)
	gap := (to.at - from.at) / int64(k-1)
	if from.at > b.at+gap*rhythmSlack/2 || cur.at-to.at > gap*rhythmSlack/2 {
		return b, cur, s.secs(now, b), false // a burst, a start or a stop: no rhythm spans the window
	}
	// How far the span could be off: the arrivals' records came somewhere
	// in the poll gaps before the first and the last (ut42b-9: at 1 s polls
	// 10 records every 5.3 s read 1.8/s to 2.0/s by where the polls fell).
	// While the rate said last is within that, it is kept: it changes
	// when the measure says it is wrong, not at every poll.
	d, off := to.at-from.at, from.at-at(first-1).at+to.at-at(last-1).at
	recs := float64(to.total - from.total)
	if r := s.held; r > 0 && recs > 0 && recs/r >= time.Duration(d-off).Seconds() && recs/r <= time.Duration(d+off).Seconds() {
		return from, to, recs / r, true
	}
	return from, to, time.Duration(d).Seconds(), true
}

// rhythmSlack, in halves of the arrivals' mean gap, is how far from the
// window's edges (its base and now) the first and last arrival may be
// while they still read as a rhythm that spans it: a gap and a half,
// for producers and polls that keep no exact time.
const rhythmSlack = 3

// rate is the topic's records/s at now (produced at now), as measure
// counts them.
func (s *rateSpan) rate(now time.Time, produced int64) float64 {
	from, to, secs, whole := s.measure(now, produced, nil)
	s.held = 0
	if secs <= 0 || to.total <= from.total {
		return 0
	}
	r := float64(to.total-from.total) / secs
	if whole {
		s.held = r
	}
	return r
}

// rateOf is partition p's records/s at now (produced and cum: the
// topic's counts at now), over the topic's measure, so the partitions' rates sum to the topic's. A
// partition newer than the first count counts from 0 there: its counts
// start at first sight.
func (s *rateSpan) rateOf(now time.Time, produced int64, cum []int64, p int) float64 {
	from, to, secs, _ := s.measure(now, produced, cum)
	if secs <= 0 || p < 0 || p >= len(to.vals) {
		return 0
	}
	var start int64
	if p < len(from.vals) {
		start = from.vals[p]
	}
	if to.vals[p] <= start {
		return 0
	}
	return float64(to.vals[p]-start) / secs
}
