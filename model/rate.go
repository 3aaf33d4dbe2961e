package model

import "time"

// RateMeter counts events in one-second buckets over a short window and
// reports a per-second rate. Time is passed in, never read, so the meter
// is deterministic in tests.
type RateMeter struct {
	buckets [rateWindow]uint64
	sec     int64 // the second buckets[sec%rateWindow] counts
	total   uint64
}

const rateWindow = 6

// Add counts n events at now.
func (m *RateMeter) Add(now time.Time, n int) {
	m.advance(now.Unix())
	m.buckets[m.sec%rateWindow] += uint64(n)
	m.total += uint64(n)
}

// Total counts every event ever added.
func (m *RateMeter) Total() uint64 { return m.total }

// Rate is the mean rate over the last complete seconds before now
// (the current, partial second is left out so the figure does not sag).
func (m *RateMeter) Rate(now time.Time) float64 {
	cur := now.Unix()
	var sum uint64
	var secs int64
	for s := cur - (rateWindow - 1); s < cur; s++ {
		secs++
		if s <= m.sec && s > m.sec-rateWindow {
			sum += m.buckets[s%rateWindow]
		}
	}
	if secs == 0 {
		return 0
	}
	return float64(sum) / float64(secs)
}

func (m *RateMeter) advance(sec int64) {
	if sec <= m.sec {
		return
	}
	if sec-m.sec >= rateWindow {
		m.buckets = [rateWindow]uint64{}
	} else {
		for s := m.sec + 1; s <= sec; s++ {
			m.buckets[s%rateWindow] = 0
		}
	}
	m.sec = sec
}
