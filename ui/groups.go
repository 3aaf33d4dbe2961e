package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// GroupsPane lists every consumer group on the cluster with its state,
// assignor, derived generation, members, total lag, health and lag
// history. space marks groups and enter shows the marked ones side by
// side with the rebalance log (groups_side.go). Marks, mode and scroll
// are this session's own.
type GroupsPane struct {
	listPane
	demo    demoCtl
	reasons bool
	marked  map[string]bool
	side    *sideView    // nil: the list
	zoomed  bool         // the pane has the screen (App.resize)
	rs      reasonScreen // whether the list's reasons need the screen (reasons_screen.go)
	frame   groupsFrame
	widths  colMemo // what the list's columns have shown since its layout changed (noteWidths)
	filter  filter
	acts    actionHost // an open operator action (actions_groups.go)
}

// groupsFrame is a frame's snapshot of the list: the link, the group
// count and the visible groups' figures.
type groupsFrame struct {
	link   model.Link
	groups int      // on the cluster
	marked int      // marks on groups the cluster has (groups_marks.go)
	gone   []string // groups the cluster stopped listing lately (groups_gone.go)
	shown  int      // through the filter
	rows   []groupRow
	// ids is every group through the filter, in order (the list the
	// cursor moves on), for the keys: they act on what the frame showed.
	ids   []string
	types []string // each id's kind as polled ("" when unknown)
	// histFlat: no group of the whole list has lag in its history
	// (histFlat), judged per poll, so the columns do not change as the
	// cursor moves; judged says it was, at poll judgedPoll for box width
	// judgedW (a resize judges the list afresh).
	histFlat   bool
	judged     bool
	judgedPoll time.Time
	judgedW    int
	// nameW and lagW are the widest name (with a demo tag) and lag of
	// the whole list, judged with plain, the filter aside: the name and
	// lag columns keep them on every page and under every filter (ut16a
	// D4, ut16b E7: they changed as the cursor paged, and other columns
	// came and went with them; ut26 S3: as a filter was typed).
	// lagShortW is the widest lag in its short form (aheadShort), genW
	// and mbrW the widest generation and member count.
	nameW, lagW, lagShortW, genW, mbrW int
	// lagPlus: a group's lag has read as a floor (`84+`) this session;
	// the `+` is held apart from the digits (heldLag)
	lagPlus bool
	// lagMost and lagShortMost are the widest lag (long and short) the
	// list has had this session, up to lagHeldMost cells: the lag column
	// never narrows below them, so where names are cut a lag that drains
	// and grows again with each burst does not move them (closing-s7
	// "Lists": the trade of ut28b V8 against ut24a P25).
	lagMost, lagShortMost int
	// allIDs is every group of the list, the filter aside (demoNameW).
	allIDs []string
	// hist: some group of the whole list has a lag history (or an
	// error) to show in the history column.
	hist bool
	// wordW is each word column's width (groupCols 1-4: type, state,
	// assign, gen), its floor or the widest word since the box took its
	// width (groups_words.go): word columns are not held by the width
	// memory but by words.
	wordW [groupWordCols]int
	words wordWidths
	// span is what the lag sparklines span (lag_span.go).
	span lagSpan
	// demoW is the widest demo group's name of the list with its tag,
	// found after the snapshot (Demos has its own lock) once per poll.
	demoW    int
	demoPoll time.Time
	// apart is where the whole list's names are cut so that they read
	// apart (ut22a M4), judged with plain.
	apart namesApart
	// headless: the heading's line went to the cursor's reason (Snapshot)
	headless bool
}

// groupRow is one group's figures, copied under the frame's lock.
type groupRow struct {
	stat    model.GroupStat // Detail is the poll's, never written again
	lag     bool            // the lag state knows the group
	gen     int
	noLag   bool // nothing committed, members or not: no lag to show ("-", never 0 and OK)
	total   int64
	text    string // the total as a cell: "ahead N" for a group committed past the log's end (model.GroupLag.LagText)
	partial bool   // partitions of its topics without a commit: the total is a floor (shown "84+")
	health  model.Health
	reason  string
	at      string  // the partition reason names before its ": ", "" for none (model.GroupLag.ReasonAt)
	history []int64 // summed lag history, oldest first
	demo    bool    // a demo group (afterSnapshot copies it outside the lock)
}

