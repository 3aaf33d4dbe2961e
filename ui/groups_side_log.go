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
		case !l.inTime && f.page.apart: // the same newest entries, in time order
			l.inTime = true
		case f.page.first > 0: // the oldest shows: no further back
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
// back; shared, each group's newest in turn, then their older ones
// (sharedPicks). It shows at least one entry (the newest, cut where it
// does not fit alone: rebalanceLines), and says how the page reads.
func logSelect(all []logEntry, w, rows int, l sideLog, out []model.Rebalance) ([]model.Rebalance, logPage) {
	if len(all) == 0 {
		return out, logPage{}
	}
	rows = max(rows, 1)
	back := min(l.back, len(all)-1)
	base := len(out)
	out, from := timeOrder(all, len(all)-back, w, rows, out)
	if l.inTime {
		return out, logPage{first: from}
	}
	picked, groups, newest := sharedPicks(all, w, rows)
	if newest == 0 { // the newest alone does not fit: time order's page, it cut
		return out, logPage{first: from}
	}
	timed := slices.Clone(out[base:])
	out = out[:base]
	for i, e := range all {
		if picked[i] {
			out = append(out, e.Rebalance)
		}
	}
	return out, logPage{apart: !slices.Equal(out[base:], timed), first: from, groups: groups, newest: newest}
}

// logPage says how a page of the log reads, beside its entries.
type logPage struct {
	apart  bool // shared, it shows other entries than time order would: pgup first shows time order's
	first  int  // where time order's page starts in all
	groups int  // shared, the groups with entries (0 in time order)
	newest int  // shared, the groups whose newest entry shows
}

// sharedPicks is the shared page of all in rows lines of w cells: rounds
// of one entry from each group, the groups in the order of their newest
// entries (newest first), each round a group's next older one. An entry
// that does not fit is passed over, and no round starts after one that
// passed one over, so no group shows an older entry while another's newer
// one does not show (ut42a-10: a group whose newest fitted took its older
// entries after another's newest had not, under `each group's newest`).
// It says which of all show, how many groups have entries and how many
// show their newest; none where the newest of all does not fit.
func sharedPicks(all []logEntry, w, rows int) (picked []bool, groups, newest int) {
	var turns [][]int // each group's entries in all, newest first; the groups in turn
	for i := len(all) - 1; i >= 0; i-- {
		t := slices.IndexFunc(turns, func(l []int) bool { return all[l[0]].owner == all[i].owner })
		if t < 0 {
			t, turns = len(turns), append(turns, nil)
		}
		turns[t] = append(turns[t], i)
	}
	picked = make([]bool, len(all))
	used := 0
	for r, took, passed := 0, true, false; took && !passed; r++ {
		took = false
		for t, l := range turns {
			if r >= len(l) {
				continue
			}
			k := len(rebalanceWrap(plainEntry(all[l[r]].Rebalance), w))
			if used+k > rows {
				if r == 0 && t == 0 {
					return picked, len(turns), 0
				}
				passed = true
				continue
			}
			used, picked[l[r]], took = used+k, true, true
			if r == 0 {
				newest++
			}
		}
	}
	return picked, len(turns), newest
}

// newestOfEach copies each group's newest entry in all into out, oldest
// first: the shared page's first round, which the log's least rows are
// counted for.
func newestOfEach(all []logEntry, out []model.Rebalance) []model.Rebalance {
	base := len(out)
	var seen []bool // by owner
	for i := len(all) - 1; i >= 0; i-- {
		o := all[i].owner
		for len(seen) <= o {
			seen = append(seen, false)
		}
		if !seen[o] {
			seen[o], out = true, append(out, all[i].Rebalance)
		}
	}
	slices.Reverse(out[base:])
	return out
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
	switch p := f.page; {
	case l.inTime && l.back > 0:
		parts = append(parts, count(p.first+1)+"-"+count(p.first+f.shown)+" of "+count(f.total), "oldest at top")
		if p.first > 0 {
			parts = append(parts, "pgup older")
		}
		parts = append(parts, "pgdn newer")
	case p.groups > 1 && p.newest == p.groups: // the shared page, however it compares with time order (ut42b-11: `newest 1 of 2` over 3 groups)
		parts = append(parts, "each group's newest, "+count(f.shown)+" of "+count(f.total), "oldest at top", "pgup older")
	case p.groups > 1: // some groups' newest do not fit: it says how many show theirs
		parts = append(parts, count(p.newest)+" of "+count(p.groups)+" groups' newest, "+count(f.shown)+" of "+count(f.total), "oldest at top", "pgup older")
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
