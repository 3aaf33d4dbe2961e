package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// reasonScreen is whether `r`'s reasons need the screen. A grid box too
// short for the column headings, the cursor's row (under its topic's
// heading, in Partitions) and that row's reason whole gives the pane the
// screen while `r` is on, as the side-by-side view takes it
// (groups_side_zoom.go): the 80x24 grid's three lines showed Partitions
// with no reason at all, and Groups' reason in place of its headings
// (ut43b-13, ut43b-18). `r` again gives the box back; a pane key leaves
// the box to the list without reasons, and the pane's key gives the
// reasons the screen again.
type reasonScreen struct {
	want   bool // the grid box was judged too short: the screen while `r` is on
	zoomed bool // the pane has the screen (App.resize)
}

// judge notes, after a key, whether the reasons need the screen: need is
// the lines of the cursor's row with its reason whole (and its topic's
// heading), page the lines the box has for rows. It judges the grid box
// only (a pane with the screen keeps it), and forgets once `r` is off.
func (s *reasonScreen) judge(on bool, need, page int) {
	switch {
	case !on:
		s.want = false
	case !s.zoomed && need > page:
		s.want = true
	}
}

// shows says the reasons are drawn: `r` on, in a box that holds them or
// with the screen.
func (s *reasonScreen) shows(on bool) bool { return on && (!s.want || s.zoomed) }

// wants says the pane wants the screen for its reasons (flowOpen).
func (s *reasonScreen) wants(on bool) bool { return on && s.want }

// Update handles the key, then judges whether `r`'s reasons need the
// screen (reasonScreen) with the cursor where the key left it.
func (p *PartitionsPane) Update(msg tea.Msg) tea.Cmd {
	cmd := p.update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok && p.reasons && p.acts.flow == nil {
		p.c.Store.Read(func(st *model.State) { p.rs.judge(p.reasons, p.reasonNeed(st), p.page()) })
	}
	p.rs.judge(p.reasons, 0, 1) // off: forgotten
	return cmd
}

// reasonNeed is the lines the cursor's row takes with its reason whole
// and, where it is not a topic's own row, its topic's heading above it.
func (p *PartitionsPane) reasonNeed(st *model.State) int {
	rows, idx := p.table(st)
	if p.scroll.cursor >= len(rows) {
		return 0
	}
	r := rows[p.scroll.cursor]
	if r.kind != topicGroupRow && r.kind != partGroupRow {
		return 1 // a topic's or a partition's row has no reason
	}
	d := snapRow(st, idx, r, 0)
	whole, _ := reasonRoom(d.reason, d.at, p.w, partReasonIndent(r.kind))
	return 1 + whole // its topic's heading
}

// showsReasons says each group row's reason is written under it.
func (p *PartitionsPane) showsReasons() bool { return p.rs.shows(p.reasons) }

// reasonNeed is the lines the cursor's group takes with its reason whole.
func (p *GroupsPane) reasonNeed(st *model.State) int {
	shown := p.shown(st)
	if p.scroll.cursor >= len(shown) {
		return 0
	}
	r := snapGroup(st, &st.Groups[shown[p.scroll.cursor]], 0)
	whole, _ := reasonRoom(r.reason, r.at, p.w, groupReasonIndent)
	return whole
}

// judgeReasons judges, after a key, whether the list's reasons need the
// screen (reasonScreen); the side-by-side view judges its own.
func (p *GroupsPane) judgeReasons() {
	if p.reasons && p.side == nil && p.acts.flow == nil {
		page := p.h - 1 - p.demo.height(p.w) - boolInt(p.filter.typing) // under the headings, kept (not Snapshot's headless page)
		p.c.Store.Read(func(st *model.State) { p.rs.judge(p.reasons, p.reasonNeed(st), page) })
	}
	p.rs.judge(p.reasons, 0, 1) // off: forgotten
}

// showsReasons says each group's reason is written under its row.
func (p *GroupsPane) showsReasons() bool { return p.rs.shows(p.reasons) }
