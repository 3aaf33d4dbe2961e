package ui

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// valuePreview caps how much of a value one log line escapes: a megabyte
// payload must not cost a megabyte of work per frame.
const valuePreview = 512

// LogPane shows the live event log, newest at the bottom. It follows the
// tail until paused (space) or scrolled; the log buffer is the shared
// store's, and everything here (filter, its match index, the paused
// position, the detail view) is this session's own.
type LogPane struct {
	c      *Common
	w, h   int
	views  map[string]*model.TopicView // by topic: which key a record has (TopicView.KeyOf)
	follow bool
	// While paused: the selected record and the first one shown, as
	// absolute ring positions, and the view's end when pausing (entries
	// after it are "new").
	cursor, top, mark uint64

	idx       matchIndex
	input     textinput.Model
	typing    bool   // the filter field has the keyboard
	filterErr string // why the typed filter does not compile
	detail    *logDetail
	notice    string // the last export's outcome, until a key or noticeFor passes
	noticeBad bool
	noticeAt  time.Time   // when the outcome arrived; zero while exporting
	lastPath  string      // the last export's file, for the help line
	hist      *logHistory // paging back past the oldest record held (log_history.go)
	chosen    []string    // this session's chosen topics, copied before the store's lock (frame_hooks.go)
	frame     logFrame
	format    model.ValueFormat // how values show: auto, text, JSON, hex, base64 (issue 10)
	aborted   bool              // aborted transactions' records are shown (log_aborted.go)
	memo      logMemo           // what the typical rows have needed of the columns (log_steady.go)
	held      keyHeld           // the key widths of the rows shown over the last minute (log_held.go)
	hold      pausedHold        // while paused: arrivals since, and the page kept as the ring rolls (log_paused.go)
	steady    followCols        // the widths the columns hold while following (log_follow.go)
	apart     topicsApart       // the cells telling the topics held apart (log_topicsapart.go)
	recent    keysRecent        // the long keys of the last minute, the cuts judged over (log_keysrecent.go)
}

// logFrame is a frame's snapshot of the log: the records on screen and
// the counts for the border.
type logFrame struct {
	empty   string         // what an empty Log says (clusterEmpty: not connected, or no records yet)
	recs    []model.Record // on screen, oldest first; payloads are never written after the fold
	pos     []uint64       // per record on screen, its ring position (not set when paged back)
	back    []bool         // per record on screen: its second is before the second of the record folded before it
	earlier []bool         // per record on screen: of an earlier log of its partition (model.State.Earlier)
	at      []uint64       // paged back (log_history.go): per row, its ring position, or notHeld
	sel     int            // the selected record's index in recs
	matches int            // records the filter matches (all when unfiltered)
	held    int            // records buffered (notes from the tail not counted), shown or not
	hidden  int            // aborted records buffered but not shown (the `a` key shows them)
	atW     logAts         // the room each topic's rows keep for "/partition@offset", never narrower than before
	atScan  uint64         // the ring position atW has noted the held records' positions up to (logAts.widenHeld)
	atEdits uint64         // the ring's Edits when atScan was set: an edit moves positions, so the scan starts over
	read    uint64         // records read (recordsRead: the header's count)
	fresh   int            // arrived since pausing (only grows: pausedHold)
	rolled  int            // paused: records held at the pause that rolled out of the ring since
	kept    bool           // paused: the page shown is the kept copy, its top record rolled out (log_paused.go)
	auto    []string       // the busiest topics the tail reads (replaced, never written in place, by the poll)
	idle    bool           // none of auto is produced to (autoIdle)
	cells   []logCell      // per record on screen: its key and text, worked out after the snapshot (log_steady.go)
	noMatch string         // why the filter matches nothing, in words (log_nomatch.go)
	unseen  []model.Record // held records the filter hides, arrived since the last frame, the newest unseenMost (log_keysrecent.go)
	unScan  uint64         // the ring position unseen has looked up to
	unFor   string         // the filter unScan was set under: a new one looks again at the newest held
}

