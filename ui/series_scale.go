package ui

import (
	"math"
	"strconv"
)

// chartScale maps a detail chart's values to the braille dots and rows
// ntcharts draws them in, so the line, the threshold rules and the y
// labels all read one scale (ut25a Q6: a constant 1.1 was drawn above a
// warn rule at 1.2, and crit 2.4 had no rule in its row).
//
// ntcharts draws a value v of a chart whose y range is [ylo, yhi] at the
// braille dot round((v-ylo)/(yhi-ylo)*(4·rows-1)) counted from the bottom
// dot of the row above the time axis (four dots a row, rows rows): the
// time axis' own row holds no value. So the labels sit on rows 1..rows,
// row r labelled lo+(r-1)·u, and the y range handed to ntcharts is chosen
// so that a labelled value lands in the middle of its row's four dots: a
// value is drawn in the row whose label is nearest it, as a threshold's
// rule is. Points are rounded (steadyValue) so a constant's bucket means
// all land on one dot: a flat line, not a zig-zag.
type chartScale struct {
	lo   float64 // the value labelled on row 1
	u    float64 // the value one row spans
	off  float64 // the dot, within its row, a labelled value lands on
	rows int     // the rows above the time axis
}

// newChartScale is the scale of a chart whose rows above the time axis
// are labelled by ya (its labels 0..rows-1 on rows 1..rows), rows ≥ 2.
func newChartScale(ya yAxis, rows int) chartScale {
	return chartScale{lo: ya.lo, u: (ya.hi - ya.lo) / float64(max(rows-1, 1)), off: 1.5, rows: rows}
}

// viewRange is the y range to hand ntcharts so it draws by this scale.
func (s chartScale) viewRange() (ylo, yhi float64) {
	ylo = s.lo - s.off*s.u/4
	return ylo, ylo + float64(4*s.rows-1)*s.u/4
}

// dot is the braille dot (from the bottom of row 1) v is drawn at.
func (s chartScale) dot(v float64) int {
	return int(math.Round((v-s.lo)/s.u*4 + s.off))
}

// row is the row v is drawn in, 1 the one above the time axis; outside
// 1..rows it is off the chart.
func (s chartScale) row(v float64) int {
	return int(math.Floor(float64(s.dot(v))/4)) + 1
}

// chartAxis is the y labels and the scale of a chart h rows high that
// draws points and names latest: on the rows above its time axis
// (chartRows), the axis' own row unlabelled. On two rows a flat series
// (yRange's ±1) is labelled from its value up, so its line sits on a
// label rather than halfway between two. A chart of one row spans the
// range over its four dots and is labelled with the range's middle: one
// label at its low end read as the value of a line drawn near its top.
// A chart of two rows or more takes in each of rules (the field's
// thresholds) that lies within reach of its range (withRules).
func chartAxis(points []float64, latest float64, rules []float64, h int) (yAxis, chartScale) {
	rows := chartRows(h)
	lo, hi := yRange(points, latest)
	if rows >= 2 {
		lo, hi = withRules(lo, hi, rules)
	}
	if rows < 2 {
		mid := (lo + hi) / 2
		return yAxis{lo: mid, hi: mid, step: hi - lo, k: 1, decimals: labelDecimals((hi - lo) / 10)},
			chartScale{lo: lo, u: (hi - lo) * 4 / 3, rows: 1}
	}
	if rows == 2 && hi-lo == 2 && flatAt(points, latest, lo+1) {
		lo++
	}
	ya := newYAxis(lo, hi, rows-1)
	return ya, newChartScale(ya, rows)
}

// withRules widens [lo, hi] to take in each rule no further from it than
// the range is wide, so a warn 600 W above a line spanning 1,000 W is
// drawn where it stands (ut39-13: power's warn rule fell off its axis
// while heat's crit was drawn, and the distance to a threshold is what an
// operator reads the chart for). A rule further away would squash the
// line into a few rows: the title names it in words.
func withRules(lo, hi float64, rules []float64) (float64, float64) {
	span := hi - lo
	for _, r := range rules {
		if r > hi && r-hi <= span {
			hi = r
		} else if r < lo && lo-r <= span {
			lo = r
		}
	}
	return lo, hi
}

// flatAt reports whether every point and latest are v, up to rounding.
func flatAt(points []float64, latest, v float64) bool {
	for _, p := range append(points[:len(points):len(points)], latest) {
		if !math.IsNaN(p) && math.Abs(p-v) > 1e-9*max(math.Abs(v), 1) {
			return false
		}
	}
	return true
}

// steadyValue rounds v to 12 significant digits: bucket means of one
// value differ in their last bits (1.2 and 1.2000000000000002), which
// put a constant on two braille dots in turn, a zig-zag (ut25a Q6).
func steadyValue(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}
