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
}

// step notes the counts at the poll at now (produced: the topic's total,
// cum: per partition) and forgets those older than the rate needs.
func (s *rateSpan) step(now time.Time, produced int64, cum []int64) {
	at := now.UnixNano()
	if n := len(s.snaps); n == 0 || at-s.snaps[n-1].at >= int64(spanStep) {
		s.snaps = append(s.snaps, spanSnap{at: at, total: produced, vals: append([]int64(nil), cum...)})
	}
	drop := 0 // the base is the newest snapshot at or before RateSpan ago
	for drop+1 < len(s.snaps) && s.snaps[drop+1].at <= at-int64(RateSpan) {
		drop++
	}
	s.snaps = s.snaps[:copy(s.snaps, s.snaps[drop:])]
}

// base is the snapshot the rate counts from, ok false before any.
func (s *rateSpan) base() (spanSnap, bool) {
	if len(s.snaps) == 0 {
		return spanSnap{}, false
	}
	return s.snaps[0], true
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

// rate is the topic's records/s from base to now (produced at now).
func (s *rateSpan) rate(now time.Time, produced int64) float64 {
	b, ok := s.base()
	secs := s.secs(now, b)
	if !ok || secs <= 0 || produced <= b.total {
		return 0
	}
	return float64(produced-b.total) / secs
}

// rateOf is partition p's records/s from base to now (cum: the counts at
// now). A partition newer than the base counts from 0 there: its counts
// start at first sight.
func (s *rateSpan) rateOf(now time.Time, cum []int64, p int) float64 {
	b, ok := s.base()
	secs := s.secs(now, b)
	if !ok || secs <= 0 || p < 0 || p >= len(cum) {
		return 0
	}
	var from int64
	if p < len(b.vals) {
		from = b.vals[p]
	}
	if cum[p] <= from {
		return 0
	}
	return float64(cum[p]-from) / secs
}
