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
