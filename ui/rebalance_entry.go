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
func entryDetail(e model.Rebalance) string {
	d := e.Detail
	if e.Kind == "action" && e.Group != "" {
		d = strings.Replace(d, " of "+e.Group+" ", " ", 1)
	}
	return model.PrintableString(d)
}
