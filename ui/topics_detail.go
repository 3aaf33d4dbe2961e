package ui

import (
	"time"

	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// topicDetail is one topic opened from the Topics pane: its partitions
// (leader, replicas, in-sync replicas, watermarks, rate), its configs
// that are not Kafka's defaults with where each comes from, and the
// groups that consume it with their lag. It scrolls as one list.
type topicDetail struct {
	topic string
	// back is the pane enter opened it from (fromPane), focused again by
	// esc (closeDetail); opened in the Topics list, esc goes back to it.
	back     int
	fromPane bool
	scroll   scroller
	rows     int // lines the detail has, settled by the snapshot
	// tables are the lines of the detail's tables (partitions, configs,
	// consumer groups), settled by the snapshot: while the view starts
	// in a table's rows, below its heading, the heading stays in the
	// box's first row over them (ut25a Q8: pages of bare numbers once the
	// groups' heading had scrolled away).
	tables []tableSpan
	// tight is how many lines the detail gives up when the whole does
	// not fit (settled by the snapshot), one a line it needs, so a small
	// box shows partition rows, not only headings: the blank lines before
	// consumer groups, configs and partitions, then the partitions title
	// (ut42a-14: one line over took all four, and three rows then stood
	// blank at the bottom).
	tight int
	// oneLine keeps the summary on one line, cut: a short (grid) box
	// that cannot show the whole detail, whose rows the wrapped summary
	// would take from the partitions.
	oneLine bool
	// partRows is the most rows the partitions table keeps in one block
	// before it goes on in a block beside it (sideBySide), settled by the
	// snapshot where the detail is taller than its box; 0: one block.
	partRows int
	copy     topicCopy // the last frame's snapshot of the topic
}

// topicCopy is what the detail copies out of the store for one frame.
type topicCopy struct {
	found bool
	// deletedAt and deletedBy: an operator of this console deleted the
	// topic, not found since (model.State.TopicDeleted)
	deletedAt time.Time
	deletedBy string
	stat      model.TopicStat
	parts     []model.PartitionStat // copied values; Replicas/ISR are never written after publication
	cfg       model.TopicConfig
	hasCfg    bool
	groups    []groupOnTopic
	conn      model.Link
	polled    bool
	brokers   map[int]bool // live broker ids
}

// groupOnTopic is one group's position on the topic.
type groupOnTopic struct {
	id      string
	state   string
	members int // members assigned a partition of the topic
	lag     int64
	rate    float64
	health  model.Health
	err     string
	// noCommit: members are assigned a partition of the topic but the
	// group has committed nothing on it: no lag to show ("-"; ut22a M5).
	noCommit bool
	// lagText is the lag as a cell ("ahead N" past the log's end);
	// partial: some assigned partitions of it have no commit, so the lag
	// is a floor, "0+", as Groups and Partitions say (ut26 S7).
	lagText string
	partial bool
}

// copyTopic copies the topic's partitions, configs and consumers; it runs
// under the frame's read lock.
func copyTopic(st *model.State, topic string) topicCopy {
	var tc topicCopy
	func() {
		tc.conn, tc.polled = st.Link, !st.Link.PolledAt.IsZero()
		for _, t := range st.TopicStats {
			if t.Name == topic {
				tc.found, tc.stat = true, t
				break
			}
		}
		if !tc.found {
			tc.deletedAt, tc.deletedBy, _ = st.TopicDeleted(topic)
			return
		}
		for _, p := range st.Partitions {
			if p.Topic == topic {
				tc.parts = append(tc.parts, p)
			}
		}
		tc.cfg, tc.hasCfg = st.Configs[topic]
		tc.brokers = map[int]bool{}
		for _, b := range st.Cluster.Brokers {
			if !b.Gone {
				tc.brokers[b.ID] = true
			}
		}
		states := map[string]model.GroupStat{}
		for _, g := range st.Groups {
			states[g.ID] = g
		}
		if st.Lag == nil {
			return
		}
		members := func(gs model.GroupStat) int {
			n := 0
			for _, m := range gs.Detail {
				for _, a := range m.Assigned {
					if a.Topic == topic {
						n++
						break
					}
				}
			}
			return n
		}
		for id, g := range st.Lag.Groups {
			t, ok := g.Topics[topic]
			if !ok {
				continue
			}
			gs := states[id]
			tc.groups = append(tc.groups, groupOnTopic{id: id, state: gs.State, members: members(gs), lag: t.Lag, lagText: t.LagText(), rate: t.Rate, health: t.Health, err: gs.Err,
				partial: g.NotCommittedIn(topic) > 0}) // counted by the poll (model/not_committed.go)
		}
		for _, gs := range st.Groups { // assigned a partition of it, nothing committed there (ut22a M5)
			if g := st.Lag.Groups[gs.ID]; g != nil && g.Topics[topic] != nil {
				continue
			}
			if n := members(gs); n > 0 {
				tc.groups = append(tc.groups, groupOnTopic{id: gs.ID, state: gs.State, members: n, err: gs.Err, noCommit: true})
			}
		}
	}()
	slices.SortFunc(tc.groups, func(a, b groupOnTopic) int { return model.NaturalCompare(a.id, b.id) })
	return tc
}

// status is the border note: the topic's partitions and groups.
func (d *topicDetail) status() string {
	if !d.copy.found || d.copy.unknown() != "" {
		return "gone"
	}
	return plural(d.copy.stat.Partitions, "partition") + " · " + plural(len(d.copy.groups), "group")
}

// settle counts the detail's lines by drawing them (body), so the border's
// count and the "… N more lines below" row count the same lines (ut19b
// G12a: counted apart, the border said 1-6/13 over 5 rows and "9 more
// lines below"), and keeps the scroll on them; it runs in the snapshot, so
// drawing writes nothing. A detail taller than the box drops its blank
// lines, then the partitions title, one a line it needs (tight), and a grid box's summary goes
// to one line (oneLine) when that is still not enough.
func (d *topicDetail) settle(st *Styles, w, h int) {
	d.tight, d.oneLine, d.partRows = 0, false, 0
	body, tables := d.draft(st, w)
	if tc := &d.copy; tc.found && tc.unknown() == "" && len(body) > h && len(tc.parts) > 1 {
		// the partitions first go on beside themselves where the box is
		// wide enough (ut32b Zb11), as few blocks as fit the rest in h
		d.partRows = max(len(tc.parts)-(len(body)-h), 1)
		body, tables = d.draft(st, w)
	}
	if tc := &d.copy; tc.found && tc.unknown() == "" && len(body) > h {
		for d.tight < tightMost && len(body) > h {
			d.tight++
			body, tables = d.draft(st, w)
		}
		if len(d.summary(w)) > 1 && len(body) > h && h <= clusterWrapRows {
			d.oneLine = true
			if body1, tables1 := d.draft(st, w); len(body1) <= h || h <= oneLineRows {
				body, tables = body1, tables1
			} else {
				// one line would still leave rows to scroll to in a box
				// with rows to spare: it would cost the summary its parts
				// and buy no whole view, so it wraps (ut36a-21:
				// `retention 7d` lost at 200x50 in the grid, `3 more
				// lines below` either way)
				d.oneLine = false
			}
		}
	}
	d.rows, d.tables = len(body), tables
	d.scrollTo(d.scroll.offset, h)
}

// oneLineRows is the tallest box whose topic detail keeps its summary on
// one line though the detail still scrolls: the 80x24 grid's 6 rows,
// where the wrapped summary's row is a third of the partitions shown.
const oneLineRows = 6

// scrollKey moves the detail's view for a navigation key in a box of h
// rows: it has no cursor, so every key moves the view, ↑/↓ a line and
// pgup/pgdn the rows a window shows (ut24a P4: a cursor moved first, so
// pgdn from the top scrolled one line and the first ↑ or pgup after G
// did nothing). It reports whether the key was one of them.
func (d *topicDetail) scrollKey(k *KeyMap, msg tea.KeyPressMsg, h int) bool {
	off := d.scroll.offset
	switch {
	case key.Matches(msg, k.Up):
		off--
	case key.Matches(msg, k.Down):
		off++
	case key.Matches(msg, k.PageUp):
		off = d.pageAbove(off, h)
	case key.Matches(msg, k.PageDown):
		_, shown, _ := d.window(h)
		off += max(shown, 1) // the next page starts under the last row shown
	case key.Matches(msg, k.Top):
		off = 0
	case key.Matches(msg, k.Bottom):
		off = d.rows
	default:
		return false
	}
	d.scrollTo(off, h)
	return true
}

// pageAbove is the first line of the page above one starting at off in
// a box of h rows: the earliest start whose page reaches the line above
// off, so no line is skipped. That page ends on the line above off, or,
// where a table's heading pinned over one start and not the other leaves
// no such page, on off itself.
func (d *topicDetail) pageAbove(off, h int) int {
	cand := max(off-max(h, 1), 0)
	for cand < off-1 {
		if _, shown, _ := d.windowAt(cand, h); cand+shown >= off {
			break
		}
		cand++
	}
	return cand
}

// tableSpan is a table of the detail: the lines of its heading and its
// last row.
type tableSpan struct{ head, last int }

// pinnedHead is the line of the heading a box of h rows whose view of a
// detail of rows lines starts at line off shows in its first row, -1 for
// none: the heading of the table whose rows the view starts in, where
// the box has rows for it, a row and what is below. Not at the view's
// last start (rows-h) where the line after it is no longer the table's:
// pinned there, the box would hold every line but the last, and a start
// a line further down no table's heading, a blank row under the last.
func pinnedHead(tables []tableSpan, off, h, rows int) int {
	for _, t := range tables {
		if off > t.head && off <= t.last && h >= 3 && (off != rows-h || off < t.last) {
			return t.head
		}
	}
	return -1
}

// pinned reports whether a box of h rows whose view starts at line off
// shows a table's heading over the rows (pinnedHead).
func (d *topicDetail) pinned(off, h int) bool { return pinnedHead(d.tables, off, h, d.rows) >= 0 }

// scrollTo puts the view's first row at off, kept where the box is full:
// at most the rows that leave the last one at the box's bottom (a row
// fewer where a table's heading is pinned over them).
func (d *topicDetail) scrollTo(off, h int) {
	last := max(d.rows-max(h, 1), 0)
	if d.pinned(last, h) {
		last++
	}
	d.scroll.offset = min(max(off, 0), last)
	d.scroll.cursor = d.scroll.offset
}

// window is what a box of h rows shows of the detail's rows from its
// scroll offset: the first row (from 0), the rows shown, and the rows
// below them, said in the box's last row instead of a row when there are
// any, so shown + below + first is every row. A table's heading pinned
// in the first row (pinned) is not one of the rows shown: it repeats a
// line above them.
func (d *topicDetail) window(h int) (first, shown, below int) {
	return d.windowAt(d.scroll.offset, h)
}

// windowAt is window for a view starting at line off.
func (d *topicDetail) windowAt(off, h int) (first, shown, below int) {
	first = min(off, d.rows)
	room := max(h, 0)
	if d.pinned(first, h) {
		room--
	}
	shown = min(room, d.rows-first)
	if d.rows-first > room && room > 1 {
		shown = room - 1
		below = d.rows - first - shown
	}
	return first, shown, below
}

// summary is the topic's summary line (name, partitions, replication,
// records, rate, cleanup policy, retention), plain, wrapped between its
// parts where w is too narrow for one line, never cut inside a part (ut15b
// C10: the retention was cut while the rows below had room). A long name
// is read whole: when it would be cut, it takes its own line (wrapped at
// any character when wider than the pane). A compact box that cannot
// show the whole detail keeps it on one line (oneLine).
func (d *topicDetail) summary(w int) []string {
	tc := &d.copy
	s := tc.stat
	name := model.PrintableString(d.topic)
	summary := []string{name, plural(s.Partitions, "partition"), "replication " + itoa(s.Replication), plural(s.Records, "offset"), tc.rate(s.Rate)}
	summary = append(summary, cleanupParts(&tc.cfg)...)
	// the order parts give way on one line: the numbers a reader came
	// for first, then what the configs below say again
	rank := []int{0, 1, 3, 4, 2, 5, 6} // name, partitions, offsets, rate, replication, cleanup, retention
	var out []string
	if draw.Width(strings.Join(summary, " · ")) > w && draw.Width(name) > w/2 {
		out = wrapName("", name, w)
		summary, rank = summary[1:], rank[1:]
		for i := range rank {
			rank[i]--
		}
	}
	if d.oneLine {
		return append(out, draw.Clip(strings.Join(wholeParts(summary, rank, " · ", w), " · "), w))
	}
	return append(out, draw.WrapParts(summary, " · ", w)...)
}

// cleanupParts is the summary's words for the topic's cleanup policy
// and retention: `kept 7d then deleted` for the delete policy (`kept
// forever` without a limit), what the two configs do together, in
// fewer cells than `delete · retention 7d` took; else `cleanup compact`
// and `retention 7d`, each named: a bare `delete` on the screen `D`
// deletes from read as an action or a state (ut38a-14).
func cleanupParts(cfg *model.TopicConfig) []string {
	policy, hasPolicy := cfg.Value("cleanup.policy")
	ms, hasRetention := cfg.Value("retention.ms")
	if hasPolicy && policy == "delete" && hasRetention {
		if r := retentionText(ms); r != "forever" {
			return []string{"kept " + r + " then deleted"}
		}
		return []string{"kept forever"}
	}
	var out []string
	if hasPolicy {
		out = append(out, "cleanup "+model.PrintableString(policy))
	}
	if hasRetention {
		out = append(out, "retention "+retentionText(ms))
	}
	return out
}

// wholeParts is the parts, in their order, that fit w cells joined by
// sep, taken by rank (rank[0] first; indexes of parts beyond rank's come
// last): a part is left out whole rather than cut (ut35-18: the grid's
// one-line summary read `… · 0.0/s · del…` beside blank cells, and
// ut34a-26's `replic…` stood where the offsets and rate fit). The first
// ranked part is kept even where it alone is too wide (the caller clips).
func wholeParts(parts []string, rank []int, sep string, w int) []string {
	keep := make([]bool, len(parts))
	used := -draw.Width(sep)
	for n, i := range rank {
		if i < 0 || i >= len(parts) {
			continue
		}
		if pw := draw.Width(sep) + draw.Width(parts[i]); n == 0 || used+pw <= w {
			keep[i], used = true, used+pw
		}
	}
	var out []string
	for i, p := range parts {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// lines draws the detail in w x h, scrolled, from the snapshot: the rows
// window counts, under a table's heading where it is pinned.
func (d *topicDetail) lines(c *Common, w, h int, focused, zoomed bool) []string {
	out, tables := d.draft(c.Styles, w)
	from := min(d.scroll.offset, len(out))
	var top []string
	if head := pinnedHead(tables, from, h, len(out)); head >= 0 && head < len(out) {
		top, h = []string{out[head]}, h-1
	}
	if below := len(out) - from - h; below > 0 && h > 1 {
		// cut: say how much is below instead of ending mid-list
		shown := h - 1
		more := "… " + plural(below+1, "more line") + " below"
		forms := []string{more + " (↓/pgdn scroll, z zooms)", more + " (↓/pgdn, z zooms)", more + " (↓, z)", fmt.Sprintf("… %d more (↓, z)", below+1)}
		if zoomed { // z would give the screen back, not more room (ut19a H5)
			forms = []string{more + " (↓/pgdn scroll)", more + " (↓/pgdn)", more + " (↓)", fmt.Sprintf("… %d more (↓)", below+1)}
		}
		return append(append(top, out[from:from+shown]...), c.Styles.Dim.Render(draw.Clip(firstFitting(forms, w), w)))
	}
	return append(top, out[from:min(from+h, len(out))]...)
}

// body is every line of the detail, w wide, unscrolled.
func (d *topicDetail) body(st *Styles, w int) []string {
	out, _ := d.draft(st, w)
	return out
}

// draft is body, and the lines of its tables.
func (d *topicDetail) draft(st *Styles, w int) (out []string, tables []tableSpan) {
	tc := &d.copy
	add := func(table []string) { // a table, noted
		tables = append(tables, tableSpan{head: len(out), last: len(out) + len(table) - 1})
		out = append(out, table...)
	}
	name := model.PrintableString(d.topic)
	if !tc.found && !tc.deletedAt.IsZero() { // this console deleted it: said, not asked (ut40b-21)
		msg := name + " was deleted by " + model.PrintableString(tc.deletedBy) + " at " + tc.deletedAt.Local().Format("15:04:05")
		return append(draw.Wrap(msg, w), st.Dim.Render("esc: back to the topics")), nil
	}
	if !tc.found {
		msg := name + " is no longer on the cluster (deleted?)"
		if !tc.polled || tc.conn.State != model.LinkConnected {
			msg = clusterEmpty(tc.conn, msg)
		}
		return append(styleEach(st.Crit, draw.Wrap("!! "+msg, w)), st.Dim.Render("esc: back to the topics")), nil
	}
	if why := tc.unknown(); why != "" { // deleted: its last rows would be stale
		return append(styleEach(st.Crit, draw.Wrap("!! "+name+" is gone or being deleted: the cluster says "+model.PrintableString(why), w)),
			st.Dim.Render("esc: back to the topics")), nil
	}
	s := tc.stat
	for _, l := range d.summary(w) {
		out = append(out, st.Header.Render(l))
	}
	if s.Offline > 0 || s.UnderReplicated > 0 {
		out = append(out, styleEach(st.Crit, draw.Wrap("!! "+count(s.Offline)+" offline · "+count(s.UnderReplicated)+" under-replicated", w))...)
	}

	switch { // given up last: the table's head says what the rows are
	case d.tight < 3:
		out = append(out, "", st.Title.Render("partitions"))
	case d.tight < tightMost:
		out = append(out, st.Title.Render("partitions"))
	}
	heads := []string{"part", "leader", "replicas", "isr", "low", "high", "rate"}
	rows := make([][]string, 0, len(tc.parts))
	for _, p := range tc.parts {
		leader := itoa(p.Leader)
		if p.Leader < 0 {
			leader = st.Crit.Render("none")
		}
		isr := joinIDs(p.ISR)
		if p.UnderReplicated() {
			isr = st.Warn.Render("!" + isr)
		}
		row := []string{itoa(p.Partition), leader, d.replicas(st, p.Replicas, tc.brokers), isr, count(p.Low), count(p.High), tc.rate(p.Rate)}
		if p.Err != "" { // the watermarks' columns say why they are missing
			row = append(row[:4], st.Crit.Render("!! "+model.PrintableString(p.Err)))
		}
		rows = append(rows, row)
	}
	heads, rows = partsPlainOut(w, heads, rows)
	add(sideBySide(table(st, w, heads, rows), w, d.partRows))

	out = append(out, d.gap(st.Title.Render("configs (not Kafka's defaults)"), 2)...)
	switch {
	case !tc.hasCfg:
		out = append(out, st.Dim.Render("reading configs…"))
	case tc.cfg.Err != "":
		out = append(out, styleEach(st.Warn, draw.Wrap("! "+model.PrintableString(tc.cfg.Err), w))...)
	default:
		nd := tc.cfg.NonDefault()
		if len(nd) == 0 {
			out = append(out, st.Dim.Render("every config is Kafka's default"))
			break
		}
		rows = rows[:0]
		for _, e := range nd {
			val := configValue(e.Name, e.Value)
			if e.Sensitive {
				val = "(hidden)"
			}
			rows = append(rows, []string{model.PrintableString(e.Name), val, cmp.Or(model.PrintableString(e.Source), "?")})
		}
		add(table(st, w, []string{"config", "value", "source"}, rows))
	}

	out = append(out, d.gap(st.Title.Render("consumer groups"), 1)...)
	if len(tc.groups) == 0 {
		// said whole: the name is what the sentence is about (ut15a A2)
		out = append(out, styleEach(st.Dim, draw.Wrap("no group reads "+name+" (none has committed offsets on it or is assigned a partition of it)", w))...)
	} else {
		rows = rows[:0]
		for _, g := range tc.groups {
			health := st.healthCell(g.health)
			if g.err != "" {
				health = st.healthCell(model.HealthErr)
			}
			lag, rt := cmp.Or(g.lagText, count(g.lag)), tc.rate(g.rate)
			if g.partial {
				lag += "+"
			}
			if g.noCommit { // as Groups shows a group that has committed nothing: "-", never 0 and OK
				lag, rt, health = "-", "-", "-"
				if g.err != "" {
					health = st.healthCell(model.HealthErr)
				}
			}
			rows = append(rows, []string{model.PrintableString(g.id), model.PrintableString(g.state), itoa(g.members), lag, rt, health})
		}
		add(groupsTable(st, w, rows))
	}
	return out, tables
}

// tightMost is the most lines tight gives up: three blank lines and the
// partitions title.
const tightMost = 4

// gap is a section's title, after a blank line unless tight gave that
// line up: the one before the rank-th section from the bottom goes at
// tight rank.
func (d *topicDetail) gap(title string, rank int) []string {
	if d.tight >= rank {
		return []string{title}
	}
	return []string{"", title}
}

// unknown is the error by which the last poll said the topic or one of
// its partitions does not exist (a topic being deleted: metadata may
// still list it for a while), "" when none did.
func (tc *topicCopy) unknown() string {
	errs := []string{tc.stat.Err}
	for _, p := range tc.parts {
		errs = append(errs, p.Err)
	}
	for _, e := range errs {
		if l := strings.ToLower(e); strings.Contains(l, "unknown topic") {
			return e
		}
	}
	return ""
}

// replicas lists replica ids, a replica on a broker that is not live
// marked as such.
func (d *topicDetail) replicas(st *Styles, ids []int, live map[int]bool) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = itoa(id)
		if !live[id] {
			parts[i] = st.Crit.Render(parts[i] + "✗")
		}
	}
	return strings.Join(parts, ",")
}

func joinIDs(ids []int) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.Itoa(id)
	}
	return strings.Join(parts, ",")
}

