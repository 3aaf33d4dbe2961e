package ui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Lines draws the form. Whatever the box's height, the topic, the key,
// the field being edited and a line of value show first (so ctrl+s never
// writes to a topic out of sight); the outcome of the last action comes
// next, then partition, headers and burst as room allows, and the rows
// left over go to the text area being edited.
func (p *ProducePane) Lines(focused bool) []string {
	st := p.c.Styles
	var lines []string
	if p.noSend() {
		lines = append(lines, wrapStyled(st.Warn, "read-only: producing is disabled (edits are not sent)", p.w)...)
	}
	room := max(p.h-len(lines), 0)
	must, extra := p.rowPriority()
	footer, hint, cut := p.footer(max(room-len(must), 0))
	if cut && len(must) > 2 && must[1] == fieldKey && p.active != fieldKey {
		// an outcome or warning that would still be cut (its topic cut in
		// the middle already) takes the key's row: it is read once, and
		// the key is there again after it (issue 14, B7)
		must, extra = slices.Delete(must, 1, 2), append([]int{fieldKey}, extra...)
		footer, hint, _ = p.footer(max(room-len(must), 0))
	}
	footer = footer[:min(len(footer), max(room-len(must), 0))]
	room -= len(footer)
	shown := map[int]bool{}
	for _, r := range append(must, extra...) {
		if len(shown) < room {
			shown[r] = true
		}
	}
	spare := room - len(shown)
	// The hint is the last to claim a row: whole when the rows the form
	// leaves allow (wrapped), else its first line, else nothing.
	if len(hint) > spare {
		hint = hint[:min(spare, 1)]
		if spare >= 1 && len(hint) == 1 {
			hint[0] = draw.Clip(hint[0]+"…", p.w)
		}
	}
	footer = append(footer, hint...)
	spare -= len(hint)
	heights := p.areaHeights(shown, spare)
	var fields []string
	for i := range fieldN {
		if shown[i] {
			fields = append(fields, p.field(i, focused, heights[i])...)
		}
	}
	return append(append(lines, fields...), footer...)
}

// fitRoom decides whether the form's rows that must show and its outcome
// or warning need more rows than the box has; once they do, the pane
// keeps the screen while the form is edited or the outcome shown.
func (p *ProducePane) fitRoom(result bool) {
	if !p.editing && (!result || p.report == "") {
		p.zoom = false // only an outcome just come holds the screen out of editing, until a key
		return
	}
	room := p.h
	if p.noSend() {
		room -= len(wrapStyled(p.c.Styles.Warn, "read-only: producing is disabled (edits are not sent)", p.w))
	}
	must, _ := p.rowPriority()
	out, _, cut := p.footer(max(room-len(must), 0))
	p.zoom = (p.editing && p.zoom) || cut || len(must)+len(out) > room
}

// dismissZoom gives the screen back at any key when only an outcome held
// it (ut17: Produce stayed full-screen after a send for the session).
func (p *ProducePane) dismissZoom() {
	if !p.editing {
		p.zoom = false
	}
}

// flowOpen says the pane wants the screen (App.zoomForFlow).
func (p *ProducePane) flowOpen() bool { return p.zoom }

// rowPriority is the form's rows in the order they claim the box: the
// ones that always show, then the ones that give way. The burst row holds
// both burst fields.
func (p *ProducePane) rowPriority() (must, extra []int) {
	active := p.active
	if active == fieldRate {
		active = fieldCount
	}
	must = []int{fieldTopic, fieldKey}
	if active != fieldTopic && active != fieldKey {
		must = append(must, active)
	}
	if active != fieldValue {
		must = append(must, fieldValue)
	}
	for _, r := range []int{fieldPartition, fieldSchema, fieldHeaders, fieldCount} {
		if r == fieldSchema && p.c.Schemas == nil {
			continue // no registry: no schema row
		}
		if r != active {
			extra = append(extra, r)
		}
	}
	return must, extra
}

// areaHeights is the rows of each text area, from their content and the
// spare rows, never from which field has the cursor: headers take their
// lines (at most three), the value the rest, so tab moves the cursor and
// nothing else (ut15a A10: the value area filled the box when focused and
// collapsed to a line otherwise, moving burst and the notices by 12 rows).
// A form not being edited shows each area on a line.
func (p *ProducePane) areaHeights(shown map[int]bool, spare int) [fieldN]int {
	var h [fieldN]int
	for i := range h {
		h[i] = 1
	}
	if !p.editing {
		return h
	}
	spare = max(spare, 0)
	if shown[fieldHeaders] {
		h[fieldHeaders] = min(max(areaLines(p.value(fieldHeaders)), 1), 3, 1+spare)
		spare -= h[fieldHeaders] - 1
	}
	if shown[fieldValue] {
		h[fieldValue] = 1 + spare
	} else if shown[fieldHeaders] {
		h[fieldHeaders] = min(h[fieldHeaders]+spare, 3)
	}
	return h
}

