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

// The header's least important parts go first: where the schema registry
// listens goes before the link's state or the rate shorten (both outrank
// it), at 80 columns and with the Machines alerts taking room too; a
// registry that cannot be reached keeps saying so, without its address
// (the link's state then may shorten to its mark, ●, and the alerts to
// theirs, `!1`, before the rate goes).
func TestHeaderKeepsTheRegistryAndItsState(t *testing.T) {
	for _, down := range []string{"", "unreachable"} {
		for _, w := range []int{200, 120, 80} {
			a := New(&Common{Ctx: context.Background(), Store: mergedStore(t), Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:19600", Embedded: true, Registry: "http://127.0.0.1:19601",
					RegistryDown: func() string { return down }}})
			writer(a.c).Update(func(s *model.State) { s.Link = model.Link{State: model.LinkConnected} })
			a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			h := strings.SplitN(screen(a), "\n", 2)[0]
			if !strings.Contains(h, "127.0.0.1:19600") || ansi.StringWidth(h) > w {
				t.Errorf("width %d: header %q lost the cluster or is too wide", w, h)
			}
			if !saysWarn1.MatchString(h) { // the short form at least: the title and words go before the rate (ut31 Y9)
				t.Errorf("width %d: header %q lost the alerts", w, h)
			}
			if !strings.Contains(h, "● connected") && (down == "" || !strings.Contains(h, "●")) {
				t.Errorf("width %d: header %q cut the link's state before the registry", w, h)
			}
			if down == "" && !strings.Contains(h, "/s") {
				t.Errorf("width %d: header %q dropped the rate before the registry", w, h)
			}
			// beside the `real cluster` hint the URL says HOST:PORT: the
			// hint outranks the URL's scheme (ut40a-13)
			if w >= 200 && down == "" && !strings.Contains(h, "registry http://127.0.0.1:19601") &&
				!(strings.Contains(h, "real cluster") && strings.Contains(h, "registry 127.0.0.1:19601")) {
				t.Errorf("width %d: header %q lacks the registry address it has room for", w, h)
			}
			if down != "" && !strings.Contains(h, "registry 127.0.0.1:19601 ✖ unreachable") && !strings.Contains(h, "registry ✖ unreach") {
				t.Errorf("width %d: header %q does not flag the registry down", w, h)
			}
		}
	}
}
