package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// One word for one thing: each column the Topics help explains is named
// as its heading names it, and D's preview names the offsets figure as
// the column does (ut24a P12: help said "records" for the offsets column
// and "that rate over the last polls" for the 10 s buckets' trend; D said
// "3,998 records").
func TestTopicsWordsAgree(t *testing.T) {
	c := &Common{Ctx: context.Background(), Store: foreignStore(t), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	act(a, "8")
	var heading string
	for _, l := range strings.Split(screen(a), "\n") {
		if strings.Contains(l, "topic") && strings.Contains(l, "parts") {
			heading = l
			break
		}
	}
	if heading == "" {
		t.Fatalf("no Topics heading:\n%s", screen(a))
	}
	tp := &TopicsPane{}
	for _, note := range tp.HelpNotes() {
		label, _, ok := strings.Cut(note, ":")
		if !ok || strings.ContainsAny(label, "● ") || label == "health" || label == "enter" || label == "rf" {
			continue
		}
		if !strings.Contains(heading, label) {
			t.Errorf("help explains %q, a word the heading does not use:\n%s", label, heading)
		}
	}
	notes := strings.Join(tp.HelpNotes(), "\n")
	if strings.Contains(notes, "last polls") || !strings.Contains(notes, "10 s bucket") {
		t.Errorf("the trend's help does not say its 10 s buckets:\n%s", notes)
	}
	rec := &recordingAdmin{}
	a = adminApp(t, model.ReadOnlyOff, rec)
	writer(a.c).Update(func(st *model.State) {
		st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 2, Records: 3998}}
	})
	act(a, "4", "D")
	if s := screen(a); !strings.Contains(s, "3,998 offsets") || strings.Contains(s, "3,998 records") {
		t.Fatalf("D's preview does not name the offsets as offsets:\n%s", s)
	}
}
