package ui

import (
	"strconv"

	"github.com/washboard/washboard/model"
)

// GroupsPane lists the cluster's consumer groups.
type GroupsPane struct{ listPane }

// NewGroupsPane makes the Groups pane.
func NewGroupsPane(c *Common) *GroupsPane {
	return &GroupsPane{listPane{c: c, title: "Groups", header: 1}}
}

func (p *GroupsPane) Status() string {
	var n int
	p.c.Store.Read(func(st *model.State) { n = len(st.Groups) })
	return count(n) + " groups"
}

func (p *GroupsPane) Lines(focused bool) []string {
	var groups []model.GroupStat
	page := p.page()
	p.c.Store.Read(func(st *model.State) {
		p.rows = len(st.Groups)
		p.scroll.clamp(p.rows, page)
		groups = append(groups, st.Groups[p.scroll.offset:min(p.scroll.offset+page, p.rows)]...)
	})
	widths := flex(p.w, []int{0, 12, 10, 7}, 0, 8)
	lines := []string{p.c.Styles.Dim.Render(columns([]string{"group", "state", "protocol", "members"}, widths))}
	if len(groups) == 0 {
		return append(lines, p.c.Styles.Dim.Render("no consumer groups on the cluster"))
	}
	for i, g := range groups {
		line := columns([]string{model.PrintableString(g.ID), model.PrintableString(g.State),
			model.PrintableString(g.Protocol), strconv.Itoa(g.Members)}, widths)
		lines = append(lines, p.selected(line, p.scroll.offset+i, focused))
	}
	return lines
}