// noticeFor is how long an export's outcome stays without a key press.
const noticeFor = 10 * time.Second

// NewLogPane makes the Log pane, following.
func NewLogPane(c *Common) *LogPane {
	p := &LogPane{c: c, follow: true, views: map[string]*model.TopicView{}, aborted: c.ShowAborted}
	c.Store.Read(func(st *model.State) {
		for _, v := range st.Views {
			p.views[v.Topic] = &v
		}
	})
	p.input = textinput.New()
	p.input.Prompt = "/"
	p.input.Placeholder = "text, re:regexp, topic=T, id=K, field>N …"
	p.input.CharLimit = 1024
	return p
}

func (p *LogPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.input.SetWidth(max(w-2, 4))
	if p.detail != nil {
		p.detail.layout(p.c.Styles, w)
	}
}

func (p *LogPane) Capturing() bool { return p.typing }

func (p *LogPane) Help() []key.Binding {
	k := p.c.Keys
	switch {
	case p.typing:
		apply := k.Enter
		apply.SetHelp(k.Enter.Help().Key, "apply filter")
		return []key.Binding{apply, k.Back}
	case p.hist != nil && p.detail == nil:
		older := k.Up
		older.SetHelp(older.Help().Key, "up (older at the top)")
		live := k.Back
		live.SetHelp(live.Help().Key, "live log")
		follow := k.Pause
		follow.SetHelp(follow.Help().Key, "follow")
		return []key.Binding{older, k.Down, k.Enter, k.Resend, p.formatHelp(), live, follow}
	case p.detail != nil:
		return []key.Binding{k.Up, k.Down, k.PageDown, k.Resend, p.formatHelp(), k.Back}
	}
	name := ""
	if p.lastPath != "" {
		name = model.PrintableString(filepath.Base(p.lastPath))
	}
	return p.listHelp(name)
}

// listHelp is the list's keys, the export's hint naming the last export's
// file (name; "" none): the outcome line is gone, the file stays findable.
func (p *LogPane) listHelp(name string) []key.Binding {
	k := p.c.Keys
	export := k.Export
	if name != "" {
		export.SetHelp(k.Export.Help().Key, k.Export.Help().Desc+" (last "+name+")")
	}
	return []key.Binding{k.Pause, k.Filter, export, k.Enter, k.Resend, p.formatHelp(), p.abortedHelp(), k.Bottom, k.Up, k.Down, k.PageUp, k.PageDown}
}

// Title is the pane's name (and a forced value format); matches go in
// the status.
func (p *LogPane) Title() string {
	title, _ := p.border()
	return title
}

// Name is the pane's name, for help's pane list.
func (p *LogPane) Name() string { return "Log" }

// Status is the filter's matches of the buffered records when a filter is
// on, whether the log is paused (and what arrived since), and how many
// records are held of all read (and how many aborted ones are held but
// hidden), in that order, which is the order they
// give way in from the end of the border. On a cluster without the
// views' topics the busiest topics read come last, fitted to the room
// the counts leave (busiestHint).
func (p *LogPane) Status() string {
	title, s := p.border()
	// the border's corners, dashes and spaces; on a cluster without the
	// views' topics, say what is read
	room := p.w - 8 - draw.Width(title)
	if len(p.frame.auto) > 0 {
		s = joinNonEmpty(" · ", s, busiestHint(printableAll(p.frame.auto), room-draw.Width(s)-3, p.frame.idle)) // " · "
	}
	return s
}

