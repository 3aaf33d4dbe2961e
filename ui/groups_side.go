package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sideView shows groups in columns: each member with its host, consume
// rate and assigned partitions (committed offset and lag per partition),
// idle members as idle, and the rebalance log of those groups beneath.
type sideView struct {
	groups []string
	offset int
	cursor int        // the column o, D and O act on (groups_side_cursor.go)
	zoom   bool       // the box was too small when it opened: the pane has the screen while it is open and focused
	held   sideHold   // the columns' widths, kept over the session (groups_side_balance.go)
	topics namesApart // where the cluster's topics read apart, judged again only when they change
	log    sideLog    // where the rebalance log is scrolled to (groups_side_log.go)
	frame  sideFrame
}

// sideFrame is a frame's snapshot of the shown groups and their log.
type sideFrame struct {
	cols    []sideGroup
	events  []model.Rebalance // newest last
	all     []logEntry        // the shown groups' entries in the log, oldest first (logEntries)
	total   int               // the shown groups' entries in the log, shown or not
	shown   int               // the entries events drew
	page    logPage           // how the log's page reads (logSelect)
	logH    int               // rows for the log, its title included
	offset  int               // the first row shown, clamped to the columns
	widths  []int             // each column's width: what its content needs, or a share
	rows    int               // the rows the columns have at least (the box less the log's least)
	longest int               // the longest column's lines
	head    int               // the lines the headings take: a name cut on one wraps where the columns hold their rows (ut19a H6)
}

// sideGroup is one group's figures, copied under the frame's lock.
type sideGroup struct {
	id      string
	found   bool // still on the cluster
	stat    model.GroupStat
	row     groupRow
	parts   map[model.TP]partFig
	commits []model.TP // partitions with a committed offset, for a group without members
	// notCommitted says, per topic of commits, its partitions without one
	// (groups_side_uncommitted.go)
	notCommitted []string
	// uncommitted is how many partitions of its topics have no commit
	// (model.GroupLag.NotCommitted): its lag is a floor
	uncommitted int
	// tails are each member's partitions' tails, then, for a group
	// without members, its commits' (partTails): made once a frame, the
	// same at every width its column is tried at
	tails  [][]partTail
	noWrap bool // topics are cut, not wrapped: another column cuts its (topicsAlike)
	// ownLine: another column puts a topic on a line of its own, so this
	// one does too where it has the rows (topicsAlike)
	ownLine bool
	noAge   bool    // a group without members leaves its ages out: another such column does (agesAlike)
	span    lagSpan // what the lag sparkline spans: the list's rule (lag_span.go)
	// apart is where the shown groups' names are cut in their headings
	// so that they read apart (ut22a M4's kind).
	apart namesApart
	// topics is where the cluster's topics are cut so that they read
	// apart (cutTopic), shared by the frame's columns
	topics *namesApart
}

// partFig is one partition's figures for a group.
type partFig struct {
	committed, lag int64
	lagText        string // the lag as a cell: "ahead 5" past the high watermark (model.PartLag.LagText)
	rate           float64
	behind         time.Duration
	atLeast        bool
	rateUnknown    bool // the polls fail: the rate reads "–/s" (rate_unknown.go)
}

// sideLeastRows and sideLeastCols are the least box a side-by-side view
// is read in (a group's state, lag and a member, a column of ~24 cells);
// in a smaller one it takes the screen while open.
const (
	sideLeastRows = 8
	sideLeastCols = 24
)

// sideBesideLog is the least rows the columns keep beside the rebalance
// log's newest entry, which is never cut: a heading, the state, the lag
// line, one line of what follows and the `… N more lines (↓)` that says
// the rest scrolls; a reset's entry of outcomeParts partitions of a long
// topic then reads whole at 80x24.
const sideBesideLog = 5

// newSideView shows the marked groups, or the cursor's group beside the
// one marked, or the cursor's group alone.
func newSideView(marked map[string]bool, cursor string) *sideView {
	v := &sideView{}
	for g := range marked {
		v.groups = append(v.groups, g)
	}
	slices.SortFunc(v.groups, model.NaturalCompare)
	if len(v.groups) < 2 && !marked[cursor] {
		v.groups = append(v.groups, cursor)
	}
	return v
}

