package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/ui/draw"
)

// The `?` screen: every key of the focused pane, the global keys,
// scrolling and the panes, each once, then the pane's notes (the Log's
// filter syntax, the health words). It scrolls in a bubbles viewport with
// the KeyMap's scrolling keys, so on a small screen nothing is out of reach.

// openHelp shows the help from its top.
func (a *App) openHelp() {
	a.showHelp = true
	a.layoutHelp()
	a.helpVP.GotoTop()
}

// layoutHelp sizes the viewport to the box and fills it; it runs when the
// help opens, on resize and after a key that may change what it lists,
// never while drawing.
func (a *App) layoutHelp() {
	if !a.showHelp {
		return
	}
	k := a.c.Keys
	vp := &a.helpVP
	vp.KeyMap.Up, vp.KeyMap.Down = k.Up, k.Down
	vp.KeyMap.PageUp, vp.KeyMap.PageDown = k.PageUp, k.PageDown
	vp.KeyMap.HalfPageUp, vp.KeyMap.HalfPageDown = key.Binding{}, key.Binding{}
	vp.KeyMap.Left, vp.KeyMap.Right = key.Binding{}, key.Binding{}
	vp.SoftWrap = true // a word wider than the box wraps instead of being cut
	vp.SetWidth(max(a.w-2, 0))
	vp.SetHeight(max(a.bodyHeight()-2, 0))
	var lines []string
	for _, l := range a.helpLines() { // at word boundaries, not where the viewport cuts
		lines = append(lines, draw.WrapHanging(l, vp.Width())...)
	}
	vp.SetContentLines(lines)
}

// helpModalKey is a key while the help is open: help is modal, so a key
// never reaches a pane hidden under it (typing into a form no one sees).
// It scrolls or closes the help, q quits, and a pane's number, tab,
// shift+tab or p show that pane's keys (focusing it, never starting an
// edit); every other key is ignored.
func (a *App) helpModalKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, used := a.helpKey(msg); used {
		return cmd
	}
	k := a.c.Keys
	to := -1
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Next):
		to = (a.focus + 1) % paneCount
	case key.Matches(msg, k.Prev):
		to = (a.focus + paneCount - 1) % paneCount
	case key.Matches(msg, k.Produce):
		to = paneProduce
	default:
		for i, b := range k.Focus {
			if key.Matches(msg, b) {
				to = i
			}
		}
	}
	if to = a.listedPane(to, msg); to < 0 {
		return nil
	}
	cmd := a.setFocus(to)
	a.layoutHelp() // the help now lists that pane's keys
	a.helpVP.GotoTop()
	return cmd
}

// listedPane is to where help's pane list names it, else for tab and
// shift+tab the next listed pane that way, else -1: a number help does not
// list showed the keys of a pane not on the screen (ut40b-23: pane 2's
// help on a cluster without its view described the demo's Riders fields).
func (a *App) listedPane(to int, msg tea.KeyPressMsg) int {
	if to < 0 {
		return -1
	}
	listed := func(i int) bool {
		return slices.ContainsFunc(a.paneBindings(paneListName), func(b key.Binding) bool { return slices.Equal(b.Keys(), a.c.Keys.Focus[i].Keys()) })
	}
	step := 0
	switch {
	case key.Matches(msg, a.c.Keys.Next):
		step = 1
	case key.Matches(msg, a.c.Keys.Prev):
		step = paneCount - 1
	}
	for range paneCount {
		if listed(to) {
			return to
		}
		if step == 0 {
			return -1
		}
		to = (to + step) % paneCount
	}
	return -1
}

// helpKey scrolls or closes the help; it reports whether the key was one
// of those (others, like q or a pane number, keep their meaning).
func (a *App) helpKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.c.Keys
	switch {
	case key.Matches(msg, k.Help), key.Matches(msg, k.Back):
		a.showHelp = false
		return nil, true
	case key.Matches(msg, k.Top):
		a.helpVP.GotoTop()
		return nil, true
	case key.Matches(msg, k.Bottom):
		a.helpVP.GotoBottom()
		return nil, true
	case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown):
		var cmd tea.Cmd
		a.helpVP, cmd = a.helpVP.Update(msg)
		return cmd, true
	}
	return nil, false
}

