package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut41-16: `esc` from a topic opened with `enter` in Partitions landed in
// the Topics list, a pane the user had not opened, in Partitions' own box
// at 80x24. esc goes back to the pane the topic was opened from: to
// Partitions from there, to the Topics list from the list, at both sizes.
func TestEscFromAnOpenedTopicGoesBackWhereItCameFrom(t *testing.T) {
	topics := []crossTopic{{name: "laundry-machine-logs", parts: 6, high: 100, step: 3, groups: []string{"washboard-demo-1"}, lag: 5}}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, c := range []struct {
			from, box string
			want      int
		}{{"4", "─ 4 Partitions", panePartitions}, {"8", "─ 8 Topics", paneTopics}} {
			s := model.NewStore(nil, model.DefaultLimits())
			crossPoll(s, 0, topics)
			crossPoll(s, 1, topics)
			a := demoApp(t, s, size[0], size[1])
			pressOpen(a, c.from, "enter")
			if a.focus != paneTopics || !strings.Contains(screen(a), "› laundry-machine-logs") {
				t.Fatalf("%dx%d from %s: enter opened no topic\n%s", size[0], size[1], c.from, screen(a))
			}
			pressOpen(a, "esc")
			if a.focus != c.want || len(paneBox(a, c.box)) < 3 || strings.Contains(screen(a), "› laundry-machine-logs") {
				t.Errorf("%dx%d from %s: esc went to pane %d, want %d (%s)\n%s", size[0], size[1], c.from, a.focus, c.want, c.box, screen(a))
			}
		}
	}
}

// pressOpen presses keys, each one's openTopicMsg or backToPaneMsg
// delivered back as the runtime does.
func pressOpen(a *App, keys ...string) {
	for _, k := range keys {
		a.View()
		_, cmd := a.Update(keyPress(k))
		for i := 0; cmd != nil && !isBlink(cmd) && i < 4; i++ {
			var msg tea.Msg = cmd()
			cmd = nil
			switch msg.(type) {
			case openTopicMsg, backToPaneMsg:
				_, cmd = a.Update(msg)
			}
		}
	}
}