// topic is a topic the cursor column's group reads, for demo keys. It
// runs in Update, not in a frame.
func (v *sideView) topic(c *Common) string {
	var t string
	c.Store.Read(func(st *model.State) { t = groupTopic(st, v.acted()) })
	return t
}

// snapshot copies the shown groups and the newest rebalance log entries
// that fit, and clamps the scroll offset to the longest column.
func (v *sideView) snapshot(st *model.State, w, h int, reasons bool) {
	f := &v.frame
	f.cols, f.events, f.logH, f.longest = f.cols[:0], f.events[:0], 0, 0
	f.all, f.shown, f.page = logEntries(st, v.groups, f.all[:0]), 0, logPage{}
	f.total = len(f.all)
	v.log.back = min(v.log.back, max(f.total-1, 0))
	if h <= 0 || w <= 0 {
		return
	}
	if h >= 10 {
		f.logH = v.logLeast(w, h)
	}
	f.rows = h - f.logH // the rows the columns have at least: a topic goes on a line of its own where they hold it
	span := spanOf(st)
	for _, id := range v.groups { // the whole history, drawn in cells of as many polls as fit it, as the list does (ut28a U9: a stopped group's rise flat in its last polls)
		f.cols = append(f.cols, snapSide(st, id, max(span.history, w/2)))
		f.cols[len(f.cols)-1].span = span
	}
	names := make([]string, len(v.groups))
	for i, id := range v.groups {
		names[i] = model.PrintableString(id)
	}
	var apart namesApart
	apart.judge(names, minSideName/2)
	topics := v.topicsApart(st)
	for i := range f.cols {
		f.cols[i].apart, f.cols[i].topics = apart.cutOnly(), topics
	}
	// widths and rows from the plain text (styles add no cells): a column
	// wraps its lag line when narrow, so its rows follow its width
	var plain Styles
	// the widths, ages and topic cuts are judged without the reasons,
	// prose that wraps in any width: `r` moves no divider (ut42a-25),
	// whatever rows the log leaves the columns
	const judged = false
	f.widths = columnWidths(&plain, f.cols, w, judged, f.rows)
	f.widths = v.held.hold(&sideCoster{sty: &plain, cols: f.cols, reasons: judged, rows: f.rows}, holdKey(f.cols, w, judged), f.widths)
	apartHeads(f.cols, f.widths)
	agesAlike(&plain, f.cols, f.widths, judged, f.rows)
	topicsAlike(&plain, f.cols, f.widths, judged, f.rows)
	if cutsEvened(&plain, f.cols, f.widths, judged, f.rows, w) {
		topicsAlike(&plain, f.cols, f.widths, judged, f.rows)
	}
	sparksAligned(&plain, f.cols, f.widths)
	topicsOwnLines(&plain, f.cols, f.widths, judged, f.rows)
	for i := range f.cols {
		f.longest = max(f.longest, len(groupColumnDrawn(&plain, &f.cols[i], f.widths[i], f.widths[i]/2, reasons, f.rows)))
	}
	// a name cut in its heading wraps where every column still holds its rows
	f.head = 1
	if head := sideHeadLines(f.cols, f.widths); head > 1 && f.longest+head-1 <= f.rows {
		f.head = head
		f.longest += head - 1
	}
	if f.logH > 0 { // rows the columns leave go to the log, not to blank rows
		f.logH = max(f.logH, h-f.longest)
	}
	f.events, f.page = logSelect(f.all, w, f.logH-1, v.log, f.events[:0])
	f.shown = len(f.events) // each whole in the rows counted for it, but a newest too long alone, cut
	if f.logH > 0 {         // the log keeps only the rows its whole entries fill: the rest go to the columns, above it
		f.logH = min(f.logH, 1+rebalanceRows(f.events, w, f.logH-1))
	}
	v.offset = min(v.offset, max(f.longest-(h-f.logH), 0))
	f.offset = v.offset
}

