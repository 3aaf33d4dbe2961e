package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sideLog is where the side view's rebalance log is scrolled to: at its
// newest the shown groups share its rows (each group's newest entries in
// turn, so one group rejoining every few seconds does not push the
// others' out: ut36b-21); pgup reads it in time order, further back a
// page at a time, pgdn comes back (ut36b-5: `newest 1 of 20` and no key
// to the other 19).
type sideLog struct {
	back   int  // entries skipped from the newest, in time order
	inTime bool // time order from back; else each group's newest share the rows
}

// logKey scrolls the log on pgup and pgdn, and says whether the key did.
// It reads the last frame: how many entries its page showed.
func (v *sideView) logKey(k *KeyMap, msg tea.KeyPressMsg) bool {
	f, l := &v.frame, &v.log
	switch {
	case key.Matches(msg, k.PageUp):
		switch {
		case !l.inTime && f.sharedApart: // the same newest entries, in time order
			l.inTime = true
		case f.first > 0: // the oldest shows: no further back
			l.inTime, l.back = true, min(l.back+f.shown, max(f.total-1, 0))
		}
		return true
	case key.Matches(msg, k.PageDown):
		if l.back == 0 {
			l.inTime = false
		}
		l.back = max(l.back-max(f.shown, 1), 0)
		return true
	}
	return false
}

// logEntries copies the shown groups' log entries (their changes, and
// operator actions on them), and the operator actions on a topic one of
// them reads (adding partitions rebalances its readers), into out
// (reused), oldest first, with the index of the group each is counted to
// (an action on a topic, to the first group that reads it); another
// group's entries, or an action on a topic none of them reads, are not
// theirs. It runs under the frame's lock.
func logEntries(st *model.State, groups []string, out []logEntry) []logEntry {
	if st.Lag == nil {
		return out
	}
	owners := topicOwners(st, groups)
	for i := range st.Lag.Events.Len() { // the log is bounded (log_events)
		e := st.Lag.Events.At(i)
		owner := slices.Index(groups, e.Group)
		if t, ok := owners[e.Group]; owner < 0 && ok && e.Kind == "action" {
			owner = t
		}
		if owner >= 0 {
			out = append(out, logEntry{Rebalance: e, owner: owner})
		}
	}
	return out
}

// logEntry is a log entry and the shown group it is counted to.
type logEntry struct {
	model.Rebalance
	owner int
}

// topicOwners maps each topic the groups read (assigned to a member, or
// with a committed offset) to the first of them that reads it. It runs
// under the frame's lock.
func topicOwners(st *model.State, groups []string) map[string]int {
	out := map[string]int{}
	for gi, id := range groups {
		for t := range groupsTopics(st, []string{id}) {
			if _, ok := out[t]; !ok {
				out[t] = gi
			}
		}
	}
	return out
}

// logSelect is what the log shows of all (oldest first) in rows lines of
// w cells, oldest first: in time order the newest whole entries from
// back; shared, each group's newest in turn (the group of the newest
// entry first), a group's turns ending at its first entry that does not
// fit. It shows at least one entry (cut where
// it does not fit alone: rebalanceLines). apart says shared picked other
// entries than time order would; first is where time order's start in
// all.
func logSelect(all []logEntry, w, rows int, l sideLog, out []model.Rebalance) (_ []model.Rebalance, apart bool, first int) {
	if len(all) == 0 {
		return out, false, 0
	}
	rows = max(rows, 1)
	back := min(l.back, len(all)-1)
	base := len(out)
	out, from := timeOrder(all, len(all)-back, w, rows, out)
	if l.inTime {
		return out, false, from
	}
	timed := slices.Clone(out[base:])
	out = out[:base]
	picked := make([]bool, len(all))
	groups := 0
	for _, e := range all {
		groups = max(groups, e.owner+1)
	}
	next := make([]int, groups) // each group's next entry, from the newest
	for g := range next {
		next[g] = len(all)
	}
	turns := make([]int, 0, groups) // the groups by their newest entry, newest first: one row shows the newest of all
	for i := len(all) - 1; i >= 0; i-- {
		if !slices.Contains(turns, all[i].owner) {
			turns = append(turns, all[i].owner)
		}
	}
	used, n := 0, 0
	for more := true; more; {
		more = false
		for _, g := range turns {
			i := next[g] - 1
			for i >= 0 && all[i].owner != g {
				i--
			}
			if i < 0 {
				next[g] = -1
				continue
			}
			k := len(rebalanceWrap(plainEntry(all[i].Rebalance), w))
			if used+k > rows {
				next[g] = -1 // its turn ends: a group's entries read back from its newest, none skipped
				continue
			}
			used, n, picked[i], next[g], more = used+k, n+1, true, i, true
		}
	}
	if n == 0 {
		return append(out, timed...), false, from
	}
	for i, e := range all {
		if picked[i] {
			out = append(out, e.Rebalance)
		}
	}
	return out, !slices.Equal(out[base:], timed), from
}

