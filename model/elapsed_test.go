package model

import (
	"testing"
	"time"
)

// ElapsedFloor keeps what Elapsed prints and drops what it does not: two
// spans it maps alike print alike, so an order by it is the order of the
// printed ages (ut42a-5).
func TestElapsedFloorIsWhatElapsedPrints(t *testing.T) {
	for _, c := range []struct {
		d, want time.Duration
	}{
		{-time.Second, 0},
		{400 * time.Millisecond, 0},
		{5*time.Second + 900*time.Millisecond, 5 * time.Second},
		{61*time.Second + time.Millisecond, time.Minute},
		{119 * time.Second, time.Minute},
		{3*time.Hour + 59*time.Minute, 3 * time.Hour},
		{47*time.Hour + 59*time.Minute, 47 * time.Hour},
		{73 * time.Hour, 72 * time.Hour},
	} {
		got := ElapsedFloor(c.d)
		if got != c.want {
			t.Errorf("ElapsedFloor(%v) = %v, want %v", c.d, got, c.want)
		}
		if Elapsed(got) != Elapsed(c.d) {
			t.Errorf("ElapsedFloor(%v) = %v prints %s, not %s", c.d, got, Elapsed(got), Elapsed(c.d))
		}
	}
}