// logLeast is the rows the log keeps beside the columns in a box of w x
// h, its title included: the rest are the columns' first, and the log
// takes the rows they leave (ut20 O2: names cut, and topics, while the
// rows a short log left stood blank under the columns; ut22a M2: at 80x24
// three partitions hidden behind `… 3 more (↓)` while the log kept 6 rows
// for 2 entries). It keeps its newest entry, a sentence never cut: the
// lines it wraps onto, up to what leaves the columns sideBesideLog rows
// (ut32b Zb9: at 80x24 a reset's entry ended `(read back: every …`, the
// columns beside it scrolling anyway). At its shared newest page it keeps
// each group's newest too, whole, in up to half the box (ut42b-11: at
// 200x50 a group's reset, its only entry, needed pgup beside another
// group's newest; a third of 80x24 holds two entries of three lines).
func (v *sideView) logLeast(w, h int) int {
	f := &v.frame
	f.events, _ = logSelect(f.all, w, 1, sideLog{back: v.log.back, inTime: true}, f.events[:0]) // the newest shown, in time order
	least := rebalanceRows(f.events, w, max(min(max(h/3, 3), 10)-1, h-1-sideBesideLog))
	if !v.log.inTime {
		f.events = newestOfEach(f.all, f.events[:0])
		least = max(least, rebalanceRows(f.events, w, (h-1)/2))
	}
	f.events = f.events[:0]
	return 1 + least
}

// topicsApart judges where the cluster's topics read apart (every topic
// of its last poll, and those the shown groups read), at minPartName
// cells and up, for the frame's columns to cut their topics there.
func (v *sideView) topicsApart(st *model.State) *namesApart {
	names := make([]string, 0, len(st.TopicStats))
	for i := range st.TopicStats {
		names = append(names, model.PrintableString(st.TopicStats[i].Name))
	}
	for i := range st.Partitions {
		if i == 0 || st.Partitions[i].Topic != st.Partitions[i-1].Topic { // a topic's partitions come together
			names = append(names, model.PrintableString(st.Partitions[i].Topic))
		}
	}
	slices.Sort(names)
	v.topics.judge(slices.Compact(names), minPartName)
	out := v.topics.cutOnly()
	return &out
}

// fits says the last snapshot's columns fit their rows whole (no column
// scrolls).
func (v *sideView) fits() bool { return v.frame.longest <= v.frame.rows }

// snapSide copies group id's figures, with histW samples of lag history.
func snapSide(st *model.State, id string, histW int) sideGroup {
	out := sideGroup{id: id}
	for i := range st.Groups {
		if st.Groups[i].ID == id {
			out.found, out.stat = true, st.Groups[i]
			out.row = snapGroup(st, &st.Groups[i], histW)
		}
	}
	if !out.found || st.Lag == nil || st.Lag.Groups[id] == nil {
		return out
	}
	gl := st.Lag.Groups[id]
	out.parts = make(map[model.TP]partFig, len(gl.Parts))
	for tp, p := range gl.Parts {
		out.parts[tp] = partFig{committed: p.Committed, lag: p.Lag, lagText: p.LagText(), rate: p.Rate, behind: p.Behind, atLeast: p.BehindAtLeast,
			rateUnknown: ratesUnknown(st.Link)}
	}
	if len(out.stat.Detail) == 0 {
		out.commits = committedTPs(gl)
		out.notCommitted = notCommittedLines(st, out.commits)
	}
	share := out.stat.Type == "share"
	for _, m := range out.stat.Detail {
		out.tails = append(out.tails, partTails(out.parts, m.Assigned, share))
	}
	if len(out.stat.Detail) == 0 {
		out.tails = append(out.tails, partTails(out.parts, out.commits, share))
	}
	out.uncommitted = gl.NotCommitted // counted by the poll (model/not_committed.go)
	return out
}

func (v *sideView) scroll(k *KeyMap, msg tea.KeyPressMsg) {
	switch {
	case key.Matches(msg, k.Up):
		v.offset = max(v.offset-1, 0)
	case key.Matches(msg, k.Down):
		v.offset++
	case key.Matches(msg, k.Top):
		v.offset = 0
	}
}

