package model

import (
	"strings"
	"testing"
	"time"
)

// Each WARN reason names its condition in the words help's WARN says, at
// both lengths (ut41-6: `lag rose on every poll` and `lag rose at every
// read` for one WARN, help saying only `lag kept rising` at 80x24).
func TestWarnReasonsSayHelpsWords(t *testing.T) {
	var warn HealthMeaning
	for _, m := range HealthMeanings(5*time.Minute, 30) {
		if m.Health == HealthWarn {
			warn = m
		}
	}
	short := map[uint8]string{whyRising: "every poll", whyRisingAtReads: "read", whyTrendAtReads: "across reads"}
	for _, why := range []uint8{whyRising, whyRisingAtReads, whyTrendAtReads} {
		reason := Verdict{Health: HealthWarn, why: why, a: 1, b: 2}.Reason()
		cond, _, _ := strings.Cut(reason, ", from")
		if !strings.Contains(warn.Long, strings.TrimPrefix(cond, "lag rose ")) || !strings.HasPrefix(cond, "lag rose ") {
			t.Errorf("reason %q: its condition is not in help's WARN %q", reason, warn.Long)
		}
		if !strings.Contains(warn.Short, short[why]) {
			t.Errorf("reason %q: help's short WARN %q leaves its condition out", reason, warn.Short)
		}
	}
}
