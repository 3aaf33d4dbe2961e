package ui

// partShown holds which of Partitions' group context columns (behind,
// eta, lag history) have had something in them since the box took its
// width: once shown, such a column is not judged plain again (partPlain)
// while the box keeps that width, so a group that consumes its lag does
// not take behind and eta away, and move the names, until more lag brings
// them back (s21 kind 4: on a live cluster at 200x50 they left and came
// back with every drained lag). The other tables hold their columns the
// same way, over the session's rows (colMemo).
type partShown struct {
	w                 int // the box width the memory is for
	behind, eta, hist bool
}

// hold notes plain's columns with something in them at box width w and
// returns plain with the columns shown before at that width not plain.
func (s *partShown) hold(w int, plain partPlain) partPlain {
	if s.w != w {
		*s = partShown{w: w}
	}
	s.behind, s.eta, s.hist = s.behind || !plain.behind, s.eta || !plain.eta, s.hist || !plain.hist
	plain.behind, plain.eta, plain.hist = !s.behind, !s.eta, !s.hist
	return plain
}