// counts is the border's counts, each in its one form at every size
// (ut30 X5: `1,053 match` in the 80x24 grid beside `1,052/10,000 match`
// zoomed, `paused +451` beside `paused +454 new`, `5 hidden` beside `5
// aborted hidden`): `N/M match`, `paused +N new`, the kept page's `N
// rolled out`, `N held`, `N read`, `N aborted hidden`, in that order.
// Where room is short whole parts give way, never a word, in the order
// the loop below gives; ok is false once more than read has given way
// (border: a shorter title comes first, so held stays beside the
// title's `+aborted`, ut20 G5, or under a filter is said as the
// matches' M).
func (p *LogPane) counts(room int) (s string, ok bool) {
	f := &p.frame
	var parts [countParts]string
	if p.idx.filter != nil {
		parts[countMatch] = count(f.matches) + "/" + count(f.held) + " match"
	}
	if !p.follow {
		parts[countPaused] = "paused +" + count(f.fresh) + " new"
	}
	parts[countRolled] = p.rolledCount()
	parts[countHeld], parts[countRead] = count(f.held)+" held", count(f.read)+" read"
	if f.hidden > 0 {
		parts[countHidden] = count(f.hidden) + " aborted hidden"
	}
	if s = joinNonEmpty(" · ", parts[:]...); draw.Width(s) <= room {
		return s, true
	}
	// where the border is short, the first gives way first: read (the
	// header says it), held (under a filter the matches' M says it), the
	// aborted records hidden, the kept page's rolled-out count, the
	// paused count, and last the filter's matches (the README's order)
	for _, part := range [...]int{countRead, countHeld, countHidden, countRolled, countPaused, countMatch} {
		if parts[part] == "" {
			continue
		}
		parts[part] = ""
		if s = joinNonEmpty(" · ", parts[:]...); draw.Width(s) <= room || s == "" {
			return s, part == countRead
		}
	}
	return s, false
}

// The Log border's counts, in the order they are shown.
const (
	countMatch = iota
	countPaused
	countRolled
	countHeld
	countRead
	countHidden
	countParts
)

// Snapshot brings the filter's index up to date with the ring (testing only
// the records that arrived since the last frame) and copies the records on
// screen.
func (p *LogPane) Snapshot(st *model.State, _ time.Time) {
	f := &p.frame
	f.recs, f.back, f.at, f.earlier, f.pos, f.sel = f.recs[:0], f.back[:0], f.at[:0], f.earlier[:0], f.pos[:0], -1
	p.syncIdx(st)
	v := p.idx.view(st.Log)
	f.matches, f.held, f.read, f.auto = v.n(), st.LogRecords(), recordsRead(st), st.AutoWatched
	f.idle = autoIdle(st, f.auto)
	f.hidden = p.idx.abortedHidden()
	f.noMatch = ""
	// an empty Log says why in the words every pane uses (ut23: `no
	// records yet` beside panes saying `not connected: …`)
	f.empty = "no records yet"
	if n := failedStarts(st.StartNotes); n > 0 { // not a quiet cluster (ut24a P21)
		f.empty += ": " + plural(n, "--topic") + " not read (8 Topics says why)"
	}
	if st.Link.State != model.LinkConnected && st.Link.Err != "" {
		f.empty = clusterEmpty(st.Link, "")
	}
	if p.idx.filter != nil && v.n() == 0 {
		f.noMatch = p.noMatchWhy(st)
	}
	if v.filtered { // the records of this session's topics, aborted ones shown or not, notes not counted
		f.held, f.matches = p.idx.heldCount(), v.n()-p.idx.notesMatched()
	}
	if filter := p.memoKey().filter; filter != f.unFor { // the held records a new filter hides: the newest
		f.unScan, f.unFor = 0, filter
	}
	f.unseen, f.unScan = unseenHeld(f.unseen[:0], st.Log, f.unScan, p.idx.filter != nil)
	f.rolled, f.kept = 0, false
	if !p.follow {
		p.holdSnapshot(v)
	}
	if p.detail != nil {
		return
	}
	if p.hist != nil { // paged back: one list, the paged-back records above the held ones
		p.snapHistory(st, v)
		return
	}
	if f.kept {
		p.showKept(p.page())
		f.widenHeld(st.Log)
		return
	}
	page := p.page()
	s := p.window(v, page)
	for i := s.offset; i < min(s.offset+page, v.n()); i++ {
		at := int(v.at(i) - v.first)
		r := st.Log.At(at)
		f.recs = append(f.recs, r)
		f.pos = append(f.pos, v.at(i))
		f.earlier = append(f.earlier, st.Earlier(&r))
	}
	f.sel = s.cursor - s.offset
	f.back = backMarks(f.back, f.recs)
	if !p.follow {
		p.keep()
	}
	// The room kept for positions only widens, to the widest a topic's
	// held records have, so a topic's cut name does not change as the
	// user scrolls or pages.
	f.widenHeld(st.Log)
}

