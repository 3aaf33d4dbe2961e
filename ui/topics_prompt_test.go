package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// promptApp is foreignApp with a reader and a long topic holding records
// whose inferred view is longer than a row at 80 columns.
func promptApp(t *testing.T, w, h int) *App {
	t.Helper()
	a := foreignApp(t, w, h)
	a.c.Watcher = &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
	store := a.c.Store.(*model.Store)
	store.Update(func(st *model.State) {
		st.Topics = append(st.Topics, longTopic)
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: longTopic, Partitions: 8, Replication: 1})
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	var recs []model.Record
	for i := range 12 {
		recs = append(recs, model.Record{Topic: longTopic, Partition: 0, Offset: int64(i), Time: fixedNow, Key: []byte("warehouse-" + itoa(i%3)),
			Value: []byte(`{"machine_id":"m-` + itoa(i%3) + `","load_kg":` + itoa(i) + `,"heat_c":` + itoa(40+i) + `,"power_w":` + itoa(900+i) + `,"drum_speed_rpm":` + itoa(1200+i) + `,"water_litres":` + itoa(30+i) + `,"cycle_status":"` + []string{"wash", "rinse"}[i%2] + `"}`)})
	}
	store.Fold(recs, fixedNow)
	a.Update(changedMsg{version: store.Version()})
	do(a, "down", "down") // the long topic, last by name
	return a
}

// The w prompt at 80x24 says whole what it asks, every form that may be
// typed with the zone a time is read in, and what was typed; at 200x50
// too (issue 14, B18: at 80x24 the prompt showed none of the forms).
func TestTopicsWatchPromptWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := promptApp(t, size[0], size[1])
		do(a, "w")
		a.Update(tea.KeyPressMsg{Code: '-', Text: "-"})
		a.Update(tea.KeyPressMsg{Code: '1', Text: "1"})
		s := screen(a)
		assertFits(t, s, size[0], size[1])
		golden(t, "topics-watch-prompt-"+sizeName(size), s)
		got := boxText(s)
		for _, want := range []string{"read " + longTopic + " from:", "> -1",
			"last:50 · end · beginning · -15m · 2026-11-29T08:00 (UTC) · 0=120,1=40 (offsets by partition)"} {
			if !strings.Contains(got, strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%v: %q is not on screen whole:\n%s", size, want, s)
			}
		}
	}
}

// The v prompt shows the whole view, wrapped when it is longer than a
// row, and lays it out again when the terminal is resized (issue 14, B33:
// at 80 columns only a fragment showed, and it stayed a fragment, with
// blank cells after it, at 200 columns).
func TestTopicsViewPromptWrapsAndResizes(t *testing.T) {
	a := promptApp(t, 80, 24)
	do(a, "v")
	s := screen(a)
	var spec string
	a.c.Store.Read(func(st *model.State) {
		v, err := model.InferView(longTopic, a.c.Store.(*model.Store).RecentValues(longTopic, inferFrom))
		if err == nil {
			spec = model.ViewSpec(v)
		}
	})
	if spec == "" || len(spec) < 78 {
		t.Fatalf("the inferred view %q is not longer than a row at 80 columns", spec)
	}
	if !strings.Contains(boxText(s), strings.ReplaceAll("> "+spec, " ", "")) {
		t.Errorf("80x24: the view %q is not shown whole:\n%s", spec, s)
	}
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	s = screen(a)
	golden(t, "topics-view-prompt-resized-200x50", s)
	if !strings.Contains(s, "> "+spec) {
		t.Errorf("200x50 after a resize: the view is not on one row:\n%s", s)
	}
}

// A prompt opened in a big box and resized into one that cannot hold it
// takes the screen, as one opened there does (ut15b C16: the places to
// type were gone after 200x50 → 80x24).
func TestTopicsWatchPromptResizedSmall(t *testing.T) {
	a := testApp(t, 200, 50) // the demo's grid: Topics shares Partitions' box
	a.c.Watcher = &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
	writer(a.c).ApplyPoll(quietPoll(12))
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "8", "w")
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screen(a)
	assertFits(t, s, 80, 24)
	if got := boxText(s); !strings.Contains(got, strings.ReplaceAll("last:50 · end · beginning · -15m", " ", "")) {
		t.Errorf("after a resize to 80x24 the places to type are gone:\n%s", s)
	}
}

// A start position the cluster refuses opens the prompt again with what
// was typed and the reason under it (ut16b E16: the text was gone, to be
// typed again to fix one digit).
func TestTopicsWatchRefusedKeepsTheText(t *testing.T) {
	a := promptApp(t, 80, 24)
	do(a, "w")
	for _, r := range "0=5,9=1" {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	_, cmd := a.Update(keyPress("enter"))
	run(a, cmd)
	p := a.panes[paneTopics].(*TopicsPane)
	if p.prompt == nil || p.prompt.input.Value() != "0=5,9=1" {
		t.Fatalf("the refused prompt did not open again with its text:\n%s", screen(a))
	}
	if s := boxText(screen(a)); !strings.Contains(s, strings.ReplaceAll("has no partition 9", " ", "")) {
		t.Fatalf("the reason is not under the prompt:\n%s", screen(a))
	}
}