// timeOrder is the entries of all that fill rows lines of w cells,
// whole, oldest first, the newest of them all[end-1] (the newest alone
// where it does not fit); where the oldest leave rows, newer ones after
// end fill them, so the oldest page is as full as any. It returns them
// and where they start in all.
func timeOrder(all []logEntry, end, w, rows int, out []model.Rebalance) ([]model.Rebalance, int) {
	used, from, to := 0, end, end
	fits := func(i int) bool {
		k := len(rebalanceWrap(plainEntry(all[i].Rebalance), w))
		if used+k > rows && to > from {
			return false
		}
		used += k
		return true
	}
	for from > 0 && fits(from-1) {
		from--
	}
	for from == 0 && to < len(all) && fits(to) {
		to++
	}
	for _, e := range all[from:to] {
		out = append(out, e.Rebalance)
	}
	return out, from
}

// plainEntry is an entry's text as its lines wrap it, without styles.
func plainEntry(e model.Rebalance) string {
	return model.PrintableString(e.Group) + " " + e.Kind + " " + entryDetail(e)
}

// logTitle is the log's title in w cells: what part of the log shows,
// and the keys to the rest, where not all of it does; where it is too
// long the order's words go first, then the keys (help and the footer say
// them).
func (f *sideFrame) logTitle(l sideLog, w int) string {
	parts := []string{"rebalance log"}
	if f.shown >= f.total {
		return parts[0]
	}
	switch {
	case l.inTime && l.back > 0:
		parts = append(parts, count(f.first+1)+"-"+count(f.first+f.shown)+" of "+count(f.total), "oldest at top")
		if f.first > 0 {
			parts = append(parts, "pgup older")
		}
		parts = append(parts, "pgdn newer")
	case !l.inTime && f.sharedApart:
		parts = append(parts, "each group's newest, "+count(f.shown)+" of "+count(f.total), "oldest at top", "pgup older")
	default:
		parts = append(parts, "newest "+count(f.shown)+" of "+count(f.total), "oldest at top", "pgup older")
	}
	for _, drop := range []string{"oldest at top", "pgdn newer", "pgup older"} { // a long title's words go first, then its keys (help says them)
		if draw.Width(strings.Join(parts, " · ")) <= w {
			break
		}
		parts = slices.DeleteFunc(parts, func(p string) bool { return p == drop })
	}
	return strings.Join(parts, " · ")
}

// HelpAll is the pane's keys for help: the footer's, and side by side
// pgup/pgdn, which pages its rebalance log (the log's title says it where
// there is more to read; the footer keeps its cells for the keys used
// most).
func (p *GroupsPane) HelpAll() []key.Binding {
	bs := p.Help()
	if p.demo.asking() || p.acts.flow != nil || p.filter.typing {
		return bs
	}
	if p.side != nil {
		return append(bs, p.c.Keys.Groups.Log)
	}
	return bs
}