func (p *LogPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case exportedMsg:
		p.exported(msg)
		return nil
	case historyMsg:
		return p.paged(msg)
	case gapMsg:
		return p.gapRead(msg)
	case tea.KeyPressMsg: // an outcome said before this key went at App.key (keyCame, log_export.go)
		switch {
		case p.typing:
			return p.filterKey(msg)
		case p.hist != nil && p.detail == nil:
			return p.historyKey(msg)
		case key.Matches(msg, p.c.Keys.Resend):
			return p.resend()
		case p.detail != nil && key.Matches(msg, p.c.Keys.Filter):
			// / in a record's detail goes back to the list and opens the
			// filter, so what is typed next is the filter (ut16b E11: it
			// was ignored, and the filter's letters ran as keys).
			p.detail = nil
			return p.key(msg)
		case p.detail != nil:
			p.detailKey(msg)
			return nil
		}
		return p.key(msg)
	}
	if p.typing { // cursor blink
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return cmd
	}
	return nil
}

func (p *LogPane) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Filter):
		p.typing, p.filterErr = true, ""
		p.input.SetValue(p.idx.filter.String())
		p.input.CursorEnd()
		return p.input.Focus()
	case key.Matches(msg, k.Enter):
		p.openDetail()
	case key.Matches(msg, k.Export):
		return p.export()
	case key.Matches(msg, k.Format):
		p.format = p.format.Next()
	case key.Matches(msg, k.Aborted):
		p.toggleAborted()
	case key.Matches(msg, k.Pause):
		if p.follow {
			p.pause()
		} else {
			p.follow = true
		}
	case key.Matches(msg, k.Bottom):
		p.follow = true
	case key.Matches(msg, k.Back):
		if p.idx.filter != nil {
			p.idx.set(nil)
		}
	default:
		if top, low, past := p.scroll(msg); past {
			if top.Note == "" && low >= 0 && top.Offset <= low { // nothing older: stay in the Log and say so
				p.atLogStart(top, low)
				return nil
			}
			return p.pageBack(top)
		}
	}
	return nil
}

// filterKey edits the filter: enter applies it (or says what is wrong and
// keeps the text), esc leaves the applied filter as it was.
func (p *LogPane) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		p.typing, p.filterErr = false, ""
		p.input.Blur()
		return nil
	case key.Matches(msg, k.Enter):
		f, err := model.ParseFilter(p.input.Value(), p.viewList())
		if err != nil {
			p.filterErr = err.Error()
			return nil
		}
		paused := !p.follow
		p.idx.set(f)
		p.typing, p.filterErr = false, ""
		p.input.Blur()
		p.follow = true
		if paused { // stay paused, at the newest match of the new filter
			p.pause()
		}
		return nil
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd
}

func (p *LogPane) viewList() []model.TopicView {
	var vs []model.TopicView
	p.c.Store.Read(func(st *model.State) { vs = append(vs, st.Views...) })
	return vs
}

// pause stops following at the newest entry.
func (p *LogPane) pause() {
	page := p.page()
	p.c.Store.Read(func(st *model.State) {
		p.syncIdx(st)
		v := p.idx.view(st.Log)
		p.follow, p.mark = false, v.end
		p.startHold(v)
		if n := v.n(); n > 0 {
			p.cursor, p.top = v.at(n-1), v.at(max(n-page, 0))
		}
		p.steady.pausedTop = p.top
	})
}

