package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sshViewer is the demo's console as an SSH viewer's session has it: a
// user, read-only all, exports off (cmd/washboard's runServe), and no
// consumer group on the cluster (ut42a-21's fresh demo).
func sshViewer(t *testing.T, w, h int) *App {
	t.Helper()
	a := testApp(t, w, h)
	a.c.Store.(*model.Store).Update(func(st *model.State) { st.Groups, st.Link.PolledAt, st.Link.AnsweredAt = nil, fixedNow, fixedNow })
	a.Update(changedMsg{version: a.c.Store.(*model.Store).Version()})
	a.c.User, a.c.NoExport, a.c.Demos, a.c.Cluster.ReadOnly = "viewer", true, &recordingDemos{}, model.ReadOnlyAll
	return a
}

// ut42a-21: an SSH viewer's `n` in Groups at 80x24 is refused in more
// lines than the grid's box holds beside the list, so the pane takes the
// screen; the refusal was drawn at the screen's foot, 17 blank rows under
// the list it is about. It follows the list, at every size.
func TestDemoRefusalFollowsTheList(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := sshViewer(t, size[0], size[1])
			press(a, "5", "n")
			sc := screen(a)
			golden(t, fmt.Sprintf("ssh-demo-refused-%dx%d", size[0], size[1]), sc)
			lines := strings.Split(sc, "\n")
			list, refusal := -1, -1
			for i, l := range lines {
				switch {
				case list < 0 && strings.Contains(l, "no consumer groups on the cluster"):
					list = i
				case refusal < 0 && strings.Contains(l, "cannot run demo"):
					refusal = i
				}
			}
			if list < 0 || refusal < 0 {
				t.Fatalf("the list (row %d) or the refusal (row %d) is not on screen:\n%s", list, refusal, sc)
			}
			if refusal != list+1 {
				t.Errorf("the refusal is %d rows under the list:\n%s", refusal-list-1, sc)
			}
		})
	}
}

// ut42a-22: every refusal an SSH viewer meets says it in the viewer's
// words: this session is read-only, the server's operator gives writes
// per key. None names a server flag the viewer cannot set
// (`serve with --allow-writes`) or the local console's "read-only mode".
func TestSSHRefusalsSayItInTheViewersWords(t *testing.T) {
	cases := []struct {
		name string
		mode model.ReadOnly
		keys []string // from the first focus, the pane zoomed to read it whole
		want string   // what was refused
	}{
		{"produce", model.ReadOnlyAll, []string{"p", "z", "enter", "ctrl+s"}, "cannot produce"},
		{"demo group", model.ReadOnlyAll, []string{"5", "z", "n"}, "cannot run demo groups (they join a group and commit offsets)"},
		{"export", model.ReadOnlyAll, []string{"6", "z", "e"}, "cannot export the Log (it writes a file on the server)"},
		{"create a topic", model.ReadOnlyAll, []string{"4", "C"}, "cannot create a topic"},
		{"reset offsets, all", model.ReadOnlyAll, []string{"5", "o"}, "cannot reset offsets"},
		{"reset offsets, admin", model.ReadOnlyAdmin, []string{"5", "o"}, "cannot reset offsets; it may produce and run demo groups"},
		{"delete a topic, admin", model.ReadOnlyAdmin, []string{"4", "D"}, "cannot delete a topic"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := adminApp(t, tc.mode, &recordingAdmin{}) // an SSH user's session
			a.c.Producer, a.c.Demos, a.c.ExportDir = &recorder{}, &recordingDemos{}, t.TempDir()
			a.c.NoExport = tc.mode == model.ReadOnlyAll // as runServe sets it
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, tc.keys...)
			got := flatBox(screen(a))
			want := "this session is read-only (" + tc.mode.String() + "): " + tc.want
			if !strings.Contains(got, want) || !strings.Contains(got, "the server's operator gives writes per key") {
				t.Errorf("the refusal does not say %q and who gives writes:\n%s", want, screen(a))
			}
			for _, not := range []string{"--allow-writes", "read-only mode (", "may not write to the cluster"} {
				if strings.Contains(got, not) {
					t.Errorf("the refusal says %q, words the viewer cannot act on:\n%s", not, screen(a))
				}
			}
		})
	}
}