// table lays out a small table: each column as wide as its widest cell,
// the first (names) giving way when the whole is wider than w; a row
// shorter than the head leaves its last cell the rest of the line.
// partsPlainOut leaves out of a topic's partitions table, where it is
// wider than w cells, the columns that tell no partition apart: an isr
// equal to the replicas on every partition (the under-replicated line
// above says when it is not), then a low watermark the same on every
// partition, so the rate is not cut beside them (ut28a U12: `r…` and
// `0…` at 80x24 beside an isr repeating the replicas and a low of 0).
func partsPlainOut(w int, heads []string, rows [][]string) ([]string, [][]string) {
	wide := func(hs []string, rs [][]string) bool { return draw.RowWidth(tableWants(hs, rs)) > w }
	same := func(col int, like func(r []string) string) bool {
		for _, r := range rows {
			if len(r) != len(heads) || ansi.Strip(r[col]) != like(r) {
				return false
			}
		}
		return len(rows) > 0
	}
	drop := func(col int) {
		heads = slices.Delete(slices.Clone(heads), col, col+1)
		for i, r := range rows {
			if len(r) > col+1 {
				rows[i] = slices.Delete(slices.Clone(r), col, col+1)
			}
		}
	}
	const isr, low = 3, 4
	if !wide(heads, rows) {
		return heads, rows
	}
	lowSame := same(low, func([]string) string { return ansi.Strip(rows[0][low]) })
	if same(isr, func(r []string) string { return ansi.Strip(r[2]) }) {
		drop(isr)
		if lowSame && wide(heads, rows) {
			drop(low - 1)
		}
	} else if lowSame {
		drop(low)
	}
	return heads, rows
}