// ahead says the group's total reads `ahead N`: committed past the log's
// end, its lag 0 for want of records, not caught up.
func (r *groupRow) ahead() bool { return strings.HasPrefix(r.text, "ahead ") }

// snapGroup copies a group's figures and at most histW history samples.
func snapGroup(st *model.State, g *model.GroupStat, histW int) groupRow {
	r := groupRow{stat: *g}
	if st.Lag == nil || st.Lag.Groups[g.ID] == nil {
		return r
	}
	gl := st.Lag.Groups[g.ID]
	r.lag, r.gen, r.total, r.health, r.reason = true, gl.Generation, gl.Lag, gl.Health, gl.Reason()
	r.at = gl.ReasonAt()
	r.text = gl.LagText()
	r.noLag = gl.NothingCommitted()
	r.history = groupHistory(gl, histW)
	r.partial = gl.NotCommitted > 0 // members or not, counted by the poll (model/not_committed.go)
	return r
}

// NewGroupsPane makes the Groups pane.
func NewGroupsPane(c *Common) *GroupsPane {
	f := newFilter()
	f.input.Placeholder = "group or state"
	return &GroupsPane{listPane: listPane{c: c, title: "Groups", header: 1}, demo: demoCtl{c: c, pane: paneGroups}, marked: map[string]bool{}, filter: f}
}

func (p *GroupsPane) Capturing() bool {
	return p.filter.typing || p.acts.flow != nil || p.demo.asking()
}

// SetSize sizes the pane and its filter field.
func (p *GroupsPane) SetSize(w, h int) {
	p.listPane.SetSize(w, h)
	p.filter.setWidth(w)
	p.side.refit(p.c, w, h-p.demo.height(w), p.reasons)
}

// shown is the indexes of the groups the filter lets through, in order:
// by name, state or the health word the row shows (ut32b: `/stop` found
// nothing beside 13 rows saying STOP). Called under Store.Read.
func (p *GroupsPane) shown(st *model.State) []int {
	out := make([]int, 0, len(st.Groups))
	match := p.filter.matcher()
	for i := range st.Groups {
		health := ""
		if st.Lag != nil {
			if gl := st.Lag.Groups[st.Groups[i].ID]; gl != nil && !gl.NothingCommitted() { // a row that reads "-" has no word
				health = gl.Health.String()
			}
		}
		if match(st.Groups[i].ID, st.Groups[i].State, health) {
			out = append(out, i)
		}
	}
	return out
}

func (p *GroupsPane) Status() string { return draw.JoinParts(p.StatusParts()) }

// StatusParts is the filter, the groups shown of all, and how many are
// marked (for side by side).
func (p *GroupsPane) StatusParts() []draw.Part {
	s := plural(p.frame.groups, "group")
	if p.frame.shown < p.frame.groups {
		s = count(p.frame.shown) + " of " + s
	}
	parts := []draw.Part{{Text: s, Rank: draw.RankCount}}
	if p.frame.groups == 0 && p.frame.link.State != model.LinkConnected { // nothing known to count (ut28b V13)
		parts = nil
	}
	if p.frame.marked > 0 {
		// the last part to go: a mark is the user's own work, and says
		// what enter will show (ut39-16: it left while two were marked)
		parts = append(parts, draw.Part{Text: count(p.frame.marked) + " marked", Rank: draw.RankAlert})
	}
	parts = append(parts, gonePart(p.frame.gone)...)
	if p.side != nil && !p.sideShown() { // it needs the screen: 5 gives it back (ut18a F3)
		parts = append(parts, draw.Part{Text: "5: side by side", Short: "5: side", Rank: draw.RankAlert}) // the key first: `side: 5` read as a count (ut28a U9)
	}
	return filterParts(&p.filter, parts...)
}

