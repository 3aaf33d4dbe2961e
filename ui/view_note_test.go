package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// What v did is said where the view opens, whole, until the next key:
// ctrl+s says where the view was saved, and an edit of a running view
// says it applies from the next start (ut24a P6, P10: the focus went to
// pane 1 and nothing on screen said either).
func TestChartOutcomeSaidInTheViewsPane(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		foldPayments(a)
		a.c.SaveView = func(_ context.Context, v model.TopicView) (string, error) { return "/cfg/washboard/views.toml", nil }
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "8", "/", "payments", "enter", "v")
		const saved = "saved the view of payments to /cfg/washboard/views.toml (it comes back next start)"
		if got := runKey(a, "ctrl+s"); a.focus != paneSeries || !strings.Contains(got, saved) {
			t.Fatalf("%dx%d: focus %d; ctrl+s does not say %q:\n%s", size[0], size[1], a.focus, saved, screen(a))
		}
		do(a, "down")
		if got := flat(screen(a)); strings.Contains(got, "saved the view") {
			t.Fatalf("%dx%d: the outcome stays after the next key:\n%s", size[0], size[1], screen(a))
		}
		// An edit of the running view: opened as it runs, said so.
		do(a, "8", "v", "ctrl+u")
		for _, r := range "series key=@key fields=amount" {
			do(a, string(r))
		}
		got := runKey(a, "enter")
		const edit = "payments has the view payments (made in this run): showing it; the edit applies from the next start once saved (ctrl+s)"
		if !strings.Contains(got, edit) {
			t.Fatalf("%dx%d: the edit of a running view does not say %q:\n%s", size[0], size[1], edit, screen(a))
		}
	}
}

// ut34a-13: v then enter on a topic with a configured view showed that
// view's pane (Machines, with its warn markers) and nothing said it was
// not a view inferred from the records. Where the view comes from is said
// in the pane it opens, at both sizes.
//
// ut36a-15: the demo's own views said `(from the config)` with no config
// file: they are built in, and say so.
func TestChartOfATopicWithAViewSaysWhichShows(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tt := range []struct {
			builtIn bool
			want    string
		}{
			{true, "laundry-machine-logs has the view Machines (built in: the demo's seed topics): showing it"},
			{false, "laundry-machine-logs has the view Machines (from the config): showing it"},
		} {
			a := testApp(t, size[0], size[1])
			a.c.Views = a.c.Store.(*model.Store)
			writer(a.c).Update(func(st *model.State) {
				st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 1, Replication: 1}}
				for i := range st.Views {
					st.Views[i].BuiltIn = tt.builtIn
				}
			})
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "8", "/", "laundry", "enter", "v")
			if got := runKey(a, "enter"); a.focus != paneSeries || !strings.Contains(got, tt.want) {
				t.Errorf("%dx%d: focus %d; the view's pane does not say %q:\n%s", size[0], size[1], a.focus, tt.want, screen(a))
			}
		}
	}
}

// runKey presses k, runs what it returns, and is the screen flat.
func runKey(a *App, k string) string {
	_, cmd := a.Update(keyPress(k))
	run(a, cmd)
	return flat(screen(a))
}

// flat is the screen's text inside its boxes as one line of words, so a
// sentence wrapped over several rows of a box reads whole.
func flat(s string) string {
	var words []string
	for _, line := range strings.Split(s, "\n") {
		for _, cell := range strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("│╭╮╰╯─", r) }) {
			words = append(words, strings.Fields(cell)...)
		}
	}
	return strings.Join(words, " ")
}
