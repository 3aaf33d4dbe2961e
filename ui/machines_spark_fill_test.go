package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut43a-10: half a minute after start the zoomed Machines drew 6-cell
// sparklines beside blank cells (40 of them at 200x50): a cell is a
// bucket, so the column was wider than the history it drew. Machines
// reporting every second from the start, the grid and zoomed at 80x24
// and 200x50, sampled over six minutes: every sparkline is one run of
// drawn cells right after its value's column gap, as wide as the buckets
// seen (its heading's width at least) up to the room the row has, the
// same on every row; it never narrows as the history grows.
func TestMachinesSparklinesTakeTheirColumn(t *testing.T) {
	for _, tc := range []boxSize{{80, 24, true}, {200, 50, false}, {200, 50, true}} {
		t.Run(tc.String(), func(t *testing.T) {
			ids := []string{"dryer-01", "dryer-02", "washer-01", "washer-02", "washer-03"}
			now := fixedNow
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			fold := func(sec int) {
				now = fixedNow.Add(time.Duration(sec) * time.Second)
				var rs []model.Record
				for m, id := range ids {
					rs = append(rs, model.Record{Topic: model.LaundryTopic, Time: now, Value: fmt.Appendf(nil,
						`{"machine_id":%q,"program":"cotton-40","load_kg":%.1f,"heat_c":%.1f,"power_w":%d}`,
						id, 1.5+float64((m+sec/7)%6), 40+float64((sec*3+m*11)%40), 1200+(sec*29+m*97)%1500)})
				}
				s.Fold(rs, now)
			}
			fold(0)
			a := machinesAppAt(s, &now, tc)
			widest := 0
			for sec := 1; sec <= 360; sec++ {
				fold(sec)
				if sec%10 != 0 {
					continue
				}
				got := screen(a)
				runs := sparkRuns(t, machineRows(got, len(ids)), got)
				if runs < widest {
					t.Fatalf("+%ds the sparklines narrowed from %d cells to %d:\n%s", sec, widest, runs, got)
				}
				widest = runs
				if buckets := sec/5 + 1; runs < min(buckets, 6) {
					t.Fatalf("+%ds sparklines of %d cells for %d buckets seen:\n%s", sec, runs, buckets, got)
				}
				if sec == 30 && tc.w == 200 && tc.zoom {
					golden(t, "machines-spark-fill-200x50z", got)
				}
			}
		})
	}
}

// sparkRuns checks each row's sparklines fill their columns: a run of
// drawn cells from the cell its span heading (`30s`) starts at to the
// cell before the next heading's gap, the same on every row; it returns
// that length.
func sparkRuns(t *testing.T, rows []string, screen string) int {
	t.Helper()
	head := []rune(seriesHeading(t, screen))
	type col struct{ at, w int }
	var cols []col
	for i := 1; i < len(head); i++ {
		if head[i-1] != ' ' || head[i] < '0' || head[i] > '9' {
			continue
		}
		j := i
		for j < len(head) && head[j] != ' ' {
			j++
		}
		next := j
		for next < len(head) && head[next] == ' ' {
			next++
		}
		cols = append(cols, col{i, next - 1 - i})
	}
	if len(cols) == 0 {
		t.Fatalf("no sparkline heading:\n%s", screen)
	}
	for _, row := range rows {
		r := []rune(row)
		for _, c := range cols {
			cells := string(r[c.at : c.at+c.w])
			if strings.ContainsRune(cells, ' ') || !strings.ContainsAny(cells, "▁▂▃▄▅▆▇█") {
				t.Fatalf("a sparkline does not fill its %d cells: %q in %q\n%s", c.w, cells, row, screen)
			}
		}
	}
	return cols[0].w
}
