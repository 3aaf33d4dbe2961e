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
		for _, w := range []int{200, 120, 100, 80, 60} {
			for _, name := range []string{addr, "prod-eu-west-1 · kafka-1.example.com:9093,kafka-2.example.com:9093"} {
				full, forms := linkErrForms(err, soleBroker(name))
				forms = append([]string{full}, forms...)
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
	// The longest form the line has room for, at 80 cells: the address
	// once, in the cluster's part, and what happened there.
	st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	st.Update(func(s *model.State) {
		s.Link = model.Link{State: model.LinkError, Err: "nothing listens on " + addr + " (connection refused); retrying"}
	})
	a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: addr}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if h := strings.SplitN(screen(a), "\n", 2)[0]; !strings.Contains(h, "✖ nothing listens there · retrying") || strings.Count(h, addr) != 1 {
		t.Errorf("80 cells: header %q, want the address said once and `nothing listens there`", h)
	}
}

// A cluster that refuses is named once on the header's line: the error
// leaves out the address (or host) the cluster's part says, and its
// shorter forms give way before a profile's name is cut (ut32a Za6: at 80
// columns a refused profile said its address twice and cut its name).
// Where the title lists several brokers the error says which one.
func TestHeaderSaysARefusingClusterOnce(t *testing.T) {
	for _, tc := range []struct {
		title, err, said string
		once             bool
	}{
		{"staging-eu-ut33 · 127.0.0.1:32150", "nothing listens on 127.0.0.1:32150 (connection refused); retrying", "127.0.0.1:32150", true},
		{"laundry-staging-ut33 · 127.0.0.1:32150", "nothing listens on 127.0.0.1:32150 (connection refused); retrying", "127.0.0.1:32150", true},
		{"127.0.0.1:32150", "nothing listens on 127.0.0.1:32150 (connection refused); retrying", "127.0.0.1:32150", true},
		{"prod-ut33 · kafka-1.example.com:9093 (tls)", `cannot resolve host "kafka-1.example.com"; retrying`, "kafka-1.example.com", true},
		{"staging-ut33 · 127.0.0.1:32150,127.0.0.1:32151", "nothing listens on 127.0.0.1:32151 (connection refused); retrying", "127.0.0.1:32151", false},
		{"laundry-staging-ut33 · 127.0.0.1:32150,127.0.0.1:32151", "nothing listens on 127.0.0.1:32151 (connection refused); retrying", "127.0.0.1:32151", false},
	} {
		name, _, _ := strings.Cut(tc.title, " · ")
		for _, w := range []int{80, 100, 120, 200} {
			for _, ro := range []model.ReadOnly{model.ReadOnlyOff, model.ReadOnlyAdmin} {
				st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
				st.Update(func(s *model.State) { s.Link = model.Link{State: model.LinkError, Err: tc.err} })
				a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow },
					Cluster: Cluster{Name: tc.title, Profile: name, ReadOnly: ro}})
				a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
				h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
				if n := strings.Count(h, tc.said); tc.once && n != 1 {
					t.Errorf("%d columns: header %q says %s %d times, want once", w, h, tc.said, n)
				}
				if !strings.Contains(h, name) || !strings.Contains(h, "retrying") {
					t.Errorf("%d columns: header %q cut the name %q or lost `retrying`", w, h, name)
				}
			}
		}
	}
}
