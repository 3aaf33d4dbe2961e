package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// demoLikeRecords are five minutes of the demo's topics up to now, as the
// demo writes them: machines with the demo's ids and programs (the longest
// `avro-dryer-01`, `dry-delicate`), one of them crossing crit when hot is
// true, one silent for a minute; the demo's riders; forty students, one
// in the unknown state 7.
func demoLikeRecords(now time.Time, hot bool) []model.Record {
	var recs []model.Record
	add := func(topic string, sec int, v string) {
		recs = append(recs, model.Record{Topic: topic, Time: now.Add(time.Duration(-sec) * time.Second), Value: []byte(v)})
	}
	ids := []string{"avro-dryer-01", "dryer-03", "dryer-04", "washer-04", "washer-07", "washer-08", "washer-10"}
	progs := []string{"dry-high", "dry-delicate", "dry-low", "cotton-60", "wool-30", "quick-15", "eco-40"}
	riders := []string{"deepanshu", "asha", "marco", "lena", "kofi", "yuki", "priya", "tomas"}
	locs := []string{"north", "south", "east", "west"}
	for sec := 295; sec >= 0; sec -= 5 {
		step := (295 - sec) / 5
		for m, id := range ids {
			if id == "washer-10" && sec < 60 {
				continue // silent for a minute: stale
			}
			heat := 50 + float64(m*4) + float64(step%10)*0.7
			if hot && id == "dryer-03" && sec == 0 {
				heat = 99.3
			}
			add(model.LaundryTopic, sec, fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
				id, progs[m], 2+float64(m%6), heat, 1800+float64(m*100)+float64(step%6)*40))
		}
		add(model.RiderTopic, sec, fmt.Sprintf(`{"name":%q,"location":%q}`, riders[step%len(riders)], locs[(step+step/8)%4]))
	}
	for i := range 40 {
		state := `"LoggedIn"`
		if i%2 == 1 {
			state = `"LoggedOut"`
		}
		if i == 39 {
			state = "7"
		}
		add(model.StudentTopic, 200-i*5, fmt.Sprintf(`{"StudentId":"s-%d","State":%s}`, i, state))
	}
	return recs
}

// demoLikeApp is an App at w x h over demoLikeRecords, its clock at *now.
func demoLikeApp(t testing.TB, w, h int, now *time.Time, hot bool) (*App, *model.Store) {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold(demoLikeRecords(*now, hot), *now)
	s.Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic}
	})
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return *now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a, s
}

var viewSizes = [][2]int{{80, 24}, {120, 40}, {200, 50}}

// The configured views at the three sizes a user tries, in the grid and
// zoomed: golden screens (issue 14, item 3; ut14b B4, B5, B12, B35, B37).
func TestGoldenViewsAtThreeSizes(t *testing.T) {
	for _, size := range viewSizes {
		for _, keys := range [][]string{{"1"}, {"1", "z"}, {"2", "z"}, {"3", "z"}, {"1", "z", "enter"}, {"1", "enter"}} {
			name := fmt.Sprintf("views-%dx%d-%s", size[0], size[1], strings.Join(keys, ""))
			t.Run(name, func(t *testing.T) {
				now := fixedNow
				a, _ := demoLikeApp(t, size[0], size[1], &now, true)
				press(a, keys...)
				golden(t, name, screen(a))
			})
		}
	}
}

// titleRow is the Machines table's column titles on screen.
func titleRow(t *testing.T, got string) string {
	t.Helper()
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "id▼") {
			_, l, _ = strings.Cut(l, "│")
			l, _, _ = strings.Cut(l, "│")
			return l
		}
	}
	t.Fatalf("no Machines titles in\n%s", got)
	return ""
}

// The Machines columns do not come and go as values change: once a
// machine has been at crit (the marker's room held from then on), the
// crit going and coming back, a machine going stale, or time passing,
// leave the same columns at the same widths, zoomed and in the grid
// (ut14b B4 (more): the program and the sparklines' span flipped with a
// `!!`). The marker may stand in the gap before its column (markedLayout).
// The crit going is a change of content: where its held room cut the id
// or the program (the 80x24 grid), they take it back then, losing no
// column (ut43a-2); the crit coming back lays the columns out as before.
func TestMachinesLayoutSteadyAsValuesChange(t *testing.T) {
	for _, size := range viewSizes {
		for _, keys := range [][]string{{"1"}, {"1", "z"}} {
			now := fixedNow
			a, s := demoLikeApp(t, size[0], size[1], &now, true)
			press(a, keys...)
			before := titleRow(t, screen(a))
			// a minute on each: dryer-03 cool, then at crit again; dryer-04 silent
			for _, hot := range []bool{false, true} {
				now = now.Add(time.Minute)
				var recs []model.Record
				for _, r := range demoLikeRecords(now, hot) {
					if r.Topic == model.LaundryTopic && !r.Time.Before(now.Add(-time.Minute)) && !strings.Contains(string(r.Value), "dryer-04") {
						recs = append(recs, r)
					}
				}
				s.Fold(recs, now)
				got := screen(a)
				if strings.Contains(got, "!99.3") != hot {
					t.Fatalf("%dx%d %v: the change is not on screen:\n%s", size[0], size[1], keys, got)
				}
				after := titleRow(t, got)
				if !hot && len(strings.Fields(after)) >= len(strings.Fields(before)) {
					continue // the cut text took the held room back
				}
				if after != before {
					t.Errorf("%dx%d %v: the columns changed with the values:\n%s\n%s", size[0], size[1], keys, before, after)
				}
			}
		}
	}
}

