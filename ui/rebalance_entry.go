package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
)

// entryDetail is a rebalance log entry's text after its group and kind,
// printable, without the group said again: an action's words name what
// it acted on (`reset offsets of GROUP on every topic …`) for the log
// file, but the entry starts with that group already, and a long name
// said twice took two of the five lines an 80x24 side view gives the log
// (ut32b Zb9).
//
// A topic's actions name it as their subject too (`T now has 8
// partitions`, `set retention.ms on "T": …`): said once, a 44-character
// name took two lines of each entry at 200x50 (ut36b-23).
func entryDetail(e model.Rebalance) string {
	d := e.Detail
	if e.Kind == "action" && e.Group != "" {
		for _, said := range []struct{ as, by string }{
			{" of " + e.Group + " ", " "}, // a group's reset
			{": " + e.Group + " ", ": "},  // a topic's partitions added
			{" on " + quote(e.Group), ""}, // a topic's config set
		} {
			d = strings.Replace(d, said.as, said.by, 1)
		}
	}
	return model.PrintableString(d)
}
