package model

import (
	"strconv"
	"time"
)

// Elapsed prints a span of time (how long ago, how long stuck, how far
// behind, how long left) in its largest whole unit: 45s, 4m, 14m, 3h,
// then days from 48 hours (2d). Every such span washboard prints goes
// through it, in the panes, the side view and the health reasons alike,
// so one span reads one way everywhere (a user test of issue 14, E27:
// `4m36s`, `6m` and `(>10m)` for the same kind). A negative span is 0s.
func Elapsed(d time.Duration) string {
	switch {
	case d < time.Minute:
		return strconv.Itoa(int(max(d, 0)/time.Second)) + "s"
	case d < time.Hour:
		return strconv.Itoa(int(d/time.Minute)) + "m"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + "h"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + "d"
}

// ElapsedFloor is d rounded down to the unit Elapsed prints it in (the
// second under a minute, the minute under an hour, the hour under two
// days, the day past them), so two durations Elapsed prints alike are
// equal here and an order by it changes only where the printed ages do
// (ut42a-5). A negative d is 0, as Elapsed prints it.
func ElapsedFloor(d time.Duration) time.Duration {
	switch {
	case d < 0:
		return 0
	case d < time.Minute:
		return d.Truncate(time.Second)
	case d < time.Hour:
		return d.Truncate(time.Minute)
	case d < 48*time.Hour:
		return d.Truncate(time.Hour)
	}
	return d.Truncate(24 * time.Hour)
}

// Length prints a length of time someone chose (a chart window, an idle
// timeout) in the largest unit that divides it: 5m, 90s, 1h, 1m for 60s.
// Elapsed rounds down, which would print a 90s window as 1m; Go's
// Duration.String prints 60s as 1m0s (ut21a K7-3). Below a second it is
// Go's form (500ms).
func Length(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d >= time.Minute && d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + "m"
	case d >= time.Second && d%time.Second == 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + "s"
	}
	return d.String()
}
