package ui

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut36a-31: a fresh `--brokers` console on the demo's broker drew its
// first frame before a poll had listed the topics, took the cluster for
// one without the views' topics, moved the focus to Topics and kept it
// there once they were listed; an SSH viewer of the same cluster, whose
// store had them listed, started on Machines. Once the views' topics are
// listed the fresh console is on pane 1 too; a focus the user chose stays.
func TestFirstScreenAlikeBeforeAndAfterTheFirstPoll(t *testing.T) {
	for _, chose := range []bool{false, true} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:31900"}})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = screen(a)
		if chose {
			press(a, "8")
		}
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
			st.Topics = []string{model.LaundryTopic, "rider-updates"}
		})
		a.Update(changedMsg{version: s.Version()})
		_ = screen(a)
		want := 0
		if chose {
			want = paneTopics
		}
		if a.focus != want {
			t.Errorf("user chose a pane %v: focus on pane %d once the views' topics are listed, want %d", chose, a.focus+1, want+1)
		}
	}
}
