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

// topicsOwnLines sets, over the columns at their widths (their
// sparklines aligned: the lines as drawn), which put their topics on
// lines of their own: where one column does (too narrow for a topic
// beside its partitions), every other does too where it has the rows (the
// rows the columns hold, as for a topic too long for its lines), so a
// topic reads one way side by side, its name on the line over the
// partitions it heads (ut43b: `laundry-machine-logs` over `/0 @680` in one
// column, `laundry-machine-logs/0 no commit yet` six times beside it over
// blank rows).
func topicsOwnLines(sty *Styles, cols []sideGroup, widths []int, reasons bool, rows int) {
	owns := false
	for i := range cols {
		cols[i].ownLine = false
		if i >= len(widths) {
			continue
		}
		_, _, wrap := groupColumnWrap(sty, &cols[i], widths[i], widths[i]/2, reasons, rows)
		if _, _, _, own := groupColumnOwn(sty, &cols[i], widths[i], widths[i]/2, reasons, wrap, -1); own {
			owns = true
		}
	}
	if !owns {
		return
	}
	for i := range cols {
		if i >= len(widths) {
			continue
		}
		cols[i].ownLine = true
		if len(groupColumnDrawn(sty, &cols[i], widths[i], widths[i]/2, reasons, rows)) > rows {
			cols[i].ownLine = false
		}
	}
}
