package ui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Lines draws the form. Its fields keep their rows whatever has the
// cursor (ut16b E21: with an outcome on screen the third row was value,
// headers or partition as focus moved): topic, key, partition, headers,
// value, schema and burst, in that order, in every box that holds them.
// The notices (a burst's progress, the last outcome, the topic's and the
// value's warnings) come under the form in the rows it leaves, whole when
// they fit; where they do not, the least needed rows give way to them
// (giveWay), and where that is not enough the pane takes the screen while the form is
// edited or a new outcome is shown (fitRoom), and otherwise each says a
// line. The key hints come last, whole hints only, and the rows left over
// go to the text area being edited and to a long key or topic.
func (p *ProducePane) Lines(focused bool) []string {
	st := p.c.Styles
	var lines []string
	if p.roNote() {
		lines = append(lines, wrapStyled(st.Warn, readOnlyNote, p.w)...)
	}
	room := max(p.h-len(lines), 0)
	rows := p.formRows()
	shown := map[int]bool{}
	if len(rows) > room {
		// a box shorter than the form (editing it takes the screen): the
		// fields in a fixed order of need, drawn in the form's order
		for _, r := range []int{fieldTopic, fieldKey, fieldValue, fieldPartition, fieldHeaders, fieldSchema, fieldCount} {
			if slices.Contains(rows, r) && len(shown) < room {
				shown[r] = true
			}
		}
	} else {
		for _, r := range rows {
			shown[r] = true
		}
	}
	spare := room - len(shown)
	footer, ok := p.notices(spare)
	if !ok {
		footer, ok = p.giveWay(shown, &spare)
	}
	if !ok {
		p.giveWayShort(shown, &spare)
		footer = p.shortNotices(spare)
	}
	spare -= len(footer)
	hint := p.hint()
	hint = hint[:min(len(hint), max(spare, 0))] // whole hints: the lines break between them
	footer = append(footer, hint...)
	spare -= len(hint)
	lineRows := p.lineRows(shown, &spare)
	heights := p.areaHeights(shown, spare)
	for i, n := range lineRows {
		if n > 0 {
			heights[i] = n
		}
	}
	var fields []string
	for i := range fieldN {
		if shown[i] {
			fields = append(fields, p.field(i, focused, heights[i])...)
		}
	}
	return append(append(lines, fields...), footer...)
}

// giveWay makes room for notices the box cannot hold under the whole
// form: the rows that matter least to the notices' reader go, one at a
// time (the burst row, then an empty schema, headers or value, then a
// schema, headers or partition with text), until the notices fit whole (ut19b J7:
// the 80x24 grid's box cut `not text, left out: value (control byte
// \x1b)` to `not text, left out: valu…`, so why the value was empty could
// not be read). Topic and key always stay, and a value with text. When no such cut makes
// them fit, shown and spare are left as they were and ok is false.
func (p *ProducePane) giveWay(shown map[int]bool, spare *int) (footer []string, ok bool) {
	order := p.leastNeeded()
	for _, i := range []int{fieldSchema, fieldHeaders, fieldPartition} {
		if p.value(i) != "" {
			order = append(order, i)
		}
	}
	var gone []int
	room := *spare
	for _, i := range order {
		if !shown[i] {
			continue
		}
		delete(shown, i)
		gone = append(gone, i)
		room++
		if footer, ok = p.notices(room); ok {
			*spare = room
			return footer, true
		}
	}
	for _, i := range gone {
		shown[i] = true
	}
	return nil, false
}

// roNote reports whether readOnlyNote heads the form: in a read-only
// session, but for while ctrl+s's refusal says the same in its own words
// (ut38a-25: the border, the note and the refusal said it three ways).
func (p *ProducePane) roNote() bool { return p.noSend() && p.report == "" }

// readOnlyNote heads the form in a read-only session.
const readOnlyNote = "read-only: producing is disabled (edits are not sent)"

