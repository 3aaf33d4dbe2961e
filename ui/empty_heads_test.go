package ui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut19b J13 (G15's last item): a pane with nothing to list says so in a
// sentence alone, at every size, grid and zoomed: Topics while not
// connected printed `topic▼ parts rf records …` above `not connected: …`,
// the Machines pane `id▼ program load …` above `… is not on this
// cluster`, Riders its headings at 200x50. No heading of any table may
// be drawn over an empty list.
func TestEmptyPanesPrintNoHeadings(t *testing.T) {
	heads := []string{"topic▼", "parts", "id▼", "name▼", "load", "location", "since", "high", "lag", "mbrs", "members"}
	cases := []struct {
		name string
		link model.Link
	}{
		{"refused", model.Link{Cluster: "127.0.0.1:29899", State: model.LinkError, Err: "nothing listens on 127.0.0.1:29899 (connection refused)"}},
		{"foreign", model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}},
	}
	for _, c := range cases {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link = c.link
			if c.link.State == model.LinkConnected {
				st.Topics = []string{"other-topic"}
			}
		})
		for _, size := range sizes {
			for _, zoom := range []bool{false, true} {
				var all strings.Builder
				for _, key := range []string{"1", "2", "3", "4", "5", "6", "8"} {
					cm := &Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}}
					a := New(cm)
					a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					a.Update(changedMsg{version: s.Version()})
					press(a, key)
					if zoom {
						press(a, "z")
					}
					got := screen(a)
					fmt.Fprintf(&all, "pane %s\n%s\n", key, got)
					// every pane says why it is empty in one wording (ut22a M3)
					if c.name == "refused" && (strings.Contains(got, "waiting for records") || strings.Contains(got, "no records yet")) {
						t.Errorf("%dx%d zoom=%v pane %s does not say it is not connected:\n%s", size[0], size[1], zoom, key, got)
					}
					for _, l := range strings.Split(got, "\n") {
						for _, h := range heads {
							if strings.Contains(l, "│"+h+" ") {
								t.Errorf("%s %dx%d zoom=%v pane %s: a heading over an empty list: %q", c.name, size[0], size[1], zoom, key, l)
							}
						}
					}
				}
				if c.name == "refused" && !zoom {
					golden(t, fmt.Sprintf("empty-refused-%dx%d", size[0], size[1]), all.String())
				}
			}
		}
	}
}
