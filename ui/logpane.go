package ui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// valuePreview caps how much of a value one log line escapes: a megabyte
// payload must not cost a megabyte of work per frame.
const valuePreview = 512

// LogPane shows the live event log, newest at the bottom. It follows the
// tail until the user scrolls up.
type LogPane struct {
	c      *Common
	w, h   int
	follow bool
	// top is the index (in the store's log ring, counted from the oldest
	// record ever pushed) of the first line shown when not following.
	top uint64
}

// NewLogPane makes the Log pane, following.
func NewLogPane(c *Common) *LogPane { return &LogPane{c: c, follow: true} }

func (p *LogPane) Title() string    { return "Log" }
func (p *LogPane) SetSize(w, h int) { p.w, p.h = w, h }
func (p *LogPane) Capturing() bool  { return false }
func (p *LogPane) Help() []key.Binding {
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Bottom}
}

func (p *LogPane) Status() string {
	var total uint64
	var held int
	p.c.Store.Read(func(st *model.State) { held, total = st.Log.Len(), st.Log.Dropped()+uint64(st.Log.Len()) })
	s := count(held) + " held · " + count(total) + " seen"
	if !p.follow {
		s = "paused · " + s
	}
	return s
}

func (p *LogPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	var first, n uint64
	p.c.Store.Read(func(st *model.State) { first, n = st.Log.Dropped(), uint64(st.Log.Len()) })
	page := uint64(max(p.h, 1))
	last := first + n // one past the newest
	if p.follow {
		p.top = last - min(n, page)
	}
	keys := p.c.Keys
	switch {
	case key.Matches(k, keys.Up):
		p.top, p.follow = max(p.top, first+1)-1, false
	case key.Matches(k, keys.PageUp):
		p.top, p.follow = max(p.top, first+page)-page, false
	case key.Matches(k, keys.Down):
		p.top++
	case key.Matches(k, keys.PageDown):
		p.top += page
	case key.Matches(k, keys.Top):
		p.top, p.follow = first, false
	case key.Matches(k, keys.Bottom):
		p.follow = true
	}
	if !p.follow && p.top+page >= last {
		p.follow = true
	}
	return nil
}

func (p *LogPane) Lines(bool) []string {
	page := max(p.h, 0)
	var recs []model.Record
	p.c.Store.Read(func(st *model.State) {
		first, n := st.Log.Dropped(), st.Log.Len()
		from := n - min(n, page)
		if !p.follow {
			p.top = max(p.top, first) // the ring may have moved past us
			from = int(p.top - first)
		}
		recs = st.Log.Slice(make([]model.Record, 0, page), from, from+page)
	})
	if len(recs) == 0 {
		return []string{p.c.Styles.Dim.Render("no records yet")}
	}
	lines := make([]string, 0, len(recs))
	for i := range recs {
		lines = append(lines, p.line(&recs[i]))
	}
	return lines
}

// line is one record: time, topic, partition/offset, key, value. Every
// payload byte goes through model.Printable.
func (p *LogPane) line(r *model.Record) string {
	st := p.c.Styles
	ts := "--:--:--"
	if !r.Time.IsZero() {
		ts = r.Time.Local().Format("15:04:05")
	}
	where := model.PrintableString(r.Topic) + "/" + strconv.Itoa(r.Partition) + "@" + strconv.FormatInt(r.Offset, 10)
	key := "∅"
	if r.Key != nil {
		key = model.PrintablePrefix(r.Key, 64)
	}
	return st.Dim.Render(ts) + " " + st.Accent.Render(model.Fit(where, 28)) + " " +
		model.Fit(key, 18) + " " + model.PrintablePrefix(r.Value, valuePreview)
}