// areaLines is the lines of a text area's text, as the area counts them.
func areaLines(s string) int { return strings.Count(s, "\n") + 1 }

// labelW is the width of a field's label: the edit marker and the name.
const labelW = 11

func (p *ProducePane) label(i int, focused bool) string {
	st := p.c.Styles
	// The field being edited is marked with ▸ and the accent, not only a
	// bolder label: typing into the wrong field is easy otherwise.
	if focused && p.editing && i == p.active {
		return st.Accent.Render("▸" + draw.Fit(fieldLabels[i], labelW-1))
	}
	return st.Dim.Render(" " + draw.Fit(fieldLabels[i], labelW-1))
}

// field renders one field: the live widget while it is being edited,
// otherwise its text escaped on one line.
func (p *ProducePane) field(i int, focused bool, height int) []string {
	label := p.label(i, focused)
	live := p.editing && i == p.active
	switch {
	case i == fieldCount:
		// Both burst fields on one row, narrower where the box is (the
		// 38-cell grid box cut the rate: ut15b C20); the hint under the
		// form says ctrl+b sends it, with its word.
		rate := p.label(fieldRate, focused)
		line := label + p.inline(fieldCount, 8) + " " + rate + p.inline(fieldRate, 8)
		if ansi.StringWidth(line) > p.w {
			line = label + p.inline(fieldCount, 5) + " " + rate + p.inline(fieldRate, 5)
		}
		return []string{line}
	case live && isArea(i):
		p.areas[i].SetHeight(height)
		rows := strings.Split(p.areas[i].View(), "\n")
		out := []string{label + rows[0]}
		for _, r := range rows[1:] {
			out = append(out, strings.Repeat(" ", labelW)+r)
		}
		return out
	case live:
		// The input draws its cursor and a suggestion's rest a cell or
		// more past its width: cut it to the pane, with no … (issue 10).
		return []string{ansi.Truncate(label+p.inputView(i), p.w, "")}
	}
	text := p.value(i)
	if isArea(i) {
		if height > 1 {
			return p.areaRows(label, text, height)
		}
		text = oneLineSummary(text)
	}
	return []string{label + model.PrintableString(text)}
}

// areaRows is a text area not being edited in the rows it has when it is:
// its lines wrapped to the field's width, what does not fit said in the
// last row, and blank rows under a short text.
func (p *ProducePane) areaRows(label, text string, height int) []string {
	fw := max(p.w-labelW, 4)
	var rows []string
	for _, l := range strings.Split(text, "\n") {
		rows = append(rows, draw.Wrap(model.PrintableString(l), fw)...)
	}
	if len(rows) > height {
		more := len(rows) - height + 1
		rows = append(rows[:height-1], p.c.Styles.Dim.Render(draw.Clip("… "+model.Plural(more, "more row"), fw)))
	}
	pad := strings.Repeat(" ", labelW)
	out := make([]string, height)
	for i := range out {
		lead := pad
		if i == 0 {
			lead = label
		}
		if i < len(rows) {
			out[i] = lead + rows[i]
		} else {
			out[i] = lead
		}
	}
	return out
}

// inline is a short single-line field on a shared line.
func (p *ProducePane) inline(i, width int) string {
	if p.editing && i == p.active {
		return p.inputs[i].View()
	}
	return draw.Fit(model.PrintableString(p.inputs[i].Value()), width)
}

// topicNote warns when the topic is not on the cluster: producing never
// creates one.
func (p *ProducePane) topicNote() string {
	t := strings.TrimSpace(p.value(fieldTopic))
	if p.topicKnown && !p.topicOnCluster && t != "" {
		return "topic " + model.PrintableString(t) + " is not on the cluster (washboard never creates topics)"
	}
	return p.templateNote
}

// reportSaysNoTopic reports whether the last outcome is a send refused
// because the topic does not exist: the note that it is not on the
// cluster would say it twice.
func (p *ProducePane) reportSaysNoTopic() bool {
	t := model.PrintableString(strings.TrimSpace(p.value(fieldTopic)))
	return p.failed && t != "" && strings.Contains(p.report, t+" does not exist")
}

// oneLineSummary shows a multi-line field on one line: "a=1 ⏎ b=2".
func oneLineSummary(s string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", " ⏎ ")
}

