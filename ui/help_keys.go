package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/ui/draw"
)

// helpList is what `?` lists, in order: the focused pane's own keys, the
// global keys, scrolling (with help's own close), the panes this console
// has; each key once, in one wording for every pane (s20-help,
// ut35-2/3/11/21); and the pane's keys the session refuses, which help
// leaves out of the list and says once (ut34a-22).
type helpList struct {
	own, global, scrolling, panes, refused []key.Binding
}

// groups is the listed groups, without empty ones.
func (h helpList) groups() [][]key.Binding {
	return draw.UniqueBindings([][]key.Binding{h.own, h.global, h.scrolling, h.panes})
}

// helpKeys collects the keys `?` says for the focused pane, as the help
// open lays them out (helpLines).
func (a *App) helpKeys() helpList { return a.helpKeysFor(a.helpCursor) }

// helpKeysFor collects the keys `?` says for the focused pane, with the
// pane's cursor keys among them where cursor is set (help fits whole, so
// the footer does not say them as its scrolling).
func (a *App) helpKeysFor(cursor bool) helpList {
	var refused []key.Binding
	k := a.c.Keys
	scroll := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
	var own []key.Binding
	g := k.Groups
	pairs := []key.Binding{
		pairBinding(g.DemoAdd, g.DemoRemove, "+/-", "add/remove member"),
		pairBinding(g.Slower, g.Faster, "[/]", "slower/faster"),
	}
	for _, b := range pairedUp(withoutHelpOf(a.paneKeys(), scroll), pairs) { // esc stays the pane's where it lists it
		if a.unavailable(b) {
			continue
		}
		if a.sessionRefuses(b) {
			refused = append(refused, b)
			continue
		}
		own = append(own, b)
	}
	suspend := k.Suspend
	suspend.SetEnabled(a.c.Suspend) // an SSH session does not suspend
	suspend.SetHelp(suspend.Help().Key, "suspend")
	// In an order whose running text packs into few lines at 80 columns.
	global := []key.Binding{
		pairBinding(k.Next, k.Prev, "tab/shift+tab", "next/previous pane"), a.clusterBinding(),
		k.Zoom, k.Produce, pairBinding(k.Quit, k.ForceQuit, "q/ctrl+c", "quit (ctrl+c even while typing)"), suspend,
	}
	// Help's own keys are the scrolling ones: not "? all keys" inside the
	// help it opens, nor esc as "back" (ut34b-2). The footer says ↑/↓
	// pgup/pgdn and the border how to close it: the body says the rest,
	// each once (ut37-8: close said in the border, the body and the
	// footer).
	wheel := key.NewBinding(key.WithKeys("wheel"), key.WithHelp("wheel", "scroll"))
	scrolling := []key.Binding{
		pairBinding(k.Top, k.Bottom, topBottomHelp, "top, bottom"),
		wheel,
	}
	// Each key once a page (ut37-15): closing help is the border's `esc or
	// ? to close` alone, and the focused pane's own key (p in Produce)
	// gives nothing new there.
	if a.focus == paneProduce {
		global = slices.DeleteFunc(global, func(b key.Binding) bool { return b.Help().Key == k.Produce.Help().Key })
	}
	notes := a.paneKeyNotes()
	if b, ok := a.cursorEntry(notes, cursor); ok {
		scrolling = append([]key.Binding{b}, scrolling...)
	}
	own, global = sayOnce(own, global, notes)
	own, scrolling = sayOnce(own, scrolling, notes)
	own = withoutKeysOf(own, append(global, scrolling...))
	return helpList{own: own, global: global, scrolling: scrolling, panes: a.paneBindings(paneListName), refused: refused}
}

// cursorEntry is the pane's cursor keys as one entry of help's scrolling
// group: all of them (↑/k ↓/j pgup/pgdn as the pane has them, with its
// note on them) where help fits whole and its footer does not say them
// (ut39-4); else ↑/k ↓/j only where the pane's note adds to them (the
// Log's ↑ at the oldest pages back), the footer saying the rest.
func (a *App) cursorEntry(notes map[string]string, whole bool) (key.Binding, bool) {
	k := a.c.Keys
	if !whole {
		_, ok := notes[upDownHelp]
		return pairBinding(k.Up, k.Down, upDownHelp, "up, down"), ok
	}
	// By its keys: a pane that words ↑ its own way (the Log paged back,
	// `up (older at the top)`) still has it, said here with the pane's
	// note (ut40a-20).
	has := func(b key.Binding) bool {
		return slices.ContainsFunc(a.paneKeys(), func(o key.Binding) bool { return slices.Equal(o.Keys(), b.Keys()) })
	}
	var keys, labels, descs []string
	if has(k.Up) && has(k.Down) {
		keys = append(append(keys, k.Up.Keys()...), k.Down.Keys()...)
		labels, descs = append(labels, upDownHelp), append(descs, "up, down")
	}
	if has(k.PageUp) || has(k.PageDown) { // a list's footer offers pgdn alone; it pages both ways
		keys = append(append(keys, k.PageUp.Keys()...), k.PageDown.Keys()...)
		labels, descs = append(labels, k.PageUp.Help().Key+"/"+k.PageDown.Help().Key), append(descs, "a page")
	}
	if len(keys) == 0 {
		return key.Binding{}, false
	}
	desc := strings.Join(descs, ", ")
	if more, ok := notes[upDownHelp]; ok && labels[0] == upDownHelp && len(labels) > 1 {
		desc += ": " + more // said here: sayOnce matches the entry's key, now longer
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(strings.Join(labels, " "), desc)), true
}

