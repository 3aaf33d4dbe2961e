package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut40a-4, ut41-14: in the 80x24 grid a crit beside another value read
// `7.0kg!82.4°C`: one `!`, warn's look, glued to the column before, and at
// 200x50 a marked value began a cell right of the others. ut40a-5: the
// program was cut to `d…te` beside held room. Over ten simulated minutes
// of reports every 5 s, heat crossing warn and crit and power its warn on
// one machine and another: every crit reads `!!` and every warn `!`, a
// blank cell before each marker, each value starts where its column's
// other values do, the ids read apart, the program keeps at least
// 5 cells (whole where it fits), and the columns move only at a frame
// whose widest value with its marker differs from the frame before's
// (ut43a-2: held room stood blank beside cut ids; it goes to them). (ut39-3, ut38a-3 kept the id whole by drawing
// the marker in the gap; the marker now has its own held room, the id
// and the program cut in the middle as the row needs.)
func TestMachinesMarkersWholeAsTheyComeAndGo(t *testing.T) {
	ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "washer-01"}
	progs := []string{"dry-delicate", "cotton-40", "dry-low", "dry-high", "cotton-60"}
	heatAt := func(step, m int) float64 {
		switch (step/6 + m) % 5 {
		case 0:
			return 81.4 // warn
		case 2:
			return 96.2 // crit
		}
		return 26.7 + float64((step*7+m*13)%40)
	}
	powerAt := func(step, m int) float64 {
		if (step/4+m)%7 == 3 {
			return 2871 // warn
		}
		return 1100 + float64((step*37+m*91)%1600)
	}
	a, fold := machinesEvery5s(len(ids), func(step, m int) string {
		return fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
			ids[m], progs[m], 1.2+float64((m+step)%8), heatAt(step, m), powerAt(step, m))
	})
	first := seriesHeading(t, screen(a))
	cells := func(step int) [2]int { // the widest heat and power with their markers
		var w [2]int
		for m := range ids {
			h, p := fmt.Sprintf("%.1f°C", heatAt(step, m)), fmt.Sprintf("%.0fW", powerAt(step, m))
			switch {
			case heatAt(step, m) > 95:
				h = "!!" + h
			case heatAt(step, m) > 80:
				h = "!" + h
			}
			if powerAt(step, m) > 2800 {
				p = "!" + p
			}
			w = [2]int{max(w[0], len([]rune(h))), max(w[1], len(p))}
		}
		return w
	}
	for step := 1; step <= 120; step++ {
		fold(step)
		got := screen(a)
		rows := machineRows(got, len(ids))
		heatAt0, powerAt0 := -1, -1 // where each column's values start
		for m := range ids {
			line := []rune(rows[m])
			text := string(line)
			if !strings.HasPrefix(text, "│"+ids[m][:5]) || !strings.HasSuffix(strings.Fields(text)[0], ids[m][len(ids[m])-2:]) {
				t.Fatalf("+%ds: row %d does not read as %s:\n%s", step*5, m, ids[m], got)
			}
			prog := strings.Fields(text)[1]
			if prog != progs[m] && len([]rune(prog)) < heldProgram {
				t.Fatalf("+%ds: %s's program reads %q, under %d cells:\n%s", step*5, ids[m], prog, heldProgram, got)
			}
			heat, power := fmt.Sprintf("%.1f°C", heatAt(step, m)), fmt.Sprintf("%.0fW", powerAt(step, m))
			for _, v := range []struct {
				text, mark string
				at         *int
			}{
				{heat, map[bool]string{true: "!!", false: map[bool]string{true: "!", false: ""}[heatAt(step, m) > 80]}[heatAt(step, m) > 95], &heatAt0},
				{power, map[bool]string{true: "!", false: ""}[powerAt(step, m) > 2800], &powerAt0},
			} {
				i := strings.Index(text, " "+v.mark+v.text+" ")
				if i < 0 {
					t.Fatalf("+%ds: %s's row has no %q with a blank before it:\n%s", step*5, ids[m], v.mark+v.text, got)
				}
				at := len([]rune(text[:i+1+len(v.mark)]))
				if *v.at < 0 {
					*v.at = at
				} else if at != *v.at {
					t.Fatalf("+%ds: %s's %s starts at cell %d, the rows above at %d:\n%s", step*5, ids[m], v.text, at, *v.at, got)
				}
			}
		}
		if h := seriesHeading(t, got); h != first && cells(step) == cells(step-1) {
			t.Fatalf("+%ds the columns moved with no change of content:\n%s\nto\n%s", step*5, first, h)
		}
		first = seriesHeading(t, got)
		if step == 120 {
			golden(t, "machines-markroom-80x24", got)
		}
	}
}

// machineRows is the first n Machines rows on screen, under the heading.
func machineRows(screen string, n int) []string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "│id") {
			var rows []string
			for _, r := range lines[i+1 : min(i+1+n, len(lines))] {
				rows = append(rows, strings.SplitAfter(r, "│")[1])
			}
			for k := range rows { // the Machines box's own row, the border before it
				rows[k] = "│" + strings.TrimSuffix(rows[k], "│")
			}
			return rows
		}
	}
	return nil
}

// machinesEvery5s is the app at 80x24 over n machines reporting value(step,
// m) at step 0, and fold, which has them report at 5 s step, the clock
// set to it.
func machinesEvery5s(n int, value func(step, m int) string) (*App, func(step int)) {
	now := fixedNow
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	fold := func(step int) {
		now = fixedNow.Add(time.Duration(step) * 5 * time.Second)
		rs := make([]model.Record, 0, n)
		for m := range n {
			rs = append(rs, model.Record{Topic: model.LaundryTopic, Time: now, Value: []byte(value(step, m))})
		}
		s.Fold(rs, now)
	}
	fold(0)
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return a, fold
}
