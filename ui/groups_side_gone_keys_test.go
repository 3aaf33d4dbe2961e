package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Side by side, `o`, `D` and `O` on a gone group's column are refused at
// once, in words, before any form: they opened the form and ended in
// Kafka's `GROUP_ID_NOT_FOUND` (ut28a U9); on a group still there they
// go on as before.
func TestSideViewRefusesActionsOnAGoneGroup(t *testing.T) {
	for _, k := range []string{"o", "D", "O"} {
		store := burstStore(false)
		a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
		press(a, "5", "z", "space", "space", "space", "space", "enter")
		store.Update(func(st *model.State) { st.Groups = st.Groups[:3] }) // deleted from another console
		press(a, "right", "right", "right", k)
		s := screen(a)
		if !strings.Contains(s, "warehouse-replay-group-that-will-be-deleted-while-marked-ut28a is not on the cluster (any more)") {
			t.Errorf("%s on a gone group's column: no refusal in words:\n%s", k, s)
		}
		press(a, "esc", "left", k)
		if s := screen(a); strings.Contains(s, "is not on the cluster (any more)\n") || strings.Contains(s, "shipment-tracking-consumer-group-that-will-stop-soon-number-14-ut28a is not on") {
			t.Errorf("%s on a group still there is refused as gone:\n%s", k, s)
		}
	}
}