func (p *GroupsPane) Help() []key.Binding {
	k := p.c.Keys
	if p.demo.asking() {
		return p.demo.help()
	}
	if p.acts.flow != nil {
		return p.acts.flow.footer(k, p.w, p.h)
	}
	if p.filter.typing {
		return p.filter.help(k)
	}
	side := k.Enter // what enter opens, said (ut36a-4: `enter details`)
	side.SetHelp(side.Help().Key, "side by side")
	own := []key.Binding{k.Groups.Mark, side, k.Filter, k.Groups.Reason}
	if p.side != nil {
		return append(append([]key.Binding{k.Back, k.Up, k.Down, k.Groups.Column, k.Groups.Reason}, groupActionHelp(k)...), demoHelp(k)...)
	}
	return append(append(append(p.listPane.Help(), own...), groupActionHelp(k)...), demoHelp(k)...)
}

func (p *GroupsPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case flowMsg:
		return p.acts.result(msg)
	case demoMsg:
		p.demo.result(msg)
		p.demo.fit(p.w, p.h)
		return nil
	case tea.KeyPressMsg:
		cmd := p.key(msg)
		p.judgeReasons()
		return cmd
	default:
		if p.filter.typing { // cursor blinks of the filter field
			var cmd tea.Cmd
			p.filter.input, cmd = p.filter.input.Update(msg)
			return cmd
		}
	}
	return nil
}

func (p *GroupsPane) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	if cmd, ok := p.demo.answer(msg); ok {
		p.demo.fit(p.w, p.h)
		return cmd
	}
	if cmd, ok := p.acts.key(msg); ok {
		return cmd
	}
	if p.side == nil {
		if used, cmd := p.filter.handle(k, msg); used {
			p.scroll = scroller{}
			return cmd
		}
	}
	group := p.cursorGroup()
	topic := ""
	if p.side != nil && len(p.side.groups) > 0 {
		group = p.side.acted() // the column the cursor is on (ut25a Q11)
	}
	if key.Matches(msg, k.Groups.DemoNew) {
		topic = p.demoTopic(group)
		if p.side != nil && len(p.side.groups) > 0 {
			topic = p.side.topic(p.c)
		}
	}
	typ := "classic"
	if p.side != nil && len(p.side.groups) > 0 {
		typ = groupType(p.c, group) // the side view's group: read only when open
	} else if i := p.scroll.cursor; i < len(p.frame.types) && p.frame.types[i] != "" {
		typ = p.frame.types[i]
	}
	if p.side != nil && len(p.side.groups) > 0 {
		if cmd, ok := p.sideGoneKey(msg, group); ok { // a gone group's column: refused in words (groups_side_gone_keys.go)
			return cmd
		}
	}
	if cmd, ok := groupActionKey(p.c, paneGroups, &p.acts, msg, groupTarget{group: group, typ: typ, partition: -1}); ok {
		return cmd
	}
	if cmd, ok := p.demo.key(msg, topic, group); ok {
		p.demo.fit(p.w, p.h)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Groups.Reason):
		p.reasons = !p.reasons
	case p.side != nil:
		if key.Matches(msg, k.Back) {
			p.side = nil
		} else if key.Matches(msg, k.Groups.Column) {
			p.side.move(msg.String() == "right")
		} else if !p.side.logKey(k, msg) {
			p.side.scroll(k, msg)
		}
	case key.Matches(msg, k.Groups.Mark) && group != "":
		if p.marked[group] {
			delete(p.marked, group)
		} else {
			p.marked[group] = true
		}
		p.scroll.handle(k, tea.KeyPressMsg{Code: tea.KeyDown}, p.rows, p.pageRows())
	case key.Matches(msg, k.Enter) && group != "":
		var marked map[string]bool
		p.c.Store.Read(func(st *model.State) { marked = shownMarks(p.marked, st.Groups) })
		p.side = newSideView(marked, group)
		p.side.open(p.c, p.w, p.h-p.demo.height(p.w), p.reasons)
	default:
		p.scroll.handle(k, msg, p.rows, p.pageRows())
	}
	return nil
}

