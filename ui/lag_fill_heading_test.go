package ui

import (
	"strings"
	"testing"
)

// ut43b-9: a lag history drew after a 38-cell gap and filled in with
// time, nothing saying why the cells were blank. Polls come one by one:
// while they fill fewer of the column's cells than it has, the heading
// says it fills as polls come (cells of per(w) polls from poll 0), the
// same words poll to poll, and it is the plain heading again once they are all
// filled; the short heading and a column too narrow for the words stay.
func TestLagHistoryHeadingSaysItFills(t *testing.T) {
	for _, tt := range []struct {
		history, w int
	}{{120, 44}, {120, 26}, {60, 60}, {30, 30}} {
		full := false
		for poll := uint64(1); poll <= uint64(2*tt.history); poll++ {
			s := lagSpan{history: tt.history, newest: poll}
			per := uint64(s.per(tt.w))
			filled := min(int(poll/per)+1, tt.w)
			got := s.fillHeading("lag history", tt.w)
			want := "lag history fills as polls come"
			if len(want) > tt.w {
				want = "lag history, filling"
			}
			if len(want) > tt.w {
				want = "lag history"
			}
			if filled >= tt.w {
				want, full = "lag history", true
			}
			if got != want {
				t.Errorf("history %d, %d cells, poll %d: heading %q, want %q", tt.history, tt.w, poll, got, want)
			}
			if s.fillHeading("history", tt.w) != "history" || s.fillHeading("lag history", 12) != "lag history" {
				t.Errorf("history %d, poll %d: a short heading or narrow column got words", tt.history, poll)
			}
		}
		if !full {
			t.Errorf("history %d, %d cells: never full", tt.history, tt.w)
		}
	}
}

// ut43b-9 on screen: Groups and Partitions zoomed at 200x50, two polls
// into a 20-poll history, say their lag history is filling.
func TestLagHistoryYoungSaysItFillsOnScreen(t *testing.T) {
	for _, p := range []struct{ key, box string }{{"5", "5 Groups"}, {"4", "4 Partitions"}} {
		a := realApp(t, twinTopicsStore(), 200, 50)
		do(a, p.key, "z")
		rows := boxRows(t, screen(a), p.box)
		if !strings.Contains(rows[0], "lag history fills as polls come") && !strings.Contains(rows[0], "lag history, filling") {
			t.Errorf("%s: a young lag history's heading says nothing of its blank cells: %q", p.box, rows[0])
		}
	}
}