func (v *sideView) lines(c *Common, w, h int, reasons bool) []string {
	f := &v.frame
	if h <= 0 || w <= 0 || len(f.cols) == 0 {
		return nil
	}
	colH := h - f.logH
	n := len(f.cols)
	widths := f.widths
	if len(widths) != n {
		return nil
	}
	cols := make([][]string, n)
	for i := range f.cols {
		cols[i] = withHead(c.Styles, groupColumnDrawn(c.Styles, &f.cols[i], widths[i], widths[i]/2, reasons, f.rows), f.cols[i].id, widths[i], f.head)
		if i == v.cursor {
			markSideCursor(c.Styles, cols[i], widths[i], f.head)
		}
	}
	sep := c.Styles.Border.Render("│")
	out := make([]string, 0, h)
	for y := f.offset; y < f.offset+colH; y++ {
		cells := make([]string, n)
		for i, col := range cols {
			if y < len(col) {
				cells[i] = col[y]
			}
			// Rows out of sight are counted, never hidden without a word.
			switch {
			case y == f.offset && y > 0 && y < len(col):
				cells[i] = c.Styles.Dim.Render("… " + plural(y+1, "line") + " above (↑)")
			case y == f.offset+colH-1 && len(col) > y+1: // lines, not partitions: a partition may take two (ut28a U2: `… 4 more` for 2 partitions)
				more := "… " + plural(len(col)-y, "more line") + " (↓)"
				if draw.Width(more) > widths[i] { // a narrow column's: whole, never cut
					more = "… +" + plural(len(col)-y, "line") + " ↓"
				}
				cells[i] = c.Styles.Dim.Render(more)
			}
			cells[i] = draw.Fit(cells[i], widths[i])
			if i == v.cursor && y == f.offset && y >= f.head { // the heading scrolled away: the top row says which column the keys act on
				cells[i] = c.Styles.Selected.Render(ansi.Strip(cells[i]))
			}
		}
		out = append(out, strings.Join(cells, sep))
	}
	if f.logH > 0 {
		events := rebalanceLines(c.Styles, f.events, w, f.logH-1)
		out = append(out, c.Styles.Dim.Render(f.logTitle(v.log, w)))
		out = append(out, events...)
	}
	return out
}

// goneNote is a gone group's column, under its name.
const goneNote = "not on the cluster (any more)"

// minSideName is the least a group's name keeps in a side-by-side column.
const minSideName = 16

// sideSparkNeed is the least a lag sparkline asks of a column's width.
const sideSparkNeed = 8

// sparksAligned puts every shown column's lag sparkline on one time
// axis: each is drawn in cells of the span of the narrowest room any of
// them has (sparkRoom), at least sideSparkNeed (a column narrower than
// that draws the newest cells it has room for), so a cell spans the same
// polls in every column and
// two groups watched over the same minutes start and end at the same
// cells. Judged per column, the older group's history in a column a cell
// narrower was drawn in coarser cells, 39 beside the newer one's 41
// (ut39-17).
func sparksAligned(sty *Styles, cols []sideGroup, widths []int) {
	room := 0
	for i := range cols {
		if r := sparkRoom(sty, &cols[i], widths[i]); r > 0 {
			room = cmp.Or(min(room, r), r)
		}
	}
	if room > 0 { // a column too narrow for a sparkline's least draws its newest cells, not every column as few
		room = max(room, sideSparkNeed)
	}
	for i := range cols {
		cols[i].span.room = room
	}
}

// groupColumn is one group's column for w cells and rows rows: the
// group's name (cut in the middle when longer), its state, the lag and
// health (the note on partitions not committed wrapped under them when
// the line is too narrow) with a lag sparkline of at most spark cells in
// what the line leaves, then the members and their partitions. A topic
// too long for its partition lines goes on a line of its own, its tails
// under it, when the column then still fits its rows, else it is cut in
// the middle (partLines). A gone group says so, wrapped to w.
func groupColumn(sty *Styles, g *sideGroup, w, spark int, reasons bool, rows int) []string {
	out, _ := groupColumnLost(sty, g, w, spark, reasons, rows)
	return out
}

// groupColumnLost is groupColumn, and the partitions behind whose line
// does not say how far (behindNone).
func groupColumnLost(sty *Styles, g *sideGroup, w, spark int, reasons bool, rows int) ([]string, int) {
	out, lost, _ := groupColumnWrap(sty, g, w, spark, reasons, rows)
	return out, lost
}

