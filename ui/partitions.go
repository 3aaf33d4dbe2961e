package ui

import (
	"fmt"
	"slices"
	"strings"

	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// PartitionsPane shows every watched topic and partition: leader,
// watermarks and produce rate, and under each the groups reading it with
// committed offset, lag, consume rate, health, lag as time and lag
// history. Totals per topic come first.
type PartitionsPane struct {
	listPane
	demo    demoCtl
	acts    actionHost   // an open operator action (actions_groups.go, actions_topics.go)
	reasons bool         // each group row's health reason is written under it
	rs      reasonScreen // whether the reasons need the screen (reasons_screen.go)
	filter  filter
	// The row list and index change only when the poller publishes (or
	// the filter changes), not with every tailed batch: they are kept per
	// poll.
	cache struct {
		polled time.Time
		query  string
		rows   []prow
		idx    partIndex
		lagW   int       // the widest lag of the list's group rows (listWidths)
		nameW  int       // the widest name of the list (listWidths)
		plain  partPlain // the columns that tell no row of the list apart (listWidths)
		numW   partNumW  // the widest figures of the list (listNumWidths)
		// lagMost and lagShortMost are the widest lag (long, short) of the
		// session, up to lagHeldMost cells: lagW and numW.lagShort keep them
		lagMost, lagShortMost int
		// lagPlus: a lag of the list has read as a floor (`326+`) this
		// session: its `+` is held apart from the digits (heldLag)
		lagPlus bool
		// grouped: a group reads a topic of the whole list, the filter
		// aside: the group columns show on every page and under every
		// filter.
		grouped bool
		// apart is where the list's group names are cut so that they
		// read apart (ut22a M4), judged over the whole list per poll.
		apart namesApart
		// topics is where the list's topic names are cut (ut30 X1),
		// topicSuffix the widest ` (N)` of a topic row.
		topics      namesApart
		topicSuffix int
	}
	frame partFrame
	// widths is what the columns have shown since the layout changed,
	// so they keep their widths as numbers change (written after each
	// snapshot: measure).
	widths colMemo
	// held is the layout chosen at the box's width, kept while figures
	// grow (parttable_hold.go; written after each snapshot).
	held fitHold
	// heldCols: the group context columns shown at the box's width
	// (partitions_held.go).
	heldCols partShown
	// poll is the poll-time bound the border shows (pollBoundHold): it
	// changes when polls get slower or stay much faster for a minute, not
	// with every poll.
	poll pollBoundHold
	// pollW and reqW are the widest poll bound and request count the
	// border has said this session: the figures are padded to them, so
	// `≤5ms` after `≤50ms` or 14 requests after 15 moves no border text
	// (ut36b-20: the count and the dashes shifted a cell every poll).
	pollW, reqW int
}

// partFrame is a frame's snapshot: the link, the partition count and the
// visible rows' figures.
type partFrame struct {
	link  model.Link
	parts int // partitions of the cluster, internal ones aside
	shown int // of them, those the filter lets through
	// grouped: a group reads one of the topics of the whole list (the
	// filter aside); without, the group columns (committed, lag, behind,
	// eta, lag history) are left out whatever rows are on screen.
	grouped bool
	// span is what the lag sparklines span (lag_span.go).
	span lagSpan
	// nameW and lagW are the widest name and lag of the whole list, so
	// the columns do not change as rows scroll by (ut15b C6).
	nameW, lagW int
	lagPlus     bool       // a lag of the list has read as a floor this session (heldLag)
	numW        partNumW   // the widest figures of the whole list, for the same reason (ut22b N14)
	plain       partPlain  // the columns that tell no row of the whole list apart
	apart       namesApart // where the list's group names are cut (ut22a M4)
	topics      namesApart // where the list's topic names are cut (ut30 X1)
	topicSuffix int        // the widest ` (N)` of a topic row of the list
	rows        []rowData
	// heading is the topic heading drawn above a page that starts among
	// its partitions and groups (stickyHeading), where one is (hasHeading).
	heading    rowData
	hasHeading bool
}

// partPlain is which context columns tell no row of the whole list
// apart, so they go before a name is cut (ut16b E6, ut16a D3): one
// leader and one low watermark on every partition, or on all but fewer
// than one in eight of eight or more (plainCols); no group row of
// the list with a time behind, an eta, or any lag in its history. The
// offsets, rate, lag and health are data, never judged so.
//
// tailErr: a partition of the list has a fetch that keeps failing, the
// only thing a health says on a row without a group; without groups and
// without it the health column is left out, judged over the whole list
// (ut18a F14: it stayed, empty, after the groups went).
type partPlain struct{ leader, low, behind, eta, hist, tailErr bool }

// listWidths is the widest name cell and lag cell of rows, as cells
// writes them, and which context columns tell no row apart (partPlain).
// Called under Store.Read, once per poll (table).
func listWidths(st *model.State, rows []prow, idx partIndex) (name, lag int, plain partPlain) {
	parts := map[string]int{}
	var ctx [][]string // each partition's leader and low watermark, the context columns judged as every table's (plainCols)
	plain = partPlain{behind: true, eta: true, hist: true}
	for _, r := range rows {
		if r.kind != partRow {
			continue
		}
		parts[r.topic]++
		if pt := idx[model.TP{Topic: r.topic, Partition: r.part}]; pt != nil {
			ctx = append(ctx, []string{itoa(pt.Leader), count(pt.Low)})
			plain.tailErr = plain.tailErr || st.Tail.Errs[model.TP{Topic: r.topic, Partition: r.part}] != ""
		}
	}
	pc := plainCols(ctx, 2)
	plain.leader, plain.low = pc[0], pc[1]
	for _, r := range rows {
		switch r.kind {
		case topicRow: // a heading line, outside the columns (topicHead)
			continue
		case partRow:
			name = max(name, 2+len(itoa(r.part)))
			continue
		case topicGroupRow:
			name = max(name, 3+draw.Width(model.PrintableString(r.group)))
		default:
			name = max(name, 4+draw.Width(model.PrintableString(r.group)))
		}
		if st.Lag == nil || st.Lag.Groups[r.group] == nil {
			continue
		}
		g := st.Lag.Groups[r.group]
		if r.kind == topicGroupRow {
			if tl := g.Topics[r.topic]; tl != nil {
				lag = max(lag, draw.Width(tl.LagText())+boolInt(r.partial)) // "326+", "ahead 815"
				plain.behind = plain.behind && tl.Behind <= 0               // behindText's "-"
				plain.eta = plain.eta && tl.ETA == 0                        // etaText's "-"
				for i := 0; plain.hist && i < tl.Hist.Len(); i++ {
					plain.hist = tl.Hist.At(i) == 0
				}
			}
			continue
		}
		if pl := g.Parts[model.TP{Topic: r.topic, Partition: r.part}]; pl != nil {
			lag = max(lag, draw.Width(pick(pl.LagText(), count(pl.Lag))))
			plain.behind = plain.behind && pl.Behind <= 0
			plain.eta = plain.eta && partETA(pl) == 0
			for i := 0; plain.hist && i < pl.Hist.Len(); i++ {
				plain.hist = pl.Hist.At(i).Lag == 0
			}
		}
	}
	return name, lag, plain
}

// table returns the rows and index for the state's latest poll. Called
// under Store.Read; rows hold names, never pointers into the state. The
// index does point into st.Partitions: that is safe because the poller
// publishes a new slice with every poll (and a new PolledAt) and never
// writes into a published one, and the index is only used under Read.
func (p *PartitionsPane) table(st *model.State) ([]prow, partIndex) {
	q := p.filter.input.Value()
	if p.cache.rows == nil || !p.cache.polled.Equal(st.Link.PolledAt) || p.cache.query != q {
		p.cache.polled, p.cache.query = st.Link.PolledAt, q
		p.cache.rows, p.cache.idx = partitionRows(st, p.filter.match), newPartIndex(st)
		// Which columns show, their headings and their widths are judged
		// over every row the pane holds, the filter and the cursor aside,
		// so typing a filter or paging never re-lays out the table (ut15b
		// C27, ut26 S2, S8).
		all := p.cache.rows
		if q != "" {
			all = partitionRows(st, func(...string) bool { return true })
		}
		p.cache.nameW, p.cache.lagW, p.cache.plain = listWidths(st, all, p.cache.idx)
		p.cache.numW = listNumWidths(st, all, p.cache.idx)
		// the session's widest lag, up to 7 cells, held: a lag draining
		// and growing with each burst moves no column (groups.go lagMost)
		p.cache.lagMost = max(p.cache.lagMost, min(p.cache.lagW, lagHeldMost))
		p.cache.lagShortMost = max(p.cache.lagShortMost, min(p.cache.numW.lagShort, lagHeldMost))
		p.cache.lagW = max(p.cache.lagW, p.cache.lagMost)
		p.cache.numW.lagShort = max(p.cache.numW.lagShort, p.cache.lagShortMost)
		p.cache.apart.judgeFrom(rowGroups(all), partNameMin-4, partNameLeast-4)
		var topics []string
		topics, p.cache.topicSuffix = rowTopics(all)
		p.cache.topics.judgeFrom(topics, partTopicLeast, partTopicFloor)
		p.cache.grouped = slices.ContainsFunc(all, func(r prow) bool { return r.kind == topicGroupRow })
		p.cache.lagPlus = p.cache.lagPlus || slices.ContainsFunc(all, func(r prow) bool { return r.partial })
	}
	return p.cache.rows, p.cache.idx
}

// NewPartitionsPane makes the Partitions pane.
func NewPartitionsPane(c *Common) *PartitionsPane {
	f := newFilter()
	f.input.Placeholder = "topic or group"
	return &PartitionsPane{listPane: listPane{c: c, title: "Partitions", header: 1}, demo: demoCtl{c: c, pane: panePartitions}, filter: f}
}

func (p *PartitionsPane) Capturing() bool {
	return p.filter.typing || p.acts.flow != nil || p.demo.asking()
}

// SetSize sizes the pane and its filter field.
func (p *PartitionsPane) SetSize(w, h int) {
	p.listPane.SetSize(w, h)
	p.filter.setWidth(w)
}

func (p *PartitionsPane) Status() string { return draw.JoinParts(p.StatusParts()) }

// StatusParts is the filter, the partitions shown of all, and how long
// the last poll took in how many requests (diagnostics, the first to go).
func (p *PartitionsPane) StatusParts() []draw.Part {
	f := &p.frame
	s := plural(f.parts, "partition")
	if f.shown < f.parts {
		s = count(f.shown) + " of " + s
	}
	parts := []draw.Part{{Text: s, Rank: draw.RankCount}}
	if f.parts == 0 && f.link.State != model.LinkConnected { // nothing known to count (ut28b V13)
		parts = nil
	}
	parts = filterParts(&p.filter, parts...)
	if f.link.PollTook > 0 && f.link.State == model.LinkConnected { // a failed poll's time is no poll's
		// the poll's figures come first, padded to the widest said this
		// session before them: the padding is border (draw.Box draws a
		// status's leading blanks as dashes), so the filter, count and
		// position after them hold still as the figures change (ut36b-20)
		// and no blank stands inside the text (ut42b-23 `poll ≤  5ms`,
		// ut43a-6 `·   poll`)
		bound, reqs := p.poll.shown.String(), count(f.link.PollRequests)
		pad := strings.Repeat(" ", max(p.pollW-len(bound), 0)+max(p.reqW-len(reqs), 0))
		parts = append([]draw.Part{{Text: pad + "poll ≤" + bound, Rank: draw.RankDiag},
			{Text: reqs + " req", Rank: draw.RankDiag}}, parts...)
	}
	return parts
}

// pollStep is the bound the border shows for a poll that took d, given the
// bound shown so far: the least of 1, 2, 5, 10, 20, 50… ms at or above d.
// It rises as soon as a poll takes longer than the bound shown and falls
// only when one takes under a quarter of it, so the idle border, and with
// it the frame, stays still while poll times jitter (each poll redrew the
// screen when the border showed the exact time).
func pollStep(shown, d time.Duration) time.Duration {
	if shown > 0 && d <= shown && d*4 >= shown {
		return shown
	}
	b := time.Millisecond
	for i := 0; b < d; i++ {
		b = b / [3]time.Duration{1, 2, 5}[i%3] * [3]time.Duration{2, 5, 10}[i%3]
	}
	return b
}

func (p *PartitionsPane) Help() []key.Binding {
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
	open := k.Enter
	open.SetHelp(open.Help().Key, "open topic")
	own := append([]key.Binding{open, k.Filter, k.Groups.Reason}, p.rowActionHelp(k)...) // the row's own (footer_rows.go)
	return append(p.listPane.Help(), append(own, demoHelp(k)...)...)
}

func (p *PartitionsPane) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case flowMsg:
		return p.acts.result(msg)
	case demoMsg:
		p.demo.result(msg)
		p.demo.fit(p.w, p.h)
		return nil
	case tea.KeyPressMsg:
		if cmd, ok := p.demo.answer(msg); ok {
			p.demo.fit(p.w, p.h)
			return cmd
		}
		if cmd, ok := p.acts.key(msg); ok {
			return cmd
		}
		if used, cmd := p.filter.handle(p.c.Keys, msg); used {
			p.scroll = scroller{}
			return cmd
		}
		if key.Matches(msg, p.c.Keys.Groups.Reason) {
			p.reasons = !p.reasons
			return nil
		}
		r := p.cursorRow()
		if key.Matches(msg, p.c.Keys.Enter) && r.topic != "" {
			return openTopic(r.topic)
		}
		onGroup := r.kind == topicGroupRow || r.kind == partGroupRow
		if !onGroup && (key.Matches(msg, p.c.Keys.Groups.Reset) || key.Matches(msg, p.c.Keys.Groups.DeleteOffsets)) {
			// o and O off a group's row say so, not nothing (ut21a K7-5)
			cmd, _ := groupActionKey(p.c, panePartitions, &p.acts, msg, groupTarget{partition: -1})
			return cmd
		}
		if onGroup {
			t := groupTarget{group: r.group, typ: groupType(p.c, r.group), topic: r.topic, partition: -1}
			if r.kind == partGroupRow {
				t.partition = r.part
			}
			if cmd, ok := groupActionKey(p.c, panePartitions, &p.acts, msg, t); ok {
				return cmd
			}
		}
		if cmd, ok := topicActionKey(p.c, panePartitions, &p.acts, msg, p, !onGroup); ok {
			return cmd
		}
		if cmd, ok := p.demo.key(msg, r.topic, r.group); ok {
			p.demo.fit(p.w, p.h)
			return cmd
		}
	default:
		if p.filter.typing { // cursor blinks of the filter field
			var cmd tea.Cmd
			p.filter.input, cmd = p.filter.input.Update(msg)
			return cmd
		}
	}
	return p.listPane.Update(msg)
}