// tableWants is each column's width as its heading and its whole rows
// (those with a cell per heading) need it.
func tableWants(heads []string, rows [][]string) []int {
	want := make([]int, len(heads))
	for i, h := range heads {
		want[i] = draw.Width(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(want) && len(r) == len(heads) {
				want[i] = max(want[i], draw.Width(c))
			}
		}
	}
	return want
}

func table(st *Styles, w int, heads []string, rows [][]string) []string {
	want := tableWants(heads, rows)
	// Columns with nothing to show give their room first, then the names.
	full := rows[:0:0]
	for _, r := range rows {
		if len(r) == len(heads) {
			full = append(full, r)
		}
	}
	draw.GiveWay(w, want, draw.Blank(full, len(heads)))
	used := draw.RowWidth(want)
	if used > w {
		want[0] = max(want[0]-(used-w), 4)
	}
	out := []string{st.Dim.Render(draw.Clip(draw.Columns(heads, want), w))}
	for _, r := range rows {
		widths := want
		if len(r) < len(heads) {
			widths = append(slices.Clone(want[:len(r)-1]), w)
		}
		out = append(out, draw.Clip(draw.Columns(r, widths), w))
	}
	return out
}

// groupsTable lays out the topic's consumer groups (group, state,
// members, lag, rate, health) by the rules every table follows
// (draw.FitTable; ut18a F10: every name was cut while `members` padded a
// one-digit count to 8 cells): a state that tells no group apart (the
// same on every group, as Groups judges it: statePlain) goes before a
// name is cut, held lag and rate cells no row uses are given back, `members` takes its short form before a name is
// cut and its long one only where the names are whole, names are cut in
// the middle down to 16 cells, then the state, the rate and the members
// go, in that order; lag and health never go. The lag and rate are held
// (heldCells, heldRate) so the health does not move as they change.
func groupsTable(st *Styles, w int, rows [][]string) []string {
	heads := []string{"group", "state", "members", "lag", "rate", "health"}
	cols := make([]draw.Col, len(heads))
	blank := draw.Blank(rows, len(heads))
	for i, h := range heads {
		cols[i] = draw.Col{Title: h, Want: longest(rows, i), Blank: blank[i]}
	}
	cols[0].Name, cols[0].Min, cols[0].Blank = true, 16, false
	// the state is context, judged as Groups judges it (statePlain); the
	// members, lag, rate and health are data
	cols[1].Drop, cols[1].Same = 1, statePlain(rows, 1)
	cols[2].Drop, cols[2].Shorts = 3, []string{"mbrs"}
	cols[4].Drop = 2
	// lag held to its digit group and the rate to "99.9/s", as in
	// Partitions and the list: a lag gaining a digit or a rate crossing
	// 10/s moves no health, where the names are whole; held cells no row
	// uses are given back before a name is cut (ut28b V8)
	lagW, rateW := cols[3].Want, cols[4].Want
	cols[3].Want, cols[4].Want = heldCells(lagW), heldRate(rateW)
	cols[3].Held, cols[4].Held = cols[3].Want-lagW, cols[4].Want-rateW
	f := draw.FitTable(w, cols)
	cutApart(rows, 0, f.Widths[0]) // names cut where they differ (ut22a M4)
	out := []string{st.Dim.Render(draw.Columns(f.Titles, f.Widths))}
	for _, r := range rows {
		out = append(out, draw.Columns(r, f.Widths))
	}
	return out
}

// firstFitting is the first of forms (longest first) that fits w cells,
// else the last: a hint says its keys in a shorter form rather than being
// cut (ut22a M7: `… 19 more lines below (↓/pgdn scroll,…` in the 80x24
// grid lost `z zooms`).
func firstFitting(forms []string, w int) string {
	for _, f := range forms {
		if draw.Width(f) <= w {
			return f
		}
	}
	return forms[len(forms)-1]
}

// rate prints a rate of the topic as its list row does (rateNow).
func (tc *topicCopy) rate(r float64) string { return rateNow(r, ratesUnknown(tc.conn)) }