// groupColumnWrap is groupColumnLost, and what its lines put on lines of
// their own.
func groupColumnWrap(sty *Styles, g *sideGroup, w, spark int, reasons bool, rows int) ([]string, int, colWrap) {
	out, cut, lost := groupColumnLines(sty, g, w, spark, reasons, colWrap{}, rows)
	wrap := colWrap{}
	if cut && !g.noWrap {
		if wrapped, _, l := groupColumnLines(sty, g, w, spark, reasons, colWrap{topics: true}, rows); len(wrapped) <= rows {
			out, lost, wrap = wrapped, l, colWrap{topics: true}
		}
	}
	if g.ownLine { // a topic on a line of its own in another column: here too, in rows this one has spare (topicsAlike)
		own := colWrap{topics: wrap.topics, own: true}
		if lines, _, l := groupColumnLines(sty, g, w, spark, reasons, own, rows); len(lines) <= rows {
			return lines, l, own
		}
	}
	return out, lost, wrap
}

// groupColumnDrawn is groupColumn as the frame draws it, the widths
// settled: a client id still cut on its member's line goes whole on a
// line of its own, its host and rate under it, where the column has the
// rows (ut37-6: `washbo…mo-1-m1` at 80x24 over a blank row in each
// column). The widths are judged without it (sideCoster), so a column
// still takes the cells that keep an id on one line where others leave
// them, and only the rows no cell could give are used.
func groupColumnDrawn(sty *Styles, g *sideGroup, w, spark int, reasons bool, rows int) []string {
	out, _, wrap := groupColumnWrap(sty, g, w, spark, reasons, rows)
	if len(out) >= rows || !g.idCut(sty, w) {
		return out
	}
	wrap.ids = true
	if whole, _, _ := groupColumnLines(sty, g, w, spark, reasons, wrap, rows); len(whole) <= rows {
		return whole
	}
	return out
}

// colWrap is what a side-by-side column puts on lines of its own rather
// than cut in the middle: topics too long for their partitions' lines
// (tailLines), members' client ids too long for their host and rate
// (memberLines).
//
// own puts every topic on a line of its own, as another column puts one
// of its (sideGroup.ownLine).
type colWrap struct{ topics, ids, own bool }

// idCut says whether a member's client id is cut on its line at w cells.
func (g *sideGroup) idCut(sty *Styles, w int) bool {
	if !g.found {
		return false
	}
	for _, m := range g.stat.Detail {
		if _, cut := memberLines(sty, g.parts, m, w, false); cut {
			return true
		}
	}
	return false
}

// groupColumnLines is groupColumn with topics cut or, with wrap, on
// lines of their own; cut says a topic was too long for its lines, lost
// counts the partitions behind whose line does not say how far: a group
// without members says it under the line where the column has the rows,
// else not at all (behindNone).
func groupColumnLines(sty *Styles, g *sideGroup, w, spark int, reasons bool, wrap colWrap, rows int) (out []string, cut bool, lost int) {
	out, cut, form := groupColumnForm(sty, g, w, spark, reasons, wrap, -1)
	if form != behindUnder {
		return out, cut, g.behindLost(form)
	}
	if len(out) > rows {
		if none, c, _ := groupColumnForm(sty, g, w, spark, reasons, wrap, behindNone); len(none) < len(out) {
			return none, c, g.behindLost(behindNone)
		}
	}
	return out, cut, g.behindLost(behindUnder)
}

// behindLost counts g's partitions behind that form leaves out.
func (g *sideGroup) behindLost(form behindForm) int {
	if form != behindNone { // under the line: its line counts it (sideCoster.cost)
		return 0
	}
	held := len(g.stat.Detail) > 0 // a held column's every line keeps its room, behind or not
	n := 0
	for _, tails := range g.tails {
		for i := range tails {
			if held && tails[i].fig || tails[i].behind != "" {
				n += 2 // worse than a line under it, which counts 1 (sideCost.tails): a column does not give the cells that show its behind
			}
		}
	}
	return n
}

