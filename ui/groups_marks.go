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

// shownMarks is the marks `enter` shows: the marked groups, where the
// cluster has any of them (one gone since it was marked shows beside them
// as gone), else none, so the cursor's group shows: marks that are all
// on gone groups, not drawn and not counted, do not decide what shows
// (ut42b-21: after the cluster was replaced, `enter` on its only group
// showed three gone groups marked on the old one instead). The marks are
// kept, and count again if their groups come back.
func shownMarks(marked map[string]bool, groups []model.GroupStat) map[string]bool {
	if presentMarks(marked, groups) == 0 {
		return nil
	}
	return marked
}

// markGutterW is the cells of the mark gutter before every group's name.
const markGutterW = 2

// markGutter is the start of a group's row: "● " when marked, else as
// many blanks. Every row and the heading have it, marks or none, so
// marking a group moves no column and cuts no name (ut19a H3: a marked
// name lost 2 of its 16 cells; H7: at 80x24 a mark dropped state, then
// widened every name).
func markGutter(marked bool) string {
	if marked {
		return "● "
	}
	return "  "
}
