package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
// holds (issue 15): this session's own list, oldest first. It is drawn
// above the records the Log holds, as one list (a user test of issue 14,
// A9): moving down from the paged-back records goes on into the held
// ones, and moving up from the first paged-back record loads the page
// before it, as less and kcat users expect.
type logHistory struct {
	topic     string
	partition int
	top       model.Record   // the oldest record held when paging back started
	recs      []model.Record // paged back and matching the filter, oldest first
	bytes     int
	next      int64 // the offset the next page ends before
	end       int64 // the offset the paged-back records reach (exclusive): top's, then past each gap read (log_history_gap.go)
	filling   bool  // a gap read is on its way
	loading   bool
	atStart   bool   // the log start is reached
	low       int64  // the log start offset, once known
	err       string // the last page's failure, in words
	letGo     bool   // the newest paged-back records made way for older ones (the bounds)
	empty     int    // pages in a row without a match of the filter, read without a key
	live      int    // records the Log shows below the paged-back ones, at the last frame
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

// historyScan is how many pages without a match of the filter are read
// one after another before waiting for the next key.
const historyScan = 10

// pageBack starts paging back from the record at the top of the Log.
func (p *LogPane) pageBack(top model.Record) tea.Cmd {
	if p.c.Pager == nil {
		return nil
	}
	p.hist = &logHistory{topic: top.Topic, partition: top.Partition, top: top, next: top.Offset, end: top.Offset, live: 1} // top at least, until a frame counts
	return p.olderPage()
}

// olderPage asks for the page before the oldest record read.
func (p *LogPane) olderPage() tea.Cmd {
	h := p.hist
	if h == nil || h.loading || h.atStart {
		return nil
	}
	h.loading, h.err = true, ""
	pager, ctx := p.c.Pager, p.c.Ctx
	topic, part, before := h.topic, h.partition, h.next
	return forPane(paneLog, func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, historyTimeout)
		defer cancel()
		recs, low, err := pager.Older(ctx, topic, part, before, historyPage)
		return historyMsg{topic: topic, partition: part, recs: recs, low: low, err: err}
	})
}

// paged takes a page: the records the Log's filter matches go first, the
// cursor moves to the newest of them, one row up from where it was, with
// the page above it on screen and the row it left at the bottom; the
// newest paged-back records make way past the bounds. A
// page without a match reads the one before it, up to historyScan pages.
func (p *LogPane) paged(m historyMsg) tea.Cmd {
	h := p.hist
	if h == nil || h.topic != m.topic || h.partition != m.partition {
		return nil
	}
	h.loading, h.low = false, m.low
	if m.err != nil {
		h.err = m.err.Error()
	}
	if len(m.recs) > 0 {
		h.next = m.recs[0].Offset
	}
	if len(m.recs) == 0 || m.recs[0].Offset <= m.low {
		h.atStart = m.err == nil
	}
	if len(m.recs) == 0 && h.atStart && len(h.recs) == 0 && h.next == h.top.Offset { // the Log already held the oldest record: back to it
		p.hist = nil
		p.atLogStart(h.top, m.low)
		return nil
	}
	keep := p.histMatches(m.recs)
	h.recs = append(keep, h.recs...)
	for _, r := range keep {
		h.bytes += r.MemSize()
	}
	for len(h.recs) > 1 && (len(h.recs) > historyRecords || h.bytes > historyBytes) {
		h.bytes -= h.recs[len(h.recs)-1].MemSize()
		h.recs, h.letGo = h.recs[:len(h.recs)-1], true
	}
	if len(keep) == 0 && m.err == nil && !h.atStart && h.empty < historyScan {
		h.empty++
		return p.olderPage()
	}
	h.empty = 0
	if len(keep) > 0 { // the cursor one row up, the page above it on screen and the row it left at the bottom
		h.scroll.cursor = len(keep) - 1
		h.scroll.offset = max(len(keep)+1-p.histPage(), 0)
	}
	p.clampHistory()
	return p.fillGap()
}

