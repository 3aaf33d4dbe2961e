package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// lines draws the flow in w x h.
func (f *actionFlow) lines(w, h int) []string {
	st := f.c.Styles
	out := f.head(w)
	outcome := f.outcomeLines(w)
	switch f.stage {
	case flowForm:
		out = append(out, styleEach(st.Dim, draw.Wrap("enter preview · tab next field · esc cancel", w))...)
		out = append(out, outcome...)
	case flowWorking:
		out = append(out, st.Dim.Render("working…"))
		out = append(out, outcome...)
	case flowConfirm:
		// the prompt, the input and any complaint always show, wrapped
		// whole; the preview gets the rows left
		prompt := f.promptLines(w)
		out = append(out, f.previewLines(w, f.previewRoom(w, h))...)
		out = append(out, prompt...)
		out = append(out, draw.Clip(f.confirm.View(), w))
		out = append(out, outcome...)
	case flowDone:
		if f.outcomeOf != nil && !f.failed && f.prepared != nil {
			out = f.doneOverTable(out, w, h)
			break
		}
		if !f.failed {
			// done: what happened, not the preview confirmed before it
			// (ut43b-5: after E and A the preview stood again, word for
			// word, above an outcome saying the same)
			out = append(out, outcome...)
			out = append(out, styleEach(st.Dim, draw.Wrap(f.doneWords(), w))...)
			break
		}
		// the preview keeps a few rows of its own beside a long outcome:
		// the head (title and fields, which the outcome says again) goes
		// whole before they do (ut18b G12b: the preview's rows were cut
		// away above its "… 0 above, 10 below" line)
		n := h - len(out) - 1 - len(outcome)
		if need := f.previewMinRows(w); n < need && h > 0 {
			out, n = nil, h-1-len(outcome)
		}
		out = append(out, f.previewLines(w, n)...)
		out = append(out, outcome...)
		out = append(out, styleEach(st.Dim, draw.Wrap(f.doneWords(), w))...)
	}
	if len(out) > h && h > 0 {
		out = out[len(out)-h:] // the outcome and the confirmation matter most
	}
	return out
}

// doneOverTable is the outcome screen of an action whose outcome says
// again what its preview's table says (a reset's old→new per partition):
// the table whole with an outcome saying only that it holds where both
// fit in h rows (the head too where it fits), else the outcome saying
// every change in the table's place. Never the table scrolled to none of
// its rows beside the same changes said again (ut32a Za4).
func (f *actionFlow) doneOverTable(head []string, w, h int) []string {
	st := f.c.Styles
	done := styleEach(st.Dim, draw.Wrap(f.doneWords(), w))
	var table []string
	for _, l := range f.previewFor(w) {
		table = append(table, previewRows(l, w)...)
	}
	brief := styleEach(st.OK, wrapChanges(model.PrintableString(f.outcomeOf(f.prepared, true)), w))
	var out []string
	switch rest := len(table) + len(brief) + len(done); {
	case h <= 0 || len(head)+rest <= h:
		out = append(append(head, table...), brief...)
	case rest <= h: // the head (title and fields) goes before a row does
		out = append(table, brief...)
	default:
		whole := styleEach(st.OK, wrapChanges(model.PrintableString(f.outcomeOf(f.prepared, false)), w))
		if len(head)+len(whole)+len(done) > h {
			head = nil
		}
		out = append(head, whole...)
	}
	return append(out, done...)
}

// head is the flow's title and fields (and the form's syntax line while
// filling it) at w cells.
func (f *actionFlow) head(w int) []string {
	st := f.c.Styles
	out := styleEach(st.Accent, draw.Wrap(model.PrintableString(f.title), w))
	for i, fl := range f.fields {
		// each field over the rows its text needs, at this width: a long
		// name typed is read whole, and a resize lays it out again
		in := fl.input
		focused := i == f.focus && f.stage == flowForm
		if !focused {
			in.Blur()
		}
		out = append(out, inputRows(in, st, fieldLabel(st, fl.label, focused), w)...)
	}
	if f.help != "" && f.stage == flowForm {
		out = append(out, styleEach(st.Dim, draw.Wrap(f.help, w))...)
	}
	return out
}

