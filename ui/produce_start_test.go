package ui

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut40a-17: a fresh `--brokers` console on the demo's cluster drew its
// form before the first poll, took the cluster for one without the seed
// topics, emptied the form (`e.g. orders`, `empty: no key`) and kept it
// empty once the poll listed laundry-machine-logs; an SSH viewer of the
// same cluster, its store polled already, started on the laundry
// template. Both start on the same form once the topics are listed; a
// form the user filled is not replaced.
func TestProduceFormStartsAlikeBeforeAndAfterTheFirstPoll(t *testing.T) {
	listed := func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Topics = []string{model.LaundryTopic, "rider-updates"}
	}
	start := func(polled bool) (*App, *model.Store) {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		if polled {
			s.Update(listed)
		}
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:31900"}})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = screen(a)
		return a, s
	}
	viewer, _ := start(true)
	fresh, s := start(false)
	s.Update(listed)
	fresh.Update(changedMsg{version: s.Version()})
	_ = screen(fresh)
	for name, a := range map[string]*App{"ssh viewer": viewer, "fresh console": fresh} {
		p := a.produce
		if got := p.value(fieldTopic); got != model.LaundryTopic {
			t.Errorf("%s: form topic %q, want %q", name, got, model.LaundryTopic)
		}
		if p.value(fieldKey) == "" || p.value(fieldValue) == "" {
			t.Errorf("%s: form key %q value %q, want the laundry template's", name, p.value(fieldKey), p.value(fieldValue))
		}
	}

	// a topic typed before the first poll stays
	typed, s2 := start(false)
	do(typed, "7", "enter")
	for _, r := range "orders" {
		press(typed, string(r))
	}
	do(typed, "esc")
	s2.Update(listed)
	typed.Update(changedMsg{version: s2.Version()})
	_ = screen(typed)
	if got := typed.produce.value(fieldTopic); got != "orders" {
		t.Errorf("typed form: topic %q after the first poll, want orders kept", got)
	}
}