// upDownHelp and topBottomHelp are help's scrolling entries' keys, as a
// pane's HelpKeyNotes names them to say more of them.
const (
	upDownHelp    = "↑/k ↓/j"
	topBottomHelp = "home/g end/G"
)

// withoutKeysOf is bs without the bindings whose keys others list, all
// of them in one entry: a pane's `↑/k up (older at the top)` is said by
// scrolling's `↑/k ↓/j`, so a key is not listed twice in two wordings
// (ut40a-20).
func withoutKeysOf(bs, others []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		within := func(o key.Binding) bool {
			return len(b.Keys()) > 0 && !slices.ContainsFunc(b.Keys(), func(k string) bool { return !slices.Contains(o.Keys(), k) })
		}
		if !slices.ContainsFunc(others, within) {
			out = append(out, b)
		}
	}
	return out
}

// pairedUp is bs with each pair of pairs whose keys bs lists one after
// the other said as that one entry (+ and - as `+/- add/remove member`).
func pairedUp(bs, pairs []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for i := 0; i < len(bs); i++ {
		if i+1 < len(bs) {
			both := append(append([]string(nil), bs[i].Keys()...), bs[i+1].Keys()...)
			if j := slices.IndexFunc(pairs, func(p key.Binding) bool { return slices.Equal(p.Keys(), both) }); j >= 0 {
				out = append(out, pairs[j])
				i++
				continue
			}
		}
		out = append(out, bs[i])
	}
	return out
}

// pairBinding is two bindings said as one help entry.
func pairBinding(a, b key.Binding, keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...), key.WithHelp(keys, desc))
}

// sayOnce folds a pane's binding that a global entry says under the same
// key into that entry ("tab/shift+tab next/previous pane; next/previous
// field while editing"), and a pane's note on a global key into its words
// (Partitions' p takes the cursor's partition), so no key is listed twice
// with two meanings.
func sayOnce(own, global []key.Binding, notes map[string]string) ([]key.Binding, []key.Binding) {
	out := make([]key.Binding, 0, len(own))
	global = append([]key.Binding(nil), global...)
	for i := range global {
		if more, ok := notes[global[i].Help().Key]; ok {
			global[i].SetHelp(global[i].Help().Key, global[i].Help().Desc+": "+more)
		}
	}
	for _, b := range own {
		i := indexOfHelpKey(global, b.Help().Key)
		if i < 0 {
			out = append(out, b)
			continue
		}
		if b.Help().Desc != global[i].Help().Desc {
			global[i].SetHelp(global[i].Help().Key, global[i].Help().Desc+"; "+b.Help().Desc)
		}
	}
	return out, global
}

// indexOfHelpKey is the index of the binding bs says under key, or -1.
func indexOfHelpKey(bs []key.Binding, key string) int {
	for i, b := range bs {
		if b.Help().Key == key {
			return i
		}
	}
	return -1
}

// paneBindings is the pane numbers of the panes this console shows: not
// panes 1-3 on a cluster without their views' topics, where the grid
// shows Topics, Partitions, Groups, Log and Produce only (ut35-2), but
// those of them a view was opened in with `v`, which `1`-`3` show. A
// view's name is cut in the middle to limit cells (paneListName where the
// list runs as text at 80 columns; the room beside the columns, wider).
func (a *App) paneBindings(limit int) []key.Binding {
	var out []key.Binding
	for i, b := range a.c.Keys.Focus {
		if a.foreign && i <= paneStatus2 && paneTopic(a.panes[i]) == a.bound[i] {
			continue // a demo view the cluster has not; one opened with v is there (ut36b-26)
		}
		name := paneName(a.panes[i])
		if i <= paneStatus2 {
			// by kind where the demo's view has no topic here (views.go);
			// a view's long topic cut in the middle, so a 52-character one
			// does not take a line of help past 80x24 (ut38b-20)
			name = strings.TrimRight(draw.FitMiddle(a.paneTitle(i), max(limit, paneListName)), " ")
		}
		b.SetHelp(b.Help().Key, name) // the configured titles, not the defaults
		out = append(out, b)
	}
	return out
}

// paneListName is the most cells a view's name takes in help's pane list:
// a real cluster's topic names run to 50 and more (ut38b-20).
const paneListName = 18

// paneKeyNotes is what the focused pane's notes add to its keys' words.
func (a *App) paneKeyNotes() map[string]string {
	if n, ok := a.panes[a.focus].(helpKeyNoter); ok {
		return n.HelpKeyNotes()
	}
	return nil
}

// helpKeyLines lays the keys out in w cells: side by side from 100
// columns (helpColumns); narrower, the pane's keys in a grid and the
// global keys, scrolling and panes as running text, in that order, which
// takes half the
// rows a grid of their unlike widths does (s20-help: help scrolled at
// 80x24 in Topics, Groups, Partitions and the Log).
func (a *App) helpKeyLines(h helpList, w int) []string {
	if a.w >= 100 {
		return a.helpWide(h, w)
	}
	var lines []string
	if len(h.own) > 0 {
		lines = draw.HelpGrid([][]key.Binding{h.own}, a.c.Styles.Key, w)
	}
	flow := append(append(append([]key.Binding(nil), h.global...), h.scrolling...), h.panes...)
	return append(lines, draw.HelpFlow(flow, a.c.Styles.Key, w)...)
}
