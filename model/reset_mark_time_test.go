package model

import (
	"strings"
	"testing"
	"time"
)

// Another console names a marked reset at the time its mark carries, the
// time the console that made it logged, not at the poll that saw it a
// second or more later (ut32b Zb9: the log said 11:46:28, the reason
// 11:46:29); a mark it cannot read, or one from a clock far off, is named
// at the poll.
func TestAMarkedResetIsNamedAtItsMarksTime(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	tp := TP{"orders", 0}
	sent := t0.Add(4*time.Second + 300*time.Millisecond) // the reset, sent 1.7 s before the poll that sees it
	if got := ResetMarkTime(ResetMark(ResetTarget{Kind: ResetLatest}, sent)); !got.Equal(sent.Truncate(time.Second)) {
		t.Fatalf("ResetMarkTime read %v back, want %v", got, sent.Truncate(time.Second))
	}
	for _, c := range []struct {
		name   string
		marked time.Time
		want   time.Time
	}{
		{"the mark's time", sent.Truncate(time.Second), sent},
		{"unreadable", time.Time{}, t0.Add(6 * time.Second)},
		{"a clock far off", sent.Add(-time.Hour), t0.Add(6 * time.Second)},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := NewLags(LagConfig{History: 60, Window: 3, StopAfter: time.Hour})
			var p *PartLag
			for i, off := range []int64{0, 0, 0, 0, 0, 0, 1200} {
				cm := Committed{Group: "g", Offsets: map[TP]int64{tp: off}}
				if off > 0 {
					cm.Marked = map[TP]time.Time{tp: c.marked}
				}
				l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: 1000 + 100*int64(i)}, []GroupStat{{ID: "g", State: "Empty"}}, []Committed{cm})
				p = l.Groups["g"].Parts[tp]
			}
			want := "reset by a washboard console at " + c.want.Local().Format("15:04:05") + ";"
			if !strings.Contains(p.Reason(), want) {
				t.Errorf("reason %q, want %q", p.Reason(), want)
			}
		})
	}
}