// cursorGroup is the group under the cursor in the last frame's list: a
// key neither filters the groups again nor takes the store's lock (only
// a key before the first frame copies the list).
func (p *GroupsPane) cursorGroup() string {
	f := &p.frame
	if f.ids == nil {
		p.c.Store.Read(func(st *model.State) {
			f.ids, f.types = []string{}, []string{}
			for _, i := range p.shown(st) {
				f.ids, f.types = append(f.ids, st.Groups[i].ID), append(f.types, st.Groups[i].Type)
			}
		})
		p.rows = len(f.ids)
	}
	if p.scroll.cursor < len(f.ids) {
		return f.ids[p.scroll.cursor]
	}
	return ""
}

// demoTopic is a topic group reads, or the cluster's first topic: where
// a new demo group starts. It reads the store, so only that key asks.
func (p *GroupsPane) demoTopic(group string) (topic string) {
	p.c.Store.Read(func(st *model.State) {
		topic = groupTopic(st, group)
		if topic == "" && len(st.Topics) > 0 {
			topic = st.Topics[0]
		}
	})
	return topic
}

// groupType is the group's kind as last polled (classic when unknown).
func groupType(c *Common, group string) string {
	typ := "classic"
	c.Store.Read(func(st *model.State) {
		for i := range st.Groups {
			if st.Groups[i].ID == group && st.Groups[i].Type != "" {
				typ = st.Groups[i].Type
			}
		}
	})
	return typ
}

// groupTopic is the first topic a group is assigned or has committed on.
func groupTopic(st *model.State, group string) string {
	for i := range st.Groups {
		if st.Groups[i].ID == group {
			return statTopic(st, &st.Groups[i])
		}
	}
	return statTopic(st, &model.GroupStat{ID: group})
}

// statTopic is the first topic g is assigned or has committed on.
func statTopic(st *model.State, g *model.GroupStat) string {
	for _, m := range g.Detail {
		if len(m.Assigned) > 0 {
			return m.Assigned[0].Topic
		}
	}
	if st.Lag != nil && st.Lag.Groups[g.ID] != nil {
		if ts := st.Lag.Groups[g.ID].SortedTopics(); len(ts) > 0 {
			return ts[0].Topic
		}
	}
	return ""
}

// Snapshot copies the visible groups (or the side-by-side view's groups)
// and settles the cursor.
func (p *GroupsPane) Snapshot(st *model.State, now time.Time) {
	f := &p.frame
	f.link, f.groups, f.rows = st.Link, len(st.Groups), f.rows[:0]
	f.span = spanOf(st)
	f.marked = presentMarks(p.marked, st.Groups)
	f.gone = goneGroups(st, now)
	shown := p.shown(st)
	f.shown = len(shown)
	p.listPane.shown = 0 // each row one line, unless reasons are written under them (below)
	if p.side != nil {
		p.side.snapshot(st, p.w, p.h-p.demo.height(p.w), p.reasons)
		if p.sideShown() {
			return
		}
	}
	p.header = 1 + p.demo.height(p.w) + boolInt(p.filter.typing)
	page := p.page()
	p.rows = len(shown)
	id := func(i int) string { return st.Groups[shown[i]].ID }
	p.follow.place(&p.scroll, p.rows, id) // the cursor stays on its group (cursor_follow.go)
	p.scroll.clamp(p.rows, page)
	p.follow.note(&p.scroll, p.rows, id)
	f.headless = false
	if p.showsReasons() { // each reason under its row: the page holds the rows whose lines fit
		lines := func(i int) (int, int) {
			r := snapGroup(st, &st.Groups[shown[i]], 0)
			return reasonRoom(r.reason, r.at, p.w, groupReasonIndent)
		}
		// A box too short for the cursor's row and its reason whole (the
		// 80x24 grid's three lines) gives the heading's line to the
		// reason: a sentence is not cut while a heading stands (ut39-16,
		// ut38a-30, ut36a-29: `…/0 (+5 STOP): no progress for 5m…`).
		if p.scroll.cursor < p.rows {
			if whole, _ := lines(p.scroll.cursor); whole > page {
				f.headless, p.header = true, p.header-1
				page = p.page()
			}
		}
		p.scroll.offset, p.listPane.shown = fitPage(p.scroll.cursor, p.scroll.offset, p.rows, page, lines)
		page = p.listPane.shown
	}
	for _, i := range shown[p.scroll.offset:min(p.scroll.offset+page, p.rows)] {
		f.rows = append(f.rows, snapGroup(st, &st.Groups[i], f.span.history)) // the whole history: drawn in cells of as many polls as fit it (lag_span.go)
	}
	f.ids, f.types = f.ids[:0], f.types[:0]
	for _, i := range shown {
		f.ids, f.types = append(f.ids, st.Groups[i].ID), append(f.types, st.Groups[i].Type)
	}
	if !f.judged || !f.judgedPoll.Equal(st.Link.PolledAt) || f.judgedW != p.w {
		// Which columns show, their headings and their widths are judged
		// over every group, the filter and the cursor aside, so typing a
		// filter or paging never re-lays out the list (ut26 S3, S9).
		f.judged, f.judgedPoll, f.judgedW = true, st.Link.PolledAt, p.w
		f.histFlat = histFlat(st)
		f.nameW, f.lagW, f.lagShortW, f.genW, f.mbrW = p.listWidths(st)
		f.lagMost, f.lagShortMost = max(f.lagMost, min(f.lagW, lagHeldMost)), max(f.lagShortMost, min(f.lagShortW, lagHeldMost))
		f.lagPlus = f.lagPlus || lagFloors(st)
		words := groupWordWidths(st)
		words[4] = f.genW
		f.wordW = f.words.hold(p.w, words)
		f.allIDs, f.hist = f.allIDs[:0], false
		names := make([]string, len(st.Groups))
		for i := range st.Groups {
			f.hist = f.hist || st.Groups[i].Err != "" || st.Lag != nil && st.Lag.Groups[st.Groups[i].ID] != nil
			names[i] = model.PrintableString(st.Groups[i].ID)
			f.allIDs = append(f.allIDs, st.Groups[i].ID)
		}
		f.apart.judge(names, groupNameMin)
	}
}

