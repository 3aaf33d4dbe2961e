package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Marks on groups the cluster no longer lists, not drawn and not counted,
// do not decide what `enter` shows (ut42b-21: after the cluster was
// replaced, `enter` on its only group showed the three gone groups marked
// on the old one instead); a marked group that comes back is shown again.
func TestEnterShowsNoGoneMarks(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		a := lagApp(t, sz[0], sz[1], Cluster{Name: "kafka:9092"}, nil)
		press(a, "5", "z", "space", "space") // audit and billing marked
		var old []model.GroupStat
		a.c.Store.(*model.Store).Update(func(st *model.State) {
			old = st.Groups
			st.Groups = []model.GroupStat{{ID: "verify-partway", State: "Empty", Protocol: "consumer"}}
		})
		do(a, "g", "enter") // a frame before each key, as the loop draws one
		s := screen(a)
		if !strings.Contains(s, "verify-partway") || strings.Contains(s, "not on the cluster") {
			t.Fatalf("%dx%d: enter on the only group does not show it alone:\n%s", sz[0], sz[1], s)
		}
		press(a, "esc")
		a.c.Store.(*model.Store).Update(func(st *model.State) { st.Groups = append(st.Groups, old...) })
		do(a, "enter")
		if s := screen(a); !strings.Contains(s, "audit") || !strings.Contains(s, "billing") || strings.Contains(s, "verify-partway") {
			t.Fatalf("%dx%d: the marked groups back on the cluster are not what enter shows:\n%s", sz[0], sz[1], s)
		}
	}
}
