package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The reset form reads a typed date in the session's local time, says so
// with the zone named before and in the preview, as w and the Log do.
func TestResetFormDatesAreLocalWithTheZone(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	cet := time.FixedZone("CET", 3600)
	a.c.Now = func() time.Time { return fixedNow.Add(7 * 24 * time.Hour).In(cet) }
	act(a, "5", "z", "o")
	if s := screen(a); !strings.Contains(s, "local time, CET") {
		t.Errorf("the reset form does not say dates are local, in CET:\n%s", s)
	}
	act(a, "type:2026-11-22 14:00", "enter")
	s := screen(a)
	if !strings.Contains(s, "to time 2026-11-22 14:00:00 CET") {
		t.Errorf("the preview does not confirm the date typed, in its zone:\n%s", s)
	}
	if len(rec.calls) != 1 || !strings.Contains(rec.calls[0], "14:00:00 CET") {
		t.Errorf("planned %v, want the typed local time", rec.calls)
	}
}

// The form names the zone in one wording: the syntax line's "local time,
// CET", not a second "(CET)" in the placeholder above it (ut26 S6).
func TestResetFormNamesTheZoneOnce(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.c.Now = func() time.Time { return fixedNow.In(time.FixedZone("CET", 3600)) }
	act(a, "5", "z", "o")
	if s := screen(a); strings.Count(s, "CET") != 1 {
		t.Errorf("the reset form names the zone %d times, want once (local time, CET):\n%s", strings.Count(s, "CET"), s)
	}
}