// outcomeLines is the last outcome or complaint, wrapped whole.
func (f *actionFlow) outcomeLines(w int) []string {
	if f.outcome == "" {
		return nil
	}
	st := f.c.Styles
	style := st.Dim
	if f.failed {
		style = st.Err
	} else if f.stage == flowDone {
		style = st.OK
	}
	text := model.PrintableString(f.outcome)
	if f.stage == flowDone && !f.failed {
		text = doneWord + text
	}
	return styleEach(style, wrapChanges(text, w))
}

// doneWord starts a write's outcome on screen: it says the write happened,
// where the preview said what it would do (ut43b-5). The event log's line
// says it as `action by USER: …`.
const doneWord = "done: "

// wrapChanges wraps an outcome as wrapWords does, but a change (`9→135`)
// stays on the line of the word before it, what it changed: a reset's
// outcome broke between `…ap-south-1.v2/0` and its `9→135`, so read
// line by line the next partition's name followed /0's change and
// `…/1` seemed to go 9→135 (ut31 Y4).
func wrapChanges(s string, w int) []string {
	var words []string
	glued := false
	for _, word := range strings.Fields(s) {
		if n := len(words); n > 0 && strings.Contains(word, "→") && !strings.HasPrefix(word, "→") {
			words[n-1], glued = words[n-1]+" "+word, true
			continue
		}
		words = append(words, word)
	}
	if !glued {
		return wrapWords(s, w)
	}
	return draw.WrapParts(words, " ", w)
}

// promptLines is the confirmation's instruction, wrapped whole.
func (f *actionFlow) promptLines(w int) []string {
	return styleEach(f.c.Styles.Warn, draw.Wrap("type "+quote(f.word)+" and enter to "+f.act.String()+"; "+f.escWords(), w))
}

// previewRoom is the rows the preview has while confirming in w x h:
// what the head, the prompt, its input and the outcome leave.
func (f *actionFlow) previewRoom(w, h int) int {
	return h - len(f.head(w)) - len(f.promptLines(w)) - 1 - len(f.outcomeLines(w))
}

// previewScrolls reports whether the preview being confirmed in w x h is
// taller than its rows, so scrolling it does something.
func (f *actionFlow) previewScrolls(w, h int) bool {
	return f.stage == flowConfirm && len(f.previewFor(w)) >= 2 && previewRowsAt(f.previewFor(w), w) > f.previewRoom(w, h)
}

// fieldLabel is a form field's label as every form draws it (the action
// flows' and Produce's): the field with the cursor marked ▸ in the accent,
// the others dim, so where tab landed is plain without reading the cursor
// (ut15a A5).
func fieldLabel(st *Styles, label string, focused bool) string {
	if focused {
		return st.Accent.Render("▸"+draw.Fit(label, formLabelW-1)) + " "
	}
	return st.Dim.Render(" "+draw.Fit(label, formLabelW-1)) + " "
}

// formLabelW is the cells of a form field's label, its marker included.
const formLabelW = 12

// quote is a name as prompts show it: printable, in quotes.
func quote(s string) string { return "\"" + model.PrintableString(s) + "\"" }

// previewLines is the preview in n lines: its last line (the total, or
// what is at stake) always shows; the rest scrolls (f.scroll, moved by
// up/down/pgup/pgdn) with a line saying what is above and below. A line
// of prose wraps whole (a long topic or group name is broken, never cut);
// a table row (laid out with runs of spaces) is cut, since a wrapped row
// no longer lines up with its columns.
func (f *actionFlow) previewLines(w, n int) []string {
	var rows []string
	tailFrom := 0
	preview := f.previewFor(w)
	for i, l := range preview {
		if i == len(preview)-1 {
			tailFrom = len(rows)
		}
		rows = append(rows, previewRows(l, w)...)
	}
	if len(rows) <= n || len(preview) < 2 {
		return rows
	}
	body, tail := rows[:tailFrom], rows[tailFrom:]
	if n < len(tail)+2 { // not a row beside the marker and the tail: said, not miscounted
		if n <= 0 {
			return nil
		}
		return []string{f.c.Styles.Dim.Render(draw.Clip("… "+model.Plural(len(rows), "preview row")+" not shown: no room", w))}
	}
	rowsN := min(n-1-len(tail), len(body)) // the marker and the tail
	from, topic := scrolledFrom(body, max(f.scroll, 0), rowsN)
	// a table by topic scrolled past a topic's line keeps it in sight over
	// its partitions' rows (`/3`), which say no topic of their own
	out := append(append([]string(nil), topic...), body[from:from+rowsN-len(topic)]...)
	above, below := from, len(body)-from-(rowsN-len(topic))
	out = append(out, f.c.Styles.Dim.Render(draw.Clip(fmt.Sprintf("… %d above, %d below (↑/↓ pgup/pgdn scroll)", above, below), w)))
	return append(out, tail...)
}

