package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Pager reads records older than the Log holds (source.Pager). Older does
// I/O: panes call it only inside commands.
type Pager interface {
	// Older returns up to n records of the partition before offset before,
	// oldest first, and the partition's log start offset.
	Older(ctx context.Context, topic string, partition int, before int64, n int) ([]model.Record, int64, error)
}

// Paging back is bounded per session by records and payload bytes; past
// them the newest records of the page list make way.
const (
	historyPage    = 200
	historyRecords = 5_000
	historyBytes   = 16 << 20
	historyTimeout = 15 * time.Second
)

// logHistory is one partition paged back past the oldest record the Log
// holds (issue 15): this session's own list, oldest first.
type logHistory struct {
	topic     string
	partition int
	recs      []model.Record
	bytes     int
	loading   bool
	atStart   bool   // the first page starts at the log start
	low       int64  // the log start offset, once known
	err       string // the last page's failure, in words
	scroll    scroller
}

// historyMsg is one page of older records.
type historyMsg struct {
	topic     string
	partition int
	recs      []model.Record
	low       int64
	err       error
}

// pageBack starts paging back from the record at the top of the Log.
func (p *LogPane) pageBack(top model.Record) tea.Cmd {
	if p.c.Pager == nil {
		return nil
	}
	p.hist = &logHistory{topic: top.Topic, partition: top.Partition, recs: []model.Record{top}, bytes: top.MemSize()}
	return p.olderPage()
}

// olderPage asks for the page before the oldest record held.
func (p *LogPane) olderPage() tea.Cmd {
	h := p.hist
	if h == nil || h.loading || h.atStart || len(h.recs) == 0 {
		return nil
	}
	h.loading, h.err = true, ""
	pager, ctx := p.c.Pager, p.c.Ctx
	topic, part, before := h.topic, h.partition, h.recs[0].Offset
	return forPane(paneLog, func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, historyTimeout)
		defer cancel()
		recs, low, err := pager.Older(ctx, topic, part, before, historyPage)
		return historyMsg{topic: topic, partition: part, recs: recs, low: low, err: err}
	})
}

// paged takes a page: older records go first, the view moves to the
// newest of them, and the newest end makes way past the bounds.
func (p *LogPane) paged(m historyMsg) {
	h := p.hist
	if h == nil || h.topic != m.topic || h.partition != m.partition {
		return
	}
	h.loading, h.low = false, m.low
	if m.err != nil {
		h.err = m.err.Error()
	}
	if len(m.recs) == 0 || m.recs[0].Offset <= m.low {
		h.atStart = m.err == nil
	}
	if len(m.recs) == 0 && h.atStart && len(h.recs) == 1 { // the Log already held the oldest record: back to it
		top := h.recs[0]
		p.hist = nil
		p.atLogStart(top, m.low)
		return
	}
	h.recs = append(append([]model.Record(nil), m.recs...), h.recs...)
	for _, r := range m.recs {
		h.bytes += r.MemSize()
	}
	for len(h.recs) > 1 && (len(h.recs) > historyRecords || h.bytes > historyBytes) {
		h.bytes -= h.recs[len(h.recs)-1].MemSize()
		h.recs = h.recs[:len(h.recs)-1]
	}
	h.scroll.cursor = max(len(m.recs)-1, 0)
	p.clampHistory()
}

// atLogStart says that nothing is older than top, the oldest record the
// Log holds of its partition, instead of switching to a paged-back view
// of that one record. The notice goes with the next key or after
// noticeFor, like an export's outcome.
func (p *LogPane) atLogStart(top model.Record, low int64) {
	p.notice, p.noticeBad, p.noticeAt = "log start reached: "+model.PrintableString(top.Topic)+"/"+itoa(top.Partition)+
		" starts at offset "+count(low), false, p.c.now()
}

