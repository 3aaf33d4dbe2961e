package ui

import (
	"strconv"
	"time"

	"github.com/washboard/washboard/model"
)

// age prints how long ago t was (model.Elapsed), "now" under a second.
func age(now, t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	if d := now.Sub(t); d >= time.Second {
		return model.Elapsed(d)
	}
	return "now"
}

// count prints n with thousands separators.
func count[T int | int64 | uint64](n T) string { return model.Thousands(n) }

// plural prints n and its noun, with an s unless n is one: "1 key", "2 keys".
func plural[T int | int64 | uint64](n T, noun string) string { return model.Plural(n, noun) }

// rate prints a per-second rate compactly.
func rate(r float64) string {
	switch {
	case r >= 10_000:
		return strconv.FormatFloat(r/1000, 'f', 1, 64) + "k/s"
	case r >= 100:
		return strconv.FormatFloat(r, 'f', 0, 64) + "/s"
	}
	return strconv.FormatFloat(r, 'f', 1, 64) + "/s"
}
