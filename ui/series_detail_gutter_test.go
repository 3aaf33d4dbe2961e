package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut43a-19: the zoomed machine detail's value labels stepped between
// widths (`4`, `40`, `900`) from frame to frame, moving every chart
// sideways. Over ten simulated minutes of a power spanning decades (4 W,
// 40 W, 900 W, a burst at 12,000 W, then 4 W again while the burst
// leaves the window), a report every 2 s, the detail zoomed at 80x24 and
// 200x50: the charts' axis moves only to widen (a wider label than any
// before), never back while the detail stays open, and each chart's
// labels are right-aligned against it.
func TestSeriesDetailAxisHoldsItsWidth(t *testing.T) {
	power := func(sec int) float64 {
		switch {
		case sec < 60:
			return 4 + float64(sec%6)
		case sec < 120:
			return 40 + float64(sec%50)
		case sec < 180:
			return 900 + float64(sec%90)
		case sec < 186:
			return 12000
		}
		return 4 + float64(sec%6)
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			now := fixedNow
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			fold := func(sec int) {
				now = fixedNow.Add(time.Duration(sec) * time.Second)
				s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: now, Value: fmt.Appendf(nil,
					`{"machine_id":"dryer-01","program":"dry-high","load_kg":2.5,"heat_c":%.1f,"power_w":%.0f}`,
					50+float64(sec%10), power(sec))}}, now)
			}
			fold(0)
			a := machinesAppAt(s, &now, boxSize{size[0], size[1], true})
			a.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			widest, widened := 0, 0
			for sec := 2; sec <= 600; sec += 2 {
				fold(sec)
				got := screen(a)
				at := axisColumn(got)
				if at < 0 {
					t.Fatalf("+%ds no chart axis:\n%s", sec, got)
				}
				if at < widest {
					t.Fatalf("+%ds the charts' axis moved back from cell %d to %d:\n%s", sec, widest, at, got)
				}
				if at > widest {
					widest, widened = at, widened+1
				}
				checkLabelsAgainstAxis(t, got, at)
				if sec == 480 && size[0] == 80 { // the burst's labels held though it left the window
					golden(t, "machines-detail-axis-80x24", got)
				}
			}
			if widened > 4 { // once for each new widest label: 1 to 5 cells (`12000`'s axis reads 15000)
				t.Errorf("the axis moved %d times", widened)
			}
		})
	}
}

// axisColumn is the cell of the first chart's time axis corner `└`, -1
// when none is on screen.
func axisColumn(screen string) int {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "└"); i >= 0 {
			return len([]rune(l[:i]))
		}
	}
	return -1
}

// checkLabelsAgainstAxis checks every chart row's label ends right
// before the axis at cell at: `  20│`, never `20  │` or a label cut.
func checkLabelsAgainstAxis(t *testing.T, screen string, at int) {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		r := []rune(l)
		if len(r) <= at || (r[at] != '│' && r[at] != '└') || !strings.Contains(l, "│") {
			continue
		}
		label := string(r[1:at]) // after the box's border
		if trimmed := strings.TrimLeft(label, " "); trimmed != strings.TrimSpace(label) {
			t.Fatalf("a label not against its axis: %q\n%s", label, screen)
		}
	}
}

// ut43a-19: a value axis over decades reads as round figures, labels of
// six digits or more in thousands or millions (`30M`, not `30000000`),
// smaller ones as they are.
func TestSeriesAxisLabelsReadable(t *testing.T) {
	for _, tt := range []struct {
		lo, hi float64
		rows   int
		want   []string
	}{
		{1e6, 5e7, 2, []string{"0", "30M", "60M"}},
		{0.5, 90000, 2, []string{"0", "50k", "100k"}},
		{0.5, 90000, 9, []string{"0", "20000", "40000", "60000", "80000"}},
		{4, 12000, 4, []string{"0", "3000", "6000", "9000", "12000"}},
		{0.001, 0.009, 2, []string{"0.001", "0.005", "0.009"}},
	} {
		ya := newYAxis(tt.lo, tt.hi, tt.rows)
		var got []string
		for i := 0; i <= tt.rows; i++ {
			if l := ya.label(i); l != "" {
				got = append(got, l)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%v to %v on %d rows: labels %q, want %q", tt.lo, tt.hi, tt.rows, got, tt.want)
		}
	}
}
