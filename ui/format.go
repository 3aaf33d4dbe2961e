package ui

import (
	"cmp"
	"math"
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

// ageOrder compares a and b as age prints them against now, newest (the
// smallest age) first and no time ("-") last. Times whose ages read alike
// (`now`, `5s`, `2m`) are equal, so a stable sort keeps them in key order
// and a row moves only when an age shown changes, not on the sub-second
// differences the column does not show (ut42a-5: rows all reading `now`
// swapped places every few seconds).
func ageOrder(now, a, b time.Time) int {
	return cmp.Compare(shownAge(now, a), shownAge(now, b))
}

// shownAge is the age age(now, t) prints, as a duration: 0 for `now`,
// rounded down to the unit printed otherwise, the longest for no time.
func shownAge(now, t time.Time) time.Duration {
	if t.IsZero() {
		return math.MaxInt64
	}
	if d := now.Sub(t); d >= time.Second {
		return model.ElapsedFloor(d)
	}
	return 0
}

// count prints n with thousands separators.
func count[T int | int64 | uint64](n T) string { return model.Thousands(n) }

// offsetText prints an offset as a position is written everywhere after
// an `@` (the Log's `orders/4@1596`, Groups' `/4 @1596`, a delivery, an
// offsets deletion's preview): its digits alone, as kcat prints it and as
// a reset's `to` takes it, never grouped (ut33 Za9: `@1,596` side by side
// beside `@1596` in the Log). Counts and table columns are grouped (count).
func offsetText(n int64) string { return strconv.FormatInt(n, 10) }

// plural prints n and its noun, with an s unless n is one: "1 key", "2 keys".
func plural[T int | int64 | uint64](n T, noun string) string { return model.Plural(n, noun) }

// rate prints a per-second rate compactly. A rate above zero that one
// decimal would round to 0.0 reads `<0.1/s` (one record in a 30 s span),
// so it never says 0.0/s beside a trend's bar for that record (ut35-17).
func rate(r float64) string {
	switch {
	case r > 0 && r < 0.05:
		return "<0.1/s"
	case r >= 10_000:
		return strconv.FormatFloat(r/1000, 'f', 1, 64) + "k/s"
	case r >= 100:
		return strconv.FormatFloat(r, 'f', 0, 64) + "/s"
	}
	return strconv.FormatFloat(r, 'f', 1, 64) + "/s"
}

// shownRate is the number rate(r) prints, so a sort by rate ties rates
// that read alike (two topics at `2.0/s`) and keeps them in name order
// rather than swapping them on digits the column does not show (ut42a-5's
// kind); every `<0.1/s` is one value, above 0.
func shownRate(r float64) float64 {
	scale, decimals := 1.0, 1
	switch {
	case r > 0 && r < 0.05:
		return 0.05
	case r >= 10_000:
		scale = 1000
	case r >= 100:
		decimals = 0
	}
	// printed and read back, not rounded by arithmetic: 0.15 prints 0.1
	// (its binary value is under 0.15), math.Round(0.15*10) is 2
	var buf [32]byte
	v, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], r/scale, 'f', decimals, 64)), 64)
	if err != nil {
		return r
	}
	return v * scale
}
