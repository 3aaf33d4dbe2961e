package ui

import (
	"fmt"
	"strings"
	"testing"

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
