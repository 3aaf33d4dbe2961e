package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// cursorDemos says the one group it is told is a demo group.
type cursorDemos struct {
	recordingDemos
	demo    string
	stopped bool // the demo group was stopped (x)
}

func (d *cursorDemos) IsDemo(g string) bool  { return g == d.demo }
func (d *cursorDemos) Running(g string) bool { return g == d.demo && !d.stopped }

// offeredHints is the focused pane's footer hints ("key desc").
func offeredHints(a *App) string {
	a.View()
	p := a.panes[a.focus]
	var out []string
	for _, b := range a.offered(p, paneFooterHelp(p)) {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, " • ")
}

// Footers offer what works where they are (ut18b G15): the demo keys
// that steer a group only on a demo group, none in a session without
// demo groups or whose read-only mode refuses them; no action, chart or
// export that read-only mode refuses; R says it edits without sending
// (as read-only Produce drops ctrl+s).
func TestFootersOfferWhatWorksHere(t *testing.T) {
	steer := []string{"+ add member", "- remove member", "[ slower", "] faster", "x stop demo group"}
	for _, tc := range []struct {
		name       string
		ro         model.ReadOnly
		noExport   bool
		noDemos    bool
		demoCursor bool // the cursor's group is a demo group
		stopped    bool // which x stopped (ut40a-10)
		keys       []string
		want, not  []string
	}{
		{name: "groups, a non-demo group", keys: []string{"5"},
			want: []string{"n new demo group", "o reset offsets"}, not: steer},
		{name: "groups, a demo group", keys: []string{"5"}, demoCursor: true,
			want: append([]string{"n new demo group"}, steer...)},
		{name: "groups side view, a non-demo group", keys: []string{"5", "enter"},
			want: []string{"esc back", "n new demo group"}, not: steer},
		{name: "groups side view, a demo group", keys: []string{"5", "enter"}, demoCursor: true,
			want: steer},
		{name: "groups side view, a stopped demo group", keys: []string{"5", "enter"}, demoCursor: true, stopped: true,
			want: []string{"esc back", "n new demo group"}, not: steer},
		{name: "partitions, a topic row", keys: []string{"4"},
			want: []string{"n new demo group", "C create topic"}, not: steer},
		{name: "groups, no demo groups in the session", keys: []string{"5"}, noDemos: true, demoCursor: true,
			want: []string{"o reset offsets"}, not: append([]string{"n new demo group"}, steer...)},
		{name: "groups, read-only admin", keys: []string{"5"}, ro: model.ReadOnlyAdmin, demoCursor: true,
			want: append([]string{"n new demo group"}, steer...), not: []string{"o reset offsets", "D delete group", "O delete group's offsets on topic"}},
		{name: "groups, read-only all", keys: []string{"5"}, ro: model.ReadOnlyAll, demoCursor: true,
			want: []string{"r health reasons"}, not: append([]string{"n new demo group", "o reset offsets", "D delete group"}, steer...)},
		{name: "partitions, read-only all", keys: []string{"4"}, ro: model.ReadOnlyAll,
			want: []string{"enter open topic"}, not: []string{"C create topic", "A add partitions", "D delete topic", "n new demo group"}},
		{name: "log, read-only SSH session", keys: []string{"6"}, ro: model.ReadOnlyAll, noExport: true,
			want: []string{"R edit in Produce (not sent)", "/ filter"}, not: []string{"e export NDJSON", "R edit and resend"}},
		{name: "log, writes allowed", keys: []string{"6"},
			want: []string{"e export NDJSON", "R edit and resend"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			demos := &cursorDemos{stopped: tc.stopped}
			a := lagApp(t, 200, 50, Cluster{Name: "kafka:9092", ReadOnly: tc.ro}, demos)
			if tc.noDemos {
				a.c.Demos = nil
			}
			a.c.NoExport = tc.noExport
			do(a, tc.keys[0])
			if tc.demoCursor {
				demos.demo = a.panes[paneGroups].(*GroupsPane).cursorGroup()
			}
			do(a, tc.keys[1:]...)
			got := offeredHints(a)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("footer %q does not offer %q", got, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("footer %q offers %q, which does nothing here", got, n)
				}
			}
		})
	}
}

// pickedDemos says which groups are demo groups and which of them run.
type pickedDemos struct {
	recordingDemos
	running map[string]bool // demo groups, running or stopped (x)
}

func (d *pickedDemos) IsDemo(g string) bool  { _, ok := d.running[g]; return ok }
func (d *pickedDemos) Running(g string) bool { return d.running[g] }

// Side by side, the footer offers the keys that work on the picked
// column, changing as `←`/`→` pick another (ut42a-12: `[ slower` offered
// on a stopped demo group's column, the first column's group running):
// the demo keys on a running demo group only, the group actions not on a
// group the cluster no longer lists.
func TestSideFooterFollowsThePickedColumn(t *testing.T) {
	steer := []string{"+ add member", "- remove member", "[ slower", "] faster", "x stop demo group"}
	acts := []string{"o reset offsets", "D delete group", "O delete group's offsets on topic"}
	demos := &pickedDemos{running: map[string]bool{"audit": true, "billing": false}}
	a := lagApp(t, 200, 50, Cluster{Name: "kafka:9092"}, demos)
	do(a, "5", "space", "space", "enter")
	for _, step := range []struct {
		name      string
		keys      []string
		want, not []string
	}{
		{"the running demo group's column", nil, append(steer, acts...), nil},
		{"the stopped demo group's column", []string{"right"}, acts, steer},
		{"back on the running one", []string{"left"}, append(steer, acts...), nil},
	} {
		do(a, step.keys...)
		got := offeredHints(a)
		for _, w := range step.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: footer %q does not offer %q", step.name, got, w)
			}
		}
		for _, n := range step.not {
			if strings.Contains(got, n) {
				t.Errorf("%s: footer %q offers %q, which is refused there", step.name, got, n)
			}
		}
	}
	a.c.Store.(*model.Store).Update(func(st *model.State) { st.Groups = st.Groups[:1] }) // billing gone
	do(a, "right")
	if got := offeredHints(a); slices.ContainsFunc(acts, func(w string) bool { return strings.Contains(got, w) }) {
		t.Errorf("a gone group's column: footer %q offers a group action, refused there at once", got)
	}
	do(a, "left")
	if got := offeredHints(a); !strings.Contains(got, "o reset offsets") {
		t.Errorf("back on a group on the cluster: footer %q does not offer o", got)
	}
}
