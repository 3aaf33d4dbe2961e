package ui

// One rule for topic names side by side: a topic too long for its
// partition lines wraps at its name boundaries in every column or is cut
// in the middle in every column, never wrapped whole in one column beside
// its neighbours' cut (a user test, ut25a Q10: one group's topic over six
// lines while the next three cut theirs to 17 cells on the same screen).

// topicsAlike sets, over the columns at their widths, whether topics
// wrap: where every column that cuts a topic has the rows to wrap it,
// they all wrap; where one has not, they all cut. It runs on the
// snapshot, after the widths, from the plain text.
func topicsAlike(sty *Styles, cols []sideGroup, widths []int, reasons bool, rows int) {
	wraps, cuts := false, false
	for i := range cols {
		cols[i].noWrap = false
		if i >= len(widths) {
			continue
		}
		if _, cut, _ := groupColumnLines(sty, &cols[i], widths[i], widths[i]/2, reasons, colWrap{}, rows); !cut {
			continue
		}
		if wrapped, _, _ := groupColumnLines(sty, &cols[i], widths[i], widths[i]/2, reasons, colWrap{topics: true}, rows); len(wrapped) <= rows {
			wraps = true
		} else {
			cuts = true
		}
	}
	if wraps && cuts {
		for i := range cols {
			cols[i].noWrap = true
		}
	}
}
