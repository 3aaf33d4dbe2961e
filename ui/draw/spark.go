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
func (s *Spark) Render(data []float64, w int) string { return s.draw(data, w, false, 0) }

// Counts draws event counts per cell on a scale of the row's own, from
// zero to its highest cell, so the row's highest value is a full bar and
// a rise reads as a rise (ut42b-8: a lag of 5 that rose to 30 and stayed
// drew ▂▄▄▄, its 30 at half height, the same cell as another row's flat
// 10, while the scale ran to twice the row's median). A steady series is
// thus a full bar: on its own scale it is at its highest. Three things
// never look alike (ut16a D3): a gap (NaN, or no history yet) is an
// empty cell, a zero the baseline ▁, and anything above zero a bar at
// least two eighths high (▂). A newest cell at zero (a consumer that
// just caught up) leaves the highest where it was, so the past keeps its
// heights from one poll to the next (ut25a Q12). Where rows are compared
// (a topic's produce rate against the others'), CountsUpTo scales them
// alike.
func (s *Spark) Counts(data []float64, w int) string { return s.draw(data, w, true, 0) }

// CountsUpTo is Counts on a scale from zero to top shared by the rows of
// a column (the highest of all of them), so a steady 1/s draws low and a
// steady 14/s full; a top under the data's own highest is the data's.
func (s *Spark) CountsUpTo(data []float64, w int, top float64) string {
	return s.draw(data, w, true, top)
}

// Highest is the highest value of the series (NaN gaps skipped), 0 for
// none: the shared top of a column of CountsUpTo sparklines, w cells each.
func Highest(series [][]float64, w int) float64 {
	hi := 0.0
	for _, d := range series {
		for _, v := range d[max(len(d)-w, 0):] {
			if !math.IsNaN(v) {
				hi = max(hi, v)
			}
		}
	}
	return hi
}

// zeroCell is a zero count in a sparkline from zero; a count above it
// is ▂ (two eighths) at least.
const zeroCell = '▁'

func (s *Spark) draw(data []float64, w int, fromZero bool, shared float64) string {
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
	case fromZero && shared > 0:
		base, top = 0, max(hi, shared)
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
		switch {
		case !fromZero || math.IsNaN(v):
		case v <= 0:
			r = zeroCell // nothing happened: a baseline, not a gap
		default: // something happened: eighths rounded up, above the baseline
			r = rune(0x2580 + min(max(int(math.Ceil((v-base)/top*8-1e-9)), 2), 8))
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
func SparkInts(vals []int64, w int) string { return sparkInts(vals, w, false) }

// SparkLag draws a lag history as SparkInts does; for a group committed
// past its log's end (ahead) a zero is a gap, not a `▁`: its lag reads 0
// because nothing is left to count, which `▁` beside a caught-up group's
// would say is the same thing (ut27 T9).
func SparkLag(vals []int64, w int, ahead bool) string { return sparkInts(vals, w, ahead) }

func sparkInts(vals []int64, w int, zeroGap bool) string {
	data := make([]float64, len(vals))
	for i, v := range vals {
		data[i] = float64(v)
		if zeroGap && v <= 0 {
			data[i] = math.NaN()
		}
	}
	var s Spark
	return s.Counts(data, w)
}
