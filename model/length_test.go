package model

import (
	"testing"
	"time"
)

func TestLengthUsesTheLargestUnitThatDivides(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{5 * time.Minute, "5m"}, {90 * time.Second, "90s"}, {time.Hour, "1h"}, {60 * time.Second, "1m"},
		{36 * time.Hour, "36h"}, {1500 * time.Millisecond, "1.5s"}, {500 * time.Millisecond, "500ms"},
	} {
		if got := Length(c.d); got != c.want {
			t.Errorf("Length(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
