package ui

// A row's name may run into the cells of the columns after it that its
// kind of row never fills: a group's row has no leader, low or high
// watermark. At 80x24 a lone group's
// `washboard-demo-1` was cut to `washboa…-demo-1` beside the 8 blank
// cells of the `high` column its row never fills (ut30 X2). Judged by the
// kind of row, never by what a row holds now, so a name's cut does not
// change as figures come and go, and the other columns stay where they
// are: only the blank cells between them are the name's.

// emptyOf is whether rows of kind never fill the column headed h.
func emptyOf(kind rowKind, h string) bool {
	switch kind {
	case topicGroupRow, partGroupRow:
		return h == "leader" || h == "low" || h == "high"
	}
	return false
}

// nameRoom is the cells a row of kind gives its name: the name column
// and the columns right after it that the row never fills, with the
// spaces between them.
func (t *partTable) nameRoom(kind rowKind) int {
	if len(t.widths) == 0 {
		return 0
	}
	room, titles := t.widths[0], t.titles()
	for i := 1; i < len(t.widths) && i < len(titles) && emptyOf(kind, titles[i]); i++ {
		if t.widths[i] > 0 {
			room += 1 + t.widths[i]
		}
	}
	return room
}

// rowWidths is the column widths a row of kind is drawn in: the name's
// room (nameRoom) first, the columns it runs over left out.
func (t *partTable) rowWidths(kind rowKind) []int {
	room := t.nameRoom(kind)
	if room == t.widths[0] {
		return t.widths
	}
	w := append([]int(nil), t.widths...)
	w[0] = room
	titles := t.titles()
	for i := 1; i < len(w) && i < len(titles) && emptyOf(kind, titles[i]); i++ {
		w[i] = 0
	}
	return w
}
