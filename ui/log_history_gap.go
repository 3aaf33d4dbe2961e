package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// While paged back the Log goes on rolling its oldest records out (a Log
// bounded by bytes or records): the held part of the one list then
// starts later than where the paged-back records end, and the records
// between were neither (ut36a-33: paged back to 430-629 from a paused
// page at @630, the list went @629, @642; 630-641 were gone unsaid). So
// the paged-back records are read on up to the oldest record the Log
// holds of the partition now, after each page, each key and each second.

// gapMsg is a read of the records between the paged-back ones and the
// oldest the Log holds of the partition: those before `before`.
type gapMsg struct {
	topic     string
	partition int
	from      int64 // the offset the paged-back records reached when it was asked
	before    int64
	recs      []model.Record
	err       error
}

// oldestHeld is the offset of the oldest record of topic/partition the
// Log holds, -1 when it holds none. It runs under the store's read lock.
func oldestHeld(log *model.Ring[model.Record], topic string, partition int) int64 {
	for i := 0; i < log.Len(); i++ {
		if r := log.At(i); r.Note == "" && r.Topic == topic && r.Partition == partition {
			return r.Offset
		}
	}
	return -1
}

// fillGap asks for the records between the paged-back ones and the
// oldest record the Log holds of the partition, a page at a time, oldest
// first; nil when there are none (or a read is on its way).
func (p *LogPane) fillGap() tea.Cmd {
	h := p.hist
	if h == nil || h.loading || h.filling || p.c.Pager == nil {
		return nil
	}
	held := int64(-1)
	p.c.Store.Read(func(st *model.State) { held = oldestHeld(st.Log, h.topic, h.partition) })
	if held <= h.end {
		return nil
	}
	h.filling = true
	pager, ctx := p.c.Pager, p.c.Ctx
	topic, part, from := h.topic, h.partition, h.end
	before := min(held, from+historyPage)
	return forPane(paneLog, func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, historyTimeout)
		defer cancel()
		recs, _, err := pager.Older(ctx, topic, part, before, int(before-from))
		return gapMsg{topic: topic, partition: part, from: from, before: before, recs: recs, err: err}
	})
}

// gapRead puts the records read into the gap after the paged-back ones,
// keeps the cursor on the row it was on, and reads on while a gap is
// left.
func (p *LogPane) gapRead(m gapMsg) tea.Cmd {
	h := p.hist
	if h == nil || h.topic != m.topic || h.partition != m.partition || h.end != m.from {
		return nil
	}
	h.filling = false
	if m.err != nil {
		h.err = m.err.Error()
		return nil
	}
	var in []model.Record
	for _, r := range p.histMatches(m.recs) {
		if r.Offset >= m.from && r.Offset < m.before {
			in = append(in, r)
		}
	}
	n := len(h.recs)
	h.recs, h.end = append(h.recs, in...), m.before
	for _, r := range in {
		h.bytes += r.MemSize()
	}
	// rows below the paged-back ones moved down by what came between
	if h.scroll.cursor >= n {
		h.scroll.cursor += len(in)
	}
	if h.scroll.offset >= n {
		h.scroll.offset += len(in)
	}
	// past the bounds the oldest paged-back records make way here (what
	// comes in is what the user reads on into); ↑ at the top reads them again
	drop := 0
	for len(h.recs)-drop > 1 && (len(h.recs)-drop > historyRecords || h.bytes > historyBytes) {
		h.bytes -= h.recs[drop].MemSize()
		drop++
	}
	if drop > 0 {
		h.recs, h.next, h.atStart = h.recs[drop:], h.recs[drop].Offset, false
		h.scroll.cursor, h.scroll.offset = max(h.scroll.cursor-drop, 0), max(h.scroll.offset-drop, 0)
	}
	p.clampHistory()
	return p.fillGap()
}

// logGapRead is the Log's gap read while it is paged back, each second:
// records roll out with no key pressed.
func (a *App) logGapRead() tea.Cmd {
	if p, ok := a.panes[paneLog].(*LogPane); ok {
		return p.fillGap()
	}
	return nil
}