// formRows is the form's rows in their order; the burst row holds both
// burst fields, and the schema row shows only with a registry.
func (p *ProducePane) formRows() []int {
	rows := []int{fieldTopic, fieldKey, fieldPartition, fieldHeaders, fieldValue}
	if p.c.Schemas != nil {
		rows = append(rows, fieldSchema)
	}
	return append(rows, fieldCount)
}

// fits reports whether the whole form and its notices, whole, fit the
// box as it is now.
func (p *ProducePane) fits() bool {
	room := p.h
	if p.roNote() {
		room -= len(wrapStyled(p.c.Styles.Warn, readOnlyNote, p.w))
	}
	spare := room - len(p.formRows())
	if spare < 0 {
		return false
	}
	_, ok := p.notices(spare)
	return ok
}

// notices is the footer in rows lines, whole, and whether it fits: a
// delivery already read goes to one line first, where the whole one does
// not fit.
func (p *ProducePane) notices(rows int) ([]string, bool) {
	out, cut := p.footer(rows, false)
	if (cut || len(out) > rows) && p.readDelivery() {
		out, cut = p.footer(rows, true)
	}
	return out, !cut && len(out) <= rows
}

// fitRoom decides whether the pane needs the screen: while the form is
// edited, once the form and its notices do not fit the box (and then
// until editing ends), or for an outcome just come that does not fit,
// until the next key.
func (p *ProducePane) fitRoom(result bool) {
	switch {
	case p.editing:
		p.zoom = p.zoom || !p.fits()
	case result && p.report != "":
		p.zoom = !p.fits()
	default:
		p.zoom = false
	}
}

// refit is a resize while the pane has the keyboard (App.Update).
func (p *ProducePane) refit() { p.fitRoom(false) }

// dismissZoom gives the screen back at any key when only an outcome held
// it (ut17: Produce stayed full-screen after a send for the session).
func (p *ProducePane) dismissZoom() {
	if !p.editing {
		p.zoom = false
	}
}

// flowOpen says the pane wants the screen (App.zoomForFlow).
func (p *ProducePane) flowOpen() bool { return p.zoom }

// areaHeights is the rows of each text area, from their content and the
// spare rows, never from which field has the cursor: headers take their
// lines (at most three), the value the rest, so tab moves the cursor and
// nothing else (ut15a A10: the value area filled the box when focused and
// collapsed to a line otherwise, moving burst and the notices by 12 rows).
// A form not being edited shows each area in the rows its text takes
// wrapped, as far as the box has them, and no blank rows (ut38a-20: the
// value cut to one line at 200x50 while 7 rows stood empty under it).
func (p *ProducePane) areaHeights(shown map[int]bool, spare int) [fieldN]int {
	var h [fieldN]int
	for i := range h {
		h[i] = 1
	}
	spare = max(spare, 0)
	if !p.editing {
		return p.shownAreaHeights(h, shown, spare)
	}
	if shown[fieldHeaders] {
		h[fieldHeaders] = min(max(areaLines(p.value(fieldHeaders)), 1), 3, 1+spare)
		spare -= h[fieldHeaders] - 1
	}
	if shown[fieldValue] {
		h[fieldValue] = 1 + spare
		if p.autoZoomed {
			h[fieldValue] = min(p.valueRows()+1, 1+spare)
		}
	} else if shown[fieldHeaders] {
		h[fieldHeaders] = min(h[fieldHeaders]+spare, 3)
	}
	return h
}

// valueRows is the rows the value takes wrapped as it is drawn, its hint's
// row when empty. While the pane has the screen only to show what is said
// under the form (autoZoomed), the value area is these and a row for the
// cursor past them, the outcome right under it (ut43a-11: a one-line value
// over 12 blank rows, the outcome at the screen's bottom).
func (p *ProducePane) valueRows() int {
	rows, _ := p.areaWrapped(p.value(fieldValue), max(p.w-labelW, 4), -1, -1, false)
	return max(len(rows), 1)
}

// setAutoZoomed is told by the App whether the pane has the screen
// because it asked for it (flowOpen), not the user's z.
func (p *ProducePane) setAutoZoomed(z bool) { p.autoZoomed = z }