// demoNameW is the widest demo group's name of the list with its tag.
// It asks Demos of every group listed, outside the store's lock.
func (p *GroupsPane) demoNameW() int {
	if p.c.Demos == nil {
		return 0
	}
	w := 0
	for _, id := range p.frame.allIDs { // the filter aside (ut26 S3)
		if p.c.Demos.IsDemo(id) {
			w = max(w, draw.Width(model.PrintableString(id))+len(" demo"))
		}
	}
	return w
}

// listWidths is the widest name, lag (long and short: aheadShort),
// generation and member count of every group, the filter aside (a demo
// group's tag is added outside the lock: demoNameW), as groupCells
// writes them. Called under Store.Read, once per poll.
func (p *GroupsPane) listWidths(st *model.State) (nameW, lagW, lagShortW, genW, mbrW int) {
	for i := range st.Groups {
		g := &st.Groups[i]
		nameW = max(nameW, draw.Width(model.PrintableString(g.ID)))
		mbrW = max(mbrW, len(itoa(g.Members)))
		genW = max(genW, 1) // "-"
		if g.Epoch > 0 {
			genW = max(genW, len(itoa(int(g.Epoch))))
		}
		if st.Lag != nil && st.Lag.Groups[g.ID] != nil {
			r := snapGroup(st, g, 0) // as the row will say it, "+" and all
			lagW = max(lagW, len(r.text)+boolInt(r.partial))
			lagShortW = max(lagShortW, len(aheadShort(r.text))+boolInt(r.partial))
			if g.Epoch == 0 {
				genW = max(genW, len(itoa(r.gen)))
			}
		}
	}
	return nameW, lagW, lagShortW, genW, mbrW
}

// histFlat is whether no group of the list has lag in its history
// (ut16a D3): the lag history then goes before a name is cut. The word
// columns are never judged by their values (groups_words.go). Judged
// over every group, the filter aside (ut15b C27), so the columns do not
// change with the filter or the cursor. Called under Store.Read, once
// per poll.
func histFlat(st *model.State) bool {
	if len(st.Groups) == 0 || st.Lag == nil {
		return len(st.Groups) > 0
	}
	for i := range st.Groups {
		gl := st.Lag.Groups[st.Groups[i].ID]
		if gl == nil {
			continue
		}
		for _, t := range gl.Topics {
			for j := 0; j < t.Hist.Len(); j++ {
				if t.Hist.At(j) != 0 {
					return false
				}
			}
		}
	}
	return true
}

