package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// filterTopics is a cluster like the ut26 testers': a topic no group
// reads, a group far behind, one with a long name, one committed past
// the high watermark (ahead 4,000), and enough short-named groups on
// one topic that the lists page.
func filterTopics(ahead int64) []crossTopic {
	var many []string
	for i := range 14 {
		many = append(many, "laundry-audit-"+itoa(10+i))
	}
	return []crossTopic{
		{name: "Student", parts: 1, high: 96, step: 1},
		{name: "idle-archive", parts: 2, high: 500, step: 0, groups: []string{"compliance-archiver-committed-past-the-end-ut26"}, lag: ahead},
		{name: "laundry-machine-logs", parts: 4, high: 990, step: 3, groups: many, lag: 3, lagAdd: 1},
		{name: "payments-settlement-eu-central-region-v3-ut26", parts: 3, high: 12600, step: 3,
			groups: []string{"settlement-ledger-live-consumer-group-with-a-fairly-long-name-ut26"}, lag: 0},
		{name: "reconciliation-auditors", parts: 2, high: 9990, step: 2,
			groups: []string{"regional-dispatch-planner-consumer-group-for-eu-west-batch-10-ut26"}, lag: 777, lagAdd: 1},
	}
}

// filterStore is filterTopics polled a few times, every group Empty but
// the last by name (ut26 S9: one Stable group among Empty ones).
func filterStore(ahead int64) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	for i := range 5 {
		crossPoll(s, i, filterTopics(ahead))
	}
	s.Update(func(st *model.State) {
		last := 0
		for i := range st.Groups {
			st.Groups[i].State = "Empty"
			if model.NaturalCompare(st.Groups[i].ID, st.Groups[last].ID) > 0 {
				last = i
			}
		}
		st.Groups[last].State = "Stable"
	})
	return s
}

// boxHeading is the box's heading line: the first whose text starts with
// word (the filter's field may be above it).
func boxHeading(box []string, word string) string {
	for _, l := range box[1:] {
		if strings.HasPrefix(strings.TrimLeft(strings.Trim(l, "│"), " "), word) {
			return l
		}
	}
	return ""
}

// ut26 S2, S3, S8, S9: Partitions and Groups (and Topics) changed which columns
// show, their headings (`commit`/`committed`, `history`/`lag history`,
// `ldr`) and their widths (lag, name, state) as a filter was typed or
// the cursor paged. Judged over the whole list, the filter and the
// cursor aside: the heading line, and with it every column's offset,
// is the same on every page and under every filter, letter by letter,
// at 80x24 and 200x50, grid and zoomed.
func TestListsLayoutSteadyUnderFilterAndPaging(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	filters := []string{"payments", "Student", "reconciliation", "idle", "regional", "settlement", "audit-2", "ut26"}
	// Topics too (ut29's fresh look: `/au` leaving one topic brought rf,
	// cleanup and retention in and narrowed the names)
	for _, pane := range []struct{ key, title, head string }{{"4", "─ 4 Partitions", "part"}, {"5", "─ 5 Groups", "group"}, {"8", "─ 8 Topics", "topic"}} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			for _, zoom := range []bool{false, true} {
				a := demoApp(t, filterStore(-4000), size[0], size[1])
				press(a, pane.key)
				if zoom {
					press(a, "z")
				}
				head := func() string {
					box := paneBox(a, pane.title)
					if len(box) < 3 {
						t.Fatalf("%s %v zoom=%v: no box\n%s", pane.title, size, zoom, screen(a))
					}
					return boxHeading(box, pane.head)
				}
				want := head()
				if want == "" {
					t.Fatalf("%s %v zoom=%v: no heading\n%s", pane.title, size, zoom, screen(a))
				}
				check := func(how string) {
					t.Helper()
					if got := head(); got != "" && got != want {
						words, at := headingCols(got)
						ww, wat := headingCols(want)
						t.Errorf("%s %v zoom=%v %s: the heading changed\n%s %v %v\nwas\n%s %v %v", pane.title, size, zoom, how, got, words, at, want, ww, wat)
					}
				}
				for i := range 12 { // every page (the lists are 100 and 17 rows long)
					a.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
					check("pgdown " + itoa(i))
				}
				a.Update(tea.KeyPressMsg{Code: tea.KeyHome})
				for i := range 17 { // row by row through the groups (ut26 S9: the 17th reached the Stable one)
					a.Update(tea.KeyPressMsg{Code: tea.KeyDown})
					check("down " + itoa(i))
				}
				a.Update(tea.KeyPressMsg{Code: tea.KeyHome})
				for _, f := range filters {
					a.Update(keyPress("/"))
					for i, r := range f {
						typeText(a, string(r))
						check("typing /" + f[:i+1])
					}
					a.Update(keyPress("enter"))
					check("/" + f)
					for i := range 4 {
						a.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
						check("/" + f + " pgdown " + itoa(i))
					}
					a.Update(keyPress("/"))
					for range f {
						a.Update(keyPress("backspace"))
					}
					a.Update(keyPress("enter"))
					check("cleared /" + f)
				}
			}
		}
	}
}

// aheadCell is a lag cell of a group committed past the high watermark,
// long or short.
var aheadCell = regexp.MustCompile(` (ahead [0-9,]+|-[0-9][0-9,]*) `)

// ut24a P11, ut25a Q2: one group committed past the high watermark made
// Partitions' lag column as wide as `ahead 4,000`, and the high
// watermark (grid) or eta and the lag history (zoomed) went while the
// rows read 0. A rare wide lag form costs no column: with that group
// ahead the lists show the columns they show with it caught up, and its
// lag reads `-4,000` (aheadShort) where `ahead 4,000` does not fit, at
// 80x24 and 200x50, grid and zoomed, in Partitions and Groups.
func TestListsAheadCostsNoColumn(t *testing.T) {
	for _, pane := range []struct{ key, title, head, filter string }{
		{"4", "─ 4 Partitions", "part", "idle"}, {"5", "─ 5 Groups", "group", "compliance"}} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			for _, zoom := range []bool{false, true} {
				words := func(ahead int64) ([]string, []string) {
					a := demoApp(t, filterStore(ahead), size[0], size[1])
					press(a, pane.key)
					if zoom {
						press(a, "z")
					}
					w, _ := headingCols(boxHeading(paneBox(a, pane.title), pane.head))
					a.Update(keyPress("/"))
					typeText(a, pane.filter) // the ahead group's rows on screen
					a.Update(keyPress("enter"))
					return w, paneBox(a, pane.title)
				}
				caught, _ := words(0)
				with, box := words(-4000)
				if !slices.Equal(caught, with) {
					t.Errorf("%s %v zoom=%v: a group ahead changed the columns\n%v\nwas\n%v\n%s", pane.title, size, zoom, with, caught, strings.Join(box, "\n"))
				}
				body := strings.Join(box, "\n")
				if !aheadCell.MatchString(body) {
					t.Errorf("%s %v zoom=%v: the group ahead reads neither `ahead N` nor `-N`\n%s", pane.title, size, zoom, body)
				}
			}
		}
	}
}