// shownAreaHeights is areaHeights for a form not being edited: headers,
// then the value, take the rows their wrapped text needs from spare (an
// empty one keeps its hint's row).
func (p *ProducePane) shownAreaHeights(h [fieldN]int, shown map[int]bool, spare int) [fieldN]int {
	fw := max(p.w-labelW, 4)
	for _, i := range []int{fieldHeaders, fieldValue} {
		if !shown[i] || p.value(i) == "" {
			continue
		}
		rows, _ := p.areaWrapped(p.value(i), fw, -1, -1, false)
		need := len(rows)
		if i == fieldHeaders {
			need = min(need, 3)
		}
		h[i] = max(min(need, 1+spare), 1)
		spare -= h[i] - 1
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
		return []string{p.burstRow(focused)}
	case p.hinted(i, p.w-labelW) != "": // empty: its hint, never blank (ut27 T6)
		return labelledRows(label, []string{p.hinted(i, p.w-labelW)}, height)
	case live && isArea(i) && height == 1:
		p.areas[i].SetHeight(height)
		return []string{label + p.areaLine(i, max(p.w-labelW, 4))}
	case live && isArea(i): // wrapped as when not edited (ut29 V4)
		return p.liveAreaRows(i, label, focused, height)
	case live && height > 1:
		return p.wrappedRows(i, label, height, true)
	case live:
		// The input draws its cursor and a suggestion's rest a cell or
		// more past its width: cut it to the pane, with no … (issue 10).
		return []string{ansi.Truncate(label+p.inputView(i), p.w, "")}
	case height > 1 && !isArea(i):
		return p.wrappedRows(i, label, height, false)
	}
	text := p.value(i)
	if isArea(i) {
		if height > 1 {
			return p.areaRows(label, text, height)
		}
		text = oneLineSummary(text)
	}
	if i == fieldTopic {
		return []string{label + p.fieldApart.cut(text, max(p.w-labelW, 1), draw.Fit)}
	}
	return []string{label + model.PrintableString(text)}
}

// areaRows is a text area not being edited in the rows it has when it is:
// its lines wrapped to the field's width, what does not fit said in the
// last row, and blank rows under a short text.
func (p *ProducePane) areaRows(label, text string, height int) []string {
	rows, _ := p.areaWrapped(text, max(p.w-labelW, 4), -1, -1, false) // after a field, not inside a number (ut25a Q11)
	fw := max(p.w-labelW, 4)
	if len(rows) > height {
		more := len(rows) - height + 1
		rows = append(rows[:height-1], p.c.Styles.Dim.Render(draw.Clip("… "+model.Plural(more, "more row"), fw)))
	}
	return labelledRows(label, rows, height)
}