func (p *GroupsPane) Lines(focused bool) []string {
	if p.acts.flow != nil {
		return p.acts.flow.lines(p.w, p.h)
	}
	note := p.demo.lines(p.w)
	var lines []string
	if p.sideShown() {
		lines = p.side.lines(p.c, p.w, p.h-len(note), p.reasons)
	} else {
		lines = p.list(focused)
	}
	if len(note) > 0 {
		lines = withNote(lines, note, p.h)
	}
	return lines
}

// groupCols is the list's columns: group, type, state, assign, gen,
// members, lag, health and the lag history (or, with health reasons,
// why), as indexes into groupCells.
var groupCols = []int{0, 8, 1, 2, 3, 4, 5, 6, 7}

// groupHeads is the list's headings, in groupCols' order.
func (p *GroupsPane) groupHeads() []string {
	return []string{markGutter(false) + "group", "type", "state", "assign", "gen", "members", "lag", "health", "lag history"}
}

// groupTexts is the rows on screen, their sparklines sparkW cells wide,
// a demo group's name tagged `demo` when tag (else in the tag's colour),
// names wider than nameW cells (above 0) cut where the list's names
// differ (namesApart).
func (p *GroupsPane) groupTexts(sparkW int, tag bool, nameW int, short bool) [][]string {
	texts := make([][]string, 0, len(p.frame.rows))
	for i := range p.frame.rows {
		texts = append(texts, choose(p.groupCells(&p.frame.rows[i], sparkW, tag, nameW, short), groupCols))
	}
	return texts
}

// noteWidths notes what the list's rows on screen show in each column,
// so the next frames keep the columns' widths (colMemo). It runs after
// the snapshot.
func (p *GroupsPane) noteWidths() {
	if !p.sideShown() {
		p.widths.note(p.widthsKey(), len(groupCols), p.groupTexts(8, true, 0, false), p.c.now())
	}
}

// widthsKey is the list's layout, for its colMemo.
func (p *GroupsPane) widthsKey() string {
	return layoutKey(p.w, true, "") // not the reasons: with `r` the columns stay (ut18a F8); nor the filter (ut26 S3)
}

func (p *GroupsPane) list(focused bool) []string {
	// Columns are as wide as what they show (at least their title; see
	// draw.FitTable), names as their longest, the word columns at their
	// fixed widths (groups_words.go). Too wide: a lag history with no lag
	// in it gives way (histFlat), then headings take their short form,
	// then names are cut down to 16 cells (or the fewest that tell the
	// list's names apart, where they differ: namesApart), then the type,
	// assign, gen, lag history, state and members go in that order; lag
	// and health stay. With reasons, each is written under its row
	// (listRows).
	heads := p.groupHeads()
	tag := true
	texts := p.groupTexts(p.frame.span.max(), tag, 0, false)
	last := len(heads) - 1
	fitted, cols, short := p.fit(heads, texts, tag)
	if fitted.Widths[0] < cols[0].Want && slices.ContainsFunc(p.frame.rows, func(r groupRow) bool { return r.demo }) {
		// The `demo` tag gives way before a name is cut (ut15b C15): the
		// name keeps the tag's colour instead.
		tag = false
		texts = p.groupTexts(p.frame.span.max(), tag, 0, false)
		fitted, _, short = p.fit(heads, texts, tag)
	}
	widths, heads := fitted.Widths, fitted.Titles
	// names cut where they differ, not in the middle (ut22a M4)
	// and each sparkline takes its column whole, cells of a fixed span, the
	// cells before the first poll blank on the left, so every row's newest
	// cell is at the column's right edge (as Partitions', ut37-10: narrowed
	// to the longest history drawn, the column was ragged early in a
	// session, most of its cells blank)
	texts = p.groupTexts(max(widths[last], 1), tag, widths[0]-markGutterW, short)
	var lines []string
	if len(texts) > 0 && !p.frame.headless { // no heading over nothing: the notice gets its row
		lines = append(lines, p.c.Styles.Dim.Render(draw.Columns(heads, widths)))
	}
	return p.listRows(lines, texts, widths, focused)
}

