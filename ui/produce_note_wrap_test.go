package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut19b J7: in the 80x24 grid the Produce box cut the note that says why
// a resent value is empty to `not text, left out: valu…`. Every note
// under the form is said whole in the box: the rows that matter least
// (the burst row, empty headers) give way to it.
func TestProduceNotesWrapWholeInTheGrid(t *testing.T) {
	esc := model.Record{Topic: model.LaundryTopic, Partition: 0, Offset: 7, Time: fixedNow, Key: []byte("m-1"), Value: []byte("\x1b[2Jboom")}
	tests := []struct {
		name string
		want string // the note, whole
		fill func(a *App)
	}{
		{"produce-note-left-out-80x24", "not text, left out: value (control byte \\x1b)", func(a *App) {
			writer(a.c).Fold([]model.Record{esc}, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "6", "space")
			_, cmd := a.Update(keyPress("R"))
			run(a, cmd)
			do(a, "esc", "6")
		}},
		{"produce-note-not-on-cluster-80x24", "is not on the cluster (washboard never creates topics)", func(a *App) {
			writer(a.c).Update(func(st *model.State) {
				st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic}
				slices.Sort(st.Topics)
			})
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "7", "enter", "ctrl+u")
			typeText(a, "orders-archive")
			do(a, "tab", "ctrl+u")
			typeText(a, "k1")
			do(a, "esc", "6")
		}},
	}
	tests = append(tests, struct {
		name string
		want string
		fill func(a *App)
	}{"produce-note-left-out-topic-gone-80x24", "not text, left out: value (control byte \\x1b)", func(a *App) {
		// both notes, the record's and its topic's, once the topic is deleted
		writer(a.c).Update(func(st *model.State) { st.Topics = []string{"other", model.RiderTopic, model.StudentTopic} })
		tests[0].fill(a)
	}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testApp(t, 80, 24)
			tt.fill(a)
			got := screen(a)
			if !strings.Contains(got, "─ 7 Produce") || strings.Contains(got, "─ 6 Log") == false {
				t.Fatalf("not the grid with Produce and the Log:\n%s", got)
			}
			note := produceBoxText(got)
			if strings.Contains(tt.name, "topic-gone") && !strings.Contains(note, "is not on the cluster (washboard never creates topics)") {
				t.Errorf("the topic's note is not said whole beside the record's: %q:\n%s", note, got)
			}
			if !strings.Contains(note, tt.want) {
				t.Errorf("the Produce box does not say %q whole; it reads %q:\n%s", tt.want, note, got)
			}
			golden(t, tt.name, got)
		})
	}
}

// produceBoxText is the text of the Produce box's rows in screen s, the
// rows joined by spaces (a wrapped note reads as one line).
func produceBoxText(s string) string {
	var parts []string
	for _, r := range produceBoxRows(s) {
		parts = append(parts, strings.TrimSpace(r))
	}
	return strings.Join(parts, " ")
}
