package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut36b-9: after `C` the preview `create topic "x" with 8 partitions,
// replication factor 3, …` stayed above the outcome `created topic x
// with 8 partitions, …`, word for word: a change said twice on one
// screen. Once done, the outcome takes the place of the preview, its
// warnings too (ut43b-5: TestActionDoneSaysWhatHappenedNotThePreview).
func TestActionOutcomeDoesNotRepeatThePreview(t *testing.T) {
	name := "acme.customer-identity.profile-changes.ap-southeast-2.v1"
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "4", "C", "type:"+name, "tab", "type:8", "enter", "type:"+name, "enter")
		got := boxText(screen(a))
		said := strings.Count(got, strings.ReplaceAll("topic "+name+" with 8 partitions", " ", "")) +
			strings.Count(got, strings.ReplaceAll(`topic "`+name+`" with 8 partitions`, " ", ""))
		if said != 1 || !strings.Contains(got, "createdtopic") {
			t.Errorf("%dx%d: the creation is said %d times, not once as the outcome:\n%s", size[0], size[1], said, screen(a))
		}
	}
}
