package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// apartName is a group's name on a row of TestGroupNamesCutWhereTheyDiffer:
// the first word with the series' start or an ellipsis in it.
var apartName = regexp.MustCompile(`[^\s│↳]*(wb22a|…)[^\s│]*`)

// Groups whose names differ only in the middle are cut where they
// differ, in Groups' list and in Partitions' group rows, grid and
// zoomed (ut22a M4: every row read `wb22a-many-gro…of-a-long-series`
// in Groups and `↳ wb22a-ma…long-series` under each partition, so an
// operator could not tell which group lagged). Every row's name on
// screen is its own.
func TestGroupNamesCutWhereTheyDiffer(t *testing.T) {
	var g []model.GroupStat
	var committed []model.Committed
	for i := range 12 {
		id := "wb22a-many-groups-load-test-consumer-group-number-" + itoa(10+i) + "-of-a-long-series"
		g = append(g, model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Members: 1})
		committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{
			{Topic: "orders", Partition: 0}: int64(100 - i%2*58), {Topic: "orders", Partition: 1}: 100,
		}})
	}
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			for _, pane := range []struct{ key, title string }{{"5", "5 Groups"}, {"4", "4 Partitions"}} {
				keys := []string{pane.key}
				name := "names-apart-" + strings.Fields(pane.title)[1] + "-" + itoa(sz[0]) + "x" + itoa(sz[1])
				if zoom {
					keys, name = append(keys, "z"), name+"-zoomed"
				}
				a := realApp(t, groupLagStore(g, committed), sz[0], sz[1])
				press(a, keys...)
				s := screen(a)
				rows := boxRows(t, s, pane.title)
				shown, most := map[string]bool{}, 0
				for _, r := range rows {
					if pane.key == "4" && !strings.Contains(r, "↳") { // a topic's or partition's row: its groups' rows follow
						shown = map[string]bool{}
						continue
					}
					n := apartName.FindString(r)
					if n == "" {
						continue
					}
					if shown[n] {
						t.Fatalf("%s: two groups read %q:\n%s", name, n, strings.Join(rows, "\n"))
					}
					shown[n] = true
					most = max(most, len(shown))
				}
				if most < 2 {
					t.Fatalf("%s: fewer than two group rows to tell apart:\n%s", name, strings.Join(rows, "\n"))
				}
				golden(t, name, s)
			}
		}
	}
}

// A topic's detail lists its groups cut where their names differ, at
// the widths of the 80x24 grid's and zoomed detail (ut22a M4's kind).
func TestTopicDetailGroupsCutWhereTheyDiffer(t *testing.T) {
	for _, w := range []int{36, 46, 78} {
		var rows [][]string
		for i := range 12 {
			rows = append(rows, []string{"wb22a-many-groups-load-test-consumer-group-number-" + itoa(10+i) + "-of-a-long-series", "Stable", "1", "0", "0.0/s", "OK"})
		}
		var plain Styles
		lines := groupsTable(&plain, w, rows)
		shown := map[string]bool{}
		for _, l := range lines[1:] {
			n := strings.Fields(l)[0]
			if shown[n] {
				t.Fatalf("%d cells: two groups read %q:\n%s", w, n, strings.Join(lines, "\n"))
			}
			shown[n] = true
		}
	}
}

// Side by side, four marked groups whose names differ past their middle
// are told apart in their headings (cut where they differ, not in the
// middle), at 80x24 and 200x50.
func TestSideHeadingsCutWhereTheyDiffer(t *testing.T) {
	var g []model.GroupStat
	var committed []model.Committed
	for i := range 12 {
		id := "wb22a-many-groups-load-test-consumer-group-number-" + itoa(10+i) + "-of-a-long-series"
		g = append(g, model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Members: 1})
		committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: 90}})
	}
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		a := realApp(t, groupLagStore(g, committed), sz[0], sz[1])
		press(a, "5", "z", "space", "space", "space", "space", "enter")
		s := screen(a)
		name := "names-apart-side-" + itoa(sz[0]) + "x" + itoa(sz[1])
		for _, n := range []string{"10", "11", "12", "13"} {
			if !strings.Contains(s, "-"+n+"-") {
				t.Fatalf("%s: group %s is not told apart in the headings:\n%s", name, n, s)
			}
		}
		golden(t, name, s)
	}
}
