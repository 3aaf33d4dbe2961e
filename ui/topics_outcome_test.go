package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// wordyWatcher answers w with a long outcome and u as fakeWatcher does.
type wordyWatcher struct{ fakeWatcher }

const ut21Topic = "wb21a-payments-settlement-reconciliation-events-stream-v3-euw"

func (w *wordyWatcher) Watch(ctx context.Context, session, topic, from string) (string, error) {
	if _, err := w.fakeWatcher.Watch(ctx, session, topic, from); err != nil {
		return "", err
	}
	return "reading " + topic + " into the Log from offsets " + from + " (partition 3: offset 9999 is past the end: starts at the end, offset 0, with the next record)", nil
}

// outcomeApp is the demo's grid with a 61-character topic read for a
// saved view, Topics focused and the cursor on that topic.
func outcomeApp(t *testing.T, w, h int) *App {
	t.Helper()
	a := testApp(t, w, h)
	a.c.Watcher = &wordyWatcher{fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}}
	store := a.c.Store.(*model.Store)
	store.Update(func(st *model.State) {
		st.Topics = append(st.Topics, ut21Topic)
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: ut21Topic, Partitions: 12, Replication: 3})
		st.ReadWhy = map[string]string{ut21Topic: "the saved view " + ut21Topic}
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	a.Update(changedMsg{version: store.Version()})
	do(a, "8", "/")
	for _, r := range "payments" {
		do(a, string(r))
	}
	do(a, "enter")
	return a
}

// A Topics outcome is read whole: one too long for the box has the
// screen until the next key, whichever key (z too), and then the grid
// comes back with the list; at 200x50 none is cut with … (ut21a K9-1,
// K5-1, K9-2).
func TestTopicsOutcomeTakesTheScreenWhenTooLong(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"w outcome", []string{"w", "0", "=", "5", ",", "3", "=", "9", "9", "9", "9", "enter"},
			"reading " + ut21Topic + " into the Log from offsets 0=5,3=9999 (partition 3: offset 9999 is past the end: starts at the end, offset 0, with the next record)"},
		{"u outcome", []string{"w", "enter", "u"}, ut21Topic + ": your read stopped; the Log still follows it live (the saved view " + ut21Topic + ")"},
		{"u refusal", []string{"u"}, "u cannot stop " + ut21Topic + ": the Log follows it live (the saved view " + ut21Topic + ")"},
		{"w refusal", []string{"w", "9", "=", "1", "enter"}, "cannot read " + ut21Topic + ": " + ut21Topic + " has no partition 9 (it has partitions 0-2)"},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tt := range tests {
			t.Run(sizeName(size)+" "+tt.name, func(t *testing.T) {
				a := outcomeApp(t, size[0], size[1])
				for _, k := range tt.keys {
					a.View()
					_, cmd := a.Update(keyPress(k))
					run(a, cmd)
				}
				if a.panes[paneTopics].Capturing() && tt.name != "w refusal" {
					t.Fatalf("the pane still captures keys:\n%s", screen(a))
				}
				s := screen(a)
				assertFits(t, s, size[0], size[1])
				box := boxOf(s, "8 Topics")
				if !strings.Contains(boxText(box), strings.ReplaceAll(tt.want, " ", "")) {
					t.Fatalf("%q is not in the Topics box whole:\n%s", tt.want, s)
				}
				if tt.name != "w refusal" && (!strings.Contains(box, "topic▼") || !strings.Contains(box, "● wb21a-")) {
					t.Errorf("the list's heading and row are not under the outcome:\n%s", s)
				}
				if tt.name == "w outcome" || tt.name == "u outcome" {
					golden(t, "topics-outcome-"+strings.ReplaceAll(tt.name, " ", "-")+"-"+sizeName(size), s)
				}
				if tt.name == "w refusal" {
					return // the prompt is open again, the reason under it, until typing changes the text
				}
				grid := a.zoom
				do(a, "z") // read: any key gives the screen back
				if grid && a.zoom {
					t.Errorf("z after the outcome kept the screen:\n%s", screen(a))
				}
				if strings.Contains(boxText(boxOf(screen(a), "8 Topics")), strings.ReplaceAll(tt.want, " ", "")) {
					t.Errorf("the outcome stayed after a key:\n%s", screen(a))
				}
			})
		}
	}
}
