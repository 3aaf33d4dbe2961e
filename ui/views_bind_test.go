package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Saved views, and views whose topics are on this cluster, take panes 1-3
// in order before the demo's defaults the cluster lacks; a saved view
// comes before a default whose topic is on the cluster too (ut21a X-1).
func TestSavedViewsTakeTheViewPanes(t *testing.T) {
	saved := model.TopicView{Topic: "payments", Kind: model.SeriesView, Title: "payments", Key: "@key",
		Fields: []model.Field{{Path: "amount", Label: "amount"}}, Saved: true}
	onCluster := model.TopicView{Topic: "orders", Kind: model.StatusView, Title: "orders", Key: "@key", Status: "state"}
	savedElsewhere := model.TopicView{Topic: "elsewhere", Kind: model.StatusView, Title: "elsewhere", Key: "@key", Status: "s", Saved: true}
	views := append(model.DefaultViews(), saved, savedElsewhere, onCluster)
	store := model.NewStore(views, model.DefaultLimits())
	c := &Common{Ctx: context.Background(), Store: store, Views: store, Now: func() time.Time { return fixedNow }}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	// Before a poll says which topics there are, saved views come first.
	if got := [3]string{paneTopic(a.panes[0]), paneTopic(a.panes[1]), paneTopic(a.panes[2])}; got != [3]string{"payments", "elsewhere", model.RiderTopic} {
		t.Fatalf("before the first poll the panes show %v", got)
	}
	store.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Topics = []string{model.LaundryTopic, "orders", "payments"} // the demo's Machines topic too (ut21a X-1)
	})
	a.Update(changedMsg{version: store.Version()})
	screen(a) // the frame copies the cluster's topics and binds the panes
	if got := [3]string{paneTopic(a.panes[0]), paneTopic(a.panes[1]), paneTopic(a.panes[2])}; got != [3]string{"payments", "orders", "elsewhere"} {
		t.Fatalf("on a cluster with laundry, orders and payments the panes show %v, want the saved view, the view on the cluster, the other saved view", got)
	}
	if got := screen(a); !strings.Contains(got, "1 payments") || strings.Contains(got, "1 Machines") {
		t.Errorf("pane 1 does not show the saved view:\n%s", got)
	}
}

// v on a topic a pane already shows opens the view in that pane, not a
// second copy over another view (ut16a D23: Students over Riders).
func TestOpenViewOfAShownTopicUsesItsPane(t *testing.T) {
	a := testApp(t, 200, 50)
	riders := a.panes[paneStatus1].(topicPane).Topic()
	a.openView(model.TopicView{Kind: model.StatusView, Topic: model.StudentTopic, Title: "Students", Key: "StudentId", Status: "State"})
	if got := a.panes[paneStatus1].(topicPane).Topic(); got != riders {
		t.Errorf("pane 2 shows %q, want %q still", got, riders)
	}
	if got := a.panes[paneStatus2].(topicPane).Topic(); got != model.StudentTopic || a.focus != paneStatus2 {
		t.Errorf("pane 3 shows %q (focus %d), want the Student view focused", got, a.focus)
	}
}