// Columns take their content's width and the sparklines the rest: zoomed,
// the program is kept at 80x24 with sparklines at their least (README:
// the sparklines make way before the program), and at 200x50 no cells
// trail `seen` beyond its format's width (ut14b B4, B35, B37).
func TestMachinesSparklinesTakeTheRest(t *testing.T) {
	for _, size := range viewSizes {
		now := fixedNow
		a, _ := demoLikeApp(t, size[0], size[1], &now, true)
		press(a, "1", "z")
		got := screen(a)
		if !strings.Contains(got, "dry-delicate") {
			t.Errorf("%dx%d: the program is dropped:\n%s", size[0], size[1], got)
		}
		title := titleRow(t, got)
		if !strings.Contains(title, "s ") { // a span heading: sparklines shown
			t.Errorf("%dx%d: no sparklines:\n%s", size[0], size[1], got)
		}
		i := strings.Index(title, "seen")
		if i < 0 {
			t.Fatalf("%dx%d: seen is dropped:\n%s", size[0], size[1], got)
		}
		if trail := ansi.StringWidth(title[i:]); trail > len("stale 59s")+3 {
			t.Errorf("%dx%d: seen and what trails it take %d cells:\n%s", size[0], size[1], trail, got)
		}
	}
}

// boxRows is the inner rows of the box whose top edge has title, cut to
// that box's columns.
func boxRows(t *testing.T, got, title string) []string {
	t.Helper()
	lines := strings.Split(got, "\n")
	for i, l := range lines {
		if !strings.Contains(l, title) {
			continue
		}
		r := []rune(l)
		at := strings.Index(l, title)
		at = len([]rune(l[:at]))
		start := at
		for start > 0 && r[start] != '╭' {
			start--
		}
		end := at
		for end < len(r) && r[end] != '╮' {
			end++
		}
		var rows []string
		for _, l := range lines[i+1:] {
			rr := []rune(l)
			if len(rr) <= end || rr[start] == '╰' {
				break
			}
			rows = append(rows, string(rr[start+1:end]))
		}
		return rows
	}
	t.Fatalf("no box %q in\n%s", title, got)
	return nil
}

// In the grid, Riders and Students keep last seen: the name column is as
// wide as the longest name, not padded while seen is dropped (ut14b B5).
func TestStatusListKeepsSeenInTheGrid(t *testing.T) {
	for _, size := range viewSizes {
		now := fixedNow
		a, _ := demoLikeApp(t, size[0], size[1], &now, true)
		got := screen(a)
		for _, pane := range []string{"2 Riders", "3 Stu"} {
			var head string
			for _, r := range boxRows(t, got, pane) {
				if strings.Contains(r, "since") {
					head = r
					break
				}
			}
			if !strings.Contains(head, "seen") {
				t.Errorf("%dx%d %s: seen is dropped: %q\n%s", size[0], size[1], pane, head, got)
			}
			if pane == "2 Riders" && !strings.Contains(head, "name▼     location") {
				t.Errorf("%dx%d %s: the name column is not as wide as deepanshu: %q\n%s", size[0], size[1], pane, head, got)
			}
		}
	}
}

// The Students summary says a state outside the view's names as the field
// and its value, not as a bare number before the count (ut14b B37).
func TestStatusSummaryNamesAnUnknownValue(t *testing.T) {
	now := fixedNow
	a, _ := demoLikeApp(t, 120, 40, &now, true)
	got := screen(a)
	rows := boxRows(t, got, "3 Stu")
	if len(rows) == 0 || !strings.Contains(rows[0], "LoggedIn 20 · LoggedOut 19 · State 7: 1") {
		t.Errorf("summary %q\n%s", rows, got)
	}
}

// Zoomed, Riders gives the rows its key list leaves to the latest changes
// when more are held: no blank rows below a short list of changes (ut14b
// B12).
func TestStatusLatestChangesTakeTheFreeRows(t *testing.T) {
	for _, size := range viewSizes {
		now := fixedNow
		a, _ := demoLikeApp(t, size[0], size[1], &now, true)
		press(a, "2", "z")
		got := screen(a)
		rows := boxRows(t, got, "2 Riders")
		blank := 0
		for i := len(rows) - 1; i >= 0 && strings.TrimSpace(rows[i]) == ""; i-- {
			blank++
		}
		if blank > 0 {
			t.Errorf("%dx%d: %d blank rows below the list:\n%s", size[0], size[1], blank, got)
		}
	}
}

// A view inferred at run time on a cluster of long names: the status
// field's name heads the per-status table whole, and the long keys are
// whole in the key list with their status and both ages beside them.
func TestStatusViewOfLongNames(t *testing.T) {
	views := []model.TopicView{{Topic: "courier-location-updates", Kind: model.StatusView, Title: "couriers",
		Key: "courier_identifier", Status: "delivery_zone"}}
	s := model.NewStore(views, model.DefaultLimits())
	var recs []model.Record
	for i := range 20 {
		recs = append(recs, model.Record{Topic: "courier-location-updates", Time: fixedNow.Add(time.Duration(i-20) * time.Second),
			Value: []byte(fmt.Sprintf(`{"courier_identifier":"courier-with-a-rather-long-name-%02d","delivery_zone":"zone-%d"}`, i%5, i%4))})
	}
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) { st.Topics = []string{"courier-location-updates"} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "2", "z")
	got := screen(a)
	for _, want := range []string{"│delivery_zone now", "courier-with-a-rather-long-name-04 zone-3         1s     1s"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}
