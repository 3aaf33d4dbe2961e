package ui

import (
	"slices"
	"sort"

	"github.com/washboard/washboard/model"
)

// matchIndex is one session's filter over the shared log ring: the
// absolute positions (Dropped()+i) of the records that match, ascending.
// Each sync tests only the records that arrived since the last one and
// forgets positions the ring has dropped, so a frame costs the new
// records, not the whole buffer.
type matchIndex struct {
	filter  *model.Filter
	hide    map[string]bool // topics another session chose to read (issue 15)
	pos     []uint64
	head    int    // pos[:head] have been dropped by the ring
	scanned uint64 // the next position to test
	edits   uint64 // the ring's Edits when last synced: an edit moves positions, so the index starts over

	// noAborted hides aborted transactions' records: set while the Log
	// does not show them and the store holds any (so a cluster without
	// transactions never pays for an index).
	noAborted bool
	// aborted are the positions of the aborted records noAborted hides
	// (of the topics not hidden), ascending, from abHead on: the Log
	// says how many it holds but does not show.
	aborted []uint64
	abHead  int
	// held are the positions of the records (notes not counted) of the
	// topics not hidden, shown or not: what the border calls held.
	held     []uint64
	heldHead int
	// notes are the positions in pos of the tail's notes the filter
	// matches, from notesHead on: a row each, but not a record, so the
	// border's matches leave them out as held does (ut22b N16's screen
	// read `91 / 90 match`).
	notes     []uint64
	notesHead int
}

// reset forgets every position: the next sync tests the whole ring.
func (m *matchIndex) reset() {
	m.pos, m.head, m.scanned, m.aborted, m.abHead = m.pos[:0], 0, 0, m.aborted[:0], 0
	m.held, m.heldHead = m.held[:0], 0
	m.notes, m.notesHead = m.notes[:0], 0
}

// set replaces the filter; the next sync rebuilds the index from the
// buffered records.
func (m *matchIndex) set(f *model.Filter) {
	m.filter = f
	m.reset()
}

// setHide replaces the hidden topics; a change rebuilds the index.
func (m *matchIndex) setHide(hide map[string]bool) {
	if len(hide) == len(m.hide) {
		same := true
		for t := range hide {
			same = same && m.hide[t]
		}
		if same {
			return
		}
	}
	m.hide = hide
	m.reset()
}

// active reports whether the index selects records (a filter, or topics
// hidden); when not, every buffered record is in the view.
func (m *matchIndex) active() bool { return m.filter != nil || len(m.hide) > 0 || m.noAborted }

// setNoAborted hides or shows aborted records; a change rebuilds the index.
func (m *matchIndex) setNoAborted(hide bool) {
	if hide != m.noAborted {
		m.noAborted = hide
		m.reset()
	}
}

// sync brings the index up to date with the ring. It runs under the
// store's read lock.
func (m *matchIndex) sync(log *model.Ring[model.Record]) {
	if !m.active() {
		return
	}
	if e := log.Edits(); e != m.edits {
		m.reset()
		m.edits = e
	}
	first := log.Dropped()
	end := first + uint64(log.Len())
	m.scanned = max(m.scanned, first)
	for p := m.scanned; p < end; p++ {
		r := log.At(int(p - first))
		if m.hide[r.Topic] {
			continue
		}
		if r.Note == "" {
			m.held = append(m.held, p)
		}
		switch {
		case m.noAborted && r.Aborted:
			m.aborted = append(m.aborted, p)
		case m.filter == nil || m.filter.Match(&r):
			m.pos = append(m.pos, p)
			if r.Note != "" {
				m.notes = append(m.notes, p)
			}
		}
	}
	m.scanned = end
	m.pos, m.head = dropBefore(m.pos, m.head, first)
	m.aborted, m.abHead = dropBefore(m.aborted, m.abHead, first)
	m.held, m.heldHead = dropBefore(m.held, m.heldHead, first)
	m.notes, m.notesHead = dropBefore(m.notes, m.notesHead, first)
}

// heldCount is how many records of the topics not hidden the ring holds,
// shown or not, notes not counted.
func (m *matchIndex) heldCount() int { return len(m.held) - m.heldHead }

// dropBefore moves head past the positions of pos before first (the
// ring dropped them), and compacts pos once most of it is dropped.
func dropBefore(pos []uint64, head int, first uint64) ([]uint64, int) {
	live := pos[head:]
	head += sort.Search(len(live), func(i int) bool { return live[i] >= first })
	if head > 1024 && head > len(pos)/2 {
		pos = append(pos[:0], pos[head:]...)
		head = 0
	}
	return pos, head
}

// notesMatched is how many of the tail's notes the ring holds are in the
// view (rows, not records).
func (m *matchIndex) notesMatched() int { return len(m.notes) - m.notesHead }

// abortedHidden is how many aborted records the ring holds that the Log
// does not show (its `a` key shows them).
func (m *matchIndex) abortedHidden() int { return len(m.aborted) - m.abHead }

// logView is the list the Log pane scrolls: every buffered record, or the
// filter's matches. Entries are absolute ring positions.
type logView struct {
	first, end uint64   // the ring's buffered positions [first, end)
	matches    []uint64 // nil when unfiltered
	filtered   bool
}

func (m *matchIndex) view(log *model.Ring[model.Record]) logView {
	first := log.Dropped()
	v := logView{first: first, end: first + uint64(log.Len()), filtered: m.active()}
	if v.filtered {
		v.matches = m.pos[m.head:]
	}
	return v
}

func (v logView) n() int {
	if v.filtered {
		return len(v.matches)
	}
	return int(v.end - v.first)
}

func (v logView) at(i int) uint64 {
	if v.filtered {
		return v.matches[i]
	}
	return v.first + uint64(i)
}

// index is the index of the first entry at or after pos.
func (v logView) index(pos uint64) int {
	if v.filtered {
		return sort.Search(len(v.matches), func(i int) bool { return v.matches[i] >= pos })
	}
	return int(min(max(pos, v.first), v.end) - v.first)
}

// syncIdx brings the session's index up to date: the topics another
// session chose to read are hidden here (a viewer choosing what to watch
// does not change what the others see), then new records are matched.
// It runs under the store's read lock, with p.chosen copied before it
// (beforeSnapshot): Watches.mu is never taken under the store's lock.
func (p *LogPane) syncIdx(st *model.State) {
	var hide map[string]bool
	if len(st.ChosenOnly) > 0 {
		for _, t := range st.ChosenOnly {
			if !slices.Contains(p.chosen, t) {
				if hide == nil {
					hide = map[string]bool{}
				}
				hide[t] = true
			}
		}
	}
	p.idx.setHide(hide)
	p.idx.setNoAborted(!p.aborted && st.Aborted > 0)
	p.idx.sync(st.Log)
}
