package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// While no broker answers, nothing is known to count: the borders of
// Topics, Partitions and Groups say no `0 topics`, `0 partitions`, `0
// groups` (ut28b V13), as the rates read `–/s`.
func TestBordersCountNothingWhileNoBrokerAnswers(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkError, Err: "nothing listens on 127.0.0.1:31999"}
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:31999"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	sc := screen(a)
	for _, bad := range []string{"0 topics", "0 partitions", "0 groups"} {
		if strings.Contains(sc, bad) {
			t.Errorf("a border says %q while no broker answers:\n%s", bad, sc)
		}
	}
}
