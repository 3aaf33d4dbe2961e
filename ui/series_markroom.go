package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// markedLayout is heldIDLayout with the level markers' held room
// (want.mark) yielding wherever keeping it would cut the id or the
// program, or drop a column, that the row without it keeps: those fields'
// markers are then drawn in the gap before their column (markOut), the
// value in its place. A name is never cut while held room stands blank
// beside it (ut39-3, ut38a-3: `avro-w…her-01` and `c…40` beside a heat
// column 3 cells wider than its values and a power column holding room
// for a marker no row showed). The choice is made from held widths only,
// so the columns hold still as markers come and go.
func (p *SeriesPane) markedLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	bare := want
	bare.value = make([]int, len(want.value))
	held := false
	for j, v := range want.value {
		bare.value[j] = v
		if j < len(want.mark) {
			bare.value[j] -= want.mark[j]
			held = held || want.mark[j] > 0
		}
	}
	b := p.heldIDLayout(w, keyW, bare, maxSpark, apart)
	if !held {
		return b
	}
	m := p.heldIDLayout(w, keyW, want, maxSpark, apart)
	if m.key >= b.key && m.status >= b.status && m.fields >= b.fields && m.sparks >= b.sparks && m.seen >= b.seen {
		return m
	}
	b.markOut = make([]bool, b.fields)
	for j := range b.markOut {
		// a column left wider than its values by the title keeps the
		// marker inside
		b.markOut[j] = j < len(want.mark) && want.mark[j] > 0 && b.value[j] < want.value[j]
	}
	return b
}

// outside reports whether field j's marker is drawn in the gap before
// its column (markOut).
func (c machineCols) outside(j int) bool { return j < len(c.markOut) && c.markOut[j] }

// addMarked adds a value cell whose level marker (mark, maybe empty) is
// drawn over the gap before it (marked).
func (r *row) addMarked(mark, cell string, w int) {
	if w <= 0 {
		return
	}
	if r.leads == nil {
		r.leads = make([]string, len(r.cells), len(r.cells)+1)
	}
	r.cells, r.widths, r.leads = append(r.cells, cell), append(r.widths, w), append(r.leads, mark)
}

// marked joins the row's cells as draw.Columns does, a cell's lead
// marker in the gap before it: `!` in the separator, `!!` in it and the
// last cell of the column before when that cell is blank on this row,
// else `!` alone (the row's crit colour still tells it apart).
func (r *row) marked() string {
	var b strings.Builder
	for i, c := range r.cells {
		if i >= len(r.widths) || r.widths[i] <= 0 {
			continue
		}
		if b.Len() > 0 {
			switch lead := r.leads[i]; {
			case lead == "":
				b.WriteByte(' ')
			case len(lead) > 1 && strings.HasSuffix(b.String(), " "):
				s := strings.TrimSuffix(b.String(), " ")
				b.Reset()
				b.WriteString(s)
				b.WriteString(lead[:2])
			default:
				b.WriteByte('!')
			}
		}
		if i == 0 {
			b.WriteString(draw.FitMiddle(c, r.widths[i]))
			continue
		}
		b.WriteString(draw.Fit(c, r.widths[i]))
	}
	return b.String()
}
