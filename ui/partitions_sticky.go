package ui

// Scrolled down among a topic's partitions and groups, the page's first
// line is that topic's heading: rows read `0`, `1` under no topic's name
// (ut40a-6, ut40b-22, ut42a-6). The rule holds on every page: one of two
// rows (the 80x24 grid's box, where it was once left out) and a page
// fitted to the reasons under its rows (`r`) as well.

// stickyHeading is the row of the topic heading to draw above the page
// (ok where the page starts among a topic's partitions and groups) and
// the rows the page then holds. The heading takes a row of the page;
// where the cursor is on the page's last row, the page moves on by one so
// the cursor stays in sight. A page of one row keeps its row: the heading
// takes the column headings' line instead (Lines), as the row says
// nothing without its topic's name.
func (p *PartitionsPane) stickyHeading(rows []prow, page int) (head, shown int, ok bool) {
	if !midTopic(rows, p.scroll.offset) {
		return 0, page, false
	}
	if page >= 2 && p.scroll.cursor >= p.scroll.offset+page-1 {
		p.scroll.offset++
		if !midTopic(rows, p.scroll.offset) {
			return 0, page, false
		}
	}
	if page < 2 {
		return headingRowOf(rows, p.scroll.offset), page, true
	}
	return headingRowOf(rows, p.scroll.offset), page - 1, true
}

// reasonsPage is stickyHeading for a page fitted to the lines of the
// reasons under its rows: fit(first, height) is the first row and the
// rows shown of a page of height lines from first (fitPage). Where the
// page starts among a topic's rows, it is fitted again to a line less,
// the heading's.
func (p *PartitionsPane) reasonsPage(rows []prow, page int, fit func(first, height int) (int, int)) (head, shown int, ok bool) {
	first, shown := fit(p.scroll.offset, page)
	p.scroll.offset = first
	if !midTopic(rows, first) {
		return 0, shown, false
	}
	if page < 2 {
		return headingRowOf(rows, first), shown, true
	}
	first, shown = fit(first, page-1)
	p.scroll.offset = first
	if !midTopic(rows, first) { // moved on to a topic's own row: the page is whole again
		first, shown = fit(first, page)
		p.scroll.offset = first
		return 0, shown, false
	}
	return headingRowOf(rows, first), shown, true
}

// midTopic is whether a page starting at row i starts among a topic's
// partitions and groups, below its heading row.
func midTopic(rows []prow, i int) bool {
	return i > 0 && i < len(rows) && rows[i].kind != topicRow
}

// headingRowOf is the index of the topic row that row i belongs to.
func headingRowOf(rows []prow, i int) int {
	for t := i - 1; t >= 0; t-- {
		if rows[t].kind == topicRow {
			return t
		}
	}
	return 0
}
