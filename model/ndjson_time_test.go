package model

import (
	"testing"
	"time"
)

// Export timestamps always carry milliseconds, whole seconds and
// tenths included, so every line's timestamp has the same length.
func TestExportTimestampMilliseconds(t *testing.T) {
	base := time.Date(2026, 11, 29, 14, 34, 47, 0, time.UTC)
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{base, "2026-11-29T14:34:47.000Z"},
		{base.Add(200 * time.Millisecond), "2026-11-29T14:34:47.200Z"},
		{base.Add(413 * time.Millisecond), "2026-11-29T14:34:47.413Z"},
	} {
		e := NewExportRecord(&Record{Topic: "t", Time: c.at})
		if e.Timestamp == nil || *e.Timestamp != c.want {
			t.Errorf("timestamp of %v = %v, want %s", c.at, e.Timestamp, c.want)
		}
	}
}
