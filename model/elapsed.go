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
