package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
)

// demoCursor is a pane whose demo keys act on what its cursor is on: the
// topic a new demo group would read ("" none) and the group the other
// demo keys steer ("" none), from the last frame.
type demoCursor interface {
	demoCursor() (topic, group string)
}

// offered is the footer's share of bindings: the keys that would only be
// refused here are not offered, as read-only mode's Produce footer has no
// ctrl+s (ut18b G15): a write the session's read-only mode refuses, an
// export a read-only SSH session may not write, demo keys with no demo
// group under the cursor or no demo groups in the session, a group action
// on a side-by-side column whose group is gone. What a key
// still does is said as it is: R in read-only mode opens the record in
// Produce, where it is not sent. The ? screen lists every key.
func (a *App) offered(p Pane, bindings []key.Binding) []key.Binding {
	k := a.c.Keys
	g := k.Groups
	demoGroup, demoTopic, gone := true, true, false
	if c, ok := p.(goneCursor); ok {
		gone = c.cursorGone()
	}
	if d, ok := p.(demoCursor); ok {
		topic, group := d.demoCursor()
		demoTopic = topic != ""
		demoGroup = group != "" && a.c.Demos != nil && a.c.Demos.IsDemo(group) && demoRuns(a.c.Demos, group)
	}
	out := make([]key.Binding, 0, len(bindings))
	for _, b := range bindings {
		switch {
		case a.sessionRefuses(b), a.unavailable(b),
			bindingIs(b, g.DemoNew) && !demoTopic,
			bindingIs(b, g.DemoAdd, g.DemoRemove, g.Slower, g.Faster, g.DemoStop) && !demoGroup,
			bindingIs(b, g.Reset, g.DeleteGroup, g.DeleteOffsets) && gone:
			continue
		case bindingIs(b, k.Resend) && a.c.allow(model.ActProduce) != nil:
			b.SetHelp(b.Help().Key, "edit in Produce (not sent)")
		}
		out = append(out, b)
	}
	return out
}

// goneCursor is a pane whose cursor can be on a group the cluster no
// longer lists, on which the group actions are refused at once
// (sideGoneKey), from the last frame.
type goneCursor interface {
	cursorGone() bool
}

// cursorGone says the side view's cursor column shows a group not on the
// cluster (any more).
func (p *GroupsPane) cursorGone() bool {
	if p.side == nil {
		return false
	}
	f := &p.side.frame
	i := min(max(p.side.cursor, 0), len(p.side.groups)-1)
	return i >= 0 && i < len(f.cols) && f.cols[i].id == p.side.groups[i] && !f.cols[i].found
}

// demoRunner is a Demos that tells a stopped demo group from a running
// one (source.Demos).
type demoRunner interface{ Running(group string) bool }

// demoRuns reports whether group, a demo group, runs: a stopped one's
// members, pace and stop keys are refused, so the footer does not offer
// them (ut40a-10: `[ slower` was offered beside a group x had stopped).
// A Demos that cannot tell offers them.
func demoRuns(d Demos, group string) bool {
	r, ok := d.(demoRunner)
	return !ok || r.Running(group)
}

// unavailable reports whether b's feature is not in this session at all
// (demo groups without a demo runner): neither offered nor said refused.
func (a *App) unavailable(b key.Binding) bool {
	g := a.c.Keys.Groups
	return a.c.Demos == nil && bindingIs(b, g.DemoNew, g.DemoAdd, g.DemoRemove, g.Slower, g.Faster, g.DemoStop)
}

// bindingIs reports whether b answers the keys of one of refs.
func bindingIs(b key.Binding, refs ...key.Binding) bool {
	return slices.ContainsFunc(refs, func(r key.Binding) bool { return slices.Equal(b.Keys(), r.Keys()) })
}

// sessionRefuses reports whether the session refuses what b does wherever
// the cursor is: a write its read-only mode refuses, an export a
// read-only SSH session may not write, demo keys where demo groups are
// refused. The footer does not offer such a key and help says it once
// as refused (ut34a-22: help listed o, D, O a read-only session refuses).
func (a *App) sessionRefuses(b key.Binding) bool {
	k := a.c.Keys
	refused := func(act model.Action) bool { return a.c.allow(act) != nil }
	g, t := k.Groups, k.TopicActions
	switch {
	case bindingIs(b, k.Export) && a.c.NoExport,
		bindingIs(b, g.DemoNew, g.DemoAdd, g.DemoRemove, g.Slower, g.Faster, g.DemoStop) && refused(model.ActDemoGroup),
		bindingIs(b, g.Reset) && refused(model.ActResetOffsets),
		// D is two writes: which one is the binding's words (footer_rows.go)
		bindingIs(b, g.DeleteGroup) && b.Help().Desc == g.DeleteGroup.Help().Desc && refused(model.ActDeleteGroup),
		bindingIs(b, t.Delete) && b.Help().Desc == t.Delete.Help().Desc && refused(model.ActDeleteTopic),
		bindingIs(b, g.DeleteGroup) && b.Help().Desc != g.DeleteGroup.Help().Desc && b.Help().Desc != t.Delete.Help().Desc &&
			refused(model.ActDeleteGroup) && refused(model.ActDeleteTopic),
		bindingIs(b, g.DeleteOffsets) && refused(model.ActDeleteOffsets),
		bindingIs(b, t.Create) && refused(model.ActCreateTopic),
		bindingIs(b, t.AddPartitions) && refused(model.ActAddPartitions),
		bindingIs(b, t.EditConfig) && refused(model.ActAlterConfig),
		bindingIs(b, k.Send) && b.Help().Desc == saveViewHelp && !a.c.maySaveView(),
		bindingIs(b, k.Send, k.Burst) && b.Help().Desc != saveViewHelp && refused(model.ActProduce):
		return true
	}
	return false
}

// demoCursor is the cursor row's topic and group.
func (p *PartitionsPane) demoCursor() (string, string) {
	f := &p.frame
	if i := p.scroll.cursor - p.scroll.offset; i >= 0 && i < len(f.rows) {
		return f.rows[i].r.topic, f.rows[i].r.group
	}
	return "", ""
}

// demoCursor is the side view's cursor column's group (the group the
// keys act on: ut42a-12, `[ slower` offered on a stopped group's column
// while the first column's ran), or the list cursor's group; n starts a
// group on a topic the group reads or the cluster's first.
func (p *GroupsPane) demoCursor() (string, string) {
	if p.side != nil && len(p.side.groups) > 0 {
		return "any", p.side.acted()
	}
	if f := &p.frame; p.scroll.cursor < len(f.ids) {
		return "any", f.ids[p.scroll.cursor]
	}
	return "any", ""
}
