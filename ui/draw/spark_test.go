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
		{"counts start at zero", []float64{0, 2, 4}, 3, true, " ▄█"},
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
