package ui

import (
	"github.com/washboard/washboard/ui/draw"
)

// keepRowFigures keeps a partition row's figures, its high watermark and
// its rate, by a name column cut by the high column's cells (draw.Col.NameMin):
// a group's row never fills the high column and runs its name into it
// (nameRoom), so with `high` shown a group name keeps the room it had
// without it, and a partition row is never its number alone beside
// blank cells (ut40b-10, ut40b-22, ut41-18: at 80x24 `high` and `rate`
// went for the group names' cells and partition rows read `  0` and 35
// blank cells). Cut so, the name keeps its shortest heading.
func (t *partTable) keepRowFigures(cols []draw.Col) {
	if t.noGroups { // partition rows only: their names are their numbers
		return
	}
	high := -1
	for i, c := range cols {
		if c.Title == "high" {
			high = i
		}
	}
	if high < 0 || cols[high].Blank {
		return
	}
	least := max(cols[0].Min-1-max(cols[high].Want, draw.Width(cols[high].Title)), draw.Width(shortest0(cols[0])))
	for i, c := range cols {
		if c.Title == "high" || c.Title == "rate" {
			cols[i].NameMin = least
		}
	}
}

// shortest0 is the name column's shortest heading.
func shortest0(c draw.Col) string {
	if len(c.Shorts) > 0 {
		return c.Shorts[len(c.Shorts)-1]
	}
	return c.Title
}
