package ui

import "github.com/washboard/washboard/model"

// open decides, as the view opens in a w x h box, whether it needs the
// screen: in a box too small for them (the 80x24 grid's: three rows, a
// dozen cells a group; ut16a D5: "Empty · gen ", "… 24 more (…"), or
// one whose columns do not fit its rows whole (the 200x50 grid's 11 rows
// for 4 groups of 12 partitions: ut18a F2), the groups take the screen
// while open. It reads the store in Update, as topic does.
func (v *sideView) open(c *Common, w, h int, reasons bool) {
	c.Store.Read(func(st *model.State) { v.snapshot(st, w, h, reasons) })
	v.zoom = h < sideLeastRows || w/len(v.groups) < sideLeastCols || !v.fits()
}

// refit judges again, in a new box of w x h, whether a view drawn in its
// box needs the screen: one opened in the 200x50 grid's box and the
// terminal then made 80x24 was drawn in the small box (s9-side's note). A
// view that has the screen keeps it. Nil: no view.
func (v *sideView) refit(c *Common, w, h int, reasons bool) {
	if v == nil || v.zoom || len(v.groups) == 0 {
		return
	}
	v.open(c, w, h, reasons)
}

// setZoomed is told by the App whether the pane has the screen.
func (p *GroupsPane) setZoomed(z bool) {
	p.zoomed, p.rs.zoomed = z, z
	p.demo.noteBox(z, p.w, p.h)
}

// setZoomed is told by the App whether the pane has the screen: the demo
// groups' outcomes are judged against the grid box (demoCtl.noteBox).
func (p *PartitionsPane) setZoomed(z bool) {
	p.rs.zoomed = z
	p.demo.noteBox(z, p.w, p.h)
}

// sideShown says the side-by-side view is drawn: open, and in a box it
// fits or with the screen. One that needs the screen, left with a pane
// key, leaves the grid box to the group list, its status saying how to
// get it back (ut18a F3: 8-cell columns reading `… 22 mor…`).
func (p *GroupsPane) sideShown() bool {
	return p.side != nil && (!p.side.zoom || p.zoomed)
}

// position is the list's position, none while the side-by-side view is
// drawn: the view is not the list, and its columns say themselves what
// is above and below (`… N more (↓)`); ut22a M6: its border read the
// hidden list's `10-18/18`.
func (p *GroupsPane) position() string {
	if p.sideShown() {
		return ""
	}
	return p.listPane.position()
}
