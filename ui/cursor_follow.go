package ui

// A list that a poll re-orders, or where rows appear and go above the
// cursor (a topic created from another console, a group that joined),
// keeps its cursor on its row, as k9s and lazygit keep their selection:
// a cursor that kept its row number moved onto the neighbour, and `w`,
// `v`, `enter` or an action then worked on a row the operator never
// chose (ut24a P22). The row is followed by a key only while the cursor
// stands where the last frame left it; a key that moved it wins.

// rowFollow is the cursor's row key and index at the last frame.
type rowFollow struct {
	key    string
	cursor int
	ok     bool
}

// place puts s's cursor back on the row the last frame had under it, if
// that row is still among the n rows (keyAt gives each row's key) and the
// cursor has not been moved since.
func (f *rowFollow) place(s *scroller, n int, keyAt func(int) string) {
	if !f.ok || s.cursor != f.cursor || s.cursor < n && keyAt(s.cursor) == f.key {
		return
	}
	for i := range n {
		if keyAt(i) == f.key {
			s.cursor = i
			return
		}
	}
}

// note records the row under s's cursor, once the frame settled it.
func (f *rowFollow) note(s *scroller, n int, keyAt func(int) string) {
	f.ok = s.cursor < n
	if f.ok {
		f.key, f.cursor = keyAt(s.cursor), s.cursor
	}
}
