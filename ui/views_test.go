package ui

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// historyStore has five minutes of history: machines heating up (one to
// crit, one to warn, one gone silent), riders moving between locations and
// students logging in and out.
func historyStore(t testing.TB, machines int) *model.Store {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	add := func(topic string, sec int, v string) {
		recs = append(recs, model.Record{Topic: topic, Time: fixedNow.Add(time.Duration(-sec) * time.Second), Value: []byte(v)})
	}
	for sec := 295; sec >= 0; sec -= 5 {
		step := (295 - sec) / 5 // 0..59
		for m := range machines {
			if m == 2 && sec < 120 {
				continue // dryer-00 went silent two minutes ago
			}
			heat := 40 + float64(m%7)*5 + float64(step%10)
			if m == 0 {
				heat = 60 + float64(step)*0.6 // washer-00 climbs past crit
			}
			id, prog := fmt.Sprintf("washer-%02d", m), "cotton-60"
			if m == 2 {
				id, prog = "dryer-00", "dry-high"
			}
			power := 1500 + float64(m%5)*300 + float64(step%6)*50
			if m == 1 {
				power = 2850 // washer-01 draws more than warn
			}
			add(model.LaundryTopic, sec, fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
				id, prog, 2+float64(m%5), heat, power))
		}
		loc := []string{"north", "south", "east", "west"}
		add(model.RiderTopic, sec, fmt.Sprintf(`{"name":"rider-%d","location":%q}`, step%5, loc[(step*7)%4]))
		add(model.StudentTopic, sec, fmt.Sprintf(`{"StudentId":"s-%d","State":%d}`, step%6, (step/6)%2))
	}
	s.Fold(recs, fixedNow)
	return s
}

func historyApp(t testing.TB, w, h, machines int) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: historyStore(t, machines), Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

func TestGoldenViewPanes(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
	}{
		{"machines-zoom-140x24", 140, 24, []string{"z"}},
		{"machines-sort-heat-140x24", 140, 24, []string{"z", "s", "s"}},
		{"machines-filter-140x16", 140, 16, []string{"z", "/", "d", "r", "y"}},
		{"machines-narrow-50x16", 50, 16, nil},
		{"machines-detail-120x40", 120, 40, []string{"z", "enter"}},
		{"riders-zoom-100x24", 100, 24, []string{"2", "z"}},
		{"students-zoom-100x24", 100, 24, []string{"3", "z"}},
		{"students-narrow-44x12", 44, 12, []string{"3"}},
		{"status-grid-80x24", 80, 24, nil},
		{"status-grid-200x50", 200, 50, nil},
		{"riders-zoom-80x24", 80, 24, []string{"2", "z"}},
		{"riders-zoom-200x50", 200, 50, []string{"2", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := historyApp(t, tt.w, tt.h, 8)
			for _, k := range tt.keys {
				a.Update(keyPress(k))
			}
			got := screen(a)
			assertFits(t, got, tt.w, tt.h)
			golden(t, tt.name, got)
		})
	}
}

func TestMachinesSortFilterAndDetailKeys(t *testing.T) {
	a := historyApp(t, 140, 24, 8)
	m := a.panes[paneSeries].(*SeriesPane)
	press := func(keys ...string) string {
		for _, k := range keys {
			a.Update(keyPress(k))
		}
		return screen(a)
	}
	press("z")
	firstRow := func(s string) string { return strings.Fields(strings.Split(s, "\n")[3])[0] }
	steps := []struct {
		keys      []string
		wantFirst string // first machine row, or "" to skip
		wantIn    string
	}{
		{nil, "│dryer-00", "sort id"},
		{[]string{"s", "s"}, "│washer-00", "sort heat"}, // hottest first
		{[]string{"s"}, "│washer-04", "sort power"},
		{[]string{"s"}, "│washer-00", "sort seen"}, // most recent first, ties by id
		{[]string{"s"}, "│dryer-00", "sort id"},
	}
	for _, s := range steps {
		got := press(s.keys...)
		if !strings.Contains(got, s.wantIn) || firstRow(got) != s.wantFirst {
			t.Fatalf("after %v: first row %q (want %q), want %q in\n%s", s.keys, firstRow(got), s.wantFirst, s.wantIn, got)
		}
	}
	if got := press("/"); !strings.Contains(got, "/id or program") { // the prompt in the view's words, as help (ut40a-2)
		t.Fatalf("/ prompts in other words than help's:\n%s", got)
	}
	press("q", "0", "7")
	if !a.panes[paneSeries].Capturing() {
		t.Fatal("/ does not capture typing")
	}
	if got := press("enter"); !strings.Contains(got, "filter q07") || !strings.Contains(got, "no id or program matches") { // in the view's words (ut40a-2)
		t.Fatalf("typing q07 did not filter (or q quit):\n%s", got)
	}
	if got := press("esc"); strings.Contains(got, "filter q07") || !strings.Contains(got, "washer-07") {
		t.Fatalf("esc did not clear the filter:\n%s", got)
	}
	press("/", "0", "7", "enter")
	if got := press("enter"); !strings.Contains(got, "washer-07 · cotton-60") || !strings.Contains(got, "60 records seen · esc back") {
		t.Fatalf("enter did not open washer-07's detail:\n%s", got)
	}
	if m.detail != "washer-07" {
		t.Fatalf("detail %q", m.detail)
	}
	if got := press("esc"); m.detail != "" || !strings.Contains(got, "seen") {
		t.Fatalf("esc did not return to the list:\n%s", got)
	}
}