// cursorTopic is the topic of the cursor's row (topicCursor: the topic
// actions use it).
func (p *PartitionsPane) cursorTopic() string { return p.cursorRow().topic }

type rowKind uint8

const (
	topicRow      rowKind = iota // totals of a topic
	topicGroupRow                // one group's totals on a topic
	partRow                      // one partition
	partGroupRow                 // one group on one partition
)

// prow is one line of the table; it names what it shows, and is turned
// into text only when it is on screen.
type prow struct {
	kind  rowKind
	topic string
	part  int
	group string
	// noCommit: the group is assigned the partition (or a partition of the
	// topic) but has committed nothing there, so the row says "-" for its
	// offset, lag and health (ut22a M5); partial: a topic's group row that
	// has committed on some of its assigned partitions only, its lag then
	// at least the sum shown ("326+", as Groups says).
	noCommit, partial bool
}

// key names the row for the cursor to follow (cursor_follow.go).
func (r prow) key() string {
	return fmt.Sprintf("%d\x00%s\x00%d\x00%s", r.kind, r.topic, r.part, r.group)
}

// rows flattens the table: every partition of a topic that is not
// internal and that match lets through (by topic, or by a group reading
// it). Cheap: no text is made here.
func partitionRows(st *model.State, match func(...string) bool) []prow {
	assigned := model.Assigned(st.Groups)
	stats := make(map[string]*model.GroupStat, len(st.Groups)) // for the partitions a group has not committed on
	for i := range st.Groups {
		stats[st.Groups[i].ID] = &st.Groups[i]
	}
	onTopic := map[string][]string{}
	reads := map[string]map[string]bool{} // topic -> groups: committed on it or assigned a partition of it
	add := func(topic, id string) {
		if reads[topic] == nil {
			reads[topic] = map[string]bool{}
		}
		if !reads[topic][id] {
			reads[topic][id] = true
			onTopic[topic] = append(onTopic[topic], id)
		}
	}
	if st.Lag != nil {
		for id, g := range st.Lag.Groups {
			for t := range g.Topics {
				add(t, id)
			}
		}
	}
	for id, tps := range assigned {
		for tp := range tps {
			add(tp.Topic, id)
		}
	}
	for _, ids := range onTopic {
		slices.SortFunc(ids, model.NaturalCompare)
	}
	committedOn := func(id string, tp model.TP) bool {
		if st.Lag == nil || st.Lag.Groups[id] == nil {
			return false
		}
		_, ok := st.Lag.Groups[id].Parts[tp]
		return ok
	}
	rows := make([]prow, 0, len(st.Partitions)*2)
	shown := map[string]bool{}
	var groups []string
	for i, pt := range st.Partitions {
		first := i == 0 || st.Partitions[i-1].Topic != pt.Topic
		if first {
			// a filter matching the topic shows all its groups; one matching
			// only some groups shows the topic with just those groups
			groups = onTopic[pt.Topic]
			if !match(pt.Topic) {
				groups = slices.DeleteFunc(slices.Clone(groups), func(g string) bool { return !match(g) })
			}
			shown[pt.Topic] = !pt.Internal && (match(pt.Topic) || len(groups) > 0)
		}
		if !shown[pt.Topic] {
			continue
		}
		if first {
			rows = append(rows, prow{kind: topicRow, topic: pt.Topic})
			for _, g := range groups {
				r := prow{kind: topicGroupRow, topic: pt.Topic, group: g}
				r.noCommit = st.Lag == nil || st.Lag.Groups[g] == nil || st.Lag.Groups[g].Topics[pt.Topic] == nil
				r.partial = !r.noCommit && st.Lag.Groups[g].NotCommittedIn(pt.Topic) > 0 // counted by the poll (model/not_committed.go)
				rows = append(rows, r)
			}
		}
		rows = append(rows, prow{kind: partRow, topic: pt.Topic, part: pt.Partition})
		for _, g := range groups {
			tp := model.TP{Topic: pt.Topic, Partition: pt.Partition}
			switch {
			case committedOn(g, tp):
				rows = append(rows, prow{kind: partGroupRow, topic: pt.Topic, part: pt.Partition, group: g})
			case assigned[g][tp]:
				rows = append(rows, prow{kind: partGroupRow, topic: pt.Topic, part: pt.Partition, group: g, noCommit: true})
			}
		}
	}
	return rows
}

