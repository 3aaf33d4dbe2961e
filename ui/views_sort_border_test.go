package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut34a-8: Riders sorted by seen in the 80x24 grid had the border
// `2 Riders ─ sort se… · 1-1/8`: the sort cut, the key count gone. One
// rule for every view, every sort: the sort is said whole or not at all
// (never `sort se…`), judged at the widest sort the view cycles through,
// so the other parts of the border are the same under every sort but
// the key's; where
// it gives way, the sorted heading's `▼` says the order.
func TestViewsBorderSaysTheSortWholeUnderEverySort(t *testing.T) {
	cut := regexp.MustCompile(`sort [^ ·─]*…`)
	sorted := regexp.MustCompile(`sort [^ ·─]+`)
	a := sortViewsApp()
	for _, v := range []struct {
		key, title string
		sorts      int
	}{{"1", "1 Machines", 5}, {"2", "2 Riders", len(statusSorts)}, {"3", "3 Stu", len(statusSorts)}} {
		press(a, v.key)
		var others []string
		for i := range v.sorts {
			if i > 0 {
				press(a, "s")
			}
			got := screen(a)
			border := boxBorder(t, got, v.title)
			rows := boxRows(t, got, v.title)
			if cut.MatchString(border) {
				t.Errorf("%s, sort %d: the sort is cut: %q\n%s", v.title, i, border, got)
			}
			if i > 0 && !sorted.MatchString(border) && !strings.Contains(strings.Join(strings.Fields(rows[0])[1:], " "), "▼") {
				t.Errorf("%s, sort %d: neither the border nor a heading says the sort: %q\n%s", v.title, i, border, got)
			}
			if i > 0 { // sorted by the key the border says `sort id` only where it has room
				others = append(others, strings.Join(strings.Fields(sorted.ReplaceAllString(border, "")), " "))
			}
		}
		for i := range others {
			if others[i] != others[0] {
				t.Errorf("%s: the border's other parts change with the sort: %q, then %q", v.title, others[0], others[i])
			}
		}
	}
}

// boxBorder is the top border of the box titled title, from its title
// on, its dashes as spaces.
func boxBorder(t *testing.T, got, title string) string {
	t.Helper()
	for _, l := range strings.Split(got, "\n") {
		if at := strings.Index(l, title); at >= 0 {
			l = l[at:]
			return strings.ReplaceAll(l[:strings.Index(l, "╮")], "─", " ")
		}
	}
	t.Fatalf("no box %q:\n%s", title, got)
	return ""
}

// sortViewsApp is the demo's three views in the 80x24 grid: fourteen
// machines, eight riders, twenty-five students.
func sortViewsApp() *App {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var recs []model.Record
	add := func(topic string, sec int, value string) {
		recs = append(recs, model.Record{Topic: topic, Time: fixedNow.Add(-time.Duration(sec) * time.Second), Value: []byte(value)})
	}
	ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "dryer-03", "dryer-04", "washer-01",
		"washer-02", "washer-03", "washer-04", "washer-05", "washer-06", "washer-07", "washer-08"}
	for i, id := range ids {
		add(model.LaundryTopic, i, fmt.Sprintf(`{"machine_id":%q,"program":"cotton-60","load_kg":%.1f,"heat_c":%.1f,"power_w":%d}`,
			id, 1.5+float64(i%5), 40+float64(i*3), 1300+i*90))
	}
	for i, name := range []string{"asha", "bruno", "chen", "deepanshu", "elif", "marco", "nadia", "tomas"} {
		add(model.RiderTopic, i*7, fmt.Sprintf(`{"name":%q,"location":%q}`, name, []string{"north", "east", "south", "west"}[i%4]))
	}
	for i := range 25 {
		add(model.StudentTopic, i*3, fmt.Sprintf(`{"StudentId":"s-%d","State":%q}`, i+1, []string{"LoggedIn", "LoggedOut", "Idle"}[i%3]))
	}
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic}
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return a
}