func TestMachinesPagesThrough500(t *testing.T) {
	a := historyApp(t, 200, 50, 500)
	a.Update(keyPress("z"))
	m := a.panes[paneSeries].(*SeriesPane)
	screen(a)
	page := m.page()
	for i := 1; i <= 3; i++ {
		a.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
		s := screen(a)
		if m.scroll.cursor != i*page {
			t.Fatalf("after %d pgdn the cursor is on row %d, want %d", i, m.scroll.cursor, i*page)
		}
		if want := m.table[m.scroll.cursor-m.frame.base].key; !strings.Contains(s, want+" ") {
			t.Fatalf("the selected machine %s is not on screen:\n%s", want, s)
		}
	}
	a.Update(keyPress("G"))
	if s := screen(a); m.scroll.cursor != 499 || !strings.Contains(s, m.table[499-m.frame.base].key+" ") {
		t.Fatalf("end does not reach the last of 500 machines (cursor %d):\n%s", m.scroll.cursor, s)
	}
}

func TestStatusPaneSortAndFilter(t *testing.T) {
	a := historyApp(t, 100, 24, 8)
	a.Update(keyPress("2"))
	a.Update(keyPress("z"))
	for _, k := range []string{"s", "s"} { // since: most recent change first
		a.Update(keyPress(k))
	}
	s := screen(a)
	if !strings.Contains(s, "sort since") || !strings.Contains(s, "│rider-0 ") || strings.Index(s, "│rider-4 ") > strings.Index(s, "│rider-0 ") {
		t.Fatalf("sort by since does not put the latest change first:\n%s", s)
	}
	for _, k := range []string{"/", "s", "o", "u", "t", "h", "enter"} {
		a.Update(keyPress(k))
	}
	s = screen(a)
	if !strings.Contains(s, "filter south") || strings.Contains(s, "│rider-1 ") || !strings.Contains(s, "│rider-0 ") {
		t.Fatalf("filter by status does not narrow the list:\n%s", s)
	}
}

func TestEvictedMachineDetailSaysSo(t *testing.T) {
	c := &Common{Ctx: context.Background(), Store: model.NewStore(model.DefaultViews(), model.Limits{Keys: 1}),
		Now: func() time.Time { return fixedNow }, Cluster: Cluster{Embedded: true}}
	rec := func(id string) model.Record {
		return model.Record{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(`{"machine_id":"` + id + `","heat_c":50}`)}
	}
	writer(c).Fold([]model.Record{rec("a")}, fixedNow)
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	a.Update(keyPress("enter"))
	writer(c).Fold([]model.Record{rec("b")}, fixedNow)
	a.Update(changedMsg{version: c.Store.Version()})
	if s := screen(a); !strings.Contains(s, "a is no longer tracked (evicted)") || !strings.Contains(s, "1 evicted") {
		t.Fatalf("detail of an evicted machine:\n%s", s)
	}
}

// BenchmarkMachinesPane500 renders the zoomed Machines pane with 500
// machines and five minutes of history at 200x50: one frame's work.
func BenchmarkMachinesPane500(b *testing.B) {
	a := historyApp(b, 200, 50, 500)
	a.Update(keyPress("z"))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		a.rev++ // force a render, as a store change would
		_ = a.View()
	}
}