// scrolledFrom is the first body row shown, scrolled to scroll, in rows
// rows, and the topic rows kept in sight above it (topicAbove): the last
// row stays reachable with a topic kept over it.
func scrolledFrom(body []string, scroll, rows int) (int, []string) {
	at := func(from int) []string {
		if t := topicAbove(body, from); len(t) < rows {
			return t
		}
		return nil
	}
	from := min(scroll, len(body)-rows)
	topic := at(from)
	if from == len(body)-rows && len(topic) > 0 && scroll > from {
		// at the end the pinned topic would hide the last rows: further
		// down by its rows, where the rows between are that topic's
		if t := at(from + len(topic)); len(t) == len(topic) {
			from, topic = from+len(topic), t
		}
	}
	return from, topic
}

// topicAbove is the topic's rows over body[from] when that row is a
// partition's of a table laid out by topic (`/3`, resetPreviewAt) and the
// topic is scrolled away above it; nil otherwise. A topic is the rows
// (one, or more where it wraps) before its partitions' that neither start
// with "/" (topic names hold no "/") nor are a table row (cells apart).
func topicAbove(body []string, from int) []string {
	if from <= 0 || from >= len(body) || !strings.HasPrefix(ansi.Strip(body[from]), "/") {
		return nil
	}
	end := from
	for end > 0 && strings.HasPrefix(ansi.Strip(body[end-1]), "/") {
		end--
	}
	start := end
	for start > 0 {
		l := ansi.Strip(body[start-1])
		if strings.HasPrefix(l, "/") || strings.Contains(l, "  ") {
			break
		}
		start--
	}
	if start == end {
		return nil
	}
	return append([]string(nil), body[start:end]...)
}

// previewMinRows is the rows the preview keeps on the outcome screen at
// w cells: all of it when short, else three of its rows, the marker and
// its last line.
func (f *actionFlow) previewMinRows(w int) int {
	preview := f.previewFor(w)
	if len(preview) == 0 {
		return 0
	}
	all := previewRowsAt(preview, w)
	return min(all, 3+1+len(previewRows(preview[len(preview)-1], w)))
}

// previewFor is the preview's lines laid out for w cells: previewAt's
// when the flow has one, else the lines prepare gave.
//
// Once done, a line the outcome says again is left out: a change is
// never said twice on one screen (ut36b-9: `create topic "x" with 8
// partitions, …` stayed above `created topic x with 8 partitions, …`).
func (f *actionFlow) previewFor(w int) []string {
	lines := f.preview
	if f.previewAt != nil && f.prepared != nil {
		lines = f.previewAt(f.prepared, w)
	}
	if f.stage != flowDone || f.failed || f.outcome == "" {
		return lines
	}
	return slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return saysAgain(f.outcome, l) })
}

// saysAgain reports whether outcome says preview line l again: its verb
// done (`created` of `create`) and then the same words, quotes aside
// (`created topic x with …` of `create topic "x" with …`).
func saysAgain(outcome, l string) bool {
	split := func(s string) (string, string) {
		s = strings.ReplaceAll(ansi.Strip(s), `"`, "")
		verb, after, _ := strings.Cut(strings.TrimSpace(s), " ")
		return verb, strings.Join(strings.Fields(after), " ")
	}
	lv, lr := split(l)
	ov, or := split(outcome)
	return lv != "" && lr != "" && strings.HasPrefix(ov, lv) && ov != lv && strings.HasPrefix(or, lr)
}

