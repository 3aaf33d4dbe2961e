package ui

import (
	"context"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// watchPrompt asks where reading a topic starts (issue 15).
type watchPrompt struct {
	topic    string
	question string // what the prompt asks, above the field
	input    textinput.Model
	chart    bool   // the prompt edits an inferred view (topics_chart.go)
	zoom     bool   // the pane is zoomed while the prompt is open (fitPrompt)
	hint     string // what may be typed, wrapped under the input
}

// watchedMsg is the outcome of choosing to read (or stop reading) a topic.
type watchedMsg struct {
	topic, words string
	err          error
}

// watchTimeout bounds resolving a start position (metadata, ListOffsets).
const watchTimeout = 15 * time.Second

// startWatch opens the prompt for the topic under the cursor (or open).
func (p *TopicsPane) startWatch() tea.Cmd {
	t := p.Selected()
	if t == "" { // said, not silent (ut21a X-5: w did nothing on a cluster that never answered)
		p.notice, p.noticeBad = p.noTopicWhy("w reads the topic under the cursor"), true
		return nil
	}
	if p.c.Watcher == nil {
		p.notice, p.noticeBad = "choosing topics to read is off in this session", true
		return nil
	}
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = "enter: last:50"
	in.CharLimit = 256
	p.prompt = &watchPrompt{topic: t, input: in, question: "read " + t + " from:",
		hint: "last:50 · end · beginning · -15m · 2026-11-29T08:00 (" + p.c.now().Format("MST") + ") · 0=120,1=40 (offsets by partition)"}
	p.fitPrompt()
	return p.prompt.input.Focus()
}

// promptKey handles a key while the prompt has the keyboard: enter reads
// from there (in a command: resolving does I/O), esc cancels.
func (p *TopicsPane) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		p.prompt = nil
		return nil
	case p.prompt.chart && (key.Matches(msg, k.Enter) || key.Matches(msg, k.Send)):
		return p.chartKey(key.Matches(msg, k.Send))
	case key.Matches(msg, k.Enter):
		topic, from := p.prompt.topic, p.prompt.input.Value()
		if from == "" {
			from = "last:50"
		}
		p.sent, p.prompt = p.prompt, nil // kept, to open again with its text if refused
		p.notice, p.noticeBad = "resolving where "+topic+" starts…", false
		w, session, ctx := p.c.Watcher, p.c.Session, p.c.Ctx
		return forPane(paneTopics, func() tea.Msg {
			ctx, cancel := context.WithTimeout(ctx, watchTimeout)
			defer cancel()
			words, err := w.Watch(ctx, session, topic, from)
			return watchedMsg{topic: topic, words: words, err: err}
		})
	}
	var cmd tea.Cmd
	before := p.prompt.input.Value()
	p.prompt.input, cmd = p.prompt.input.Update(msg)
	if p.prompt.input.Value() != before {
		p.notice = "" // a complaint is about the text as it was
	}
	return cmd
}

// unwatch stops this session reading the topic under the cursor; when
// something else keeps it read (the command line, a view, the busiest),
// it says what.
func (p *TopicsPane) unwatch() {
	t := p.Selected()
	if t == "" {
		p.notice, p.noticeBad = p.noTopicWhy("u stops reading the topic under the cursor"), true
		return
	}
	if p.c.Watcher == nil {
		return
	}
	name := model.PrintableString(t)
	why := p.snap.why[t]
	if !slices.Contains(p.c.Watcher.Mine(p.c.Session), t) {
		if why != "" {
			p.notice, p.noticeBad = "u cannot stop "+name+": the Log follows it live ("+why+")", false
			return
		}
		p.notice, p.noticeBad = "this session does not read "+name+" (w reads it)", false
		return
	}
	p.c.Watcher.Unwatch(p.c.Session, t)
	if why != "" {
		// in the user's words, the reason whole (ut35-14: "stopped your
		// choice; audit is still read for one of the largest")
		p.notice, p.noticeBad = name+": your read stopped; the Log still follows it live ("+why+")", false
		return
	}
	p.notice, p.noticeBad = "stopped reading "+name, false
	if _, viewed := p.existingView(t); viewed && !readsTopic(p.c.Watcher, t) {
		// Its view, in this session or another, gets no more records: say
		// so here, and its border says "not read" (ut21a X-12).
		p.notice = "stopped reading " + name + ": its view gets no new records now (w reads it again)"
	}
}

