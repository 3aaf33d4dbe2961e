package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sideGoneKey refuses a group action (`o`, `D`, `O`) on a side-by-side
// column whose group is not on the cluster, at once and in words, before
// a form is opened: the form let the user fill it in, then ended in
// Kafka's `GROUP_ID_NOT_FOUND` (a user test, ut28a U9). ok says the key
// was one and is refused. It reads the store, as the side view's topic
// does, in Update.
func (p *GroupsPane) sideGoneKey(msg tea.KeyPressMsg, group string) (tea.Cmd, bool) {
	act, ok := groupActionOf(p.c.Keys.Groups, msg)
	if !ok {
		return nil, false
	}
	found := false
	p.c.Store.Read(func(st *model.State) {
		found = slices.ContainsFunc(st.Groups, func(g model.GroupStat) bool { return g.ID == group })
	})
	if found {
		return nil, false
	}
	return p.acts.open(p.c, paneGroups, groupTitle(act, group), nil,
		errText("group "+model.PrintableString(group)+" is not on the cluster (any more)")), true
}

// groupActionOf is the group action a key starts (`o`, `D`, `O`); ok is
// false for any other key.
func groupActionOf(k GroupKeys, msg tea.KeyPressMsg) (model.Action, bool) {
	switch {
	case key.Matches(msg, k.Reset):
		return model.ActResetOffsets, true
	case key.Matches(msg, k.DeleteGroup):
		return model.ActDeleteGroup, true
	case key.Matches(msg, k.DeleteOffsets):
		return model.ActDeleteOffsets, true
	}
	return 0, false
}
