package ui

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Pane is what every pane implements: the component interface of STYLE.md.
// The root gives it a size, routes keys to it only while it has focus, and
// asks it to render. Data reaches panes through the shared store, so a pane
// that is not focused still shows the latest state.
//
// A frame is a snapshot, in two steps. The root takes the store's read
// lock once and calls Snapshot on every pane on screen: each copies the
// plain values it will draw (rows, numbers, histories as numbers), sorts
// them and settles its scroll position, and nothing else. The lock is
// released, and only then are Title, Status and Lines called: they style
// and draw from the copy, never read the store and never change the
// pane's state, so one session's slow frame cannot stall the tail's fold
// or another session.
type Pane interface {
	// Title is the name shown in the border, after the pane's number: a
	// name, never live figures (those go in Status).
	Title() string
	// Snapshot copies what the next Lines and Status draw. It runs under
	// the store's read lock, so it copies and does not style or draw; it
	// must not keep pointers into st.
	Snapshot(st *model.State, now time.Time)
	// Status is a short right-aligned note in the border (filter first, then
	// counts): the border clips it from its end when it does not fit.
	Status() string
	SetSize(w, h int)
	// Update handles a message routed to the pane (keys only when focused).
	Update(msg tea.Msg) tea.Cmd
	// Lines draws the last snapshot, at most h lines of at most w cells.
	Lines(focused bool) []string
	// Help lists the pane's own bindings, for the footer and `?`.
	Help() []key.Binding
	// Capturing is true while a text field has the keyboard: global keys
	// then wait, so typing `q` in a filter does not quit.
	Capturing() bool
}

// scroller is the cursor and offset of a scrolling list, shared by panes.
type scroller struct {
	cursor, offset int
}

// handle moves the cursor for the navigation keys; it reports whether the
// key was one of them.
func (s *scroller) handle(k *KeyMap, msg tea.KeyPressMsg, n, page int) bool {
	switch {
	case key.Matches(msg, k.Up):
		s.cursor--
	case key.Matches(msg, k.Down):
		s.cursor++
	case key.Matches(msg, k.PageUp):
		s.cursor -= max(page, 1)
	case key.Matches(msg, k.PageDown):
		s.cursor += max(page, 1)
	case key.Matches(msg, k.Top):
		s.cursor = 0
	case key.Matches(msg, k.Bottom):
		s.cursor = n - 1
	default:
		return false
	}
	s.clamp(n, page)
	return true
}

// clamp keeps the cursor on a row and the row on screen.
func (s *scroller) clamp(n, page int) {
	s.cursor = min(max(s.cursor, 0), max(n-1, 0))
	if page < 1 {
		page = 1
	}
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+page {
		s.offset = s.cursor - page + 1
	}
	s.offset = min(max(s.offset, 0), max(n-page, 0))
}

// listPane is what the scrolling table panes share: a title, a size, a
// cursor, and the navigation keys. Panes embed it and add Status and Lines.
type listPane struct {
	c      *Common
	title  string
	w, h   int
	scroll scroller
	rows   int // rows in the last render, for paging
	// shown is how many rows the page holds when its rows take more than
	// a line each (health reasons under them: fitPage); 0: page().
	shown  int
	header int // lines above the rows (column titles, summaries)
	// follow keeps the cursor on its row as polls re-order the list
	// (cursor_follow.go).
	follow rowFollow
}

func (p *listPane) Title() string    { return p.title }
func (p *listPane) SetSize(w, h int) { p.w, p.h = w, h }
func (p *listPane) Capturing() bool  { return false }
func (p *listPane) Help() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown}
}

// scrolled is a pane that can say which rows it shows, so a user sees
// there is more above or below.
type scrolled interface {
	position() string
}

// position is "10-18/40" (rows shown of all; rowsShown) when not every row fits,
// else "": short, so it survives a narrow border.
func (p *listPane) position() string {
	page := p.page()
	if p.shown > 0 {
		page = p.shown
	}
	if p.rows <= page && p.scroll.offset == 0 {
		return ""
	}
	first := min(p.scroll.offset, p.rows-1)
	return rowsShown(first+1, min(first+page, p.rows), p.rows)
}

// rowsShown is a position from row from to row to of total ("10-18/40"),
// one row said once ("2/3", not "2-2/3": ut42b-12).
func rowsShown(from, to, total int) string {
	if from == to {
		return itoa(from) + "/" + count(total)
	}
	return itoa(from) + "-" + itoa(to) + "/" + count(total)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// page is how many rows fit under the header.
func (p *listPane) page() int { return max(p.h-p.header, 1) }

// pageRows is how many rows a page key moves by: the rows shown when
// they take more than a line each (shown), so pgdn skips none.
func (p *listPane) pageRows() int {
	if p.shown > 0 {
		return p.shown
	}
	return p.page()
}

func (p *listPane) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		p.scroll.handle(p.c.Keys, k, p.rows, p.pageRows())
	}
	return nil
}

// selected highlights the cursor's row while the pane has focus.
func (p *listPane) selected(line string, i int, focused bool) string {
	if focused && i == p.scroll.cursor {
		return p.c.Styles.Selected.Render(line)
	}
	return line
}

// keysStatus is the border note of a view pane: keys held ("8 of 12 keys"
// when a filter hides some), evicted keys, unreadable records.
func keysStatus(shown, keys int, unreadable uint64, evicted uint64) []draw.Part {
	s, short := plural(keys, "key"), ""
	if shown < keys {
		s, short = count(shown)+" of "+s, count(shown)+" of "+count(keys)
	}
	// the title is cut before the count goes (ut43a-4, ut43a-3: `1/6`
	// under a filter read as every key); `6 of 8` where the noun does not fit
	parts := []draw.Part{{Text: s, Short: short, Rank: draw.RankCount, Yield: true}}
	if evicted > 0 {
		parts = append(parts, draw.Part{Text: count(evicted) + " evicted", Rank: draw.RankCount})
	}
	if unreadable > 0 {
		parts = append(parts, draw.Part{Text: count(unreadable) + " unreadable", Rank: draw.RankCount})
	}
	return parts
}

// compose places rendered boxes, each as its lines, at their rects on a
// w x h canvas. The rects tile the body, so each row is the boxes that
// cross it, left to right.
func compose(w, h int, rects []rect, boxes [][]string) string {
	type seg struct {
		x    int
		text string
	}
	rows := make([][]seg, h)
	size := h
	for i, r := range rects {
		if r.w == 0 || r.h == 0 || len(boxes[i]) == 0 {
			continue
		}
		for dy, line := range boxes[i] {
			if y := r.y + dy; y < h && dy < r.h {
				rows[y] = append(rows[y], seg{r.x, line})
				size += len(line)
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	for y, row := range rows {
		if y > 0 {
			b.WriteByte('\n')
		}
		slices.SortFunc(row, func(p, q seg) int { return p.x - q.x })
		for _, s := range row {
			b.WriteString(s.text)
		}
	}
	return b.String()
}