// scroll moves the selection; moving while following pauses first. An
// upward move from the oldest record held reports that record: the
// pane then pages back past it.
func (p *LogPane) scroll(msg tea.KeyPressMsg) (top model.Record, low int64, past bool) {
	page := p.page()
	k := p.c.Keys
	up := key.Matches(msg, k.Up) || key.Matches(msg, k.PageUp) || key.Matches(msg, k.Top)
	p.c.Store.Read(func(st *model.State) {
		p.syncIdx(st)
		v := p.idx.view(st.Log)
		n := v.n()
		if n == 0 {
			return
		}
		s := p.window(v, page)
		if up && s.cursor == 0 && !p.follow {
			top, past = st.Log.At(int(v.at(0)-v.first)), true
			low = logStart(st.Partitions, top.Topic, top.Partition)
			return
		}
		if !s.handle(p.c.Keys, msg, n, page) {
			return
		}
		wasFollowing := p.follow
		if p.follow {
			p.follow, p.mark = false, v.end
			p.startHold(v)
		}
		p.cursor, p.top = v.at(s.cursor), v.at(s.offset)
		if wasFollowing {
			p.steady.pausedTop = v.at(max(n-page, 0)) // the page followed: held until it scrolls
		}
	})
	return top, low, past
}

// window is the selection and first shown entry as view indexes.
func (p *LogPane) window(v logView, page int) scroller {
	n := v.n()
	if p.follow {
		return scroller{cursor: n - 1, offset: max(n-page, 0)}
	}
	s := scroller{cursor: v.index(p.cursor), offset: v.index(p.top)}
	s.clamp(n, page)
	return s
}

// bars are the lines above the records: the filter field or its error,
// and the last export's outcome.
func (p *LogPane) bars() []string {
	st := p.c.Styles
	var out []string
	switch {
	case p.typing:
		out = append(out, inputLine(p.input, st.Selected, p.w))
	case p.idx.filter != nil:
		out = append(out, p.filterLines()...)
	}
	out = append(out, styleEach(st.Err, p.errLines())...)
	style := st.OK
	if p.noticeBad {
		style = st.Err
	}
	return append(out, styleEach(style, p.noticeLines())...)
}

// filterHint is the keys for the applied filter, after it on its line
// where the row has room.
const filterHint = "  (/ edit · esc clear)"

// filterLines are the applied filter's rows above the list (none while
// it is typed, or with no filter): `filter TEXT` and its keys on one
// row where they fit; else without the keys (the footer offers them);
// else the filter wrapped, whole, over the rows it needs, up to
// noticeRows (ut25a Q11: `filter topic=fraud-scores-avro-ut25a  (/
// edit · es…` was cut above free rows).
func (p *LogPane) filterLines() []string {
	if p.typing || p.idx.filter == nil {
		return nil
	}
	st := p.c.Styles
	text := model.PrintableString(p.idx.filter.String())
	line := "filter " + text
	switch {
	case p.hist == nil && draw.Width(line+filterHint) <= p.w: // paged back, esc goes to the live log
		return []string{st.Dim.Render("filter ") + text + st.Dim.Render(filterHint)}
	case draw.Width(line) <= p.w:
		return []string{st.Dim.Render("filter ") + text}
	}
	rows := capRows(draw.Wrap(line, p.w), noticeRows, p.w)
	rows[0] = st.Dim.Render("filter ") + strings.TrimPrefix(rows[0], "filter ")
	return rows
}

// errLines is the filter's complaint and noticeLines the last outcome
// (an export, the log start), each wrapped whole over at most three rows
// rather than cut at the border (issue 14, F25/F30's kind); page counts
// them.
func (p *LogPane) errLines() []string {
	if p.filterErr == "" {
		return nil
	}
	return capRows(draw.Wrap("filter not applied: "+model.PrintableString(p.filterErr), p.w), noticeRows, p.w)
}

