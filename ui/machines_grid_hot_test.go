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

// The demo's Machines in the 80x24 grid after a machine ran hot
// (`!!101.5°C`) and another over its power warn (`!2921W`), no machine
// stale, through every sort (ut32a Za12, Za10): the program stays rather
// than going while last seen pads `now` to 8 cells, 5 cells at least
// (`qu…15`), cut to its first letter and last two (`q…15`) only where
// `seen▼` takes a cell sorted by last seen (s30: a cell kept for it in
// every order cut every program to `q…15`, as a status view's `▼` room
// yields where it would cut a name); every heading is whole with its
// `▼`; the id column keeps one width whatever the sort (ut33 Q1); and the
// border says a sort other than by id, the count giving way first.
func TestMachinesGridKeepsProgramAndSortWhenHot(t *testing.T) {
	var ids []int
	eachMachinesSort(t, func(sort, got string, rows []string) {
		head := rows[0]
		f := strings.Fields(head)
		ids = append(ids, len([]rune(head[:strings.Index(head, f[1])])))
		if least := map[bool]string{true: "pro.", false: "prog."}[sort == "seen"]; f[1] != least && f[1] != "program" {
			t.Errorf("sort %s: the program's heading is %q, want %q:\n%s", sort, f[1], least, got)
		}
		for _, r := range rows[1:] {
			if strings.HasSuffix(r, "now   ") {
				t.Errorf("sort %s: last seen padded while no machine is stale: %q\n%s", sort, r, got)
			}
		}
		if strings.Contains(head, "…") || !strings.Contains(head, sort+"▼") {
			t.Errorf("sort %s: a heading is cut or the sort unmarked: %q\n%s", sort, head, got)
		}
		border := strings.Split(got, "\n")[1]
		if sort != "id" && !strings.Contains(border, "sort "+sort) {
			t.Errorf("sort %s: the border does not say the order:\n%s", sort, got)
		}
	})
	for i := range ids {
		if ids[i] != ids[0] {
			t.Errorf("the id column is %d cells in one sort, %d in another", ids[0], ids[i])
		}
	}
}

// hotGridApp is the demo's Machines in the 80x24 grid after a machine
// ran hot (`!!101.5°C`) and another over its power warn (`!2921W`).
func hotGridApp() *App {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	ids := []string{"avro-washer-01", "dryer-01", "washer-02", "washer-04", "washer-05", "washer-06", "washer-07", "washer-08",
		"washer-09", "washer-10", "washer-11", "washer-12", "dryer-02", "avro-dryer-01"}
	progs := []string{"quick-15", "dry-high", "quick-15", "cotton-60", "wool-30", "cotton-40", "synthetics-40"}
	var recs []model.Record
	for i, id := range ids {
		heat, power := 60+float64(i), 2000+float64(i*10)
		switch id {
		case "washer-02":
			heat = 101.5
		case "washer-04":
			power = 2921
		}
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(fmt.Sprintf(
			`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`, id, progs[i%len(progs)], 5.5+float64(i%3), heat, power))})
	}
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return a
}

// The id column comes before the program's cells past minProgram: in
// the 80x24 grid, an id is cut only where the program has no more than
// minProgram cells (`qu…-15`; it used to be cut only where the program
// was at its least, `q…15`, which a crit's `!!` made it: s30), and the
// border keeps the same parts whatever the sort (ut33 Q1: `avro-…her-01`
// beside `dr…ate`; ut32a Za10: `14 keys` there for `sort load`, gone for
// `sort power`).
func TestMachinesIDBeforeProgramAndBorderSteadyAcrossSorts(t *testing.T) {
	var borders []string
	eachMachinesSort(t, func(sort, got string, rows []string) {
		head := rows[0]
		f := strings.Fields(head)
		prog := len([]rune(head[:strings.Index(head, f[2])])) - len([]rune(head[:strings.Index(head, f[1])])) - 1
		for _, r := range rows[1:] {
			if id := strings.Fields(r)[0]; strings.Contains(id, "…") && prog > minProgram {
				t.Errorf("sort %s: id %q cut while the program keeps %d cells, more than %d:\n%s", sort, id, prog, minProgram, got)
			}
		}
		border := strings.Split(got, "\n")[1]
		border = border[:strings.Index(border, "╮")]
		border = strings.Replace(border, "sort "+sort, "sort", 1)
		if sort != "id" {
			borders = append(borders, strings.Join(strings.Fields(strings.ReplaceAll(border, "─", " ")), " "))
		}
	})
	for _, b := range borders {
		if b != borders[0] {
			t.Errorf("the border's parts change with the sort:\n%q\n%q", borders[0], b)
		}
	}
}

// eachMachinesSort shows hotGridApp's Machines in every sort order, in
// turn, and checks each screen and its Machines box's rows.
func eachMachinesSort(t *testing.T, check func(sort, got string, rows []string)) {
	t.Helper()
	a := hotGridApp()
	press(a, "1")
	for i, sort := range []string{"id", "load", "heat", "power", "seen"} {
		if i > 0 {
			press(a, "s")
		}
		got := screen(a)
		check(sort, got, boxRows(t, got, "1 Machines"))
	}
}
