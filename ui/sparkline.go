package ui

import (
	"math"
	"strings"

	"github.com/NimbleMarkets/ntcharts/v2/canvas"
	"github.com/NimbleMarkets/ntcharts/v2/sparkline"
)

// spark draws one-line sparklines with an ntcharts sparkline that is
// reused row after row: a pane owns one, so rendering 50 rows does not
// build 50 canvases.
type spark struct {
	m   sparkline.Model
	w   int
	buf []float64
}

// render draws data (oldest first, NaN for gaps) in w cells. The scale
// runs from a little under the window's lowest value to its highest, so a
// heat moving between 58 and 62 °C shows its shape rather than a flat
// full bar; a gap is an empty column, the lowest value a low bar, a
// constant a half bar.
func (s *spark) render(data []float64, w int) string { return s.draw(data, w, false) }

// counts draws event counts per cell on a scale from zero, so a cell where
// nothing happened is empty.
func (s *spark) counts(data []float64, w int) string { return s.draw(data, w, true) }

func (s *spark) draw(data []float64, w int, fromZero bool) string {
	if w <= 0 {
		return ""
	}
	if s.w != w {
		s.m, s.w = sparkline.New(w, 1, sparkline.WithNoAutoMaxValue()), w
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
	switch {
	case fromZero:
		base = 0
	case hi == lo:
		base = lo - max(math.Abs(lo), 1)
	}
	s.buf = s.buf[:0]
	for _, v := range data {
		if math.IsNaN(v) {
			s.buf = append(s.buf, 0)
			continue
		}
		s.buf = append(s.buf, v-base)
	}
	s.m.Clear()
	s.m.SetMax(max(hi-base, 1e-9))
	s.m.PushAll(s.buf)
	s.m.DrawColumnsOnly()
	return s.text()
}

// text reads the drawn runes off the canvas. The sparkline is unstyled
// (the row's style colours it), and canvas.View renders every cell through
// lipgloss, which was most of a 500-machine frame.
func (s *spark) text() string {
	var b strings.Builder
	b.Grow(s.w * 3)
	for x := range s.w {
		r := s.m.Canvas.Cell(canvas.Point{X: x, Y: 0}).Rune
		if r == 0 {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}
