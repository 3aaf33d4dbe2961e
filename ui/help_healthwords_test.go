package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Groups' and Partitions' help say each health word in the words of
// model.HealthMeanings, the long ones at 200x50 and the short ones at
// 80x24, and the short STALL? keeps the long one's conditions (ut40b-14:
// at 80x24 it left out the age of the record, so a right STALL read
// wrong; ut40b-3).
func TestHelpHealthWordsFromOneSource(t *testing.T) {
	words := model.HealthMeanings(model.DefaultLagConfig().StopAfter, model.DefaultLagConfig().Window)
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, pane := range []int{panePartitions + 1, paneGroups + 1} {
			a := helpApp(t, "demo", pane, size[0], size[1])
			text := strings.Join(a.helpLines(), " ")
			text = strings.Join(strings.Fields(text), " ") // as one text, wrapped lines joined
			for _, m := range words {
				said := m.Health.String() + " " + m.Short
				if size[0] >= 200 {
					said = m.Health.String() + " " + m.Long
				}
				if !strings.Contains(text, said) {
					t.Errorf("pane %d %dx%d: help does not say %q:\n%s", pane, size[0], size[1], said, screen(a))
				}
			}
			if !strings.Contains(text, "STALL? still since washboard started (<5m), its record older than 5m") && size[0] < 200 {
				t.Errorf("pane %d %dx%d: the short STALL? leaves out the record's age", pane, size[0], size[1])
			}
		}
	}
}