// logStart is the log start offset of topic/partition from the last poll,
// -1 when the poll has not seen the partition.
func logStart(parts []model.PartitionStat, topic string, partition int) int64 {
	for i := range parts {
		if parts[i].Topic == topic && parts[i].Partition == partition {
			return parts[i].Low
		}
	}
	return -1
}

// clampHistory keeps the paged-back cursor on a record and on screen. It
// runs where the pane's state changes (a page, a key, a snapshot after a
// resize), never while drawing.
func (p *LogPane) clampHistory() {
	if p.hist != nil {
		p.hist.scroll.clamp(len(p.hist.recs), max(p.h-1, 1))
	}
}

// historyKey handles a key while paging back: moving up past the first
// record loads the page before it; esc goes back to the live Log.
func (p *LogPane) historyKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	h := p.hist
	page := max(p.h-1, 1)
	switch {
	case key.Matches(msg, k.Back):
		p.hist = nil
		return nil
	case key.Matches(msg, k.Resend):
		if h.scroll.cursor < len(h.recs) {
			f, lost := model.RecordForm(&h.recs[h.scroll.cursor])
			return func() tea.Msg { return resendMsg{form: f, note: lostNote(lost)} }
		}
		return nil
	case key.Matches(msg, k.Enter):
		if h.scroll.cursor < len(h.recs) {
			p.detail = &logDetail{rec: h.recs[h.scroll.cursor]}
		}
		return nil
	}
	up := key.Matches(msg, k.Up) || key.Matches(msg, k.PageUp) || key.Matches(msg, k.Top)
	if up && h.scroll.cursor == 0 {
		return p.olderPage()
	}
	h.scroll.handle(k, msg, len(h.recs), page)
	return nil
}

// historyLines draws the paged-back list under one line that says where
// it is, what is loading, and when the log start is reached.
func (p *LogPane) historyLines(focused bool) []string {
	st := p.c.Styles
	h := p.hist
	topic := model.PrintableString(h.topic)
	head := "/" + itoa(h.partition) + " paged back"
	if len(h.recs) > 0 {
		head += " · offsets " + count(h.recs[0].Offset) + "-" + count(h.recs[len(h.recs)-1].Offset)
	}
	switch {
	case h.loading:
		head += " · loading older records…"
	case h.err != "":
		head += " · " + st.Err.Render("cannot read older records: "+model.PrintableString(h.err))
	case h.atStart:
		head += " · log start reached (offset " + count(h.low) + ")"
	default:
		head += " · ↑ at the top loads older"
	}
	// What is said goes whole: the footer's "esc live log" goes first,
	// then the topic is cut in the middle (issue 14, F25: "(offset 0…").
	if esc := " · esc: live log"; ansi.StringWidth(topic+head+esc) <= p.w {
		head += esc
	} else if room := p.w - ansi.StringWidth(head); ansi.StringWidth(topic) > room {
		topic = strings.TrimRight(draw.FitMiddle(topic, max(room, 8)), " ")
	}
	lines := []string{st.Accent.Render(draw.Clip(topic+head, p.w))}
	page := max(p.h-1, 1)
	shown := h.recs[min(h.scroll.offset, len(h.recs)):min(h.scroll.offset+page, len(h.recs))]
	cols, cells := p.columns(shown, atWidth(h.recs, 0)) // every page's rows: a topic cut one way throughout
	for i := h.scroll.offset; i < min(h.scroll.offset+page, len(h.recs)); i++ {
		l := p.line(&h.recs[i], cells[i-h.scroll.offset], cols, i > 0 && stepsBack(h.recs[i-1], h.recs[i]))
		if focused && i == h.scroll.cursor {
			l = st.Selected.Render(draw.Fit(l, p.w))
		}
		lines = append(lines, l)
	}
	return lines
}

func lostNote(lost []string) string {
	if len(lost) == 0 {
		return ""
	}
	s := "not text, left out: "
	for i, l := range lost {
		if i > 0 {
			s += ", "
		}
		s += l
	}
	return s
}
