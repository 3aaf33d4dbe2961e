package ui

import (
	"math"
	"strconv"
	"time"
)

// yAxis is a detail chart's value axis: the range [lo, hi] the chart's
// rows span and a label every k rows, step apart, so the labels are round
// (1, 2 or 5 times a power of ten) and evenly spaced, never skipping a
// value (ut14b B30: `8 7 6 4 3 2` on rows that were not whole units).
type yAxis struct {
	lo, hi, step float64
	k            int // rows between labels
	decimals     int // the step's decimals
}

// niceSteps are the mantissas of a round step.
var niceSteps = []float64{1, 2, 5}

// newYAxis fits [dlo, dhi] (the data's range, dlo < dhi) to a chart of
// rows+1 label positions (rows 0..rows): of the axis at round 1-2-5 steps
// (roundAxis) and the one at whole multiples of about a tenth of the range
// (tenthAxis), the one the data fills most, the round steps on a tie. So
// the labels are near the values drawn: a chart of two value rows holding
// a heat history from 25 °C to 93.5 °C reads 20/100, not 0/100 with most
// of its line in the row of `0` (ut36a-6); where the round steps fit the
// data well (most charts of four rows or more) they are kept.
// Without rows or range the range is kept, labelled at its ends.
func newYAxis(dlo, dhi float64, rows int) yAxis {
	if rows < 1 || !(dhi > dlo) {
		return yAxis{lo: dlo, hi: dhi, step: dhi - dlo, k: max(rows, 1), decimals: labelDecimals(dhi - dlo)}
	}
	round, tenth := roundAxis(dlo, dhi, rows), tenthAxis(dlo, dhi, rows)
	if tenth.fill(dlo, dhi) > round.fill(dlo, dhi)+1e-9 {
		return tenth
	}
	return round
}

// fill is the share of the axis' range [lo, hi] that [dlo, dhi] spans.
func (a yAxis) fill(dlo, dhi float64) float64 {
	if !(a.hi > a.lo) {
		return 0
	}
	return (dhi - dlo) / (a.hi - a.lo)
}

// roundAxis is the axis at round steps: of the 1-2-5 steps and label
// spacings k (at least two rows apart on a chart of six rows or more,
// where a label on every row would crowd it; three labels at least where
// there are rows for them), the one whose range, from the step's
// multiple at or below dlo to lo + rows*step/k at or above dhi, the data
// fills most; ties go to the smaller step. Its range is empty (fill 0)
// when none fits.
func roundAxis(dlo, dhi float64, rows int) yAxis {
	var best yAxis
	least := 1
	if rows >= 6 {
		least = 2
	}
	fill := 0.0
	exp := math.Floor(math.Log10((dhi - dlo) / float64(rows)))
	for e := exp; e < exp+3; e++ {
		for _, m := range niceSteps {
			step := m * math.Pow(10, e)
			lo := math.Floor(dlo/step) * step
			for k := least; k <= rows && rows/k+1 >= min(3, rows+1); k++ { // three labels at least
				hi := lo + float64(rows)*step/float64(k)
				if hi < dhi {
					break
				}
				if f := (dhi - dlo) / (hi - lo); f > fill+1e-9 {
					fill, best = f, yAxis{lo: lo, hi: hi, step: step, k: k, decimals: labelDecimals(step)}
				}
			}
		}
	}
	return best
}

// tenthAxis is the axis for charts too short for 1-2-5 steps to fit the
// data: from the data's low end rounded down to p (a tenth or so of its
// range), a step of whole p's that reaches its high end, labelled on every
// row the chart has, every other one on an even chart of six rows or more
// (ut15b C26: `1300 1900 2500` on a chart of two rows, where its ends
// alone were labelled).
func tenthAxis(dlo, dhi float64, rows int) yAxis {
	p := math.Pow(10, math.Floor(math.Log10(dhi-dlo)))
	if (dhi-dlo)/p < 2 {
		p /= 10
	}
	k := 1
	if rows >= 6 && rows%2 == 0 {
		k = 2
	}
	lo := math.Floor(dlo/p) * p
	step := math.Ceil((dhi-lo)/(p*float64(rows/k))-1e-9) * p
	return yAxis{lo: lo, hi: lo + step*float64(rows/k), step: step, k: k, decimals: labelDecimals(p)}
}

// labelDecimals is how many decimals a label of a step needs: none for a
// whole step, one for 0.5, two for 0.02.
func labelDecimals(step float64) int {
	if step <= 0 || step >= 1 {
		return 0
	}
	return int(math.Ceil(-math.Log10(step) - 1e-9))
}

// label is row i's label: the value when i is a labelled row, else "".
// Labels of six digits or more are said in thousands or millions where
// the step is whole ones (`50k 100k`, `30M 60M`): `60000000` beside its
// chart read as a count of zeros, and took the charts' room (ut43a-19).
func (a yAxis) label(i int) string {
	if i%a.k != 0 {
		return ""
	}
	v := a.lo + float64(i/a.k)*a.step
	for _, u := range []struct {
		of, from float64 // the unit, and the top label it is used from
		suffix   string
	}{{1e6, 1e7, "M"}, {1e3, 1e5, "k"}} {
		if top := max(math.Abs(a.lo), math.Abs(a.hi)); top >= u.from && math.Mod(a.step, u.of) == 0 && math.Mod(a.lo, u.of) == 0 {
			if v == 0 {
				return "0"
			}
			return strconv.FormatFloat(v/u.of, 'f', 0, 64) + u.suffix
		}
	}
	return strconv.FormatFloat(v, 'f', a.decimals, 64)
}

// width is the widest label the axis prints.
func (a yAxis) width(rows int) int {
	w := 1
	for i := 0; i <= rows; i += a.k {
		w = max(w, len(a.label(i)))
	}
	return w
}

// tickSteps are the round time steps a time axis labels at.
var tickSteps = []time.Duration{
	time.Second, 2 * time.Second, 5 * time.Second, 10 * time.Second, 15 * time.Second, 30 * time.Second,
	time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 30 * time.Minute,
	time.Hour, 2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour,
}

// minTickGap is the fewest columns between two time labels: a 15:04:05
// label and two spaces at least.
const minTickGap = 12

// tickStep is the smallest round time step whose labels are at least
// minTickGap columns apart on an axis of perCol per column.
func tickStep(perCol time.Duration) time.Duration {
	for _, d := range tickSteps {
		if d >= perCol*minTickGap {
			return d
		}
	}
	return tickSteps[len(tickSteps)-1]
}

// timeTicks labels a time axis at round times: given column starts at
// v (Unix seconds) and perCol seconds wide, it returns the local clock
// time of the multiple of step (in local time, as the labels read) that
// falls in the column, or "" when none does.
func timeTicks(step time.Duration) func(v, perCol float64) string {
	d := step.Seconds()
	return func(v, perCol float64) string {
		t := time.UnixMilli(int64(math.Round(v * 1e3))).Local()
		_, off := t.Zone()
		local := v + float64(off)
		m := math.Ceil(local/d-1e-9) * d
		if m >= local+perCol {
			return ""
		}
		return time.UnixMilli(int64(math.Round((m - float64(off)) * 1e3))).Local().Format("15:04:05")
	}
}