func (p *PartitionsPane) cursorRow() prow {
	var r prow
	p.c.Store.Read(func(st *model.State) {
		rows, _ := p.table(st)
		if p.scroll.cursor < len(rows) {
			r = rows[p.scroll.cursor]
		}
	})
	return r
}

// Snapshot copies the visible rows' figures and settles the cursor. The
// lag histories are copied as wide as the pane, the most a sparkline
// column can take.
func (p *PartitionsPane) Snapshot(st *model.State, now time.Time) {
	p.header = 1 + p.demo.height(p.w) + boolInt(p.filter.typing)
	page := p.page()
	f := &p.frame
	f.link, f.parts, f.rows = st.Link, 0, f.rows[:0]
	if st.Link.PollTook > 0 {
		p.pollW = max(p.pollW, len(p.poll.observe(st.Link.PollTook, now).String()))
		p.reqW = max(p.reqW, len(count(st.Link.PollRequests)))
	}
	for i := range st.Partitions {
		f.parts += boolInt(!st.Partitions[i].Internal)
	}
	rows, idx := p.table(st)
	f.span = spanOf(st)
	f.shown, f.grouped, f.nameW, f.lagW, f.lagPlus = 0, p.cache.grouped, p.cache.nameW, p.cache.lagW, p.cache.lagPlus
	f.plain = p.heldCols.hold(p.w, p.cache.plain) // a column once shown stays while the box keeps its width
	f.numW = p.cache.numW
	f.apart = p.cache.apart.cutOnly()
	f.topics, f.topicSuffix = p.cache.topics.cutOnly(), p.cache.topicSuffix
	for _, r := range rows {
		f.shown += boolInt(r.kind == partRow)
	}
	p.rows = len(rows)
	row := func(i int) string { return rows[i].key() }
	p.follow.place(&p.scroll, p.rows, row) // the cursor stays on its row (cursor_follow.go)
	p.scroll.clamp(p.rows, page)
	p.follow.note(&p.scroll, p.rows, row)
	p.listPane.shown = 0
	var head int
	if p.showsReasons() { // each reason under its row: the page holds the rows whose lines fit
		head, page, f.hasHeading = p.reasonsPage(rows, page, func(first, height int) (int, int) {
			return fitPage(p.scroll.cursor, first, p.rows, height, func(i int) (int, int) {
				r := rows[i]
				if r.kind != topicGroupRow && r.kind != partGroupRow {
					return 1, 1
				}
				d := snapRow(st, idx, r, 0)
				return reasonRoom(d.reason, d.at, p.w, partReasonIndent(r.kind))
			})
		})
	} else {
		head, page, f.hasHeading = p.stickyHeading(rows, page)
	}
	if p.showsReasons() || f.hasHeading { // the border counts, and a page key moves by, the rows shown
		p.listPane.shown = page
	}
	if f.hasHeading {
		f.heading = snapRow(st, idx, rows[head], f.span.history)
	}
	for _, r := range rows[p.scroll.offset:min(p.scroll.offset+page, p.rows)] {
		f.rows = append(f.rows, snapRow(st, idx, r, f.span.history)) // the whole history: drawn in cells of as many polls as fit it (lag_span.go)
	}
}

