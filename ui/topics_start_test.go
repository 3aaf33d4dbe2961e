package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// At 80x24 every --topic outcome can be read: the grid's box counts the
// ones it cannot hold and z shows them whole (ut24a P21: z showed the
// first, counted the second, and z again un-zoomed; it was never read).
func TestEveryTopicOutcomeCanBeReadAt80x24(t *testing.T) {
	store := foreignStore(t)
	store.SetStartNotes([]string{
		"!! --topic nosuch-topic-name-that-is-not-on-the-cluster-for-the-ut24a-check@-10m: not on the cluster; read from -10m when it appears (washboard never creates topics)",
		"!! --topic refunds@0=99999,9=1: refunds has no partition 9 (it has partitions 0-3)",
		"--topic payments@2026-11-29 14:00: reading payments from time 2026-11-29 14:00:00 UTC (partition 0: no record at or after it: starts at the end, offset 1,202) into the Log",
	})
	c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "8")
	if !strings.Contains(screen(a), "3 --topic outcomes") { // none shows: not "3 more" (ut43b-17)
		t.Fatalf("the 80x24 grid box does not count the outcomes it cannot hold:\n%s", screen(a))
	}
	act(a, "z")
	flat := strings.Join(strings.Fields(boxText(screen(a))), "")
	for _, want := range []string{"read from -10m when it appears (washboard never creates topics)", "refunds has no partition 9 (it has partitions 0-3)", "starts at the end, offset 1,202) into the Log"} {
		if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("zoomed at 80x24, %q is not on screen:\n%s", want, screen(a))
		}
	}
	if strings.Contains(screen(a), "more --topic outcome") {
		t.Errorf("zoomed, outcomes are still counted, not shown:\n%s", screen(a))
	}
}

// An empty Log says the --topic outcomes that failed are why it is
// empty, not only "no records yet" (ut24a P21: 30 s of "no records yet"
// on a 38/s cluster while both --topics had failed).
func TestEmptyLogSaysTheTopicsFailed(t *testing.T) {
	store := model.NewStore(nil, model.DefaultLimits())
	writer := func(f func(*model.State)) { store.Update(f) }
	writer(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
	store.SetStartNotes([]string{"!! --topic nosuch@-10m: not on the cluster; read from -10m when it appears (washboard never creates topics)", "--topic orders@0: reading orders"})
	c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	if s := strings.Join(strings.Fields(boxText(screen(a))), ""); !strings.Contains(s, "norecordsyet:1--topicnotread(8Topicssayswhy)") {
		t.Fatalf("the empty Log does not say a --topic failed:\n%s", screen(a))
	}
}