func TestPanesFollowConfiguredViews(t *testing.T) {
	views := []model.TopicView{
		{Topic: "pumps", Kind: model.StatusView, Title: "Pumps", Status: "state"},
		{Topic: "boilers", Kind: model.SeriesView, Title: "Boilers", Key: "id", Fields: []model.Field{{Path: "bar", Label: "pressure"}}},
	}
	c := &Common{Ctx: context.Background(), Store: model.NewStore(views, model.DefaultLimits()), Now: func() time.Time { return fixedNow }}
	writer(c).Fold([]model.Record{{Topic: "boilers", Time: fixedNow, Value: []byte(`{"id":"b-1","bar":2.5}`)}}, fixedNow)
	writer(c).Update(func(st *model.State) { st.Topics = []string{"boilers"} }) // a poll saw a view's topic
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	s := screen(a)
	for _, want := range []string{"1 Boilers", "pressure", "b-1", "2.5", "2 Pumps", "3 Status view", "no status view configured"} {
		if !strings.Contains(s, want) {
			t.Fatalf("%q missing: panes do not follow the configured views\n%s", want, s)
		}
	}
	// The pane without a view, and help, never name the demo's views
	// (ut24a P18: `3 Students` on a config without it).
	a.Update(keyPress("?"))
	for _, s := range []string{s, screen(a)} {
		for _, demo := range []string{"Machines", "Riders", "Students"} {
			if strings.Contains(s, demo) {
				t.Errorf("%q on a config without that view:\n%s", demo, s)
			}
		}
	}
}

// In a short grid pane, rows come before the per-status summary: at 80x24
// Riders and Students showed only their summary and column titles.
func TestShortStatusPanesShowRows(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		a := historyApp(t, size[0], size[1], 8)
		got := screen(a)
		for _, want := range []string{"rider-0", "s-0 "} {
			if !strings.Contains(got, want) {
				t.Errorf("%dx%d: no %q row on screen:\n%s", size[0], size[1], want, got)
			}
		}
	}
}

// A stale machine's row is dimmed, not coloured crit: its values are old
// news. The !! marker on the value stays, so it still reads without colour.
func TestStaleMachineRowIsDimNotCrit(t *testing.T) {
	a := testApp(t, 120, 36)
	st := a.c.Styles
	crit, dim := st.Crit.Render("X"), st.Dim.Render("X")
	critOn, dimOn := crit[:strings.Index(crit, "X")], dim[:strings.Index(dim, "X")]
	if critOn == "" || critOn == dimOn {
		t.Fatal("the test styles render no colour: nothing to compare")
	}
	for _, line := range strings.Split(a.View().Content, "\n") {
		if !strings.Contains(line, "dryer-01") {
			continue
		}
		if strings.Contains(line, critOn) || !strings.Contains(line, dimOn) {
			t.Errorf("stale dryer-01 row not dim: %q", line)
		}
		if !strings.Contains(line, "!!97.5°C") || !strings.Contains(line, "stale 1m") {
			t.Errorf("stale row lost its marker or age: %q", line)
		}
		return
	}
	t.Fatal("no dryer-01 row")
}

// Keys sort as people read them: s-2 before s-10, washer-9 before washer-10.
func TestKeysSortNaturally(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	for _, n := range []int{10, 2, 11, 1} {
		recs = append(recs,
			model.Record{Topic: model.StudentTopic, Time: fixedNow, Value: []byte(fmt.Sprintf(`{"StudentId":"s-%d","State":1}`, n))},
			model.Record{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(fmt.Sprintf(`{"machine_id":"washer-%d","heat_c":40}`, n))})
	}
	s.Fold(recs, fixedNow)
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
	got := screen(a)
	for _, order := range [][]string{{"s-1 ", "s-2 ", "s-10", "s-11"}, {"washer-1 ", "washer-2 ", "washer-10", "washer-11"}} {
		at := -1
		for _, k := range order {
			i := strings.Index(got, k)
			if i < at {
				t.Errorf("%q is above an earlier key in %v:\n%s", k, order, got)
			}
			at = i
		}
	}
}

