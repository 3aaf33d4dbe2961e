package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The topic detail's groups table judges the state as Groups does: two
// Stable groups among 25 Empty ones keep the column, even where names
// are cut (ut28a U5: the detail dropped it by the one-in-eight rule
// while Groups kept it); only a state every group shares goes.
func TestTopicDetailGroupsKeepAStateFewDifferIn(t *testing.T) {
	rows := func(stable int) [][]string {
		var out [][]string
		for i := range 27 {
			state := "Empty"
			if i < stable {
				state = "Stable"
			}
			out = append(out, []string{fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%02d-ut28a", i), state, "0", "1,043", "0.0/s", "STOP"})
		}
		return out
	}
	var plain Styles
	for _, w := range []int{52, 78} { // names cut at both
		if got := strings.Join(groupsTable(&plain, w, rows(2)), "\n"); !strings.Contains(got, "Stable") {
			t.Errorf("%d cells: 2 Stable groups among 25 Empty and no state:\n%s", w, got)
		}
		if got := strings.Join(groupsTable(&plain, w, rows(0)), "\n"); strings.Contains(got, "Empty") {
			t.Errorf("%d cells: every group Empty and the state kept beside cut names:\n%s", w, got)
		}
	}
}

// The lag and rate columns hold room for a digit more (heldCells,
// heldRate) only where the names are whole: a name that would be cut
// gets those cells first (ut28b V8: `fraud-score-consumers…hboard-number-01`
// cut by 21 cells while lag held 3 no row used and the row ended blank).
func TestTopicDetailGroupsHeldCellsGoToCutNames(t *testing.T) {
	rows := func() [][]string { // groupsTable cuts the names in place
		return [][]string{
			{"fraud-score-consumers-for-the-realtime-risk-dashboard-number-01-ut28b", "Stable", "1", "4,083", "5.0/s", "OK"},
			{"fraud-score-consumers-for-the-realtime-risk-dashboard-number-02-ut28b", "Empty", "0", "21", "0.0/s", "OK"},
		}
	}
	var plain Styles
	for _, w := range []int{46, 78} {
		lines := groupsTable(&plain, w, rows())
		row := lines[1]
		if !strings.Contains(row, "…") {
			t.Fatalf("%d cells: the name is not cut, the test says nothing:\n%s", w, strings.Join(lines, "\n"))
		}
		if !strings.Contains(row, " 4,083 5.0/s OK") && !strings.Contains(row, " 4,083 OK") {
			t.Errorf("%d cells: a cut name beside lag or rate cells no row uses:\n%s", w, strings.Join(lines, "\n"))
		}
	}
	// names whole: the held room stays, so a lag gaining a digit moves no health
	lines := groupsTable(&plain, 160, rows())
	if !strings.Contains(lines[1], " 4,083   5.0/s  OK") {
		t.Errorf("names whole and the lag not held to its digit group:\n%s", strings.Join(lines, "\n"))
	}
}
