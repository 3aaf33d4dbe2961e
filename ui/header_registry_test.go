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

// The embedded demo's header says where the schema registry listens at
// 80 columns too (shortened to HOST:PORT), and flags a registry that
// cannot be reached.
func TestHeaderKeepsTheRegistryAndItsState(t *testing.T) {
	for _, down := range []string{"", "unreachable"} {
		for _, w := range []int{200, 120, 80} {
			st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			st.Update(func(s *model.State) { s.Link = model.Link{State: model.LinkConnected} })
			a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:19600", Embedded: true, Registry: "http://127.0.0.1:19601",
					RegistryDown: func() string { return down }}})
			a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			h := strings.SplitN(screen(a), "\n", 2)[0]
			if !strings.Contains(h, "registry ") || !strings.Contains(h, "127.0.0.1:19601") {
				t.Errorf("width %d: header %q lacks the registry address", w, h)
			}
			if down != "" && !strings.Contains(h, "registry 127.0.0.1:19601 ✖ unreachable") && !strings.Contains(h, "registry http://127.0.0.1:19601 ✖ unreachable") {
				t.Errorf("width %d: header %q does not flag the registry down", w, h)
			}
			if !strings.Contains(h, "127.0.0.1:19600") || ansi.StringWidth(h) > w {
				t.Errorf("width %d: header %q lost the cluster or is too wide", w, h)
			}
		}
	}
}