// paneName is a pane's name without the state its title adds (the Log's
// format and "+aborted", the topic Topics has open): help's pane list names
// each pane one way (ut15a A11: "6 Log · +aborted").
func paneName(p Pane) string {
	if n, ok := p.(interface{ Name() string }); ok {
		return n.Name()
	}
	return p.Title()
}

// helpLines is the help's content, with the pane's cursor keys in the
// body where it then fits whole (their keys do nothing to help then, so
// the footer offers no scrolling: ut39-4), else without them, the footer
// saying ↑/↓ pgup/pgdn scroll: each key once a page either way. It notes
// in a.helpCursor which of the two it gave, for helpKeys.
func (a *App) helpLines() []string {
	room := a.helpVP.Height()
	whole := a.helpContent(true)
	a.helpCursor = true
	if room <= 0 || len(whole) <= room {
		return whole
	}
	if scrolled := a.helpContent(false); len(scrolled) > room {
		a.helpCursor = false
		return scrolled
	}
	return whole // only the cursor keys' line is past the box: it scrolls a line rather than leave them unsaid
}

// helpContent is the keys each once, then the pane's notes, in their
// full form where the box holds keys and notes whole, else in their short
// one (a README section's name for the health words at 80x24), so help
// fits the screen and scrolls only on a smaller one. Every line keeps a
// cell free before the border (helpTextWidth).
func (a *App) helpContent(cursor bool) []string {
	w := a.helpTextWidth()
	h := a.helpKeysFor(cursor)
	lines := a.helpKeyLines(h, w)
	full := a.helpNoteLines(h.refused, false, w)
	room := a.helpVP.Height()
	if room <= 0 || len(lines)+len(full) <= room {
		return append(lines, full...)
	}
	short := a.helpNoteLines(h.refused, true, w)
	if len(lines)+len(short) > room && len(short) > 0 {
		short = short[1:] // the blank line before the notes goes before a row of them
	}
	return append(lines, short...)
}

// helpTextWidth is the cells help's text is laid out in: the box's inside
// less one, so no line runs into the right border while the others keep a
// margin (ut39-4: `… ctrl+z suspend│`).
func (a *App) helpTextWidth() int { return max(a.w-3, 0) }

// helpScrolls reports whether the help is taller than its box.
func (a *App) helpScrolls() bool {
	return a.helpVP.Height() > 0 && a.helpVP.TotalLineCount() > a.helpVP.Height()
}

// paneKeys is the focused pane's keys for help: all of them where the
// pane lists more than its footer offers on the row under the cursor
// (Topics' u on a topic not read: ut34b-2), each with what its notes say
// of it on its own line, so no note says a key again (ut34a-3: "s cycles
// the sort" under "s sort").
func (a *App) paneKeys() []key.Binding {
	p := a.panes[a.focus]
	bs := p.Help()
	if all, ok := p.(helpAller); ok {
		bs = all.HelpAll()
	}
	n, ok := p.(helpKeyNoter)
	if !ok {
		return bs
	}
	notes := n.HelpKeyNotes()
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		if more, ok := notes[b.Help().Key]; ok {
			b.SetHelp(b.Help().Key, b.Help().Desc+": "+more)
		}
		out[i] = b
	}
	return out
}

// helpColumns lays groups out side by side, as many as fit in w cells,
// and the rest in blocks below, so no group is cut: bubbles' full help
// ends a line that is too wide with "…", which at 100-120 columns left
// the pane numbers, or the global keys and scrolling, out of help
// (ut18b G9).
func (a *App) helpColumns(groups [][]key.Binding, w int) []string {
	h := a.help
	h.SetWidth(0) // measured whole, then split by us
	var lines []string
	for len(groups) > 0 {
		n := len(groups)
		for n > 1 && widestLine(h.FullHelpView(groups[:n])) > w {
			n--
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Split(h.FullHelpView(groups[:n]), "\n")...)
		groups = groups[n:]
	}
	return lines
}