// groupColumnForm is groupColumnLines with the partitions' behind in
// form, or, with form < 0, in the form the column's width gives
// (behindFormOf), which it returns.
func groupColumnForm(sty *Styles, g *sideGroup, w, spark int, reasons bool, wrap colWrap, form behindForm) (out []string, cut bool, _ behindForm) {
	out, cut, form, _ = groupColumnOwn(sty, g, w, spark, reasons, wrap, form)
	return out, cut, form
}

// groupColumnOwn is groupColumnForm, and whether a topic stands on a
// line of its own (tailLines).
func groupColumnOwn(sty *Styles, g *sideGroup, w, spark int, reasons bool, wrap colWrap, form behindForm) (out []string, cut bool, _ behindForm, own bool) {
	out = []string{sty.Header.Render(sideHead(g, w))}
	if !g.found {
		for _, l := range draw.Wrap(goneNote, w) {
			out = append(out, sty.Dim.Render(l))
		}
		return out, false, behindWhole, false
	}
	r := &g.row
	head := model.PrintableString(g.stat.State)
	if g.stat.Assignor != "" { // an Empty group has none: no empty field, no protocol type
		head += " · " + model.PrintableString(g.stat.Assignor)
	}
	if !g.stat.IsClassic() { // KIP-848 and share groups: the coordinator's epochs
		head = model.PrintableString(g.stat.Type) + " · " + head + " · epoch " + itoa(int(g.stat.Epoch)) + " (assignment " + itoa(int(g.stat.AssignmentEpoch)) + ")"
	}
	if r.lag {
		if g.stat.IsClassic() {
			head += " · gen " + itoa(r.gen) + " (counted)" // washboard's count of rebalances: DescribeGroups has no generation (model/rebalance.go); help's notes say it (help_notes.go)
		}
		out = append(out, draw.WrapParts(strings.Split(head, " · "), " · ", w)...)
		out = append(out, lagLines(sty, r, g.span, uncommitted(g), w, spark, len(g.stat.Detail) > 0)...)
		if reasons {
			for _, l := range draw.Wrap(model.PrintableString(r.reason), w) {
				out = append(out, sty.Dim.Render(l))
			}
		}
	} else {
		out = append(out, draw.WrapParts(strings.Split(head, " · "), " · ", w)...)
	}
	share := g.stat.Type == "share"
	held := len(g.stat.Detail) > 0
	lists := make([][]partTail, 0, max(len(g.stat.Detail), 1))
	if !held {
		lists = append(lists, g.tailsOf(0, g.commits, share))
	}
	for i, m := range g.stat.Detail {
		lists = append(lists, g.tailsOf(i, m.Assigned, share))
	}
	if form < 0 {
		form = behindFormOf(lists, w, held)
	}
	if g.noAge && !held {
		form = behindNone
	}
	widest := topicWidest(lists, form)
	if !held {
		for _, l := range draw.Wrap("no active members", w) { // wrapped, never cut (ut25a Q7: `no active mem…`)
			out = append(out, sty.Dim.Render(l))
		}
		if r.lag {
			lines, c, o := tailLines(lists[0], widest, g.topics, w, wrap.topics, false, form, wrap.own)
			out, cut, own = append(out, lines...), c, o
			for _, n := range g.notCommitted {
				for _, l := range wrapNotCommitted(n, w) { // wrapped, never cut, its partitions kept together
					out = append(out, sty.Dim.Render(l))
				}
			}
		}
		return out, cut, form, own
	}
	for i, m := range g.stat.Detail {
		ml, _ := memberLines(sty, g.parts, m, w, wrap.ids)
		out = append(out, ml...)
		lines, c, o := tailLines(lists[i], widest, g.topics, w, wrap.topics, true, form, wrap.own)
		out, cut, own = append(out, lines...), cut || c, own || o
	}
	return out, cut, form, own
}

// tailsOf is the i-th list of partitions' tails, tps's, as the snapshot
// made them, or made now for a group copied without them.
func (g *sideGroup) tailsOf(i int, tps []model.TP, share bool) []partTail {
	if i < len(g.tails) {
		return g.tails[i]
	}
	return partTails(g.parts, tps, share)
}

