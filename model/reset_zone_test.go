package model

import (
	"strings"
	"testing"
	"time"
)

// A date typed as a reset target is the user's local time (the clock's
// zone, as the Log and w show times), and the target confirms it with the
// zone named; a time ago keeps the clock's zone too.
func TestResetDatesAreLocalAndNamed(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	now := time.Date(2026, 11, 29, 16, 0, 0, 0, cet)
	for _, tt := range []struct {
		in       string
		wantUTC  time.Time
		wantText string
	}{
		{"2026-11-29 14:00", time.Date(2026, 11, 29, 13, 0, 0, 0, time.UTC), "time 2026-11-29 14:00:00 CET"},
		{"2026-11-29T14:00:05", time.Date(2026, 11, 29, 13, 0, 5, 0, time.UTC), "time 2026-11-29 14:00:05 CET"},
		{"2026-11-29T14:00:00Z", time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC), "time 2026-11-29 14:00:00 UTC"},
		{"-1h", time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC), "time 2026-11-29 15:00:00 CET"},
	} {
		got, err := ParseResetTarget(tt.in, now)
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if !got.At.Equal(tt.wantUTC) {
			t.Errorf("%s: at %s, want %s", tt.in, got.At.UTC(), tt.wantUTC)
		}
		if got.String() != tt.wantText {
			t.Errorf("%s: confirmed as %q, want %q", tt.in, got.String(), tt.wantText)
		}
	}
	if s := ResetSyntax(now); !strings.Contains(s, "local time, CET") {
		t.Errorf("the syntax does not say dates are local and in which zone: %q", s)
	}
}