// widestLine is the width in cells of the widest line of s.
func widestLine(s string) int {
	w := 0
	for l := range strings.SplitSeq(s, "\n") {
		w = max(w, draw.Width(l))
	}
	return w
}

// withoutHelpOf is bs without the bindings that say the same as one of
// others (key and description): a pane's ↑/k up is scrolling's.
func withoutHelpOf(bs, others []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if !slices.ContainsFunc(others, func(o key.Binding) bool { return o.Help() == b.Help() }) {
			out = append(out, b)
		}
	}
	return out
}

// hangNote wraps a help note to w cells with one hanging indent for
// every note: lines after the first start two cells in from where it
// starts, so a wrapped note reads as one and the next note, at its
// margin, as another (ut38a-5: `rf …` and `filter (/): …` went on at
// the edge while `rate: …` hung under its label); a row of a table of
// terms (the full health words, `STALL  offset still …`) goes on under
// its term's text, as a table does (ut15b C11).
func hangNote(note string, w int) []string {
	hang := termHang(note)
	if draw.Width(note) <= w || hang == 0 || hang >= w/2 {
		return draw.WrapHanging(note, w) // prose: its leading spaces and two more
	}
	head := note[:hang]
	lines := draw.Wrap(note[hang:], w-hang)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Repeat(" ", hang) + l
		if i == 0 {
			out[i] = head + l
		}
	}
	return out
}

// termHang is where a table row's text starts: after its leading spaces,
// a label ending in ": " where it has one, and a term followed by two
// spaces or more (`OK     lag zero`), or by one in a row that starts
// past a table's margin (`        STALL? offset …`, its term as wide as
// the column); 0 where the note has no such term (prose).
func termHang(note string) int {
	lead := len(note) - len(strings.TrimLeft(note, " "))
	i := lead
	if j := strings.Index(note[i:], ": "); j >= 0 && j < 24 && !strings.Contains(note[i:i+j], " ") {
		i += j + 2
	}
	i += len(note[i:]) - len(strings.TrimLeft(note[i:], " "))
	j := strings.IndexByte(note[i:], ' ')
	if j <= 0 || j >= 10 {
		return 0
	}
	gap := len(note[i+j:]) - len(strings.TrimLeft(note[i+j:], " "))
	if gap < 2 && lead < tableMargin {
		return 0
	}
	return i + j + gap
}

// tableMargin is the fewest leading spaces of a table's row after its
// first (the health words' `        STOP   …`): a prose note's sub-note
// starts two in.
const tableMargin = 4

// helpScreen draws the help box from the viewport.
func (a *App) helpScreen(h int) string {
	vp := &a.helpVP
	title := "keys · " + a.paneTitle(a.focus)
	status := "esc or ? to close"
	if a.helpScrolls() {
		total := vp.TotalLineCount()
		first := vp.YOffset() + 1
		// How to close first; the position only where the border has room
		// for all of it (the border clips the status from its end).
		hint := " · ↓ pgdn scroll"
		switch {
		case vp.AtBottom():
			hint = " · ↑ pgup scroll" // nothing more below: say the way back
		case first > 1:
			hint = " · ↑↓ scroll"
		}
		full := status + " · " + itoa(first) + "-" + itoa(min(first+vp.Height()-1, total)) + "/" + itoa(total) + hint
		if draw.Width(title)+draw.Width(full)+8 <= a.w {
			status = full
		} else if short := itoa(first) + "-" + itoa(min(first+vp.Height()-1, total)) + "/" + itoa(total) + " · " + status; draw.Width(title)+draw.Width(short)+8 <= a.w {
			status = short
		}
	}
	return box(a.c.Styles, title, status, strings.Split(vp.View(), "\n"), a.w, h, true)
}
