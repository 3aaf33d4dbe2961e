package draw

import (
	"math"
	"strings"

	"github.com/NimbleMarkets/ntcharts/v2/canvas/runes"
)

// Spark draws one-line sparklines with ntcharts' block runes, the ones its
// sparkline draws at height 1. It does not go through sparkline.Model:
// that model's canvas allocates a styled cell line on every Clear and
// renders every cell through lipgloss, which was 4 MB and two thirds of
// the time of a 500-machine frame (BenchmarkMachinesPane500). A pane owns
// one Spark and reuses its buffer row after row.
type Spark struct {
	b strings.Builder
}

// Render draws data (oldest first, NaN for gaps) in w cells, newest at the
// right. The scale runs from a little under the window's lowest value to
// its highest, so a heat moving between 58 and 62 °C shows its shape
// rather than a flat full bar; a gap is an empty column, the lowest value
// a low bar, a constant a half bar.
func (s *Spark) Render(data []float64, w int) string { return s.draw(data, w, false) }

// Counts draws event counts per cell on a scale from zero, so a cell where
// nothing happened is empty.
func (s *Spark) Counts(data []float64, w int) string { return s.draw(data, w, true) }

func (s *Spark) draw(data []float64, w int, fromZero bool) string {
	if w <= 0 {
		return ""
	}
	if len(data) > w {
		data = data[len(data)-w:]
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range data {
		if !math.IsNaN(v) {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if math.IsInf(lo, 1) {
		return strings.Repeat(" ", w)
	}
	base := lo - (hi-lo)/4
	top := hi - base
	switch {
	case fromZero:
		base, top = 0, max(hi, 1e-9)
	case hi-lo <= 1e-9*max(math.Abs(hi), 1): // constant, up to the rounding of bucket means
		base, top = lo-1, 2
	}
	s.b.Reset()
	s.b.Grow(w * 3)
	for range w - len(data) {
		s.b.WriteByte(' ')
	}
	for _, v := range data {
		r := runes.Null
		if !math.IsNaN(v) {
			r = runes.LowerBlockElementFromFloat64((v - base) / top)
		}
		if r == runes.Null {
			r = ' '
		}
		s.b.WriteRune(r)
	}
	return s.b.String()
}

// SparkInts draws integer samples (lag, counts) on a scale from zero, w
// cells wide, newest at the right.
func SparkInts(vals []int64, w int) string {
	data := make([]float64, len(vals))
	for i, v := range vals {
		data[i] = float64(v)
	}
	var s Spark
	return s.Counts(data, w)
}
