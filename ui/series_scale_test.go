package ui

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// chartModel reads a drawn detail chart as a user does: its labelled
// rows (counted up from the time axis, row 0) give each row a value,
// evenly spaced; a value belongs in the row whose value is nearest.
type chartModel struct {
	lines  []string
	axis   int // the index of the time axis' line
	r0, v0 float64
	perRow float64
}

func readChart(t *testing.T, lines []string) chartModel {
	t.Helper()
	label := regexp.MustCompile(`^ *(-?[0-9.]+)[│┤]`)
	m := chartModel{lines: lines, axis: -1}
	var rows, vals []float64
	for i, l := range lines {
		l = ansi.Strip(l)
		if strings.Contains(l, "└") {
			m.axis = i
			break
		}
		if s := label.FindStringSubmatch(l); s != nil {
			v, _ := strconv.ParseFloat(s[1], 64)
			rows, vals = append(rows, float64(i)), append(vals, v)
		}
	}
	if m.axis < 0 || len(vals) < 2 {
		t.Fatalf("no time axis or fewer than two labels:\n%s", strings.Join(lines, "\n"))
	}
	for i := range rows {
		rows[i] = float64(m.axis) - rows[i] // up from the axis
	}
	m.r0, m.v0 = rows[0], vals[0]
	m.perRow = (vals[len(vals)-1] - vals[0]) / (rows[len(rows)-1] - rows[0])
	return m
}

// rowOf is the row (up from the axis) whose value is nearest v.
func (m chartModel) rowOf(v float64) int {
	return int(math.Round(m.r0 + (v-m.v0)/m.perRow))
}

// line is the text of row r up from the axis, its plot only.
func (m chartModel) line(r int) string {
	l := ansi.Strip(m.lines[m.axis-r])
	if i := strings.IndexAny(l, "│┤"); i >= 0 {
		return l[i+len("│"):]
	}
	return l
}

func isBraille(r rune) bool { return r >= 0x2801 && r <= 0x28ff }

// ut25a Q6: the detail chart draws a value and a threshold at that value
// in one row, the row its labels say, and a constant as a flat line. A
// constant 1.1 was drawn a row above a warn rule at 1.2, crit 2.4 had no
// rule of its own row, and a constant 1.2 (bucket means differing in their
// last bits) was a braille zig-zag.
func TestDetailChartLineAndRulesOnOneScale(t *testing.T) {
	win := model.Window{Bucket: 5 * time.Second, N: 60}
	now := fixedNow
	for _, tt := range []struct {
		value float64
		rules []float64
	}{
		{1.1, []float64{1.2, 2.4}},
		{1.2, []float64{1.2, 2.4}},
		{1.2, []float64{0.3, 1.9}},
		{57.3, []float64{58, 56.1}},
		{1500, []float64{1000, 2000}},
		{-3.3, []float64{-2.2, -4.1}},
		{0, []float64{0.6, -0.7}},
	} {
		for _, h := range []int{5, 6, 8, 11} {
			points := make([]float64, win.N)
			for i := range points {
				points[i] = tt.value
				if i%2 == 1 { // bucket means of one value, apart in their last bits
					points[i] = math.Nextafter(tt.value, math.Inf(1))
				}
			}
			lines := timeChart(points, tt.value, tt.rules, lipgloss.NewStyle(), win, now, 80, h, 4)
			m := readChart(t, lines)
			dump := strings.Join(lines, "\n")
			// the line: every braille cell in one row, that of the value,
			// all alike but its two ends (a point starts or ends mid-cell)
			lineRow := -1
			for r := 1; r < m.axis; r++ {
				var cells []rune
				for _, c := range m.line(r) {
					if isBraille(c) {
						cells = append(cells, c)
					}
				}
				if len(cells) == 0 {
					continue
				}
				if lineRow >= 0 {
					t.Fatalf("%v, h %d: the constant is drawn in rows %d and %d:\n%s", tt.value, h, lineRow, r, dump)
				}
				lineRow = r
				for _, c := range cells[1 : len(cells)-1] {
					if c != cells[1] {
						t.Fatalf("%v, h %d: the constant is not flat (%c and %c):\n%s", tt.value, h, cells[1], c, dump)
					}
				}
			}
			if want := m.rowOf(tt.value); lineRow != want {
				t.Errorf("%v, h %d: the line is in row %d, its value's row is %d:\n%s", tt.value, h, lineRow, want, dump)
			}
			for _, rule := range tt.rules {
				want := m.rowOf(rule)
				if want < 1 || want >= m.axis || want == lineRow {
					continue // off the chart, or under the line
				}
				if got := strings.Count(m.line(want), "┄"); got < 20 {
					t.Errorf("%v, h %d: no rule for %v in its row %d:\n%s", tt.value, h, rule, want, dump)
				}
			}
			for r := 1; r < m.axis; r++ {
				if r == lineRow || strings.Count(m.line(r), "┄") < 20 {
					continue
				}
				ok := false
				for _, rule := range tt.rules {
					ok = ok || m.rowOf(rule) == r
				}
				if !ok {
					t.Errorf("%v, h %d: a rule in row %d, where no threshold falls:\n%s", tt.value, h, r, dump)
				}
			}
		}
	}
}

// A chart of one row (the 200x50 grid's detail) is labelled with the
// middle of its range, not its low end (`1` beside a line of 2kg), and
// draws a threshold's rule only where the line reaches it (a warn rule at
// 80 across a row labelled 40 read as the heat being over it).
func TestDetailChartOfOneRow(t *testing.T) {
	win := model.Window{Bucket: 5 * time.Second, N: 60}
	for _, tt := range []struct {
		points    []float64
		rules     []float64
		wantLabel string
		wantRule  bool
	}{
		{[]float64{2, 2, 2}, nil, "2.0", false},
		{[]float64{40, 55, 75}, []float64{80, 95}, "58", false},
	} {
		points := make([]float64, win.N)
		for i := range points {
			points[i] = tt.points[i*len(tt.points)/len(points)]
		}
		latest := tt.points[len(tt.points)-1]
		lines := timeChart(points, latest, tt.rules, lipgloss.NewStyle(), win, fixedNow, 80, 3, 4)
		row := ansi.Strip(lines[0])
		label := strings.TrimSpace(row[:strings.Index(row, "│")])
		if label != tt.wantLabel || strings.Contains(row, "┄") != tt.wantRule {
			t.Errorf("%v with rules %v: %q, want the label %q and a rule %v", tt.points, tt.rules, row, tt.wantLabel, tt.wantRule)
		}
	}
}