// watched takes a watch outcome.
func (p *TopicsPane) watched(m watchedMsg) {
	sent := p.sent
	p.sent = nil
	if m.err != nil {
		p.notice, p.noticeBad = "cannot read "+m.topic+": "+m.err.Error(), true
		if p.prompt == nil && sent != nil && sent.topic == m.topic {
			// The prompt opens again with what was typed and the reason
			// under it, to correct one digit rather than retype it all
			// (ut16b E16: the text was gone).
			p.prompt = sent
			p.fitPrompt()
			return
		}
		return
	}
	p.notice, p.noticeBad = m.words, false // "reading T into the Log from …" (startWords)
}

// noticeLines is the prompt while typing (with its hint under it), else
// the last outcome, wrapped whole: an outcome's reason and advice come
// after the topic's name, so a cut line loses exactly what the user needs
// (issue 14, F30; ut21a K9-2: three rows cut "for the saved view …"). One
// the box cannot hold has the screen (fitOutcome).
func (p *TopicsPane) noticeLines() []string {
	st := p.c.Styles
	switch {
	case p.prompt != nil:
		return p.promptLines()
	case p.notice == "":
		return nil
	case p.noticeBad:
		return styleEach(st.Crit, capRows(p.outcomeRows(p.w), p.outcomeRoom(), p.w))
	}
	return styleEach(st.Accent, capRows(p.outcomeRows(p.w), p.outcomeRoom(), p.w))
}

// fitPrompt zooms the pane while the prompt is open when the box cannot
// show the prompt whole above the list's heading and the topic's row (the
// 80x24 grid gives Topics 5 rows); decided once, as it opens, so the zoom
// does not come and go as the prompt is typed in.
func (p *TopicsPane) fitPrompt() {
	// A prompt opened again after a refusal keeps the screen it had: its
	// box was judged at the grid's size, not the zoomed pane's.
	p.prompt.zoom = p.prompt.zoom || 1+len(p.promptLines())+2 > p.h
}

// refit decides again, after a resize, whether an open prompt needs the
// screen: one opened in a big box and resized into a small one zooms as
// one opened there does (ut15b C16).
func (p *TopicsPane) refit() {
	if p.prompt != nil && !p.prompt.zoom {
		p.fitPrompt()
	}
	if p.notice != "" && p.prompt == nil && !p.outcomeFits() {
		p.outcome.said, p.outcome.zoom = p.notice, true
	}
}

// flowOpen says the pane wants the screen: an action flow, or a prompt
// that does not fit the box (App.zoomForFlow).
func (p *TopicsPane) flowOpen() bool {
	return p.acts.flowOpen() || (p.prompt != nil && p.prompt.zoom) || p.outcome.zoom
}

// promptLines is the open prompt: its question wrapped whole, the field
// under it wrapped over the rows its text needs, what may be typed, and
// a complaint about what was typed (a view that does not parse), each
// wrapped whole in the rows the pane has, laid out again at every width
// (issue 14, B18 and B33: at 80 columns the question hid the field, the
// field showed a fragment of a view and kept its width after a resize).
func (p *TopicsPane) promptLines() []string {
	st := p.c.Styles
	lines := styleEach(st.Accent, draw.Wrap(model.PrintableString(p.prompt.question), p.w))
	lines = append(lines, inputRows(p.prompt.input, st, "> ", p.w)...)
	if p.notice != "" {
		style := st.Accent
		if p.noticeBad {
			style = st.Crit
		}
		lines = append(lines, styleEach(style, draw.Wrap(model.PrintableString(p.notice), p.w))...)
	}
	if p.prompt.hint != "" {
		room := max(p.h-1-len(lines), 1) // the cluster line stays
		lines = append(lines, styleEach(st.Dim, capRows(draw.Wrap(p.prompt.hint, p.w), room, p.w))...)
	}
	return lines
}

// noticeRows bounds a Log notice's rows, so the list keeps the pane.
const noticeRows = 3

// capRows keeps at most n of lines, the last kept one marked cut when
// some are left out.
func capRows(lines []string, n, w int) []string {
	if len(lines) <= n || n <= 0 {
		return lines
	}
	lines = lines[:n]
	lines[n-1] = draw.Fit(lines[n-1]+" "+draw.Ellipsis, w)
	if draw.Width(lines[n-1]) > w {
		lines[n-1] = draw.Clip(lines[n-1], w)
	}
	return lines
}