func (p *PartitionsPane) Lines(focused bool) []string {
	if p.acts.flow != nil {
		return p.acts.flow.lines(p.w, p.h)
	}
	note := p.demo.lines(p.w)
	t, f := p.fitted(), &p.frame
	t.cutNames = true
	// the sparklines drawn to the width fit gave, the group names cut where
	// they differ; each sparkline takes its column whole, the cells before
	// the first poll blank on the left, so every row's newest cell is at
	// the column's right edge and a cell spans as many polls on every row
	// (ut37-10, ut36b-18: narrowed to the longest history drawn, the
	// column used 28 of its 110 cells, ragged under its heading)
	texts := p.texts(t)
	var lines []string
	if len(f.rows) > 0 { // no heading over nothing: the notice gets its row
		lines = append(lines, t.head())
	}
	if p.filter.typing {
		lines = append([]string{p.filter.line(p.w)}, lines...)
	}
	room := p.page() // lines for the rows and their reasons
	switch {
	case f.hasHeading && room < 2: // a page of one row: its topic in the column headings' line
		lines[len(lines)-1] = t.topicHead(&f.heading)
	case f.hasHeading: // the topic the page's first rows belong to
		lines = append(lines, t.topicHead(&f.heading))
		room--
	}
	for i := range f.rows {
		var line string
		if f.rows[i].r.kind == topicRow { // a heading line over its groups and partitions
			line = t.topicHead(&f.rows[i])
		} else {
			line = draw.Columns(texts[i], t.rowWidths(f.rows[i].r.kind))
		}
		lines = append(lines, p.selected(line, p.scroll.offset+i, focused))
		room--
		if p.showsReasons() { // the health reason whole under its row (ut16b E27)
			why := reasonIn(f.rows[i].reason, f.rows[i].at, p.w, partReasonIndent(f.rows[i].r.kind), room)
			room -= len(why)
			for _, l := range why {
				lines = append(lines, p.selected(l, p.scroll.offset+i, focused))
			}
		}
	}
	if len(f.rows) == 0 {
		empty := "no topics on the cluster"
		if p.filter.note() != "" {
			empty = "no topic or group matches the filter"
		}
		lines = append(lines, notice(p.c.Styles, clusterEmpty(f.link, empty), p.w)...)
	}
	if len(note) > 0 {
		lines = withNote(lines, note, p.h)
	}
	return lines
}

