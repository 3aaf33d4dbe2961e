package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut43b-5: after E and A the preview already confirmed stood again above
// the outcome, E's word for word (`retention.ms on "orders": 1m (60000) →
// 1s (1000)` over `set retention.ms on "orders": 1m (60000) → 1s (1000)`).
// Once an action is done its screen says what happened, `done: …`, and no
// line of the preview; every action whose outcome is not its preview's
// table read back (the reset keeps its table: TestResetOutcome*), at 80x24
// and 200x50. A refusal keeps the preview above the broker's words (esc
// goes back to it): TestActionRefusalKeepsThePreview.
func TestActionDoneSaysWhatHappenedNotThePreview(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tc := range []struct {
			name string
			keys []string // to the confirmation, the name typed and enter last
		}{
			{"add-partitions", []string{"4", "A", "enter", "type:orders", "enter"}},
			{"edit-config", []string{"4", "E", "type:retention.ms", "tab", "type:1000", "enter", "type:orders", "enter"}},
			{"create-topic", []string{"4", "C", "type:fresh", "tab", "type:3", "tab", "tab", "type:retentoin.bytes=1", "enter", "type:fresh", "enter"}},
			{"delete-topic", []string{"4", "D", "type:orders", "enter"}},
			{"delete-group", []string{"5", "D", "type:audit", "enter"}},
			{"delete-offsets", []string{"5", "O", "type:orders", "enter", "type:audit", "enter"}},
		} {
			t.Run(sizeName(size)+"/"+tc.name, func(t *testing.T) {
				a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
				a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				confirm := len(tc.keys) - 2
				act(a, tc.keys[:confirm]...)
				f := openFlow(a)
				if f == nil || f.stage != flowConfirm {
					t.Fatalf("not at the confirmation:\n%s", screen(a))
				}
				preview := f.previewFor(size[0])
				act(a, tc.keys[confirm:]...)
				got := screen(a)
				if tc.name == "add-partitions" || tc.name == "edit-config" {
					golden(t, "action-done-"+tc.name+"-"+sizeName(size), got)
				}
				if f.stage != flowDone || f.failed {
					t.Fatalf("not done:\n%s", got)
				}
				said := strings.ReplaceAll(doneWord+model.PrintableString(f.outcome), " ", "")
				text := boxText(got)
				if !strings.Contains(text, said) {
					t.Fatalf("the outcome %q is not said whole after %q:\n%s", f.outcome, doneWord, got)
				}
				rest := strings.Replace(text, said, "", 1)
				for _, l := range preview {
					if l = strings.ReplaceAll(ansi.Strip(l), " ", ""); l != "" && strings.Contains(rest, l) {
						t.Errorf("the preview's %q is said again once done:\n%s", l, got)
					}
				}
			})
		}
	}
}

// A write the broker refuses keeps the preview of what was refused above
// its words, as before: esc goes back to the form to correct it.
func TestActionRefusalKeepsThePreview(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "4", "A", "enter")
	a.c.Admin.(*recordingAdmin).fail = errText("INVALID_PARTITIONS: Topic currently has 2 partitions")
	act(a, "type:orders", "enter")
	got := boxText(screen(a))
	for _, want := range []string{"Kafkacannotremovethemagain", "INVALID_PARTITIONS", "esc goes back to the form"} {
		if !strings.Contains(got, strings.ReplaceAll(want, " ", "")) {
			t.Fatalf("the refusal does not say %q:\n%s", want, screen(a))
		}
	}
	if strings.Contains(got, strings.TrimSpace(doneWord)) {
		t.Fatalf("a refusal said as done:\n%s", screen(a))
	}
}
