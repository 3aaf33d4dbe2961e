package ui

// One rule for a stopped group's age side by side: every column of a
// group without members says how long ago its partitions' records were
// (`lag 128 (3m)`), or none does, never the age in one column beside a
// column of the same kind that leaves it out (a user test, ut32b Zb10:
// `lag 376` in one stopped column beside `lag 689 (13m)` in the next).

// agesAlike runs on the snapshot, after the widths, from the plain text:
// a stopped column that leaves its ages out takes the cells that show
// them from columns they cost nothing (the same lines, cuts and ages);
// where it cannot, no stopped column says its ages (noAge).
func agesAlike(sty *Styles, cols []sideGroup, widths []int, reasons bool, rows int) {
	sc := &sideCoster{sty: sty, cols: cols, reasons: reasons, rows: rows}
	var stopped []int
	for i := range cols {
		cols[i].noAge = false
		if i < len(widths) && cols[i].found && len(cols[i].stat.Detail) == 0 && cols[i].aged() {
			stopped = append(stopped, i)
		}
	}
	if len(stopped) < 2 {
		return
	}
	shows := func(i, w int) bool { return sc.cost(i, w).lost == 0 }
	with := 0
	for _, i := range stopped {
		if shows(i, widths[i]) {
			with++
		}
	}
	if with == 0 || with == len(stopped) {
		return
	}
	for _, i := range stopped {
		if shows(i, widths[i]) {
			continue
		}
		for n := 1; n <= 3; n++ {
			if !shows(i, widths[i]+n) || !sc.cost(i, widths[i]+n).atMost(sc.cost(i, widths[i])) {
				continue
			}
			if give := giveCells(sc, widths, i, n); give != nil {
				for j, k := range give {
					widths[j] -= k
				}
				widths[i] += n
				with++
				break
			}
		}
	}
	if with == len(stopped) {
		return
	}
	for _, i := range stopped {
		cols[i].noAge = true
	}
}

// aged says a group has a partition behind with an age to say.
func (g *sideGroup) aged() bool {
	for _, tails := range g.tails {
		for i := range tails {
			if tails[i].behind != "" {
				return true
			}
		}
	}
	return false
}

// atMost says c shows at least what d does: no more lines or cuts.
func (c sideCost) atMost(d sideCost) bool {
	return c.lines <= d.lines && c.cuts <= d.cuts && c.data <= d.data
}

// giveCells finds n cells for column i from the other columns, one cell
// at a time from a column whose lines, cuts and ages the cell does not
// change, or nil.
func giveCells(sc *sideCoster, widths []int, i, n int) map[int]int {
	give := map[int]int{}
	for n > 0 {
		took := false
		for j := range widths {
			if j == i {
				continue
			}
			w := widths[j] - give[j]
			if w-1 < minSideName {
				continue
			}
			now, less := sc.cost(j, w), sc.cost(j, w-1)
			if less.same(now) && less.tails == now.tails && less.lost == now.lost {
				give[j]++
				n--
				took = true
				if n == 0 {
					break
				}
			}
		}
		if !took {
			return nil
		}
	}
	return give
}