// texts is the rows on screen as t lays them out.
func (p *PartitionsPane) texts(t *partTable) [][]string {
	texts := make([][]string, len(p.frame.rows))
	for i := range p.frame.rows {
		texts[i] = t.texts(t.cells(&p.frame.rows[i]), p.frame.rows[i].r.kind)
	}
	return texts
}

// fitted is the frame's table, fitted to the rows on screen, what the
// columns have shown (colMemo) and the layout held (fitHold).
func (p *PartitionsPane) fitted() *partTable {
	t := newPartTable(p.c.Styles, p.w, p.showsReasons())
	f := &p.frame
	t.noGroups, t.nameW, t.lagW, t.plain, t.apart, t.span = !f.grouped, f.nameW, f.lagW, f.plain, &f.apart, f.span
	t.numW, t.topics, t.topicSuffix, t.lagPlus, t.hold = f.numW, &f.topics, f.topicSuffix, f.lagPlus, &p.held
	t.fit(&p.widths, p.widthsKey(t), p.texts(t))
	return t
}

// afterSnapshot notes what the rows on screen show in each column, so
// the next frames keep the columns' widths (colMemo), then the layout
// they make, so the next frames keep it (fitHold).
func (p *PartitionsPane) afterSnapshot() {
	t := newPartTable(p.c.Styles, p.w, p.showsReasons())
	p.widths.note(p.widthsKey(t), len(t.titles()), p.texts(t), p.c.now())
	if p.acts.flow != nil { // no table drawn
		return
	}
	t = p.fitted()
	p.held.note(p.widthsKey(t), t.cols, draw.Fitted{Widths: t.widths, Titles: t.heads})
}

// widthsKey is the table's layout, for its colMemo.
func (p *PartitionsPane) widthsKey(_ *partTable) string {
	return layoutKey(p.w, false, "") // not the reasons: with `r` the columns stay as they are (ut18a F8); nor the filter (ut26 S2)
}

// clusterEmpty is what an empty cluster table says: why there is nothing
// yet while not connected or before the first poll, else empty, which is
// only true of the cluster once a poll has answered.
func clusterEmpty(conn model.Link, empty string) string {
	switch {
	case conn.State != model.LinkConnected && conn.Err != "":
		return "not connected: " + model.PrintableString(conn.Err)
	case conn.State != model.LinkConnected || conn.PolledAt.IsZero():
		return "waiting for the first poll…"
	}
	return empty
}

// partIndex finds a watched partition's stats by topic and number.
type partIndex map[model.TP]*model.PartitionStat

func newPartIndex(st *model.State) partIndex {
	idx := make(partIndex, len(st.Partitions))
	for i := range st.Partitions {
		pt := &st.Partitions[i]
		idx[model.TP{Topic: pt.Topic, Partition: pt.Partition}] = pt
	}
	return idx
}

func itoa(n int) string { return strconv.Itoa(n) }
