package sshserve

import (
	"testing"
	"time"
)

// The idle timeout is said as a length, as every chosen span is: `60s`
// read `1m0s` (ut21a K7-3).
func TestIdleClosedSaysTheTimeoutAsALength(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{60 * time.Second, "washboard: closed after 1m without input"},
		{90 * time.Second, "washboard: closed after 90s without input"},
		{2 * time.Hour, "washboard: closed after 2h without input"},
		{300 * time.Millisecond, "washboard: closed after 300ms without input"},
	} {
		if got := idleClosed(c.d); got != c.want {
			t.Errorf("idleClosed(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
