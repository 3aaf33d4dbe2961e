package ui

import (
	"strings"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// partTable lays out the Partitions table for a width: name, leader,
// watermarks, committed offset, lag, rate, health, lag as time and lag
// history, as many as the box holds (fit).
// Numeric columns are as wide as the widest number shown (at least their
// title), the name column as its longest name, and on short widths the
// least useful columns go first; see fit.
type partTable struct {
	st      *Styles
	w       int
	reasons bool // health reasons are written under the rows; the columns stay as they are (ut18a F8)
	widths  []int
	heads   []string // the headings fit chose (a short one where room is tight)
	// noGroups: no group reads a topic of the table; its group columns
	// are left out, so the layout is the same on every page of it.
	noGroups bool
	// lagW is the widest lag of the whole list (not only the page), so
	// the lag column keeps one width as the cursor moves; lagPlus: a lag
	// of the list has read as a floor (`326+`) this session.
	lagW    int
	lagPlus bool
	nameW   int      // the widest name of the whole list: the name column is judged over it
	numW    partNumW // the widest figures of the whole list, so paging moves no column (ut22b N14)
	// plain: the context columns that tell no row of the whole list
	// apart (partPlain).
	plain partPlain
	spark int
	// apart is where the list's group names are cut (namesApart);
	// cutNames: fit has sized the name column and cells cuts them.
	apart    *namesApart
	cutNames bool
	// topics is where the list's topic names are cut (parttopics_apart.go),
	// topicSuffix the widest ` (N)` of its topic rows.
	topics      *namesApart
	topicSuffix int
	span        lagSpan // what the sparklines span (lag_span.go)
	// shortAhead: fit found no room for "ahead N" without a column,
	// heading or name cells going; lag cells are written "-N"
	// (aheadShort).
	shortAhead bool
	// hold is the layout held at the box's width (fitHold), nil for none;
	// cols the columns fit judged, for the next hold.
	hold *fitHold
	cols []draw.Col
	need []int // each column's figures' widest, held cells aside (judge)
}

func newPartTable(st *Styles, w int, reasons bool) *partTable {
	// the sparkline is drawn 8 cells wide until fit sizes it, so a row
	// with history is not blank
	return &partTable{st: st, w: w, reasons: reasons, spark: 8}
}

// titles are the column titles of the table's layout, one set at every
// width: which columns a box shows is fit's to judge from its width and
// the content, never a fixed width (ut34b-7: the grid at 100 cells left
// out the leader and low watermark beside 24 blank cells per row). With
// health reasons (r) the columns stay and each reason is written under
// its row (reasonLines; ut15b C30: every number went; ut16b E27: the
// reason was cut to nothing).
func (t *partTable) titles() []string {
	return []string{"partition/group", "leader", "low", "high", "committed", "lag", "rate", "health", "behind", "eta", "lag history"}
}

// texts are a row's cells in the layout's columns; the last is the lag
// history (cellsOf).
func (t *partTable) texts(c cells, kind rowKind) []string {
	if kind == topicRow { // a heading line, no row of the table (topicHead)
		return make([]string, len(t.titles()))
	}
	return []string{c.name, c.leader, c.low, c.high, c.committed, c.lag, c.rate, c.health, c.behind, c.eta, c.trend}
}

// fit sizes the columns (draw.FitTable): each as wide as its widest cell
// on screen or the widest it has been since the layout changed (memo),
// or its heading, never wider. Too wide, blank columns give way first,
// then the context columns that tell no row of the list apart (partPlain:
// a leader or low watermark the same on every partition, a behind, eta or
// lag history with nothing in it), then headings take their short form,
// then the leader and low watermark (spare: back once the names are
// whole), then names are cut in the middle down to partNameMin, and only
// then do columns go: eta, behind, lag history, committed, rate, then
// the high watermark.
// Lag and health never go. The figures are as wide as the whole list's
// widest (partNumW, lagW), so paging moves nothing; the lag is held to
// its digit group, the offsets only where the box has no room for them
// to grow into (roomToGrow). The layout chosen is held (fitHold), so a
// figure that gains a digit widens its own column only. The room left brings back a
// column that fits after all, then the long headings, then goes to the
// names, then the sparkline (up to the whole history at a cell a poll);
// while a column that went stays out, the sparkline has it before the
// names, which stay cut to their least (draw.Col.Least); the rest stays
// blank at the end of the rows.
func (t *partTable) fit(memo *colMemo, key string, rows [][]string) {
	var fresh draw.Fitted
	t.cols, fresh = t.judge(memo, key, rows)
	f := t.hold.apply(key, t.w, t.cols, t.need, fresh)
	t.widths, t.heads = f.Widths, f.Titles
	t.spark = t.widths[len(t.widths)-1]
}

// judge is the table's columns as fit judges them from rows and memo,
// and their layout chosen afresh.
func (t *partTable) judge(memo *colMemo, key string, rows [][]string) ([]draw.Col, draw.Fitted) {
	titles := t.titles()
	cols := memo.cols(key, titles, rows)
	cols[0].Name, cols[0].Shorts, cols[0].Min = true, []string{"part/group"}, partNameMin
	cols[0].Blank, cols[0].Same = false, false
	if t.noGroups { // partition rows only under the topics' headings
		cols[0].Title, cols[0].Shorts = "partition", []string{"part"}
	}
	cols[0].Least = true               // a column goes only where the names are cut to their least; the room left then goes to the history (ut22b N14)
	if t.apart != nil && !t.noGroups { // where group names differ kept before a column goes (ut22a M4)
		cols[0].Min = t.apart.min(partNameMin-4, 4)
	}
	cols[0].Want = max(cols[0].Want, t.nameW) // the list's longest name, so the columns stay as rows scroll by (ut15b C6)
	for i, h := range titles {                // judged over the whole list, never the page: see plain; the offsets, rate, lag and health never
		cols[i].Same = h == "leader" && t.plain.leader || h == "low" && t.plain.low ||
			h == "behind" && t.plain.behind || h == "eta" && t.plain.eta || h == "lag history" && t.plain.hist
	}
	last := len(cols) - 1
	// leader, low, high, committed, lag, rate, health, behind, eta, lag
	// history: the leader and low watermark are spare (draw.Col.Spare):
	// they go before a name is cut and come back once the names are whole
	// and they fit (ut34b-7); then the lag as time (eta, behind: the lag
	// says it in records), the lag history, committed, the rate, then the
	// high watermark (ut15b C15), before which
	// the name is cut further: it is all a topic's and a partition's row
	// say once the rate has gone (ut19b G10: topic rows were bare names)
	for i, d := range []int{1, 2, 8, 6, 0, 7, 0, 4, 3, 5} {
		cols[i+1].Drop = d
	}
	cols[1].Spare, cols[2].Spare = true, true
	cols[1].Shorts, cols[4].Shorts = []string{"ldr"}, []string{"commit"}
	lag := -1
	t.need = make([]int, len(cols))
	for i, h := range titles { // lag is held to the end of its group of three digits (heldLag), rates to "99.9/s", times to "~59m"
		cols[i].Want = max(cols[i].Want, t.numW.of(h)) // judged over the whole list, not the page (ut22b N14) nor the filter (ut26 S2)
		switch h {
		case "leader", "low", "high", "rate", "health": // blank or not over the whole list: a page of group rows only keeps them (ut26 S2)
			cols[i].Blank = t.numW.of(h) == 0
		case "lag":
			lag = i
			cols[i].Want = t.lagW // the list's, not the page's: set below, long or short (aheadShort)
		}
		t.need[i] = cols[i].Want // what the figures take, held cells aside: what a held layout must give them (fitHold.apply)
		switch h {               // the offsets as wide as the list's widest: one that gains a digit widens its column by that cell, the rest of the layout held (fitHold; ut38a-21: held to "999,999", 1,000 took 7 cells, 2 never used)
		case "lag":
			cols[i].Want = heldLag(cols[i].Want, t.lagPlus)
		case "rate":
			cols[i].Want = heldRate(cols[i].Want)
		case "behind", "eta":
			if cols[i].Want > 0 {
				cols[i].Want = max(cols[i].Want, etaCellsHeld)
			}
		}
	}
	cols[last].Want, cols[last].Grow, cols[last].Shorts = 8, t.span.max(), []string{"history"}
	t.keepRowFigures(cols)
	if !t.noGroups { // a history with lag in it is drawn in as few cells as its heading takes before a column goes (ut22b N14: eta went for its 8th cell)
		cols[last].Want = len("history")
	}
	// One column set for the whole list (ut15b C6): when a group reads a
	// topic of the list, the group columns are kept on every page, as wide
	// as the list's widest lag, though the rows on screen are topics and
	// partitions only; when none does they are left out, and so is a
	// health with nothing to say (no partition's fetch failing), its
	// heading too (C9).
	for i, h := range titles {
		group := h == "committed" || h == "lag" || h == "behind" || h == "eta" || h == "lag history"
		switch {
		case t.noGroups && (group || (h == "health" && !t.plain.tailErr)):
			cols[i].Title, cols[i].Shorts, cols[i].Want, cols[i].Grow = "", nil, 0, 0
		case !t.noGroups && (group || h == "health"):
			cols[i].Blank = false // the lag as wide as the list's widest: held above
		}
	}
	f := draw.FitTable(t.w, cols)
	if held := heldOffsets(cols); !roomToGrow(t.w, f, cols, held) { // no room for an offset to gain a digit: held to its digit group, as before (ut22b N14)
		cols = held
		f = draw.FitTable(t.w, cols)
	}
	t.shortAhead = false
	if lag >= 0 && !t.noGroups && t.numW.lagShort < t.lagW { // "ahead N" long only where it costs nothing (aheadForm)
		short := append([]draw.Col(nil), cols...)
		short[lag].Want = heldLag(t.numW.lagShort, t.lagPlus)
		if g := draw.FitTable(t.w, short); !aheadForm(f, g) {
			cols, f, t.shortAhead = short, g, true
		}
	}
	return cols, f
}

// heldOffsets is cols with the watermarks and committed offsets held
// to the end of their group of three digits (heldCells).
func heldOffsets(cols []draw.Col) []draw.Col {
	held := append([]draw.Col(nil), cols...)
	for i := range held {
		switch held[i].Title {
		case "low", "high", "committed":
			held[i].Want = heldCells(held[i].Want)
		}
	}
	return held
}

// roomToGrow is whether layout f of cols leaves the cells the offsets
// would take held to their digit group (held): blank at the rows' end or
// a lag history wider than its least. Where it does, the offsets are as
// wide as their figures and one that gains a digit takes the cell it
// needs from that room (fitHold; ut38a-21: at 200x50 `high` held 7 cells
// for 1,021, 2 never used, and moved the rates 3 cells for a figure
// that needed 1 more); where it does not, a digit more would re-lay out
// the table, so the cells are held.
func roomToGrow(total int, f draw.Fitted, cols, held []draw.Col) bool {
	room, need := total-draw.RowWidth(f.Widths), 0
	for i, c := range cols {
		if f.Widths[i] == 0 {
			continue
		}
		if c.Grow > 0 {
			room += max(f.Widths[i]-max(c.Want, draw.Width(f.Titles[i])), 0)
		}
		need += max(held[i].Want-max(f.Widths[i], c.Want), 0)
	}
	return room >= need
}

// partNameMin is the least a Partitions name is cut to before a column
// with data goes: a partition's group row's indent and arrow (4 cells)
// and 16 cells of the name, enough to tell names apart.
const partNameMin = 4 + 16

// partNameLeast is the least a Partitions name is cut to before the
// grid's high watermark goes: the group row's indent and arrow and 11
// cells, each end of a long name still shown.
const partNameLeast = 4 + 11

// heldCells is the cells a count column of content width w is held
// at: the widest count of as many groups of three digits ("999",
// "999,999", "999,999,999"), so a lag or offset that gains a digit does
// not move the columns or change which ones show (ut19b G10: at 5-digit
// lags the grid dropped the high watermark and widened the names).
func heldCells(w int) int {
	if w <= 0 {
		return 0
	}
	// never below w: a lag with its "+" ("326+") or "ahead 50" is not a
	// bare count, and was cut to "32…" and "ahead …" beside blank cells
	return max(w, (w+3)/4*4-1)
}

// partReasonIndent is where a health reason starts under a row of kind
// (reasonLines): under the group's name.
func partReasonIndent(kind rowKind) int {
	if kind == partGroupRow {
		return 4
	}
	return 3
}

// partGroupIndent starts a group's row under a partition (4 cells): its
// arrow under the partition's number (a topic's group rows start " ↳ ").
const partGroupIndent = "  ↳ "

// longest is the widest cell of column col in rows.
func longest(rows [][]string, col int) int {
	n := 0
	for _, r := range rows {
		if col < len(r) {
			n = max(n, draw.Width(r[col]))
		}
	}
	return n
}

func (t *partTable) head() string { return t.st.Dim.Render(draw.Columns(t.heads, t.widths)) }

// cells is one row in the wide layout's columns; narrow layouts pick some.
type cells struct {
	name, leader, low, high, committed, lag, rate, health, behind, eta, trend string
}

// rowData is one row's figures, copied under the frame's lock: plain
// values and the lag history as numbers, turned into text by cells.
type rowData struct {
	r                         prow
	found                     bool // the partition, group or group's topic is known
	group                     bool // the group is known to the lag state
	parts                     int  // partitions of a topic row
	leader                    int
	low, high, committed, lag int64
	rate                      float64
	health                    model.Health
	eta, behind               time.Duration
	atLeast                   bool
	hist                      []int64 // lag history, oldest first
	step                      int     // polls in one value of hist: 1, or a partition's buckets (model.Lags.PartStep)
	reason                    string
	at                        string // the partition reason names before its ": " (`p0 (+1 OK)`), "" for none
	lagText                   string // a partition's lag cell: "ahead 5" past the high watermark
	tailErr                   string // issue 9: the tail's fetch of the partition keeps failing
	rateUnknown               bool   // the polls fail: the rate reads "–/s" (rate_unknown.go)
	rateWait                  bool   // a produce rate not measured yet: "…/s" (rateWaiting)
}

// snapRow copies row r's figures and its lag history (a topic's, at most
// histW polls). It runs under the frame's read lock.
func snapRow(st *model.State, idx partIndex, r prow, histW int) rowData {
	d := rowData{r: r, rateUnknown: ratesUnknown(st.Link)}
	switch r.kind {
	case topicRow:
		for _, pt := range st.Partitions {
			if pt.Topic == r.topic {
				d.low, d.high, d.rate, d.parts = d.low+pt.Low, d.high+pt.High, d.rate+pt.Rate, d.parts+1
			}
		}
		if t, ok := model.FindTopic(st.TopicStats, r.topic); ok {
			d.rate, d.rateWait = t.Rate, t.RateWait // the topic's own rate, as Topics and the header say (model/produce_topic.go)
		}
		return d
	case partRow:
		if pt := idx[model.TP{Topic: r.topic, Partition: r.part}]; pt != nil {
			d.found, d.leader, d.low, d.high, d.rate, d.rateWait = true, pt.Leader, pt.Low, pt.High, pt.Rate, pt.RateWait
		}
		d.tailErr = st.Tail.Errs[model.TP{Topic: r.topic, Partition: r.part}] // issue 9: a fetch that keeps failing
		return d
	}
	if r.noCommit { // assigned, nothing committed: "-" for the offset, lag and health (ut22a M5)
		d.group, d.reason = true, "assigned but no committed offset: no lag to show"
		return d
	}
	g := st.Lag.Groups[r.group]
	if g == nil {
		return d
	}
	d.group = true
	if r.kind == topicGroupRow {
		tl := g.Topics[r.topic]
		if tl == nil {
			return d
		}
		var worst *model.PartLag
		parts := g.OnTopic(r.topic)
		for _, p := range parts { // no committed offset: a sum of several partitions' offsets is no position anyone can read (ut35-19)
			if worst == nil || p.Health.Severity() > worst.Health.Severity() {
				worst = p
			}
		}
		d.found, d.lag, d.rate, d.health, d.eta = true, tl.Lag, tl.Rate, tl.Health, tl.ETA
		d.lagText = tl.LagText() // "ahead N" for a group committed past the log's end, never 0 (ut25a Q4)
		d.behind, d.atLeast = tl.Behind, tl.BehindAtLeast
		n := tl.Hist.Len()
		d.hist = tl.Hist.Slice(nil, n-min(n, histW), n)
		if worst != nil { // one partition's figures: said as its, with how many more share its word (ut25b R15)
			d.at = "p" + itoa(worst.Partition) + alsoHealth(parts, worst)
			d.reason = d.at + ": " + worst.Reason()
			if why, ok := model.StoppedAmong(parts, worst, "p"+itoa(worst.Partition)); ok { // one stopped among live ones (ut43b-15)
				d.at, d.reason = "", why
			}
		}
		return d
	}
	p := g.Parts[model.TP{Topic: r.topic, Partition: r.part}]
	if p == nil {
		return d
	}
	d.found, d.committed, d.lag, d.rate, d.health = true, p.Committed, p.Lag, p.Rate, p.Health
	d.lagText = p.LagText()
	d.eta, d.behind, d.atLeast, d.reason = partETA(p), p.Behind, p.BehindAtLeast, p.Reason()
	if p.Spark != nil { // buckets of SparkStep polls (model/lag_span.go)
		d.step, d.hist = p.SparkStep, p.Spark.Slice(nil, 0, p.Spark.Len())
	}
	return d
}

// alsoHealth is " (+N WORD)" for the other partitions of parts
// whose health is worst's, "" when none is: a topic row's reason quotes
// one partition's offset and lag, which read as the topic's beside its
// totals (ut25b R15: `p0: no progress for 20m (offset 70, lag 4,270)`
// under a lag of 30,501 over six partitions).
func alsoHealth(parts []*model.PartLag, worst *model.PartLag) string {
	n := 0
	for _, p := range parts {
		if p != worst && p.Health == worst.Health {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return " (+" + count(int64(n)) + " " + worst.Health.String() + ")"
}

// cells turns a row's figures into text, with the sparkline as wide as
// the layout's column (none before fit has sized it).
func (t *partTable) cells(d *rowData) cells {
	r := d.r
	switch r.kind {
	case topicRow: // a heading line (topicHead)
		return cells{}
	case partRow:
		c := cells{name: "  " + itoa(r.part)}
		if d.found {
			c.leader, c.low, c.high, c.rate = itoa(d.leader), count(d.low), count(d.high), rateSaid(d.rate, d.rateUnknown, d.rateWait)
		}
		if d.tailErr != "" {
			c.health = t.st.Crit.Render("ERR " + model.PrintableString(d.tailErr))
		}
		return c
	}
	indent := partGroupIndent
	switch {
	case !d.group:
		indent = "    "
	case r.kind == topicGroupRow:
		indent = " ↳ "
	}
	c := cells{name: indent + t.groupName(r.group)}
	if !d.group {
		return c
	}
	if r.noCommit { // as Groups shows a group that has committed nothing: "-", never 0 and OK
		c.committed, c.lag, c.rate, c.health, c.behind, c.eta = "-", "-", "-", "-", "-", "-"
		if r.kind == topicGroupRow {
			c.committed = "" // as on its committed topic rows: no one offset to say
		}
		return c
	}
	if !d.found {
		return c
	}
	c.lag, c.rate, c.health = pick(d.lagText, count(d.lag)), rateNow(d.rate, d.rateUnknown), t.st.healthCell(d.health)
	if r.kind == partGroupRow { // a topic's group row says no committed offset: its partitions' sum is no offset of any partition (ut35-19)
		c.committed = count(d.committed)
	}
	if t.shortAhead {
		c.lag = aheadShort(c.lag)
	}
	if r.partial {
		c.lag += "+" // some assigned partitions of the topic have no commit yet: at least this much
	}
	c.eta, c.behind = etaText(d.eta), behindText(d.behind, d.atLeast)
	c.trend = draw.SparkLag(t.span.cells(d.hist, d.step, t.span.per(t.spark), t.spark), t.spark, strings.HasPrefix(d.lagText, "ahead "))
	return c
}

// groupName is a group row's name, cut where the list's group names
// differ once fit has sized the column, to the deepest indent's room (a
// partition's group row's 4 cells) on every row, so a group reads alike
// under its topic and under each partition: one name, one cut in the
// list (ut22b N9: `↳ wareho…pped-batch` on the topic's row, `↳
// wareh…pped-batch` under its partitions). The topic's group row, one
// cell less indented, leaves that cell blank after a cut name.
func (t *partTable) groupName(group string) string {
	name := model.PrintableString(group)
	if !t.cutNames || t.apart == nil || len(t.widths) == 0 {
		return name
	}
	deep := t.nameRoom(partGroupRow) - draw.Width(partGroupIndent) // with the cells its row leaves empty (parttable_room.go)
	return t.apart.cut(name, deep, deep)
}

// rowGroups is the group names of rows' group rows, each once, in order.
func rowGroups(rows []prow) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rows {
		if (r.kind == topicGroupRow || r.kind == partGroupRow) && !seen[r.group] {
			seen[r.group] = true
			out = append(out, model.PrintableString(r.group))
		}
	}
	return out
}

// partETA is a partition's lag as time at its consume rate (PartLag.ETA).
func partETA(p *model.PartLag) time.Duration { return p.ETA() }