func TestFooterWhileTypingAFilterSaysHowToEnd(t *testing.T) {
	for _, pane := range []string{"1", "2", "3"} {
		a := testApp(t, 120, 36)
		a.Update(keyPress(pane))
		a.Update(keyPress("/"))
		lines := strings.Split(screen(a), "\n")
		footer := lines[len(lines)-1]
		if !strings.Contains(footer, "keep filter") || !strings.Contains(footer, "drop filter") || strings.Contains(footer, "sort") {
			t.Errorf("pane %s footer while typing a filter: %q", pane, footer)
		}
	}
}

func TestListsSayWhichRowsTheyShow(t *testing.T) {
	a := testApp(t, 120, 36)
	batch := make([]model.Record, 0, 40)
	for i := range 40 {
		batch = append(batch, model.Record{Topic: model.LaundryTopic, Time: fixedNow,
			Value: []byte(fmt.Sprintf(`{"machine_id":"m-%02d","heat_c":50}`, i))})
	}
	writer(a.c).Fold(batch, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	if s := screen(a); !strings.Contains(s, "1-10/43") {
		t.Fatalf("the Machines border does not say which rows show:\n%s", s)
	}
	for range 20 {
		a.Update(keyPress("down"))
	}
	if s := screen(a); !strings.Contains(s, "12-21/43") {
		t.Fatalf("after scrolling, the border does not follow:\n%s", s)
	}
}

// The status panes name their columns after the view's fields (name,
// location; StudentId, State), not "key" and "status", and so does the sort.
func TestStatusColumnsUseTheViewsFieldNames(t *testing.T) {
	for _, tt := range []struct {
		pane       string
		key, state string
	}{{"2", "name", "location"}, {"3", "StudentId", "State"}} {
		a := testApp(t, 120, 36)
		a.Update(keyPress(tt.pane))
		s := screen(a)
		if !strings.Contains(s, tt.key+"▼") || !strings.Contains(s, "sort "+tt.key) || strings.Contains(s, "key▼") {
			t.Errorf("pane %s: want the %q column sorted and named:\n%s", tt.pane, tt.key, s)
		}
		a.Update(keyPress("s"))
		if s := screen(a); !strings.Contains(s, tt.state+"▼") || !strings.Contains(s, "sort "+tt.state) {
			t.Errorf("pane %s: s does not sort by %q:\n%s", tt.pane, tt.state, s)
		}
	}
}

// A sparkline takes the room its column has at the window's resolution:
// one cell per bucket, the newest at the right, so a 25-cell column over
// a minute of 5-second buckets draws 12 cells, not the 5 it drew when
// the whole window was squeezed into the column.
func TestSparklinesKeepTheBucketResolution(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	for i := range 12 {
		at := fixedNow.Add(time.Duration(i-11) * 5 * time.Second)
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: at, Key: []byte("washer-01"),
			Value: []byte(`{"machine_id":"washer-01","program":"p","load_kg":1,"heat_c":50,"power_w":1000}`)})
	}
	s.Fold(recs, fixedNow)
	var got [][][]float64
	var bucket time.Duration
	s.Read(func(st *model.State) {
		tb := st.Series[model.LaundryTopic]
		bucket = tb.View.History().Bucket
		got = sparkData(tb, []machineRow{{key: "washer-01"}}, 25, fixedNow, nil)
	})
	if bucket != 5*time.Second {
		t.Fatalf("the default view's buckets are %v, the test assumes 5s", bucket)
	}
	drawn := 0
	for _, v := range got[0][0] {
		if !math.IsNaN(v) {
			drawn++
		}
	}
	if len(got[0][0]) != 25 || drawn != 12 {
		t.Fatalf("%d cells, %d drawn; want 25 cells, 12 drawn (one per 5s bucket)", len(got[0][0]), drawn)
	}
}

// Status lists give names the room the longest needs, so status and times
// sit next to them instead of across a wide pane.
func TestStatusNamesTakeWhatTheyNeed(t *testing.T) {
	a := testApp(t, 200, 50)
	a.Update(keyPress("2"))
	a.Update(keyPress("z"))
	for _, l := range strings.Split(ansi.Strip(screen(a)), "\n") {
		if i := strings.Index(l, "│deepanshu"); i >= 0 && strings.Contains(l, "north") {
			i += len("│")
			if gap := strings.Index(l, "north") - (i + len("deepanshu")); gap > 3 {
				t.Fatalf("%d cells between the name and its status: %q", gap, l)
			}
			return
		}
	}
	t.Fatalf("no row for deepanshu:\n%s", screen(a))
}
