package draw

import (
	"math"
	"testing"
)

func TestSparkScalesGapsAndConstants(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name   string
		data   []float64
		w      int
		counts bool
		want   string
	}{
		{"shape between low and high", []float64{58, 60, 62}, 3, false, "▂▅█"},
		{"a gap is an empty column", []float64{58, nan, 62}, 3, false, "▂ █"},
		{"short data is right aligned", []float64{1, 2}, 4, false, "  ▂█"},
		{"long data keeps the newest", []float64{9, 9, 1, 2}, 2, false, "▂█"},
		{"a constant is a half bar", []float64{3.1, 3.1}, 2, false, "▄▄"},
		{"rounding noise is still a constant", []float64{3.1, 3.1 + 4e-16}, 2, false, "▄▄"},
		{"counts start at zero", []float64{0, 2, 4}, 3, true, "▁▄█"},
		// ut42b-8: a row's own scale runs to its highest cell, so a lag of 5
		// that rose to 30 and stayed reads as a rise to a full bar (it drew
		// ▂▄▄▄, the 30 at half height); a steady row is at its highest (where
		// rows are compared, ut15b C18, CountsUpTo shares one scale)
		{"a rise that stays reads as a rise", []float64{5, 30, 30, 30}, 4, true, "▂███"},
		{"the highest cell is a full bar", []float64{10, 20, 30, 40}, 4, true, "▂▄▆█"},
		{"steady counts are at their highest", []float64{14, 14, 14}, 3, true, "███"},
		// ut16a D3: a zero is the baseline, a gap empty, the least count above the baseline
		{"no counts are the baseline", []float64{0, 0}, 2, true, "▁▁"},
		{"a gap, a zero and the least count differ", []float64{nan, 0, 1, 100}, 4, true, " ▁▂█"},
		{"a small count is never empty", []float64{1, 100}, 2, true, "▂█"},
		{"nothing to draw", []float64{nan, nan}, 3, false, "   "},
	}
	var s Spark
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s.Render(tt.data, tt.w)
			if tt.counts {
				got = s.Counts(tt.data, tt.w)
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Counts on a shared scale: a steady 1/s draws low beside a steady 14/s,
// which is full (ut15b C18, Topics' trend).
func TestSparkCountsUpToSharesTheScale(t *testing.T) {
	var s Spark
	rows := [][]float64{{14, 14, 14}, {4, 4, 4}, {1, 1, 1}, {0, 0, 0}}
	top := Highest(rows, 3)
	var got []string
	for _, r := range rows {
		got = append(got, s.CountsUpTo(r, 3, top))
	}
	want := []string{"███", "▃▃▃", "▂▂▂", "▁▁▁"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %v: %q, want %q (all %q)", rows[i], got[i], want[i], got)
		}
	}
}

// ut25a Q12: a live group's lag history, a steady 200 behind between
// bursts, caught up to zero at some polls. From one poll to the next the
// window slides one cell; every cell that was drawn before must read the
// same after, whatever the newest cell is (it flipped between full and
// half bars as the newest cell crossed zero). A new peak may rescale.
// The row's highest cell is a full bar (ut42b-8).
func TestSparkCountsPastKeepsItsHeightsPollToPoll(t *testing.T) {
	const w = 12
	// the newest lag at each poll: steady at 200, at zero now and then
	polls := []float64{200, 200, 0, 200, 200, 200, 0, 0, 200, 200, 3, 200, 0, 200, 190, 200, 0, 203, 198, 200, 201, 0, 199, 200, 202, 200}
	var hist []float64
	var s Spark
	prev := ""
	for i, v := range polls {
		hist = append(hist, v)
		got := s.Counts(hist, w)
		if prev != "" {
			old, cur := []rune(prev), []rune(got)
			// cells 1..w-1 of the previous draw are cells 0..w-2 now
			for c := 1; c < w; c++ {
				if old[c] != ' ' && old[c] != cur[c-1] {
					t.Fatalf("poll %d (newest %v): the past changed\nbefore %q\nafter  %q", i, v, prev, got)
				}
			}
		}
		prev = got
	}
	// a peak above the steady level is the full bar, the steady level half
	if got := s.Counts([]float64{200, 200, 200, 400}, 4); got != "▄▄▄█" {
		t.Fatalf("a peak over a steady 200: %q, want %q", got, "▄▄▄█")
	}
}
