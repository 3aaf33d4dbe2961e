package ui

import (
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// BoxCache keeps the boxes panes were drawn into (border, title, status,
// every line fitted to the width), keyed by exactly what each was drawn
// from. A pane whose lines did not change since the last frame is not
// drawn again, and sessions showing the same pane at the same size in the
// same styles (ten viewers of one Log) draw it once between them. One
// cache serves every session of a process; it is safe for concurrent use.
//
// It is bounded by bytes: entries live in two generations, the current
// one taking new boxes until it holds half the limit, when it becomes the
// old one and the older is dropped. A box found in the old generation
// moves back to the current one, so what frames keep asking for stays.
type BoxCache struct {
	mu       sync.Mutex
	seed     maphash.Seed
	limit    int // bytes of both generations together
	cur, old map[uint64][]*boxEntry
	curBytes int
	drawn    atomic.Uint64 // boxes drawn (not found), for tests and benchmarks
}

// defaultBoxCacheBytes holds a few dozen full-screen boxes: every pane of
// several sessions at several sizes.
const defaultBoxCacheBytes = 8 << 20

// NewBoxCache makes a cache of at most limit bytes of boxes and the lines
// they were drawn from (limit <= 0: 8 MiB).
func NewBoxCache(limit int) *BoxCache {
	if limit <= 0 {
		limit = defaultBoxCacheBytes
	}
	return &BoxCache{seed: maphash.MakeSeed(), limit: limit, cur: map[uint64][]*boxEntry{}, old: map[uint64][]*boxEntry{}}
}

// boxInput is what a box is drawn from. sig names the styles (styleSig):
// equal styles draw equal boxes whichever session built them.
type boxInput struct {
	sig, title, status string
	lines              []string
	w, h               int
	focused            bool
}

type boxEntry struct {
	in   boxInput
	out  string
	rows []string // out's lines (substrings of out), split once for compose
}

func (in *boxInput) equal(o *boxInput) bool {
	if in.w != o.w || in.h != o.h || in.focused != o.focused || in.sig != o.sig ||
		in.title != o.title || in.status != o.status || len(in.lines) != len(o.lines) {
		return false
	}
	for i := range in.lines {
		if in.lines[i] != o.lines[i] {
			return false
		}
	}
	return true
}

func (in *boxInput) hash(seed maphash.Seed) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(in.sig)
	h.WriteByte(0)
	h.WriteString(in.title)
	h.WriteByte(0)
	h.WriteString(in.status)
	for _, l := range in.lines {
		h.WriteByte('\n')
		h.WriteString(l)
	}
	var n [24]byte
	b := strconv.AppendInt(n[:0], int64(in.w), 10)
	b = append(b, 'x')
	b = strconv.AppendInt(b, int64(in.h), 10)
	if in.focused {
		b = append(b, 'f')
	}
	h.Write(b)
	return h.Sum64()
}

// size is what an entry holds in bytes: the box and the lines it keeps.
func (e *boxEntry) size() int {
	n := len(e.out) + len(e.in.title) + len(e.in.status) + 64 + 16*len(e.rows)
	for _, l := range e.in.lines {
		n += len(l) + 16
	}
	return n
}

// rows returns the lines of the box drawn from in, drawing it with draw
// when no box drawn from the same input is kept. The lines are kept as
// given (callers hand over lines they no longer change), and the rows
// returned are shared: never to be written.
func (c *BoxCache) rows(in boxInput, draw func() string) []string { return c.entry(in, draw).rows }

// entry finds or draws the box drawn from in.
func (c *BoxCache) entry(in boxInput, draw func() string) *boxEntry {
	k := in.hash(c.seed)
	c.mu.Lock()
	if e := find(c.cur[k], &in); e != nil {
		c.mu.Unlock()
		return e
	}
	if e := find(c.old[k], &in); e != nil {
		c.add(k, e)
		c.mu.Unlock()
		return e
	}
	c.mu.Unlock()
	// Drawn outside the lock: another session's frame need not wait. Two
	// sessions drawing the same box at once both draw it; one is kept.
	c.drawn.Add(1)
	e := &boxEntry{in: in, out: draw()}
	if e.out != "" {
		e.rows = strings.Split(e.out, "\n")
	}
	c.mu.Lock()
	c.add(k, e)
	c.mu.Unlock()
	return e
}

func find(es []*boxEntry, in *boxInput) *boxEntry {
	for _, e := range es {
		if e.in.equal(in) {
			return e
		}
	}
	return nil
}

// add puts e in the current generation, starting a new one when it is
// full. c.mu is held.
func (c *BoxCache) add(k uint64, e *boxEntry) {
	if find(c.cur[k], &e.in) != nil {
		return
	}
	n := e.size()
	if c.curBytes+n > c.limit/2 && c.curBytes > 0 {
		c.old, c.cur, c.curBytes = c.cur, map[uint64][]*boxEntry{}, 0
	}
	if n > c.limit/2 { // a box bigger than a generation is drawn, not kept
		return
	}
	c.cur[k] = append(c.cur[k], e)
	c.curBytes += n
}

// Drawn is how many boxes were drawn because none drawn from the same
// lines, size and styles was kept.
func (c *BoxCache) Drawn() uint64 { return c.drawn.Load() }

// bytes is what both generations hold, for tests.
func (c *BoxCache) bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, g := range []map[uint64][]*boxEntry{c.cur, c.old} {
		for _, es := range g {
			for _, e := range es {
				n += e.size()
			}
		}
	}
	return n
}

// styleSig names a Styles by how it draws a box's parts, so sessions
// whose terminals got the same styles share boxes.
func styleSig(st *Styles) string {
	return st.Border.Render("│") + "\x00" + st.BorderFocused.Render("│") + "\x00" + st.Title.Render("t") + "\x00" +
		st.TitleFocused.Render("t") + "\x00" + st.Dim.Render("d")
}
