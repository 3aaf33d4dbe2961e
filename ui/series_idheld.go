package ui

// titlesCut is how many of the shown metrics' titles c cuts.
func titlesCut(c machineCols, want machineWant) int {
	n := 0
	for j := range c.fields {
		if j < len(want.title) && c.value[j] < want.title[j] {
			n++
		}
	}
	return n
}

// heldProgram is the fewest cells of program the held id may leave:
// minProgram, two letters, the ellipsis and three (`dr…ate`, `co…-40`),
// the program's width beside no marker at 80x24. At 5 (`dr…te`) a crit
// on screen took a cell of the program to keep an id whole that the 12
// cells of a cut one already told apart (s30: the program cut to 5 once
// a crit showed).
const heldProgram = minProgram

// heldIDLayout is apartLayout with the id column whole (up to
// maxWholeID), or held at the widest it has been drawn at this pane width,
// wherever the row keeps every column and a program beside it (the
// program cut further, to leastProgram, rather than gone), else as near
// that as the row allows: an id shown whole is not cut later because a
// row with a `!!` scrolled on screen or the rows were sorted (ut33 Q1:
// `avro-washer-01` whole in id order, `avro-…her-01` sorted by power).
// The id is not held at the cost of a program cut below heldProgram
// cells (ut40a-5: `avro-w…er-01` beside `d…te`, `d…gh`, `d…ow`, which
// read as nothing, where `avro-…her-01` leaves `dr…te`).
func (p *SeriesPane) heldIDLayout(w, keyW int, want machineWant, maxSpark, apart int) machineCols {
	h := &p.widest
	if h.idAt != w {
		h.id, h.idAt = 0, w
	}
	c := apartLayout(w, keyW, want, maxSpark, apart)
	for least := min(keyW, max(h.id, maxWholeID)); least > c.key; least-- {
		want.idLeast = least
		t := apartLayout(w, keyW, want, maxSpark, apart)
		if t.key >= least && t.fields == c.fields && t.sparks == c.sparks && t.status >= min(c.status, heldProgram) && (t.status > 0) == (c.status > 0) && titlesCut(t, want) <= titlesCut(c, want) {
			c = t
			break
		}
	}
	h.id = max(h.id, c.key)
	return c
}