func (p *LogPane) noticeLines() []string {
	if !p.showNotice() {
		return nil
	}
	// an outcome names a file: it takes the rows it needs, leaving the
	// list one (issue 14, B6)
	return capRows(draw.Wrap(p.notice, p.w), max(p.h-1-len(p.errLines())-boolInt(p.typing)-len(p.filterLines()), noticeRows), p.w)
}

// showNotice: an export is running, or its outcome is under noticeFor old.
func (p *LogPane) showNotice() bool {
	return p.notice != "" && (p.noticeAt.IsZero() || p.c.now().Sub(p.noticeAt) < noticeFor)
}

// page is how many records fit under the bars; it counts the bars
// without drawing them (a frame's snapshot calls it under the lock).
func (p *LogPane) page() int {
	n := len(p.filterLines()) + boolInt(p.typing) + len(p.errLines()) + len(p.noticeLines())
	return max(p.h-n, 1)
}

func (p *LogPane) Lines(focused bool) []string {
	if p.detail != nil {
		return p.detail.lines(p.c.Styles, p.w, p.h)
	}
	if p.hist != nil {
		return p.historyLines(focused)
	}
	lines := p.bars()
	recs, sel := p.frame.recs, p.frame.sel
	if len(recs) == 0 {
		msg := p.frame.empty
		if p.idx.filter != nil {
			msg = p.noMatchText()
		}
		return append(lines, proseNotice(p.c.Styles, msg, p.w)...) // a topic named in it is cut, not broken
	}
	cols, cells := p.columns(recs, p.frame.atW)
	return append(lines, p.recordLines(recs, cells, cols, p.frame.back, sel, focused && !p.follow, p.h-len(lines))...)
}

// logCols is how a frame's log lines are laid out: the room each topic
// keeps for "/partition@offset" (logAts), the widths of the
// topic/partition@offset and key columns, and where their cuts fall
// (fitCut's shift).
type logCols struct {
	ats          logAts
	whereW, keyW int
	whereShift   int
	keyCut       keyCut
}

// columns sizes the position and key columns to what the typical rows
// on screen, and those of the frames before, need (logWidths, logMemo),
// and gives the rows' keys and texts (cellsFor).
func (p *LogPane) columns(recs []model.Record, ats logAts) (logCols, []logCell) {
	cells := p.cellsFor(recs)
	if c, ok := p.followColumns(recs, cells, ats); ok {
		return p.givenBack(recs, cells, c), cells
	}
	fit := logFitOf(recs, cells, ats)
	// the key column keeps the width the rows of the last minute needed
	// (keyHeld), whatever the keys on screen now
	held := p.held.width(p.memoKey(), recs, cells)
	mem := p.memo.wants(p.memoKey())
	fit.typical.key, mem.key, fit.keyWhole = held, held, held
	// and the position column the width their topics needed (keyHeld)
	where := p.held.whereWidth(p.memoKey(), recs, ats)
	fit.typical.where, mem.where = where, where
	least := min(ats.widest(recs)+7, fit.widest.where)      // a position and seven cells of its topic
	least = max(least, p.screenLeast(recs, ats, fit, held)) // and the cells telling the topics on screen apart
	soft := p.apartLeast(fit, held)                         // then those telling the topics held apart
	whereW, keyW, budget := logWidths(p.w, fit, mem, least, soft, oneTopic(recs))
	least = max(least, soft)
	c := logCols{ats: ats, whereW: whereW, keyW: keyW}
	// Telling keys, then topics, apart comes before giving either more:
	// a key column that must widen (by keyApartGrow cells at most) takes
	// the cells from the topics, down to seven cells of a topic beside
	// its position, then from the value, down to half its floor.
	if keyW < fit.widest.key {
		floor := min(whereW, least)
		most := budget + logValueFloor(p.w)/2 - floor
		if fit.widest.key > held { // keys longer than the held width: widen by keyApartGrow at most,
			// or into cells the typical rows' values leave blank (they cost no row a cell)
			free := max(p.w-logTimeWidth(p.w)-2-whereW-keyW-fit.typical.text, 0)
			most = min(most, keyW+max(keyApartGrow, free))
		}
		c.keyW, c.keyCut = keyApart(p.recent.with(p.recentKey(), cells, keyW), keyW, most)
		c.whereW = max(min(whereW, budget-c.keyW), floor)
	}
	if c.whereW < fit.widest.where {
		c.whereW, c.whereShift = whereCut(p.apart.whereItems(recs, ats), recs, ats, c.whereW, max(budget-c.keyW, c.whereW)) // the cut moves within the width held, at least
	}
	return p.givenBack(recs, cells, c), cells
}