// lagLines are a group's lag total and health, the partitions not
// committed said beside them ("lag 43+ (1 partition not committed) OK")
// or, when that is wider than w, on a line of their own under them; then
// a lag sparkline of its history in cells of as many polls as fit it
// (span, as the Groups list draws it), at most spark cells and what the
// first line leaves: never cut, never pushed away from the text
// (a user test, issue 14, C13, C14).
//
// With held, a group with members, whose lag comes and goes with each
// burst, the line is judged with the lag and health at their held width
// (lagHeld); a group without members keeps what it shows.
func lagLines(sty *Styles, r *groupRow, span lagSpan, uncommitted, w, spark int, held bool) []string {
	out, cells := lagText(sty, r, uncommitted, w, spark, held)
	per := span.per(cells)
	if span.room > 0 { // cells of one span in every column, a narrower one drawing its newest (ut39-17)
		cells, per = min(cells, span.room), span.per(span.room)
	}
	if cells > 0 && len(r.history) > 0 {
		vals := span.cells(r.history, 1, per, cells)
		out[0] += " " + draw.SparkLag(vals, len(vals), r.ahead())
	}
	return out
}

// sparkRoom is the cells a group's lag sparkline has beside its lag and
// health in a column w cells wide (lagText), 0 for a group without a
// lag or a history.
func sparkRoom(sty *Styles, g *sideGroup, w int) int {
	if !g.found || !g.row.lag || len(g.row.history) == 0 {
		return 0
	}
	_, cells := lagText(sty, &g.row, uncommitted(g), w, w/2, len(g.stat.Detail) > 0)
	return cells
}

// lagText is lagLines' lines without the sparkline, and the cells the
// sparkline has on the first of them: at most spark, judged at the lag's
// held width so a lag gaining a digit does not rescale them.
func lagText(sty *Styles, r *groupRow, uncommitted, w, spark int, held bool) ([]string, int) {
	pad := func(total, health string) int {
		if !held || r.noLag { // nothing committed: no lag to come and go
			return 0
		}
		return lagHeld(total, health)
	}
	total := "lag " + pick(r.text, count(r.total)) // `ahead N` as the list says it
	health := sty.healthCell(r.health)
	out := []string{total + " " + health}
	if r.noLag { // nothing committed: "-" as in the Groups list, never 0 and OK (ut19a H1)
		total, health = "lag -", "-"
		out = []string{total + " " + health}
	}
	if r.partial && !r.noLag && uncommitted == 0 { // the partitions not committed named under it: the floor's mark alone
		total += "+"
		out = []string{total + " " + health}
	}
	if uncommitted > 0 { // the total counts committed partitions only
		note := sty.Dim.Render("(" + plural(uncommitted, "partition") + " not committed)")
		if !r.noLag {
			total += "+"
		}
		out = []string{total + " " + note + " " + health}
		// the note goes under the lag when the line is too narrow for it,
		// or when that leaves the sparkline its room: judged at the lag's
		// held width, so it does not move as the lag changes
		sparkW := min(len(r.history), spark, sideSparkNeed)
		if judged := draw.Width(out[0]) + pad(total, health); judged > w || judged+1+sparkW > w && sparkW > 0 {
			out = []string{total + " " + health}
			for _, l := range draw.Wrap("("+plural(uncommitted, "partition")+" not committed)", w) {
				out = append(out, sty.Dim.Render(l))
			}
		}
	}
	if draw.Width(out[0])+pad(total, health) > w { // the health word under the lag, never cut (ut25a Q7: `lag 16,400 ST…`), judged at the lag's held width
		out = append([]string{total, health}, out[1:]...)
	}
	// cells of a fixed span, their count judged at the lag's held width so a
	// lag gaining a digit does not rescale them; drawn as far as the history
	// reaches (lag_span.go)
	return out, max(min(spark, w-max(draw.Width(out[0]), pad(total, health))-1), 0)
}

// lagHeldTotal and lagHeldHealth are the cells a column's lag total and
// health word are judged at, at least: a lag of up to 99,999 and
// `STALL?`, so the line does not break elsewhere as a burst comes and goes
// (ut29 W1 at 200x50: `lag 0+ (1 partition not committed) OK` on one line,
// `lag 231+ NEW` / `(1 partition not committed)` on two in a burst).
const (
	lagHeldTotal  = len("lag 99,999+")
	lagHeldHealth = len("STALL?")
)

