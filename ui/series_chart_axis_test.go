package ui

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// The machine detail's charts print their y labels whole (a 3-digit top
// label was cut to its last 2 digits) and share one gutter, so their time
// axes tick at the same columns.
func TestMachineChartsLabelsWholeAndAligned(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	for i := range 40 {
		at := fixedNow.Add(-time.Duration(40-i) * 5 * time.Second)
		heat := 43 + i*54/39 // 43 … 97
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":%d,"power_w":%d}`, heat, 1500+i*10))})
	}
	for _, r := range recs {
		s.Fold([]model.Record{r}, r.Time)
	}
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 50})
	press(a, "1", "z", "enter")
	got := screen(a)
	if !regexp.MustCompile(`│ *10[0-9]│`).MatchString(got) && !regexp.MustCompile(`│ *10[0-9]┤`).MatchString(got) {
		t.Errorf("the heat chart's top label (about 102) is not whole:\n%s", got)
	}
	var axes []int
	for _, l := range strings.Split(got, "\n") {
		if i := strings.Index(l, "└"); i >= 0 {
			axes = append(axes, i)
		}
	}
	if len(axes) < 3 {
		t.Fatalf("%d charts, want 3:\n%s", len(axes), got)
	}
	for _, x := range axes[1:] {
		if x != axes[0] {
			t.Errorf("the charts' axes start at columns %v: their time ticks do not line up:\n%s", axes, got)
			break
		}
	}
}

// The machine detail's charts label their axes at round values: times on
// a whole step (10 s, 30 s, 1 m …) evenly apart, and values 1, 2 or 5
// times a power of ten apart (or, on a chart of two or three value rows,
// whole multiples of about a tenth of the range: `50 57`, ut36a-6), on
// evenly spaced rows, none skipped (ut14b B30: ticks every 18.5 s, and
// `8 7 6 4 3 2` on a load axis).
func TestMachineChartTicksAtRoundValues(t *testing.T) {
	clock := regexp.MustCompile(`\d\d:\d\d:\d\d`)
	ylabel := regexp.MustCompile(`^ *(-?[0-9.]+)?[│└]`)
	for _, size := range viewSizes {
		now := fixedNow
		a, _ := demoLikeApp(t, size[0], size[1], &now, true)
		press(a, "1", "z", "enter")
		got := screen(a)
		rows := boxRows(t, got, "1 Machines")
		charts := 0
		var vals []float64
		var at []int
		for i, r := range rows {
			m := ylabel.FindStringSubmatch(r)
			if m == nil {
				continue
			}
			if m[1] != "" {
				v, err := strconv.ParseFloat(m[1], 64)
				if err != nil {
					t.Fatalf("%dx%d: y label %q: %v", size[0], size[1], m[1], err)
				}
				vals, at = append(vals, v), append(at, i)
			}
			if !strings.Contains(r, "└") {
				continue
			}
			charts++
			if len(vals) < 2 {
				t.Errorf("%dx%d: chart %d has %d y labels:\n%s", size[0], size[1], charts, len(vals), got)
			}
			for j := 2; j < len(vals); j++ {
				if math.Abs((vals[j-1]-vals[j])-(vals[0]-vals[1])) > 1e-9 || at[j]-at[j-1] != at[1]-at[0] {
					t.Errorf("%dx%d: chart %d's y labels %v on rows %v are not evenly spaced:\n%s", size[0], size[1], charts, vals, at, got)
					break
				}
			}
			if len(vals) >= 2 && !roundStep(vals[0]-vals[1]) && (len(vals) > 3 || !tenthStep(vals)) {
				t.Errorf("%dx%d: chart %d's y labels %v step %v:\n%s", size[0], size[1], charts, vals, vals[0]-vals[1], got)
			}
			vals, at = vals[:0], at[:0]
			ticks := clock.FindAllString(rows[i+1], -1)
			if len(ticks) < 2 {
				t.Errorf("%dx%d: chart %d has %d time labels:\n%s", size[0], size[1], charts, len(ticks), got)
				continue
			}
			var prev, step time.Duration
			for n, tk := range ticks {
				tt, _ := time.Parse("15:04:05", tk)
				d := time.Duration(tt.Hour())*time.Hour + time.Duration(tt.Minute())*time.Minute + time.Duration(tt.Second())*time.Second
				if d%(10*time.Second) != 0 || n >= 2 && d-prev != step {
					t.Errorf("%dx%d: chart %d's time labels %v are not on a round, even step:\n%s", size[0], size[1], charts, ticks, got)
					break
				}
				step, prev = d-prev, d
			}
		}
		if charts != 3 {
			t.Errorf("%dx%d: %d charts, want 3:\n%s", size[0], size[1], charts, got)
		}
	}
}

// roundStep reports whether d is 1, 2 or 5 times a power of ten.
func roundStep(d float64) bool {
	m := d / math.Pow(10, math.Floor(math.Log10(d)+1e-9))
	for _, n := range []float64{1, 2, 5} {
		if math.Abs(m-n) < 1e-6 {
			return true
		}
	}
	return false
}

// tenthStep reports whether labels (2 or 3 of a short chart) are whole
// multiples of one power of ten, their step at most twenty of it: the
// tenth-of-the-range axis of a chart 1-2-5 steps do not fit (tenthAxis).
func tenthStep(labels []float64) bool {
	d := math.Abs(labels[0] - labels[1])
	q := math.Pow(10, math.Floor(math.Log10(d)+1e-9))
	if d/q < 2 {
		q /= 10
	}
	for _, v := range labels {
		if r := v / q; math.Abs(r-math.Round(r)) > 1e-6 {
			return false
		}
	}
	return d/q <= 20+1e-9
}