// logCell is what a row shows after its position, worked out once a
// frame: the key, the value or the note, and the marks after the value
// (rowTags, styled; "" for none). keyJSON says the key is JSON text (its
// escapes are styled by escapeStyled once it is cut to its column; the
// text's already are).
type logCell struct {
	key, text, tags string
	keyJSON         bool
}

// rowTags are the marks after a record's value: of an earlier log, of
// an aborted transaction ("" when neither). line keeps them whole, the
// value cut to leave them room (cellsOf).
func (p *LogPane) rowTags(r *model.Record, earlier bool) string {
	st := p.c.Styles
	var tags []string
	if earlier {
		tags = append(tags, st.Warn.Render(earlierTag))
	}
	if r.Aborted {
		tags = append(tags, st.Warn.Render("aborted"))
	}
	return strings.Join(tags, " ")
}

// earlierTag marks a row of an earlier log of its partition: its offsets
// started again since (a broker or cluster replaced empty, the topic
// recreated; the tail's note in the Log says when), so another row can
// carry the same topic/partition@offset (ut15b C25).
const earlierTag = "earlier log"

// line is one record (a note from the tail has rows of its own:
// noteLines): time, topic/partition@offset, key, value. Every payload
// byte goes through model.Printable. c.ats is the room each topic's rows
// keep for "/partition@offset", so a long topic is cut the same way on
// every row, whatever its offset's digits. back marks a record whose
// time is before the one folded before it (backMark).
func (p *LogPane) line(r *model.Record, cell logCell, c logCols, back bool) string {
	st := p.c.Styles
	out := p.timeCell(r, back)
	out += st.Accent.Render(fitWhere(model.PrintableString(r.Topic), position(r), c.ats.taken(r), c.whereW, c.whereShift)) + " "
	key := c.keyCut.fit(cell.key, c.keyW)
	if wholeKeyFits(cell, c.keyW, p.w-draw.Width(out)) {
		key = cell.key
	}
	out += st.escapeStyled(key, cell.keyJSON) + " "
	return out + valueCell(cell, p.w-draw.Width(out))
}