// histMatches are the records of a page the Log would show: those its
// filter matches, aborted ones only where they are shown.
func (p *LogPane) histMatches(recs []model.Record) []model.Record {
	var keep []model.Record
	for i := range recs {
		if r := &recs[i]; p.idx.filter == nil || p.idx.filter.Match(r) {
			if !r.Aborted || p.aborted {
				keep = append(keep, *r)
			}
		}
	}
	return keep
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

// clampHistory keeps the cursor on a row of the one list (paged back,
// then held) and on screen. It runs where the pane's state changes (a
// page, a key, a snapshot after a resize), never while drawing.
func (p *LogPane) clampHistory() {
	if h := p.hist; h != nil {
		h.scroll.clamp(len(h.recs)+h.live, p.histPage())
	}
}

// snapHistory copies the rows on screen of the one list: paged-back
// records from the session's own list, held ones from the ring (those
// the filter matches). It runs under the store's read lock.
func (p *LogPane) snapHistory(st *model.State, v logView) {
	f, h := &p.frame, p.hist
	h.live = v.n()
	p.clampHistory()
	page := p.histPage()
	for i := h.scroll.offset; i < min(h.scroll.offset+page, len(h.recs)+h.live); i++ {
		if i < len(h.recs) {
			f.recs = append(f.recs, h.recs[i])
			f.at = append(f.at, notHeld)
			f.earlier = append(f.earlier, false) // read now, from the partition's current log
			continue
		}
		at := v.at(i - len(h.recs))
		r := st.Log.At(int(at - v.first))
		f.recs = append(f.recs, r)
		f.at = append(f.at, at)
		f.earlier = append(f.earlier, st.Earlier(&r))
	}
	f.sel = h.scroll.cursor - h.scroll.offset
	f.back = backMarks(f.back, f.recs)
	f.atW = f.atW.widen(f.recs)
}

// notHeld marks a paged-back row in logFrame.at.
const notHeld = ^uint64(0)

// historyKey handles a key in the one list: moving up past its first
// record loads the page before it; esc goes back to the Log alone,
// paused on the held record the cursor was on, and space follows again.
func (p *LogPane) historyKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	h := p.hist
	switch {
	case key.Matches(msg, k.Back):
		p.leaveHistory()
		return nil
	case key.Matches(msg, k.Pause): // as in the Log: follow the newest again
		p.hist, p.follow = nil, true
		return nil
	case key.Matches(msg, k.Resend):
		if r, ok := p.historySelected(); ok {
			f, lost := recordForm(&r)
			return func() tea.Msg { return resendMsg{form: f, lost: lost} }
		}
		return nil
	case key.Matches(msg, k.Format): // as in the Log: the rows paged back are its rows (ut40a-20: f did nothing here)
		p.format = p.format.Next()
		return nil
	case key.Matches(msg, k.Enter):
		if r, ok := p.historySelected(); ok {
			i := h.scroll.cursor - h.scroll.offset
			p.detail = &logDetail{rec: r, format: p.format, earlier: i >= 0 && i < len(p.frame.earlier) && p.frame.earlier[i]}
			p.detail.layout(p.c.Styles, p.w)
		}
		return nil
	}
	up := key.Matches(msg, k.Up) || key.Matches(msg, k.PageUp) || key.Matches(msg, k.Top)
	if up && h.scroll.cursor == 0 {
		return tea.Batch(p.olderPage(), p.fillGap())
	}
	h.scroll.handle(k, msg, len(h.recs)+h.live, p.histPage())
	return p.fillGap()
}

// historySelected is the record under the cursor, from the last frame's
// rows (the cursor is on screen).
func (p *LogPane) historySelected() (model.Record, bool) {
	f, h := &p.frame, p.hist
	if i := h.scroll.cursor - h.scroll.offset; i >= 0 && i < len(f.recs) {
		return f.recs[i], true
	}
	return model.Record{}, false
}

// leaveHistory goes back to the Log alone, paused: on the held record
// the cursor was on, or where it was paused when paging back began.
func (p *LogPane) leaveHistory() {
	f, h := &p.frame, p.hist
	p.hist = nil
	if i := h.scroll.cursor - h.scroll.offset; i >= 0 && i < len(f.at) && f.at[i] != notHeld {
		p.cursor, p.top = f.at[i], f.at[i]
		for j := range f.at {
			if f.at[j] != notHeld {
				p.top = f.at[j]
				break
			}
		}
	}
}

// historyLines draws the one list under a line that says which partition
// is paged back, how far, what is loading, and when the log start is
// reached.
func (p *LogPane) historyLines(focused bool) []string {
	st := p.c.Styles
	h := p.hist
	topic := model.PrintableString(h.topic)
	head := "/" + itoa(h.partition) + " paged back"
	if len(h.recs) > 0 {
		head += " · offsets " + count(h.recs[0].Offset) + "-" + count(h.recs[len(h.recs)-1].Offset)
	}
	if h.letGo {
		head += " · newest paged-back let go (" + count(historyRecords) + " records, " + iecBytes(historyBytes) + " at most)"
	}
	state, short := h.state(st, p.idx.filter != nil)
	// What is said goes whole: the footer's "esc live log" goes first,
	// then the topic is cut in the middle (issue 14, F25: "(offset 0…"),
	// down to 8 cells, then the state takes its short form (ut34a-29:
	// `↑ at t…` in the 80x24 grid).
	if room := p.w - draw.Width(head+state); room < min(draw.Width(topic), 8) && short != "" {
		state = short
	}
	head += state
	if esc := " · esc: live log"; draw.Width(topic+head+esc) <= p.w {
		head += esc
	} else if room := p.w - draw.Width(head); draw.Width(topic) > room {
		topic = strings.TrimRight(draw.FitMiddle(topic, max(room, 8)), " ")
	}
	lines := append(p.filterLines(), st.Accent.Render(draw.Clip(topic+head, p.w)))
	f := &p.frame
	cols, cells := p.columns(f.recs, f.atW)
	return append(lines, p.recordLines(f.recs, cells, cols, f.back, f.sel, focused, p.h-len(lines))...)
}

// histPage is the record rows while paged back: the box's rows less the
// applied filter's lines, kept above the paged-back line (ut28b V7: the
// filter was said nowhere but in the border's match count), and that line.
func (p *LogPane) histPage() int {
	return max(p.h-1-len(p.filterLines()), 1)
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

// state is what the paged-back line says of the loading after its
// offsets (" · " first), and its short form where the line is short (""
// when it has none: an error, the log start's offset are said whole).
// filtered says a filter is applied (a page without a match says so).
func (h *logHistory) state(st *Styles, filtered bool) (long, short string) {
	switch {
	case h.loading:
		return " · loading older records…", " · loading…"
	case h.err != "":
		return " · " + st.Err.Render("cannot read older records: "+model.PrintableString(h.err)), ""
	case h.atStart:
		return " · log start reached (offset " + count(h.low) + ")", ""
	case h.empty > 0 || (len(h.recs) == 0 && filtered):
		return " · no match before offset " + count(h.next) + " · ↑ at the top reads older", " · no match before " + count(h.next) + " · ↑ older"
	}
	return " · ↑ at the top loads older", " · ↑ older"
}
