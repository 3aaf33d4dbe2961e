package ui

import (
	"strings"
	"testing"
)

// A chart's value axis labels the range its line is drawn in: of round
// 1-2-5 steps and whole multiples of about a tenth of the range, the labels
// the line fills most (ut36a-6: a heat history from 25 °C to 93.5 °C on a
// chart of two value rows was labelled 0/100, its line mostly in the row of
// `0`, where 20/100 holds it).
func TestChartAxisLabelsTheDrawnRange(t *testing.T) {
	ramp := func(lo, hi float64, n int) []float64 {
		p := make([]float64, n)
		for i := range p {
			p[i] = lo + (hi-lo)*float64(i)/float64(n-1)
		}
		return p
	}
	for _, tt := range []struct {
		name   string
		points []float64
		h      int
		want   []string // the value rows' labels, from the bottom
	}{
		{"heat warming up, two rows", ramp(25, 93.5, 60), 4, []string{"20", "100"}},
		{"heat warming up, three rows", ramp(25, 93.5, 60), 5, []string{"20", "60", "100"}},
		{"heat warming up, four rows", ramp(25, 93.5, 60), 6, []string{"20", "50", "80", "110"}},
		{"power, two rows", ramp(1300, 2880, 60), 4, []string{"1300", "2900"}},
		{"heat near warn, two rows", ramp(66, 93.5, 60), 4, []string{"60", "100"}},
	} {
		ya, _ := chartAxis(tt.points, tt.points[len(tt.points)-1], nil, tt.h)
		rows := chartRows(tt.h) - 1
		var got []string
		for i := 0; i <= rows; i++ {
			got = append(got, ya.label(i))
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: labels %q, want %q", tt.name, got, tt.want)
		}
	}
}