// previewRows is one preview line in rows of w cells: prose wrapped, a
// table row cut.
func previewRows(l string, w int) []string {
	if strings.Contains(l, "  ") {
		return []string{draw.Clip(l, w)}
	}
	return draw.Wrap(l, w)
}

// previewRowsAt is how many rows the preview takes at w cells.
func previewRowsAt(preview []string, w int) int {
	n := 0
	for _, l := range preview {
		n += len(previewRows(l, w))
	}
	return n
}

// styleEach renders each line in style.
func styleEach(style lipgloss.Style, lines []string) []string {
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}

// wrapWords breaks s into lines of at most w cells: at spaces, and a word
// longer than a line (a long name) anywhere, so nothing is cut away.
// Each line takes every word it holds: taking one down so the sentence
// did not end on a lone word (ut38a-16) broke lines 11-15 cells short of
// the box (ut42a-9, ut42a-11: `… stop its` / `consumers first`).
func wrapWords(s string, w int) []string { return draw.Wrap(s, w) }

// flowHelp is the footer while an action flow has the keys.
func flowHelp(k *KeyMap) []key.Binding {
	enter, next, back := k.Enter, k.NextField, k.Back
	enter.SetHelp(enter.Help().Key, "preview / confirm")
	next.SetHelp(next.Help().Key, "next field")
	back.SetHelp(back.Help().Key, "cancel")
	return []key.Binding{enter, next, back}
}

// footer is the flow's footer for its stage in the pane's w x h: the
// form's keys; confirm, cancel, and scrolling only when the preview is
// taller than its rows (ut15a A19), while confirming; "any key closes" on
// the outcome.
func (f *actionFlow) footer(k *KeyMap, w, h int) []key.Binding {
	switch f.stage {
	case flowDone:
		if f.refused {
			return []key.Binding{key.NewBinding(key.WithKeys("any"), key.WithHelp("any other key", "closes")),
				key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to "+strings.TrimPrefix(f.backTo(), "the ")))}
		}
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("any key", "closes"))}
	case flowConfirm, flowWorking:
		back := k.Back
		back.SetHelp(back.Help().Key, "cancel")
		if f.stage == flowConfirm && len(f.fields) > 0 { // what the box says esc does (promptLines; ut21a K7-1)
			back.SetHelp(back.Help().Key, "back to form")
		}
		out := []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm"))}
		if f.previewScrolls(w, h) {
			out = append(out, key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp("↑/↓ pgup/pgdn", "scroll preview")))
		}
		return append(out, back)
	}
	return flowHelp(k)
}

// flowHost is a pane that can hold an action flow.
type flowHost interface{ flowOpen() bool }

func (h *actionHost) flowOpen() bool { return h.flow != nil }

// zoomForFlow zooms the focused pane while an action flow is open in it,
// so its form, preview and confirmation have the screen, and unzooms when
// the flow closes (unless the user had zoomed already).
func (a *App) zoomForFlow() {
	fh, ok := a.panes[a.focus].(flowHost)
	open := ok && fh.flowOpen()
	switch {
	case open && !a.zoom:
		a.zoom, a.autoZoom = true, true
		a.resize()
	case !open && a.autoZoom:
		a.zoom, a.autoZoom = false, false
		a.resize()
		// What opened while the pane had the screen for something else
		// (a prompt after w's outcome) was judged at the zoomed size:
		// judged again in the box it is given back, it may need the
		// screen still (ut27 T2: v's field under the 80x24 box's last row).
		if r, ok := a.panes[a.focus].(interface{ refit() }); ok {
			r.refit()
			if fh.flowOpen() {
				a.zoom, a.autoZoom = true, true
				a.resize()
			}
		}
	}
}

// doneWords is the outcome's last line: what the keys do now. After a
// refused write esc goes back to what was typed (ut27 T5).
func (f *actionFlow) doneWords() string {
	if f.refused {
		return "esc goes back to " + f.backTo() + " with what you typed; any other key closes"
	}
	return "any key closes"
}

// backTo is where esc goes after a refused write: the form, or for an
// action without one the confirmation, read again.
func (f *actionFlow) backTo() string {
	if len(f.fields) > 0 {
		return "the form"
	}
	return "the confirmation"
}
