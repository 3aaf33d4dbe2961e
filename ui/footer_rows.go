package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
)

// The footer offers only keys that work where the cursor is (README
// "Keys"); the ? screen lists every key. ut21a K7-5: Partitions offered
// `D delete group` on a topic row, where D deletes the topic, and `o`/`O`
// there did nothing; X-5: Topics offered w and u over a list with no
// topic in it.

// rowActionHelp is the action keys that work on the Partitions cursor's
// row: on a group's row its reset, delete and delete-offsets, and the
// topic's add-partitions and edit-config; on a topic's or partition's
// row the topic's actions, D deleting the topic; with no row, create.
func (p *PartitionsPane) rowActionHelp(k *KeyMap) []key.Binding {
	t := k.TopicActions
	f := &p.frame
	i := p.scroll.cursor - p.scroll.offset
	if i < 0 || i >= len(f.rows) {
		return []key.Binding{t.Create}
	}
	switch f.rows[i].r.kind {
	case topicGroupRow, partGroupRow:
		return append(groupActionHelp(k), t.Create, t.AddPartitions, t.EditConfig)
	}
	return topicActionHelp(k)
}

// offerHere drops from the Topics bindings those that act on the
// cursor's topic when there is none (enter, w, u, v, A, E, D; C creates
// one anywhere), and u where the topic is not read (no ●).
func (p *TopicsPane) offerHere(bindings []key.Binding) []key.Binding {
	k := p.c.Keys
	t := p.Selected()
	onTopic := []key.Binding{k.Enter, k.Topics.Watch, k.Topics.Unwatch, k.Topics.Chart,
		k.TopicActions.AddPartitions, k.TopicActions.EditConfig, k.TopicActions.Delete}
	out := bindings[:0:0]
	for _, b := range bindings {
		switch {
		case t == "" && slices.ContainsFunc(onTopic, func(r key.Binding) bool { return sameKeys(b, r) }):
			continue
		case sameKeys(b, k.Topics.Unwatch) && !p.isMarked(t):
			continue
		}
		out = append(out, b)
	}
	return out
}

// sameKeys reports whether two bindings answer the same keys.
func sameKeys(a, b key.Binding) bool { return slices.Equal(a.Keys(), b.Keys()) }

// isMarked reports whether the topic is read for this session (● in the
// list): by its own choice or for every session.
func (p *TopicsPane) isMarked(t string) bool {
	for _, m := range p.reading {
		if m == t {
			return true
		}
	}
	_, ok := p.snap.why[t]
	return ok
}

// noTopicWhy is what w, u and v say with no topic under the cursor, in
// few words (the header and the list say the connection's error): not
// connected, the cluster has not answered yet, no topic matches the
// filter, or there is none.
func (p *TopicsPane) noTopicWhy(what string) string {
	why := "no topics on the cluster"
	switch {
	case p.snap.conn.State != model.LinkConnected && p.snap.conn.Err != "":
		why = "not connected"
	case p.snap.conn.State != model.LinkConnected || p.snap.conn.PolledAt.IsZero():
		why = "the cluster has not answered yet"
	case p.filter.note() != "" && len(p.snap.rows) > 0:
		why = "no topic matches the filter"
	}
	return what + ": no topic here (" + why + ")"
}
