package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A broker down is said whole at every width: the long form where the
// line has room, else a shorter one that still says what happened and
// that washboard retries, never cut mid-word (ut16a D15: `✖ nothing
// listens on 127.0.0.1:29510 (connection refused); re…`, and at 80
// cells `✖ nothing listens on 127.0.0…`).
func TestHeaderSaysABrokerDownWholeAtEveryWidth(t *testing.T) {
	const addr = "127.0.0.1:29510"
	for _, err := range []string{
		"nothing listens on " + addr + " (connection refused); retrying",
		`cannot resolve host "kafka-1.example.com"; retrying`,
		"the cluster did not answer in time; retrying",
	} {
		forms := append([]string{err}, linkErrForms(err)...)
		for _, w := range []int{200, 120, 100, 80, 60} {
			for _, name := range []string{addr, "prod-eu-west-1 · kafka-1.example.com:9093,kafka-2.example.com:9093"} {
				st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
				st.Update(func(s *model.State) { s.Link = model.Link{State: model.LinkError, Err: err} })
				a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow },
					Cluster: Cluster{Name: name}})
				a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
				h := strings.SplitN(screen(a), "\n", 2)[0]
				said := ""
				for _, f := range forms {
					if strings.Contains(h+" │", "✖ "+f+" │") {
						said = f
						break
					}
				}
				if said == "" || !strings.Contains(said, "retrying") {
					t.Errorf("width %d: header %q does not say the error whole, with retrying: one of %q", w, h, forms)
				}
				if ansi.StringWidth(h) > w {
					t.Errorf("width %d: header is %d cells wide", w, ansi.StringWidth(h))
				}
				if w >= 80 && !strings.Contains(h, "127.0.0.1:29510") && !strings.Contains(h, "kafka-1.example.com:90") {
					t.Errorf("width %d: header %q lacks the cluster's address", w, h)
				}
			}
		}
	}
	// The longest form the line has room for: 120 cells say the address.
	st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	st.Update(func(s *model.State) {
		s.Link = model.Link{State: model.LinkError, Err: "nothing listens on " + addr + " (connection refused); retrying"}
	})
	a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: addr}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if h := strings.SplitN(screen(a), "\n", 2)[0]; !strings.Contains(h, "✖ nothing listens on "+addr+" · retrying") {
		t.Errorf("80 cells: header %q, want the address said while it fits", h)
	}
}