// wholeKeyFits reports whether a key holding an escape, wider than its
// column (keyW), goes whole on its row, whose value (and marks) then
// start after it: room, the cells the row has after its position, holds
// both. A cut never takes an escape (a bidi override, a zero-width
// space) away beside cells the row leaves blank (ut28b V5:
// `k-bidi-\u202eevil` read `k-bid…evil` beside ~90 blank cells).
func wholeKeyFits(cell logCell, keyW, room int) bool {
	kw := draw.Width(cell.key)
	if kw <= keyW || !strings.Contains(cell.key, `\`) {
		return false
	}
	need := kw + 1 + draw.Width(cell.text)
	if cell.tags != "" {
		need += 1 + draw.Width(cell.tags)
	}
	return need <= room
}

// valueCell is a row's value in the room cells its row leaves, cut
// (cutEnd) where it does not fit, and its marks after it, whole: the
// value is cut further to leave them room.
func valueCell(cell logCell, room int) string {
	if cell.tags == "" {
		return cutEnd(cell.text, room)
	}
	tw := draw.Width(cell.tags) + 1
	if draw.Width(cell.text)+tw <= room || room-tw < 2 {
		return cell.text + " " + cell.tags
	}
	return cutEnd(cell.text, room-tw) + " " + cell.tags
}

// backMark follows the time of a record older than the row before it in
// the ring. Each fold is merged by time across partitions, but during a
// catch-up a partition the brokers answer for later brings records older
// than rows already shown; rather than reorder what is on screen (and
// every session's filter index), the Log marks where it steps back, so
// the bottom row is never silently taken for the newest.
const backMark = "↑"

// backMarks are the rows of recs (the rows on screen, top first) whose
// time steps back from the row above them on screen, appended to dst;
// the first row has none above it (ut19b J10: a filtered list's first row
// was marked against a record the filter hides).
func backMarks(dst []bool, recs []model.Record) []bool {
	for i := range recs {
		dst = append(dst, i > 0 && stepsBack(recs[i-1], recs[i]))
	}
	return dst
}

// stepsBack reports whether r's time, to the second the Log shows, is
// before prev's. Notes and records without a time never step back.
func stepsBack(prev, r model.Record) bool {
	if r.Time.IsZero() || prev.Time.IsZero() || r.Note != "" || prev.Note != "" {
		return false
	}
	return r.Time.Truncate(time.Second).Before(prev.Time.Truncate(time.Second))
}

// noteTag marks a note from the tail in the Log, so it does not read as a
// record; enter shows the whole note.
const noteTag = "⚑ tail: "

// logColumns is the most a log line's columns take in a pane w cells wide
// so the value always gets a fair share: topic/partition@offset at most a
// quarter of the width (28 cells), the key a sixth (18), and the time
// only from 60 cells; columns sizes them to the rows shown within that.
func logColumns(w int) (withTime bool, whereW, keyW int) {
	return w >= 60, min(max(w/4, 6), 28), min(max(w/6, 4), 18)
}

// position is a record's "/partition@offset" ("/partition" for a note
// from the tail, which has no offset).
func position(r *model.Record) string {
	if r.Note != "" {
		if r.Partition == model.WholeTopic {
			return "" // a word about the whole topic
		}
		return "/" + strconv.Itoa(r.Partition)
	}
	return "/" + strconv.Itoa(r.Partition) + "@" + offsetText(r.Offset)
}

// fitWhere fits topic and its "/partition@offset" in width cells,
// shortening the topic before the position. The topic gets the room
// left by atW (the cells its rows' widest position takes, logAts.taken),
// not by its own position, so one topic reads the same on every row;
// shift moves its cut (fitCut).
func fitWhere(topic, at string, atW, width, shift int) string {
	room := width - max(atW, len(at))
	if room < 2 || draw.Width(topic) <= room {
		return draw.Fit(topic+at, width)
	}
	return draw.Fit(strings.TrimRight(fitCut(topic, room, shift), " ")+at, width)
}

// emptyKey is an empty Kafka key in the key column (a null one is ∅):
// two cells, so the column is not widened for the value's `"" (empty)`
// (ut18b G15).
const emptyKey = `""`

// keyText is the record's key as its view sees it (TopicView.KeyOf, the
// key the panes show: a Rider's name, a keyless Student record's
// StudentId), else the Kafka key; ∅ when there is none, emptyKey when
// it is empty. Values too large to preview are not parsed for it. It
// reports whether the key is JSON text (model.BytesOneLineJSON), else
// every escape in it is washboard's.
func (p *LogPane) keyText(r *model.Record) (string, bool) {
	v := p.views[r.Topic]
	if len(r.ValueData()) > valuePreview*8 {
		v = nil // the Kafka key only
	}
	if k, ok := v.KeyOf(r); ok && (len(r.Key) == 0 || k != r.KeyString()) {
		return keyEnds([]byte(k), keyLimit(p.w), escapedText), false // the view's key field
	}
	switch {
	case len(r.Key) > 0:
		return keyBytesText(r, keyLimit(p.w)) // decoded, or escaped when it is not UTF-8
	case r.Key != nil:
		return emptyKey, false
	}
	return "∅", false
}

// escapedText is b as model.Escaped text, a backslash of its own as \\.
func escapedText(b []byte) string {
	s, _ := model.Escaped(b)
	return s
}
