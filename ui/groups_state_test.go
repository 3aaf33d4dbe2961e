package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A group's state is kept where a few groups differ from the rest: an
// Empty group among Stable ones (its consumers gone), or the few live
// ones among many emptied by a tool, is what the operator looks for. It
// went as "the same on all but fewer than one in eight", so 4 Stable
// groups of 35 read no state, and a filter to the Empty one showed it
// without the word that mattered (ut24a P19). Since s30 no word column
// goes for its words (ut43a-8: judged on them, the columns came and went
// as groups changed state): a state every group shares stays too.
func TestGroupsKeepAStateFewGroupsDifferIn(t *testing.T) {
	tp := model.TP{Topic: "orders", Partition: 0}
	var gs []model.GroupStat
	var cs []model.Committed
	for i := 10; i < 40; i++ {
		id := fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%d", i)
		gs = append(gs, model.GroupStat{ID: id, State: "Empty"})
		cs = append(cs, model.Committed{Group: id, Offsets: map[model.TP]int64{tp: 50}})
	}
	for i := 10; i < 15; i++ {
		id := fmt.Sprintf("shipment-tracking-consumer-group-number-%d-of-a-long-series", i)
		g := model.GroupStat{ID: id, State: "Stable", Members: 1, Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp}}}}
		if i == 14 {
			g = model.GroupStat{ID: id, State: "Empty"}
		}
		gs, cs = append(gs, g), append(cs, model.Committed{Group: id, Offsets: map[model.TP]int64{tp: 44}})
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := realApp(t, groupLagStore(gs, cs), size[0], size[1])
		press(a, "5", "z")
		if sc := screen(a); !strings.Contains(sc, "state") || !strings.Contains(sc, "Empty") {
			t.Errorf("%dx%d: 4 Stable groups of 35 and no state column:\n%s", size[0], size[1], sc)
		}
		press(a, "/", "n", "u", "m", "b", "e", "r", "-", "1", "4", "enter")
		if sc := screen(a); !strings.Contains(sc, "Empty") {
			t.Errorf("%dx%d: filtered to the Empty group, its state is not shown:\n%s", size[0], size[1], sc)
		}
	}
	// every group Empty: the column stays, as it will be when one rejoins
	for i := range gs {
		gs[i] = model.GroupStat{ID: gs[i].ID, State: "Empty"}
	}
	a := realApp(t, groupLagStore(gs, cs), 80, 24)
	press(a, "5", "z")
	if sc := screen(a); !strings.Contains(paneHeading(t, a, paneGroups, "group"), " state ") || !strings.Contains(sc, "Empty") {
		t.Errorf("every group Empty and the state column went:\n%s", sc)
	}
}