// labelledRows is a field's rows in height lines: the label before the
// first, its width of blanks before the others, blank rows under a short text.
func labelledRows(label string, rows []string, height int) []string {
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

// burstRow is both burst fields on one row, narrower where the box is
// (the 38-cell grid box cut the rate: ut15b C20; the 25-cell one still
// did: ut16a D21): in label columns, then in narrow columns, then each
// label beside its number. The hint under the form says ctrl+b sends it.
func (p *ProducePane) burstRow(focused bool) string {
	label, rate := p.label(fieldCount, focused), p.label(fieldRate, focused)
	tight := func(i int) int { // the number, and the cursor's cell past it while edited
		w := draw.Width(model.PrintableString(p.inputs[i].Value()))
		if w == 0 {
			w = draw.Width(fieldHint(i, p.w)) // empty: room for its hint
		}
		if p.editing && p.active == i {
			w++
		}
		return max(w, 1)
	}
	// in columns, a field wider than its column keeps the cursor's cell
	// whether or not it is edited, so rate/s does not move a cell as the
	// cursor comes and goes (ut28b V4: `100card-hold   rate/s`, then
	// `100card-hold  rate/s`)
	held := func(i int) int {
		w := draw.Width(model.PrintableString(p.inputs[i].Value()))
		return max(tight(i), w+1)
	}
	// a field is as wide as what it holds where the row has room (ut22b
	// N4: `100burs…` typed by mistake was cut to 7 cells beside 45 free)
	for _, width := range []int{8, 5} {
		cw, rw := max(width, held(fieldCount)), max(width, held(fieldRate))
		if line := label + p.inline(fieldCount, cw) + " " + rate + p.inline(fieldRate, rw); draw.Width(line) <= p.w {
			return line
		}
	}
	st := p.c.Styles
	rate = st.Dim.Render(" " + fieldLabels[fieldRate] + " ")
	if focused && p.editing && p.active == fieldRate {
		rate = st.Accent.Render("▸" + fieldLabels[fieldRate] + " ")
	}
	return ansi.Truncate(label+p.inline(fieldCount, tight(fieldCount))+rate+p.inline(fieldRate, tight(fieldRate)), p.w, "")
}

// inline is a short single-line field on a shared line, width cells.
func (p *ProducePane) inline(i, width int) string {
	if h := p.hinted(i, width); h != "" {
		return h + strings.Repeat(" ", max(width-draw.Width(h), 0))
	}
	if p.editing && i == p.active {
		in := p.inputs[i] // a copy: drawing never changes the field
		in.SetWidth(max(width-1, 1))
		v := in.View()
		return ansi.Truncate(v, width, "") + strings.Repeat(" ", max(width-draw.Width(v), 0))
	}
	return draw.Fit(model.PrintableString(p.inputs[i].Value()), width)
}

// topicNote warns when the topic is not on the cluster: producing never
// creates one. What of a record could not become the form (templateNote)
// is said under it, not instead of it.
func (p *ProducePane) topicNote() string {
	t := strings.TrimSpace(p.value(fieldTopic))
	if p.topicKnown && !p.topicOnCluster && t != "" {
		return "topic " + model.PrintableString(t) + " is not on the cluster (washboard never creates topics)"
	}
	return ""
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

// footer is the burst's progress and the last outcome or warning, whole,
// in at most rows lines (what the form leaves). The outcome comes first;
// when it does not fit, the topic's name in it is cut in the middle, so
// the partition, offset and time or the error's cause stay. cut says a
// line of it still had to be cut: the notices are then said a line each
// (shortNotices), or the pane takes the screen (fitRoom). With short, a
// delivery already read is said on one line.
func (p *ProducePane) footer(rows int, short bool) (out []string, cut bool) {
	st := p.c.Styles
	if b := p.burst; b != nil {
		out = append(out, st.Accent.Render(progressBar(b.sent, b.total, max(p.w-2, 4))))
		out = append(out, styleEach(st.Dim, draw.Wrap(p.burstLine(), max(p.w, 8)))...)
	}
	topic := model.PrintableString(strings.TrimSpace(p.value(fieldTopic)))
	if short && p.readDelivery() {
		out = append(out, p.reportStyle().Render(p.delivered.short(p.w, &p.sentApart)))
	} else if p.report != "" {
		lines, c := fitReportCut(model.PrintableString(p.report), topic, p.w, max(rows-len(out), 1))
		cut = cut || c
		out = append(out, styleEach(p.reportStyle(), lines)...)
	}
	var left []string // why a field is empty, beside the topic's note too: its rows are kept for it
	for _, note := range []string{p.recordTemplateNote(), p.recordAbortedNote()} {
		if note != "" {
			left = append(left, styleEach(st.Warn, draw.Wrap(note, max(p.w, 8)))...)
		}
	}
	if note := p.liveTopicNote(); note != "" { // why a send will not go: whole too, the topic cut first
		lines, c := fitReportCut(note, topic, p.w, max(rows-len(out)-len(left), 1))
		cut = cut || c
		out = append(out, styleEach(st.Warn, lines)...)
	}
	out = append(out, left...)
	for _, w := range []string{p.jsonWarning(), p.burstWarning()} {
		if w != "" {
			out = append(out, styleEach(st.Warn, draw.Wrap(w, max(p.w, 8)))...)
		}
	}
	return out, cut
}

// shortNotices is the notices a line each, in at most rows lines, where
// the box cannot hold them whole and the pane does not have the screen
// (an outcome already read, a pane not focused): a delivery says where
// the record went, the rest are whole where they fit and otherwise say
// what they are (oneLine); the whole text is on the screen the pane takes
// when edited.
func (p *ProducePane) shortNotices(rows int) []string {
	st := p.c.Styles
	topic := p.formTopic()
	var out []string
	add := func(style lipgloss.Style, text string, short ...string) {
		if len(out) < rows {
			out = append(out, style.Render(p.oneLine(text, topic, short...)))
		}
	}
	if p.burst != nil {
		add(st.Dim, p.burstLine(), "burst "+count(p.burst.sent)+"/"+count(p.burst.total))
	}
	if p.report != "" {
		text := model.PrintableString(p.report)
		if p.delivered.report == p.report && !p.failed {
			text = p.delivered.short(p.w, &p.sentApart)
		}
		add(p.reportStyle(), text, p.reportShort(text)...)
	}
	if note := p.liveTopicNote(); note != "" {
		add(st.Warn, note, topicShort()...)
	}
	if note := p.recordTemplateNote(); note != "" {
		add(st.Warn, note, p.lostShort()...)
	}
	if note := p.recordAbortedNote(); note != "" {
		add(st.Warn, note, abortedShort()...)
	}
	if w := p.jsonWarning(); w != "" {
		add(st.Warn, w, jsonShort(w)...)
	}
	if w := p.burstWarning(); w != "" {
		add(st.Warn, w, burstShort()...)
	}
	return out
}

// readDelivery reports whether the outcome shown is a delivery already
// read (a key came after it): it is said on one line, where the record
// went, in the Log's notation.
func (p *ProducePane) readDelivery() bool {
	return p.report != "" && !p.failed && p.reportRead && p.delivered.report == p.report
}

// burstLine is a running burst's count and how to stop it.
func (p *ProducePane) burstLine() string {
	return "burst " + count(p.burst.sent) + "/" + count(p.burst.total) + " sent · esc stops"
}

// reportStyle colours the last outcome: an error or refusal red.
func (p *ProducePane) reportStyle() lipgloss.Style {
	if p.failed {
		return p.c.Styles.Err
	}
	return p.c.Styles.OK
}

// liveTopicNote is the topic's note unless the last outcome already says
// the topic does not exist.
func (p *ProducePane) liveTopicNote() string {
	if p.reportSaysNoTopic() {
		return ""
	}
	return p.topicNote()
}

// jsonWarning says the value is not JSON where it should be, while the
// form is edited or for noticeFor after the value changed (jsonLive). Not
// on a form the user has not touched (a fresh or template value): a
// warning before anything is edited or sent is noise; nor while the
// outcome asking to confirm says it.
func (p *ProducePane) jsonWarning() string {
	if p.jsonErr == "" || p.confirm || p.untouched() || !p.jsonLive {
		return ""
	}
	return jsonWords(p.jsonErr)
}

// hint is the form's keys while it is not edited and no outcome is
// shown, broken between hints, never between a key and its word (ut15b
// C20); a box with fewer rows shows the first whole hints (ut16a D21: "ctrl+s
// send…" was cut with cells free).
func (p *ProducePane) hint() []string {
	var parts []string
	switch {
	case p.editing || p.report != "":
		return nil
	case p.noSend():
		parts = []string{"enter edit", "ctrl+r new values"} // the note above says sending is off
	default:
		parts = []string{"enter edit", "ctrl+s send", "ctrl+b burst", "ctrl+r new values"}
	}
	return styleEach(p.c.Styles.Dim, draw.WrapParts(parts, " · ", max(p.w, 8)))
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
	wrap := func(s string) []string { return draw.Wrap(s, max(width, 8)) }
	lines := wrap(report)
	tw := draw.Width(topic)
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
	lines := draw.Wrap(text, max(width, 8))
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
	if in.Width() <= 0 || draw.Width(string(runes)) <= in.Width() {
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
		return "…" + ansi.Cut(v, 1, draw.Width(v))
	}
	return v
}