// footer is the burst's progress and the last outcome or warning, in at
// most rows lines (what the form's rows that always show leave). The
// outcome comes first and is never cut while rows are left: it wraps over
// the rows partition, headers and the value area would take, and when it
// still does not fit, the topic's name in it is cut in the middle, so the
// partition, offset and time or the error's cause stay.
// cut says a line of it had to be cut to fit.
func (p *ProducePane) footer(rows int) (out, hint []string, cut bool) {
	st := p.c.Styles
	if b := p.burst; b != nil {
		out = append(out, st.Accent.Render(progressBar(b.sent, b.total, max(p.w-2, 4))))
		out = append(out, wrapStyled(st.Dim, "burst "+count(b.sent)+"/"+count(b.total)+" sent · esc stops", p.w)...)
	}
	if p.report != "" {
		style := st.OK
		if p.failed {
			style = st.Err
		}
		topic := model.PrintableString(strings.TrimSpace(p.value(fieldTopic)))
		lines, c := fitReportCut(model.PrintableString(p.report), topic, p.w, max(rows-len(out), 1))
		cut = cut || c
		for _, l := range lines {
			out = append(out, style.Render(l))
		}
	}
	if note := p.topicNote(); note != "" && !p.reportSaysNoTopic() { // why a send will not go: whole too, the topic cut first
		topic := model.PrintableString(strings.TrimSpace(p.value(fieldTopic)))
		lines, c := fitReportCut(note, topic, p.w, max(rows-len(out), 1))
		cut = cut || c
		for _, l := range lines {
			out = append(out, st.Warn.Render(l))
		}
	}
	// Not on a form the user has not touched (a fresh or template value):
	// a warning before anything is edited or sent is noise.
	if p.jsonErr != "" && !p.confirm && !p.untouched() {
		out = append(out, wrapStyled(st.Warn, "value is not valid JSON: "+model.PrintableString(p.jsonErr), p.w)...)
	}
	switch {
	case p.editing || p.report != "":
	case p.noSend(): // wrapped over the rows the form leaves (the last to claim one)
		hint = styleEach(st.Dim, draw.WrapParts([]string{"enter edit", "ctrl+r new values", "sending is off (read-only)"}, " · ", max(p.w, 8)))
	default: // broken between hints, never between a key and its word (ut15b C20)
		hint = styleEach(st.Dim, draw.WrapParts([]string{"enter edit", "ctrl+s send", "ctrl+b burst", "ctrl+r new values"}, " · ", max(p.w, 8)))
	}
	return out, hint, cut
}

// bar is a progress bar of width cells: done of total filled. The
// bubbles progress bar would pull in a module for an animation we do not
// want (the burst reports a few times a second).
// progressBar is a bar with its track: how far a burst has got.
func progressBar(done, total, width int) string {
	fill := width
	if total > 0 {
		fill = min(width*done/total, width)
	}
	return strings.Repeat("█", fill) + strings.Repeat("░", width-fill)
}

// fitReportCut wraps an outcome to width in at most rows lines: as it is when
// it fits, else with topic (when the outcome names it) cut in the middle
// until it fits, and only then with its last line cut (cut says so).
func fitReportCut(report, topic string, width, rows int) ([]string, bool) {
	wrap := func(s string) []string { return strings.Split(ansi.Wrap(s, max(width, 8), " /"), "\n") }
	lines := wrap(report)
	tw := ansi.StringWidth(topic)
	for k := tw - 1; len(lines) > rows && topic != "" && strings.Contains(report, topic) && k >= 1; k -= max(k/4, 1) {
		lines = wrap(strings.Replace(report, topic, draw.FitMiddle(topic, k), 1))
	}
	if len(lines) > rows {
		return append(lines[:rows-1], draw.Clip(strings.Join(lines[rows-1:], " "), width)), true
	}
	return lines, false
}

// wrapStyled word-wraps safe text to width (at most three lines, so an
// error cannot push the form away) and styles each line.
func wrapStyled(style lipgloss.Style, text string, width int) []string {
	lines := strings.Split(ansi.Wrap(text, max(width, 8), " /"), "\n")
	if len(lines) > 3 {
		lines = append(lines[:2], draw.Clip(strings.Join(lines[2:], " "), width))
	}
	for i := range lines {
		lines[i] = style.Render(lines[i])
	}
	return lines
}

// inputView is single-line field i being edited. A value wider than the
// field scrolls to keep the cursor in sight; the text input then starts
// mid-value, which reads as another name (y-machine-logs for
// laundry-machine-logs), so the first cell says "…" unless the cursor is
// on it. bubbles v2.2.1 also draws the wrong letter of a suggestion under
// the cursor of a scrolled value (it indexes the suggestion by the
// visible part's length: the "e" of y-machine-logse), so a scrolled
// value is drawn from a copy without suggestions.
func (p *ProducePane) inputView(i int) string {
	in := p.inputs[i] // a copy: drawing never changes the field
	runes := []rune(in.Value())
	if in.Width() <= 0 || ansi.StringWidth(string(runes)) <= in.Width() {
		return in.View()
	}
	in.SetSuggestions(nil)
	v := in.View()
	plain := ansi.Strip(v)
	for off := range runes {
		if !strings.HasPrefix(plain, string(runes[off:min(off+in.Width(), len(runes))])) {
			continue
		}
		if off == 0 || off == in.Position() {
			return v
		}
		return "…" + ansi.Cut(v, 1, ansi.StringWidth(v))
	}
	return v
}
