package model

import "time"

// DrainMeter measures how fast a catch-up drains: the records per second
// by which the tail's Behind shrinks, over a short sliding window. It is
// started at the catch-up's first fold, so neither the connection nor
// the first fetch's wait counts, and it needs no whole second of history:
// two folds a tenth of a second apart give a figure. Time is passed in.
type DrainMeter struct {
	samples []drainSample // oldest first; samples[0] is the window's anchor
	last    drainSample
	started bool
}

type drainSample struct {
	at     time.Time
	behind int64
}

// Drain meter tuning: the window the rate is measured over, the spacing
// of kept samples (bounding the meter at window/spacing+1 samples), and
// the shortest span that gives a rate.
const (
	drainWindow  = 3 * time.Second
	drainSpacing = 100 * time.Millisecond
	drainMinSpan = 50 * time.Millisecond
)

// Reset forgets every sample: a new catch-up begins.
func (m *DrainMeter) Reset() {
	m.samples, m.last, m.started = m.samples[:0], drainSample{}, false
}

// Started reports whether a sample was added since the last Reset.
func (m *DrainMeter) Started() bool { return m.started }

// Add notes that behind records were behind at now.
func (m *DrainMeter) Add(now time.Time, behind int64) {
	m.last, m.started = drainSample{at: now, behind: behind}, true
	if n := len(m.samples); n == 0 || now.Sub(m.samples[n-1].at) >= drainSpacing {
		m.samples = append(m.samples, m.last)
	}
	// Keep one sample at or before the window's start as the anchor.
	drop := 0
	for drop+1 < len(m.samples) && !m.samples[drop+1].at.After(now.Add(-drainWindow)) {
		drop++
	}
	if drop > 0 {
		m.samples = append(m.samples[:0], m.samples[drop:]...)
	}
}

// Rate is the records per second Behind shrank by over the window (the
// folds outpacing the producers); negative when the tail falls further
// behind, 0 when fewer than drainMinSpan of samples exist.
func (m *DrainMeter) Rate() float64 {
	if !m.started || len(m.samples) == 0 {
		return 0
	}
	first := m.samples[0]
	span := m.last.at.Sub(first.at)
	if span < drainMinSpan {
		return 0
	}
	return float64(first.behind-m.last.behind) / span.Seconds()
}

// CatchUpLeft is how long draining behind records takes at drain records
// per second: -1 when it is not draining (not measured yet, or falling
// behind), 0 when nothing is behind.
func CatchUpLeft(behind int64, drain float64) time.Duration {
	switch {
	case behind <= 0:
		return 0
	case drain <= 0:
		return -1
	}
	return time.Duration(float64(behind) / drain * float64(time.Second))
}
