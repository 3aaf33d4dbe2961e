package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/ui/draw"
)

// Over simulated polls at two widths, a lag sparkline's cells keep their
// span: the line grows by a cell when a new one starts and never shrinks,
// and a cell once closed keeps its bar, moving one cell left at a time as
// new cells come (ut34a-14, ut35-7: the scale was the polls so far over the
// cells, so the line flipped between k and k+1 cells and its bars shifted
// every few polls while the history filled).
func TestLagSparklineHoldsItsCellsAsPollsCome(t *testing.T) {
	for _, w := range []int{9, 40} {
		const history = 120
		var hist []int64
		var prev []int64
		for poll := uint64(0); poll < 3*history; poll++ {
			hist = append(hist, int64(poll%17)*10+int64(poll/7)) // a lag that moves
			vals := hist[max(len(hist)-history, 0):]
			span := lagSpan{history: history, newest: poll}
			per := span.per(w)
			got := span.cells(vals, 1, per, w)
			if line := draw.SparkLag(got, w, false); len(strings.TrimLeft(line, " ")) == 0 || len([]rune(line)) != w {
				t.Fatalf("w=%d poll %d: %q", w, poll, line)
			}
			if want := min(int(poll)/per+1, w); len(got) != want {
				t.Fatalf("w=%d poll %d: %d cells, want %d (one a %d polls since the first): %v", w, poll, len(got), want, per, got)
			}
			shift := 0
			if poll > 0 && poll/uint64(per) != (poll-1)/uint64(per) {
				shift = 1 // a new cell started: the others move one left
			}
			closed := prev[:max(len(prev)-1, 0)] // the newest cell may still rise
			if shift == 1 {
				closed = prev
			}
			for i, v := range closed {
				j := i - (len(prev) - len(got)) - shift
				if len(got) < w && shift == 1 {
					j = i // still filling: a new cell is added, none dropped
				}
				if j == 0 && len(hist) > history {
					continue // the oldest cell loses polls as they leave the history
				}
				if j >= 0 && j < len(got) && got[j] != v {
					t.Fatalf("w=%d poll %d: a closed cell changed, %d to %d:\n%v\n%v", w, poll, v, got[j], prev, got)
				}
			}
			prev = got
		}
	}
}

// ut42a-19: at 200x50 the Groups grid's history column is 7 cells, each
// 86 polls of a 10-minute history, and its groups, seen from polls of
// their own, read 5 and 6 cells seven minutes in; a tester took the line
// growing by a cell for a flicker. Over every poll of a group first seen
// at poll 0, 37 or 250, in columns of 7, 10 and 40 cells, the line drawn
// never loses a cell: it grows by one as each cell's span starts, to the
// polls seen over the cell's span, and once full stays full.
func TestLagSparklineNeverShrinksFrameToFrame(t *testing.T) {
	const history = 600
	for _, w := range []int{7, 10, 40} {
		for _, start := range []uint64{0, 37, 250} {
			var hist []int64
			drawn := 0
			for poll := start; poll < start+2*history; poll++ {
				hist = append(hist, int64(poll/9)) // a stopped group's lag, rising
				vals := hist[max(len(hist)-history, 0):]
				span := lagSpan{history: history, newest: poll}
				per := span.per(w)
				line := []rune(draw.SparkLag(span.cells(vals, 1, per, w), w, false))
				n := len([]rune(strings.TrimLeft(string(line), " ")))
				oldest := poll + 1 - uint64(len(vals))
				want := min(int(poll/uint64(per)-oldest/uint64(per))+1, w)
				if n < drawn || n != want {
					t.Fatalf("w=%d, first seen at poll %d, poll %d: %d cells drawn after %d, want %d (one a %d polls): %q", w, start, poll, n, drawn, want, per, string(line))
				}
				drawn = n
			}
		}
	}
}
