package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sideView shows groups in columns: each member with its host, consume
// rate and assigned partitions (committed offset and lag per partition),
// idle members as idle, and the rebalance log of those groups beneath.
type sideView struct {
	groups []string
	offset int
}

// newSideView shows the marked groups, or the cursor's group beside the
// one marked, or the cursor's group alone.
func newSideView(marked map[string]bool, cursor string) *sideView {
	v := &sideView{}
	for g := range marked {
		v.groups = append(v.groups, g)
	}
	slices.SortFunc(v.groups, model.NaturalCompare)
	if len(v.groups) < 2 && !marked[cursor] {
		v.groups = append(v.groups, cursor)
	}
	return v
}

// topic is a topic the first shown group reads, for demo keys.
func (v *sideView) topic(c *Common) string {
	var t string
	c.Store.Read(func(st *model.State) { t = groupTopic(st, v.groups[0]) })
	return t
}

func (v *sideView) scroll(k *KeyMap, msg tea.KeyPressMsg) {
	switch {
	case key.Matches(msg, k.Up):
		v.offset = max(v.offset-1, 0)
	case key.Matches(msg, k.Down):
		v.offset++
	case key.Matches(msg, k.Top):
		v.offset = 0
	}
}

func (v *sideView) lines(c *Common, w, h int, reasons bool) []string {
	if h <= 0 || w <= 0 {
		return nil
	}
	logH := 0
	if h >= 10 {
		logH = min(max(h/3, 3), 10)
	}
	colH := h - logH
	n := len(v.groups)
	cw := max((w-(n-1))/n, 1)
	cols := make([][]string, n)
	var log []string
	c.Store.Read(func(st *model.State) {
		for i, id := range v.groups {
			cols[i] = groupColumn(c, st, id, cw, reasons)
		}
		log = rebalanceLog(c.Styles, st, v.groups, logH-1)
	})
	longest := 0
	for _, col := range cols {
		longest = max(longest, len(col))
	}
	v.offset = min(v.offset, max(longest-colH, 0))
	sep := c.Styles.Border.Render("│")
	out := make([]string, 0, h)
	for y := v.offset; y < v.offset+colH; y++ {
		cells := make([]string, n)
		for i, col := range cols {
			if y < len(col) {
				cells[i] = col[y]
			}
			cells[i] = model.Fit(cells[i], cw)
		}
		out = append(out, strings.Join(cells, sep))
	}
	if logH > 0 {
		out = append(out, c.Styles.Dim.Render("rebalance log"))
		out = append(out, log...)
	}
	return out
}

// groupColumn is one group's column, unclipped.
func groupColumn(c *Common, st *model.State, id string, w int, reasons bool) []string {
	sty := c.Styles
	var g *model.GroupStat
	for i := range st.Groups {
		if st.Groups[i].ID == id {
			g = &st.Groups[i]
		}
	}
	out := []string{sty.Header.Render(model.PrintableString(id))}
	if g == nil {
		return append(out, sty.Dim.Render("not on the cluster (any more)"))
	}
	var gl *model.GroupLag
	if st.Lag != nil {
		gl = st.Lag.Groups[id]
	}
	head := model.PrintableString(g.State) + " · " + model.PrintableString(pick(g.Assignor, g.Protocol))
	if !g.IsClassic() { // KIP-848 and share groups: the coordinator's epochs
		head = g.Type + " · " + head + " · epoch " + itoa(int(g.Epoch)) + " (assignment " + itoa(int(g.AssignmentEpoch)) + ")"
	}
	if gl != nil {
		if g.IsClassic() {
			head += " · gen " + itoa(gl.Gen)
		}
		out = append(out, head, "lag "+count(gl.Lag)+" "+sty.healthCell(gl.Health)+" "+sparkInts(groupHistory(gl, w/2), w/2))
		if reasons {
			out = append(out, sty.Dim.Render(model.PrintableString(gl.Reason())))
		}
	} else {
		out = append(out, head)
	}
	if len(g.Detail) == 0 {
		out = append(out, sty.Dim.Render("no active members"))
		if gl != nil {
			out = append(out, partLines(gl, committedTPs(gl), g.Type == "share")...)
		}
		return out
	}
	for _, m := range g.Detail {
		out = append(out, memberLine(sty, gl, m))
		out = append(out, partLines(gl, m.Assigned, g.Type == "share")...)
	}
	return out
}

// memberLine is a member's client id, host and consume rate, or idle.
func memberLine(sty *Styles, gl *model.GroupLag, m model.MemberStat) string {
	s := "▸ " + model.PrintableString(m.ClientID) + " " + sty.Dim.Render(model.PrintableString(m.Host))
	if m.MemberEpoch > 0 {
		s += sty.Dim.Render(" epoch " + itoa(int(m.MemberEpoch)))
	}
	if m.Target != nil && !slices.Equal(m.Target, m.Assigned) { // KIP-848: still reconciling
		s += " " + sty.Warn.Render("→ "+model.PrintableString(model.FormatTPs(m.Target)))
	}
	if len(m.Assigned) == 0 {
		return s + " " + sty.Warn.Render("idle")
	}
	var r float64
	if gl != nil {
		for _, tp := range m.Assigned {
			if p := gl.Parts[tp]; p != nil {
				r += p.Rate
			}
		}
	}
	return s + " " + rate(r)
}

// partLines are the partitions with committed offset and lag; a share
// group's offset is its start offset (every record before it is
// acknowledged or archived), said as "start".
func partLines(gl *model.GroupLag, tps []model.TP, share bool) []string {
	at := " @"
	if share {
		at = " start "
	}
	out := make([]string, 0, len(tps))
	for _, tp := range tps {
		s := "  " + model.PrintableString(tp.Topic) + "/" + itoa(tp.Partition)
		if gl != nil {
			if p := gl.Parts[tp]; p != nil {
				s += at + count(p.Committed) + " lag " + p.LagText()
				if p.Behind > 0 {
					s += " (" + behindText(p.Behind, p.BehindAtLeast) + ")"
				}
			}
		}
		out = append(out, s)
	}
	return out
}

func committedTPs(gl *model.GroupLag) []model.TP {
	var out []model.TP
	for _, t := range gl.SortedTopics() {
		for _, p := range gl.OnTopic(t.Topic) {
			out = append(out, p.TP)
		}
	}
	return out
}

// rebalanceLog is the newest n log entries of the given groups, and every
// operator action (a topic's too: actions are rare and worth seeing).
func rebalanceLog(sty *Styles, st *model.State, groups []string, n int) []string {
	if st.Lag == nil || n <= 0 {
		return nil
	}
	want := map[string]bool{}
	for _, g := range groups {
		want[g] = true
	}
	var out []string
	for i := st.Lag.Events.Len() - 1; i >= 0 && len(out) < n; i-- {
		e := st.Lag.Events.At(i)
		if want[e.Group] || e.Kind == "action" {
			out = append(out, sty.Dim.Render(e.At.Format("15:04:05"))+" "+model.PrintableString(e.Group)+" "+
				sty.Accent.Render(e.Kind)+" "+model.PrintableString(e.Detail))
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	if len(out) == 0 {
		out = append(out, sty.Dim.Render("no changes seen yet"))
	}
	return out
}

func pick(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
