package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A group assigned a partition of the topic it has not committed on reads
// its lag as a floor, `0+`, in the topic's detail as in Groups and
// Partitions; the detail read `0` (ut26 S7).
func TestTopicDetailSaysAPartialLagAsAFloor(t *testing.T) {
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	gs := []model.GroupStat{{ID: "half-committed", State: "Stable", Members: 1,
		Detail: []model.MemberStat{{ID: "m", ClientID: "c", Assigned: []model.TP{tp0, tp1}}}}}
	cs := []model.Committed{{Group: "half-committed", Offsets: map[model.TP]int64{tp0: 100}}}
	a := realApp(t, ordersStore(gs, cs), 120, 40)
	press(a, "8")
	a.View()
	press(a, "enter", "z") // the detail alone: Groups' list beside it says 0+ too
	sc := screen(a)
	for _, l := range strings.Split(sc, "\n") {
		if strings.Contains(l, "half-committed") && strings.Contains(l, "Stable") {
			if !strings.Contains(l, " 0+ ") {
				t.Fatalf("the detail reads %q, want the lag 0+:\n%s", strings.TrimSpace(l), sc)
			}
			return
		}
	}
	t.Fatalf("the group is not in the topic's detail:\n%s", sc)
}
