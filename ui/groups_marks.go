package ui

import "github.com/washboard/washboard/model"

// presentMarks is how many of the marked groups the cluster has: a mark
// on a group that is gone (deleted, or a cluster that came back empty)
// is not counted, and counts again if the group comes back (ut16a D15:
// `0 groups · 3 marked`). Marks are few: each is looked for in groups.
func presentMarks(marked map[string]bool, groups []model.GroupStat) int {
	n := 0
	for i := range groups {
		if marked[groups[i].ID] {
			n++
		}
	}
	return n
}
