package ui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/ui/draw"
)

// footer is the focused pane's keys, then the global ones, cut with an
// ellipsis where the line ends; "? all keys • q quit" stays at the end,
// the last to go. While a field takes keys, only the pane's keys show
// (tab and q belong to the field), and the way out of it (esc) and
// "ctrl+c quit" stay at the end instead.
func (a *App) footer() string {
	k := a.c.Keys
	if a.keyNote != "" { // why the last key did nothing, wrapped into the footer's one line
		return a.c.Styles.Warn.Render(draw.Clip(a.keyNote, a.w))
	}
	if a.picker != nil { // the open picker's keys, not the pane's
		return shortHelp(&a.help, a.picker.help(k), a.w)
	}
	if a.showHelp { // help takes the keys: say its own, not the pane's it hides
		return shortHelp(&a.help, a.helpScreenKeys(), a.w)
	}
	bindings := a.offered(a.panes[a.focus], paneFooterHelp(a.panes[a.focus]))
	last := []key.Binding{k.Help, k.Quit}
	if a.panes[a.focus].Capturing() {
		// The way out of the field (esc) and ctrl+c stay at the end, the
		// last to go: typing q types a q.
		last = []key.Binding{{}, k.ForceQuit}
		last[1].SetHelp("ctrl+c", "quit")
		bindings = slices.DeleteFunc(slices.Clone(bindings), func(b key.Binding) bool {
			if slices.Contains(b.Keys(), "esc") && !last[0].Enabled() {
				last[0] = b
				return true
			}
			return false
		})
		if !last[0].Enabled() {
			last = last[1:]
		}
	}
	tail := shortHelp(&a.help, last, a.w)
	sep := a.help.Styles.ShortSeparator.Render(a.help.ShortSeparator)
	room := a.w - draw.Width(tail) - draw.Width(sep)
	if room < 12 {
		return draw.Clip(tail, a.w)
	}
	if a.panes[a.focus].Capturing() {
		if own := shortHelp(&a.help, bindings, room); own != "" {
			return own + sep + tail
		}
		return tail // nothing but the way out (an outcome: any key closes)
	}
	return shortHelp(&a.help, append(ownFirst(k, bindings), k.Next, k.Zoom, k.Produce), room) + sep + tail
}

// helpScreenKeys are the keys the help screen answers (its scrolling
// only where it is taller than its box); the pane numbers
// are those help lists (paneBindings): `4-8` on a cluster without the
// views' topics, where panes 1-3 are not in the grid (ut34a: `1-8`).
func (a *App) helpScreenKeys() []key.Binding {
	panes := a.paneBindings(paneListName)
	numbers := paneRanges(panes)
	out := []key.Binding{key.NewBinding(key.WithKeys(panes[0].Keys()...), key.WithHelp(numbers, "a pane's keys"))}
	if a.helpScrolls() { // a help that fits whole has nothing to scroll, and lists the pane's cursor keys (ut39-4)
		out = append([]key.Binding{key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓ pgup/pgdn", "scroll"))}, out...)
	}
	return out // closing is said in the border, quitting in the body: each once (ut37-8)
}

// paneRanges says the pane numbers as runs, `1 4-8` where help lists
// pane 1 and 4 to 8 (ut40b-23: `1-8` named panes 2 and 3, not listed).
func paneRanges(panes []key.Binding) string {
	var runs []string
	for i := 0; i < len(panes); {
		j := i
		for j+1 < len(panes) && paneNumber(panes[j+1]) == paneNumber(panes[j])+1 {
			j++
		}
		run := panes[i].Help().Key
		if j > i {
			run += "-" + panes[j].Help().Key
		}
		runs = append(runs, run)
		i = j + 1
	}
	return strings.Join(runs, " ")
}

// paneNumber is a pane binding's number as help says it (its first key).
func paneNumber(b key.Binding) int {
	n, _ := strconv.Atoi(b.Help().Key)
	return n
}

// ownFirst puts the pane's own actions before the cursor keys (which every
// list has and ? lists), keeping each group's order.
func ownFirst(k *KeyMap, bindings []key.Binding) []key.Binding {
	nav := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
	isNav := func(b key.Binding) bool {
		return slices.ContainsFunc(nav, func(n key.Binding) bool { return slices.Equal(b.Keys(), n.Keys()) })
	}
	own := slices.DeleteFunc(slices.Clone(bindings), isNav)
	return append(own, slices.DeleteFunc(slices.Clone(bindings), func(b key.Binding) bool { return !isNav(b) })...)
}

// shortHelp is help.Model's one-line help within w cells: whole items
// only, in order; an item too long for the room left is skipped and the
// shorter ones after it still shown (a long hint, such as the export's
// file name, never hides the rest). Nothing marks the ones left out: a
// " …" after a hint read as that hint cut (ut38a-7: `↓/j down …` with
// cells to spare), and the footer's `? all keys` says where they all are.
// (help.ShortHelpView overruns its width when the ellipsis does not fit,
// and stops at the first item that does not; the footer must never wrap.)
func shortHelp(h *help.Model, bindings []key.Binding, w int) string {
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	sepW := draw.Width(sep)
	var out strings.Builder
	used, n := 0, 0
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		// Measured before styling: only what fits is rendered.
		itemW := draw.Width(b.Help().Key) + 1 + draw.Width(b.Help().Desc)
		need := itemW
		if n > 0 {
			need += sepW
		}
		if used+need > w {
			continue
		}
		if n > 0 {
			out.WriteString(sep)
			used += sepW
		}
		out.WriteString(h.Styles.ShortKey.Render(b.Help().Key) + " " + h.Styles.ShortDesc.Render(b.Help().Desc))
		used += itemW
		n++
	}
	return draw.Clip(out.String(), w)
}
