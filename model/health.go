package model

import (
	"fmt"
	"time"
)

// Health is a Burrow-style verdict on a consumer, worst last.
type Health uint8

const (
	HealthOK    Health = iota // lag zero in the window, or the consumer keeps up
	HealthWarn                // lag rose on every poll of the window
	HealthStall               // committed offset did not move over the window while lag is non-zero
	HealthStop                // no progress for longer than StopAfter while lag is non-zero
	HealthErr                 // offsets went backwards, or they could not be read
)

func (h Health) String() string {
	return [...]string{"OK", "WARN", "STALL", "STOP", "ERR"}[h]
}

// Sample is one poll's view of a group's partition: the committed offset
// and the lag behind the high watermark at that time.
type Sample struct {
	At          time.Time
	Offset, Lag int64
}

// minSamples is how many polls the trend rules (WARN, STALL) need: with
// fewer, a single slow poll would look like a trend.
const minSamples = 3

// Evaluate applies Burrow's sliding-window rules (linkedin/Burrow
// core/internal/evaluator) to the window of samples, oldest first. moved
// is when the committed offset last changed. Burrow judges commits; we see
// polls, so "no commits for a long time" becomes "no progress for
// stopAfter". It returns the verdict and the reason in words.
func Evaluate(win []Sample, moved, now time.Time, stopAfter time.Duration) (Health, string) {
	if len(win) == 0 {
		return HealthOK, "no committed offset seen yet"
	}
	for i := 1; i < len(win); i++ {
		if win[i].Offset < win[i-1].Offset {
			return HealthErr, fmt.Sprintf("committed offset went back from %d to %d", win[i-1].Offset, win[i].Offset)
		}
	}
	last := win[len(win)-1]
	for _, s := range win {
		if s.Lag == 0 {
			return HealthOK, "lag was zero within the window"
		}
	}
	if stopAfter > 0 && !moved.IsZero() && now.Sub(moved) > stopAfter {
		return HealthStop, fmt.Sprintf("no progress for %s (offset %d, lag %d)", now.Sub(moved).Round(time.Second), last.Offset, last.Lag)
	}
	if len(win) < minSamples {
		return HealthOK, "too few polls to judge a trend"
	}
	first := win[0]
	if first.Offset == last.Offset {
		return HealthStall, fmt.Sprintf("offset stuck at %d for %s while lag is %d", last.Offset, last.At.Sub(first.At).Round(time.Second), last.Lag)
	}
	if rising(win) {
		return HealthWarn, fmt.Sprintf("lag rose on every poll, from %d to %d", first.Lag, last.Lag)
	}
	return HealthOK, fmt.Sprintf("consuming; lag %d", last.Lag)
}

// rising reports whether lag never fell across the window and ended higher.
func rising(win []Sample) bool {
	for i := 1; i < len(win); i++ {
		if win[i].Lag < win[i-1].Lag {
			return false
		}
	}
	return win[len(win)-1].Lag > win[0].Lag
}
