package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Marks on groups the cluster no longer has are not counted, and count
// again when the groups come back (ut16a D15: a cluster replaced empty
// showed `0 groups · 3 marked`).
func TestGroupsCountsOnlyMarksOfGroupsListed(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := lagApp(t, size[0], size[1], Cluster{Name: "127.0.0.1:9092"}, nil)
		press(a, "5", "z", "space", "down", "space")
		if st := statusOf(a, paneGroups); !strings.Contains(st, "2 marked") {
			t.Fatalf("%dx%d: status %q after two marks, want 2 marked", size[0], size[1], st)
		}
		var groups []model.GroupStat
		writer(a.c).Update(func(st *model.State) { groups, st.Groups = st.Groups, nil })
		screen(a)
		if st := statusOf(a, paneGroups); strings.Contains(st, "marked") {
			t.Errorf("%dx%d: status %q with no group on the cluster, want no marks counted", size[0], size[1], st)
		}
		writer(a.c).Update(func(st *model.State) { st.Groups = groups })
		screen(a)
		if st := statusOf(a, paneGroups); !strings.Contains(st, "2 marked") {
			t.Errorf("%dx%d: status %q once the groups are back, want 2 marked", size[0], size[1], st)
		}
	}
}

// Marking groups changes no column of the list (ut19a H3: a marked name
// was cut to 14 cells while the lag history stayed; H7: at 80x24 a mark
// dropped state, then widened every name): the mark gutter is on every
// row, marks or none. At 80x24, 100x30 and 200x50, grid and zoomed, the
// list with two marks is the list without, but for the two `●`.
func TestGroupsMarksMoveNoColumn(t *testing.T) {
	var g []model.GroupStat
	var committed []model.Committed
	for i, id := range []string{"analytics-batch-export-nightly-consumer-group-payments-archive", "billing-ledger-replay-november-run",
		"fraud-detection-realtime-scoring-pipeline-consumer-group-long", "orders-fulfilment-warehouse-allocation-consumer-region-emea-01"} {
		state := []string{"Empty", "Stable"}[i%2]
		g = append(g, model.GroupStat{ID: id, State: state, Protocol: "consumer"})
		committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: int64(90 + i)}})
	}
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			keys := []string{"5"}
			name := "groups-marks-" + itoa(sz[0]) + "x" + itoa(sz[1])
			if zoom {
				keys, name = append(keys, "z"), name+"-zoomed"
			}
			a := realApp(t, groupLagStore(g, committed), sz[0], sz[1])
			press(a, keys...)
			before := screen(a)
			golden(t, name, before)
			press(a, "space", "down", "space", "g")
			after := screen(a)
			golden(t, name+"-marked", after)
			if strings.Count(after, "● ") < 2 {
				t.Fatalf("%s: the marks are not on screen:\n%s", name, after)
			}
			was, is := groupsBox(before), groupsBox(strings.ReplaceAll(after, "● ", "  "))
			if len(was) == 0 || strings.Join(was, "\n") != strings.Join(is, "\n") {
				t.Errorf("%s: marking two groups changed the list's columns:\nwithout marks\n%s\nwith marks\n%s", name,
					strings.Join(was, "\n"), strings.Join(groupsBox(after), "\n"))
			}
		}
	}
}

// groupsBox is the Groups box's rows on screen s, its borders aside
// (they count the marks): in the grid the box's part of each line.
func groupsBox(s string) []string {
	var out []string
	col, in := -1, false
	for _, l := range strings.Split(s, "\n") {
		r := []rune(l)
		if i := strings.Index(l, "─ 5 Groups"); i >= 0 {
			col, in = len([]rune(l[:i]))-1, true
			continue
		}
		if !in || col < 0 || col >= len(r) {
			continue
		}
		if r[col] == '╰' {
			break
		}
		end := col + 1
		for end < len(r) && r[end] != '│' {
			end++
		}
		out = append(out, string(r[col:min(end+1, len(r))]))
	}
	return out
}

// ut30 X9: space marks a group and moves the cursor to the next, which
// the footer and help did not say (`space space space` then read as
// marking one group three times).
func TestGroupsSpaceSaysItMovesOn(t *testing.T) {
	a := lagApp(t, 120, 30, Cluster{Name: "x"}, nil)
	press(a, "5")
	if s := screen(a); !strings.Contains(s, "space mark, then next") {
		t.Fatalf("the footer does not say space moves on:\n%s", s)
	}
}