// fit sizes the list's columns for texts (draw.FitTable) and returns
// the columns it sized them from, and whether the lag cells are written
// short ("-4,000" for "ahead 4,000": aheadShort), which they are where
// the long form would cost a column, a heading's full form or a name's
// cells (aheadForm); tag: demo groups' names carry their `demo` tag, so
// the name column wants the list's widest with it.
func (p *GroupsPane) fit(heads []string, texts [][]string, tag bool) (draw.Fitted, []draw.Col, bool) {
	last := len(heads) - 1
	cols := p.widths.cols(p.widthsKey(), heads, texts)
	cols[0].Name, cols[0].Min, cols[0].Blank = true, 16, false
	cols[6].Blank, cols[7].Blank = false, false // lag and health never go: "-" on every group says nothing is committed (ut20 O4)
	for i := 1; i < groupWordCols; i++ {
		cols[i].Blank = false // an assignor "-" on every group (all Empty) is said, not a column gone (groups_words.go)
	}
	// The mark gutter is on every row, marked or not (markGutter), so a
	// mark changes no column (ut19a H3, H7): the name keeps its 16.
	cols[0].Min = p.frame.apart.min(groupNameMin, markGutterW)  // where the names differ kept before a column goes (ut22a M4)
	cols[0].Want = max(cols[0].Want, p.frame.nameW+markGutterW) // the whole list's, not the page's
	// Without the tag the name wants no cells for it (ut16a D16: the tag
	// went, its cells stayed as padding).
	if tag {
		cols[0].Want = max(cols[0].Want, p.frame.demoW+markGutterW)
	}
	// type, state, assignor: the list's words now, not remembered (groups_words.go)
	p.wordWants(cols) // fixed while the box keeps its width, whatever the groups say (groups_words.go)
	cols[5].Want = max(cols[5].Want, p.frame.mbrW)
	lagW, lagShortW := max(p.frame.lagW, p.frame.lagMost), max(p.frame.lagShortW, p.frame.lagShortMost)
	cols[6].Want = heldLag(lagW, p.frame.lagPlus) // the list's, in its digit group: a lag gaining a digit moves no column (ut24a P25)
	cols[6].Held = cols[6].Want - lagW            // given back before a name is cut (ut28b V8); the session's widest kept
	// The long heading wherever the room left holds it (ut16a D10), else
	// `membrs`, which a lag of five digits leaves room for at 80x24 where
	// `mbrs` stood beside two blank cells on every row (ut39-7); a short
	// form reads as a count, as the column is (ut42a-16: `member` read as
	// one member's name or id).
	cols[5].Shorts = []string{"membrs", "mbrs"}
	for i, d := range []int{1, 5, 2, 3, 6, 0, 0, 4} {
		cols[i+1].Drop = d
	}
	cols[last].Same = p.frame.histFlat // a history with no lag in it goes before a name is cut (ut16a D3)
	// The lag history's least is its short heading: it gives way to it
	// before another heading is shortened, the cells past it drawn only
	// from the room the headings leave (ut39-10: `mbrs` beside a history
	// kept at 8 cells).
	cols[last].Want, cols[last].Grow, cols[last].Shorts = len("history"), p.frame.span.max(), []string{"history"}
	cols[last].Blank = !p.frame.hist // blank or not over the whole list, never the page (ut26 S9)
	f := draw.FitTable(p.w, cols)
	if p.frame.lagShortW < p.frame.lagW { // "ahead N" long only where it costs nothing (aheadForm)
		cols[6].Want = heldLag(lagShortW, p.frame.lagPlus)
		cols[6].Held = cols[6].Want - lagShortW
		if short := draw.FitTable(p.w, cols); !aheadForm(f, short) {
			return short, cols, true
		}
	}
	return f, cols, false
}

// lagHeldMost is the most cells a lag column keeps for a lag the list
// no longer has (`999,999`): a lag of millions once does not hold its
// cells for the session.
const lagHeldMost = 7