// lagHeld is the cells a lag line's total and health word are short of
// their held width.
func lagHeld(total, health string) int {
	return max(lagHeldTotal-draw.Width(total), 0) + max(lagHeldHealth-draw.Width(health), 0)
}

// uncommitted is how many partitions the lag line's note counts: those
// of g's topics without a commit (model/not_committed.go), where no line
// under it names them (a group without members says them per topic:
// groups_side_uncommitted.go), else none; its `+` is said all the same.
func uncommitted(g *sideGroup) int {
	if len(g.notCommitted) > 0 {
		return 0
	}
	return g.uncommitted
}

func committedTPs(gl *model.GroupLag) []model.TP {
	var out []model.TP
	for _, t := range gl.SortedTopics() {
		for _, p := range gl.OnTopic(t.Topic) {
			out = append(out, p.TP)
		}
	}
	return out
}

// groupsTopics is the set of topics the groups read: assigned to a
// member, or with a committed offset. It runs under the frame's lock.
func groupsTopics(st *model.State, groups []string) map[string]bool {
	out := map[string]bool{}
	for i := range st.Groups {
		if g := &st.Groups[i]; slices.Contains(groups, g.ID) {
			for _, m := range g.Detail {
				for _, tp := range m.Assigned {
					out[tp.Topic] = true
				}
			}
		}
	}
	for _, id := range groups {
		if gl := st.Lag.Groups[id]; gl != nil {
			for t := range gl.Topics {
				out[t] = true
			}
		}
	}
	return out
}

// rebalanceLines draws log entries, oldest first, in at most rows lines of
// w cells. An entry too long for a line wraps under its text at its
// spaces, never inside a name (ut16a D20: `laundry-machine-` /
// `logs[4,5]`), the time standing alone at the left; the oldest entries
// give way to keep the newest whole, and only whole entries show (ut16b
// E15: one cut with … while the same words wrapped two lines lower): the
// newest alone is cut, at its end, when even it does not fit.
func rebalanceLines(sty *Styles, events []model.Rebalance, w, rows int) []string {
	if len(events) == 0 {
		return []string{sty.Dim.Render("no changes seen yet")}
	}
	indent := strings.Repeat(" ", rebalanceTimeW)
	var out []string
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		wrapped := rebalanceWrap(model.PrintableString(e.Group)+" "+sty.Accent.Render(e.Kind)+" "+entryDetail(e), w)
		entry := make([]string, len(wrapped))
		for j, l := range wrapped {
			entry[j] = indent + l
		}
		entry[0] = sty.Dim.Render(e.At.Local().Format("15:04:05")) + " " + wrapped[0]
		if len(out)+len(entry) > max(rows, 1) {
			if len(out) == 0 { // the newest alone does not fit: its start, its cut end marked
				part := entry[:max(rows, 1)]
				part[len(part)-1] = draw.Clip(part[len(part)-1], w-2) + " " + draw.Ellipsis
				out = part
			}
			break
		}
		out = append(entry, out...)
	}
	return out
}

// rebalanceWrap wraps an entry's text (its group, kind and detail) to the
// cells a line leaves after the time, at spaces only, a reset's change
// (`9→54`) on the line of its partition, as the outcome keeps it (ut31 Y4).
func rebalanceWrap(text string, w int) []string {
	return wrapChanges(text, max(w-rebalanceTimeW, 8))
}

// rebalanceTimeW is the width of a log entry's time and the space after it.
const rebalanceTimeW = len("15:04:05 ")

// rebalanceRows is how many of rows rebalanceLines fills with events at
// w cells (the newest entries that fit whole), counted from the plain
// text: a frame's snapshot sizes the log by it.
func rebalanceRows(events []model.Rebalance, w, rows int) int {
	if len(events) == 0 {
		return 1
	}
	n := 0
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		k := len(rebalanceWrap(model.PrintableString(e.Group)+" "+e.Kind+" "+entryDetail(e), w))
		if n+k > max(rows, 1) {
			if n == 0 {
				return max(rows, 1)
			}
			break
		}
		n += k
	}
	return n
}

// pick is the first non-empty value.
func pick(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
