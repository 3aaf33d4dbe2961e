package ui

import "time"

// pollHoldFor is how long the border's poll bound stands after the last
// poll that needed it (one over a quarter of it) before it may fall: on a
// real cluster poll times jitter from 5 to 100 ms poll to poll, and a
// bound that fell at the first fast poll read `≤100ms`, `≤5ms`,
// `≤50ms` in turn on an untouched screen (ut40b-15).
const pollHoldFor = time.Minute

// pollBoundHold is the poll-time bound the border shows: it rises at once
// with a slower poll (pollStep) and falls only after pollHoldFor of polls
// under a quarter of it.
type pollBoundHold struct {
	shown  time.Duration
	needed time.Time // the last poll that took over a quarter of shown
}

// observe takes a poll that took d, seen at now, and returns the bound to
// show.
func (h *pollBoundHold) observe(d time.Duration, now time.Time) time.Duration {
	if d*4 >= h.shown {
		h.needed = now
	}
	next := pollStep(h.shown, d)
	if next < h.shown && now.Sub(h.needed) < pollHoldFor {
		return h.shown
	}
	if next != h.shown {
		h.shown, h.needed = next, now
	}
	return h.shown
}
