package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A filter takes a whole Kafka name: topic names run to 249 characters
// and group ids further, and names that differ only past their 64th
// character (`…-reconciler-ut24a-v1` and `-v2`) could not be filtered
// apart; the field stopped at 64 without a word (ut24a P23).
func TestAFilterTakesAWholeKafkaName(t *testing.T) {
	name := strings.Repeat("payment-ledger-corrections-", 9) + "v2" // 245 characters
	for _, pane := range []string{"4", "5", "8"} {
		a := realApp(t, foreignStore(t), 120, 40)
		press(a, pane, "/")
		a.Update(tea.PasteMsg{Content: name[:240]})
		for _, r := range name[240:] { // pasted, then typed on
			press(a, string(r))
		}
		var got string
		switch pane {
		case "4":
			got = a.panes[panePartitions].(*PartitionsPane).filter.input.Value()
		case "5":
			got = a.panes[paneGroups].(*GroupsPane).filter.input.Value()
		case "8":
			got = a.panes[paneTopics].(*TopicsPane).filter.input.Value()
		}
		if got != name {
			t.Errorf("pane %s: the filter holds %d of the name's %d characters", pane, len(got), len(name))
		}
	}
}
