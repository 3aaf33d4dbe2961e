package main

import (
	"strings"
	"testing"
	"time"
)

// The catch-up's ratio to kcat is said to measure start-up when kcat's
// time is mostly its start (ut21a X-8), and not otherwise.
func TestCatchUpSaysWhenKcatsStartUpDominates(t *testing.T) {
	for _, c := range []struct {
		name            string
		kcat, kcatStart time.Duration
		records         int64
		note            bool
	}{
		{"small topic", 1820 * time.Millisecond, 1500 * time.Millisecond, 2540, true},
		{"a million records", 1600 * time.Millisecond, 40 * time.Millisecond, 1_000_000, false},
		{"no kcat", 0, 0, 2540, false},
	} {
		r := catchUpResult{records: c.records, kcat: c.kcat, kcatStart: c.kcatStart, pipeline: time.Second, raw: time.Second}
		var out strings.Builder
		r.print(&out, "t", "127.0.0.1:1")
		if got := strings.Contains(out.String(), "the ratio measures starting a process"); got != c.note {
			t.Errorf("%s: note %v, want %v:\n%s", c.name, got, c.note, out.String())
		}
	}
}