// marked is the topics this session's Log reads, for the ● marker: its
// own choices (copied before the frame's lock) and every topic read for
// every session (ReadWhy).
func (p *TopicsPane) marked() []string {
	out := slices.Clone(p.reading)
	for t := range p.snap.why {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// mine is the topics this session reads by choice.
func (p *TopicsPane) mine() []string {
	if p.c.Watcher == nil {
		return nil
	}
	return p.c.Watcher.Mine(p.c.Session)
}

// startLines says how each --topic NAME@START went ("!! " marks one
// that failed), each wrapped whole, its reason included (ut16b E23: one
// line each lost the reason), in at most a third of the pane: past it, a
// count of the rest, which z shows. Zoomed they take the pane but the
// cluster line (two rows at most), the heading and three rows of the list (ut24a P21: at
// 80x24 zoomed they kept a third, the second was never on screen, and z
// un-zoomed); what even that cannot hold is counted, for the log file.
func (p *TopicsPane) startLines(notes []string) []string {
	st := p.c.Styles
	// a third of the box, or the rows a short list leaves (a filter to
	// one topic: ut27's `/dormant` summed the outcomes up in one line
	// over a blank row), leaving the heading and a row of the list
	typing := boolInt(p.filter.typing)
	room, more := max(min(max(p.h/3, p.h-typing-1-len(p.view.rows)), p.h-2-typing), 1), " (z shows them)"
	if p.zoomed {
		room, more = max(p.h-2-1-3, p.h/3, 1), " (the log file has them)"
	}
	// the ones that failed first: what a user must read is not behind a
	// count (ut30 X10: at 80x24 `3 more --topic outcomes` hid a `!! …
	// not on the cluster`); the count says how many it holds that failed
	notes = failedFirst(notes)
	room = max(room, p.firstRoom(notes, typing))
	var out []string
	for i, n := range notes {
		lines := draw.Wrap(model.PrintableString(n), max(p.w, 1))
		left := len(notes) - i
		if len(out)+len(lines) > room-boolInt(left > 1) {
			// "more" only beside an outcome shown (ut43b-17: `2 more`
			// over none)
			line, style := plural(left, "more --topic outcome"), st.Dim
			if i == 0 {
				line = plural(left, "--topic outcome")
			}
			if bad := failedStarts(notes[i:]); bad > 0 {
				line, style = line+", "+count(bad)+" not read", st.Crit
			}
			// a narrow box keeps the count whole before the hint (38 cells
			// cut `(z shows them)` to `(…`)
			for _, l := range []string{line + more, line} {
				if draw.Width(l) <= p.w {
					line = l
					break
				}
			}
			out = append(out, style.Render(draw.Clip(line, p.w)))
			break
		}
		style := st.Dim
		switch {
		case strings.HasPrefix(n, "!! "):
			style = st.Crit
		case strings.Contains(n, "past the end") || strings.Contains(n, "before the log start") || strings.Contains(n, "no record at"):
			style = st.Warn
		}
		out = append(out, styleEach(style, lines)...)
	}
	return out
}

// firstRoom is the rows the first outcome (the worst: failed ones come
// first) takes whole with the count of the rest under it, as far as the
// box leaves the heading and a row of the list: a third of the 80x24
// grid's six rows held two, so a two-line `!! … not on the cluster` went
// behind `2 more --topic outcomes` with none shown (ut43b-17).
func (p *TopicsPane) firstRoom(notes []string, typing int) int {
	if len(notes) == 0 || p.zoomed {
		return 0
	}
	need := len(draw.Wrap(model.PrintableString(notes[0]), max(p.w, 1))) + boolInt(len(notes) > 1)
	return min(need, p.h-2-typing)
}

// failedFirst is the notes with the ones that failed ("!! ") first, each
// group in its own order.
func failedFirst(notes []string) []string {
	out := make([]string, 0, len(notes))
	for _, bad := range []bool{true, false} {
		for _, n := range notes {
			if strings.HasPrefix(n, "!! ") == bad {
				out = append(out, n)
			}
		}
	}
	return out
}

// failedStarts counts the --topic outcomes that failed ("!! "): the Log,
// empty, says they are why, not only "no records yet".
func failedStarts(notes []string) int {
	n := 0
	for _, s := range notes {
		if strings.HasPrefix(s, "!! ") {
			n++
		}
	}
	return n
}