// groupNameMin is the least a group's name is cut to before a column
// goes, unless the list's names need more to read apart (namesApart).
const groupNameMin = 16

// groupReasonIndent is where a health reason starts under its group's
// row (reasonLines).
const groupReasonIndent = 2

// listRows adds the filter field and the rows to lines; with health
// reasons, each reason whole under its row (ut16b E27: the grid cut it
// to nothing; Snapshot let in only the rows whose lines fit).
func (p *GroupsPane) listRows(lines []string, texts [][]string, widths []int, focused bool) []string {
	if p.filter.typing {
		lines = append([]string{p.filter.line(p.w)}, lines...)
	}
	room := p.page() // lines for the rows and their reasons
	for i, r := range texts {
		lines = append(lines, p.selected(draw.Columns(r, widths), p.scroll.offset+i, focused))
		room--
		if p.showsReasons() && i < len(p.frame.rows) {
			why := reasonIn(p.frame.rows[i].reason, p.frame.rows[i].at, p.w, groupReasonIndent, room)
			room -= len(why)
			for _, l := range why {
				lines = append(lines, p.selected(l, p.scroll.offset+i, focused))
			}
		}
	}
	if p.rows == 0 {
		empty := "no consumer groups on the cluster"
		if p.filter.note() != "" {
			empty = "no group matches the filter"
		}
		lines = append(lines, notice(p.c.Styles, clusterEmpty(p.frame.link, empty), p.w)...)
	}
	return lines
}

func (p *GroupsPane) groupCells(r *groupRow, sparkW int, tag bool, nameW int, short bool) []string {
	g := &r.stat
	name := model.PrintableString(g.ID)
	if nameW > 0 && !(r.demo && tag) {
		name = p.frame.apart.cut(name, nameW, nameW)
	}
	switch {
	case r.demo && tag:
		name += p.c.Styles.Accent.Render(" demo")
	case r.demo:
		name = p.c.Styles.Accent.Render(name)
	}
	name = markGutter(p.marked[g.ID]) + name
	// The assignor, never the protocol type ("consumer") in its place: an
	// Empty group has none.
	assignor := groupWordShort(cmp.Or(model.PrintableString(g.Assignor), "-"))
	c := []string{name, groupWordShort(model.PrintableString(g.State)), assignor, "-", itoa(g.Members), "-", "-", "", model.PrintableString(cmp.Or(g.Type, "classic"))}
	if g.Err != "" {
		c[6], c[7] = p.c.Styles.healthCell(model.HealthErr), model.PrintableString(g.Err)
	}
	if g.Epoch > 0 { // KIP-848 and share groups have a real group epoch
		c[3] = itoa(int(g.Epoch))
	}
	if !r.lag {
		return c
	}
	c[5], c[6] = r.text, p.c.Styles.healthCell(r.health)
	if short { // "ahead N" as "-N": the long form would cost a column (fit)
		c[5] = aheadShort(r.text)
	}
	if r.partial {
		c[5] += "+" // some partitions of its topics have no commit: at least this much (the side view says how many)
	}
	if g.Epoch == 0 {
		c[3] = itoa(r.gen)
	}
	if r.noLag { // nothing committed: no lag to show, as side by side says
		c[5], c[6] = "-", "-"
	}
	if g.Err == "" {
		span := p.frame.span
		c[7] = draw.SparkLag(span.cells(r.history, 1, span.per(sparkW), sparkW), sparkW, r.ahead())
	}
	return c
}

// groupHistory sums a group's per-topic lag histories, newest aligned.
func groupHistory(g *model.GroupLag, width int) []int64 {
	out := make([]int64, width)
	n := 0
	for _, t := range g.Topics {
		vals := t.Hist.Slice(nil, t.Hist.Len()-min(t.Hist.Len(), width), t.Hist.Len())
		n = max(n, len(vals))
		for i, v := range vals {
			out[width-len(vals)+i] += v
		}
	}
	return out[width-n:]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// choose picks the cells at idx, in that order.
func choose(cells []string, idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = cells[j]
	}
	return out
}