// newYAxis picks round, evenly spaced labels that the data fills most.
func TestNewYAxis(t *testing.T) {
	for _, tt := range []struct {
		dlo, dhi float64
		rows     int
		want     []string // labels from the bottom
	}{
		{2, 8.2, 5, []string{"2", "4", "6", "8", "10", "12"}},
		{50, 60, 5, []string{"50", "52", "54", "56", "58", "60"}},
		{3, 5, 5, []string{"3.0", "3.5", "4.0", "4.5", "5.0", "5.5"}},
		{1800, 2600, 8, []string{"1800", "", "2000", "", "2200", "", "2400", "", "2600"}},
		{0.01, 0.04, 3, []string{"0.01", "0.02", "0.03", "0.04"}},
		{1540, 2610, 1, []string{"1500", "2700"}}, // one row: no round step fits well, the ends do
		{36.2, 79.4, 1, []string{"30", "80"}},
		// two rows: the middle labelled too (ut15b C26: `7 · 1`, `90 · 30`)
		{1.8, 6.4, 2, []string{"1", "4", "7"}},
		{36, 84, 2, []string{"30", "60", "90"}},
	} {
		a := newYAxis(tt.dlo, tt.dhi, tt.rows)
		var got []string
		for i := 0; i <= tt.rows; i++ {
			got = append(got, a.label(i))
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") || a.lo > tt.dlo || a.hi < tt.dhi {
			t.Errorf("%v..%v over %d rows: %q (%v..%v), want %q", tt.dlo, tt.dhi, tt.rows, got, a.lo, a.hi, tt.want)
		}
	}
}

// The detail charts draw the thresholds their title names as a rule
// across the plot (ut15b C3), say that they plot the buckets' means, and
// their axis includes the latest value the title names (ut15b C17: a
// burst's last value 54 over a 30-33 axis of means).
func TestMachineChartRulesAndLatest(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	for i := range 40 {
		at := fixedNow.Add(-time.Duration(40-i) * 5 * time.Second)
		heat := 60 + i // 60 … 99: crosses warn 80 and crit 95
		s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":%d,"power_w":1500}`, heat))}}, at)
	}
	// a burst in the last bucket: the mean is about 1520, the latest 3000
	for i, p := range []int{1000, 1200, 1400, 3000} {
		at := fixedNow.Add(-4*time.Second + time.Duration(i)*500*time.Millisecond)
		s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":99,"power_w":%d}`, p))}}, at)
	}
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	for _, size := range viewSizes {
		c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1] + 20})
		press(a, "1", "z", "enter")
		got := screen(a)
		rows := boxRows(t, got, "1 Machines")
		var heat, power []string
		var cur *[]string
		for _, r := range rows {
			switch {
			case strings.Contains(r, "heat "):
				cur = &heat
			case strings.Contains(r, "power "):
				cur = &power
			case strings.Contains(r, "its newest"):
				cur = nil
			}
			if cur != nil {
				*cur = append(*cur, r)
			}
		}
		if len(heat) < 4 || len(power) < 4 {
			t.Fatalf("%dx%d: no heat and power charts:\n%s", size[0], size[1], got)
		}
		// each rule on the row whose value (between the evenly spaced
		// labels) is nearest its threshold
		var at []int
		var vals []float64
		for i, r := range heat {
			if m := regexp.MustCompile(`^ *([0-9]+)[│└]`).FindStringSubmatch(r); m != nil {
				v, _ := strconv.ParseFloat(m[1], 64)
				at, vals = append(at, i), append(vals, v)
			}
		}
		if len(at) < 2 {
			t.Fatalf("%dx%d: heat chart labels %v:\n%s", size[0], size[1], vals, strings.Join(heat, "\n"))
		}
		perRow := (vals[1] - vals[0]) / float64(at[1]-at[0])
		found := map[float64]bool{}
		for i, r := range heat[1:] {
			if strings.Count(r, "┄") < 5 {
				continue
			}
			v := vals[0] + float64(i+1-at[0])*perRow
			for _, th := range []float64{80, 95} {
				if math.Abs(v-th) <= math.Abs(perRow)/2+1e-9 {
					found[th] = true
				}
			}
		}
		if !found[80] || !found[95] {
			t.Errorf("%dx%d: rules at %v, want warn 80 and crit 95 on their rows:\n%s", size[0], size[1], found, strings.Join(heat, "\n"))
		}
		if got := screen(a); strings.Count(got, "mean per 5s") != 1 { // once, on the first chart (ut41-15)
			t.Errorf("%dx%d: the charts say they plot means %d times, want once:\n%s", size[0], size[1], strings.Count(got, "mean per 5s"), got)
		}
		topV := 0
		for _, r := range power[1:] {
			if m := regexp.MustCompile(`^ *([0-9]+)[│└]`).FindStringSubmatch(r); m != nil {
				v, _ := strconv.Atoi(m[1])
				topV = max(topV, v)
			}
		}
		if v := topV; v < 3000 {
			t.Errorf("%dx%d: the power axis tops at %d under the titled latest 3000W:\n%s", size[0], size[1], v, strings.Join(power, "\n"))
		}
	}
}

// A flat series whose bucket means differ from its latest value only by
// rounding (6.4000000000000004 and 6.4) is a flat line on a ±1 axis, not
// an axis of 1e-15 labelled `6.4000000000000004` on every row.
func TestYRangeFlatUpToRounding(t *testing.T) {
	mean := math.Nextafter(6.4, 7) // 6.4000000000000004
	lo, hi := yRange([]float64{mean, mean, math.NaN()}, 6.4)
	if lo > 5.5 || hi < 7.3 {
		t.Errorf("yRange = %v..%v, want about 5.4..7.4", lo, hi)
	}
}
