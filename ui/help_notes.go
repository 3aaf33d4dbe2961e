package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
)

// helpNoter is a pane with more to say on the `?` screen than its keys:
// a filter syntax, what a marker means.
type helpNoter interface {
	HelpNotes() []string
}

// helpKeyNoter is a pane with more to say of some of its keys than the
// footer's words: by the key's help key, what `?` adds after them.
type helpKeyNoter interface {
	HelpKeyNotes() map[string]string
}

// helpAller is a pane whose footer offers the keys of the row under the
// cursor only; HelpAll is every key of its present mode, for `?`.
type helpAller interface {
	HelpAll() []key.Binding
}

// HelpAll is the view's keys for `?`: its cursor keys as every list
// pane's, pgup/pgdn with them, which page the rows here too (ut43a-7:
// Machines' and Riders' help said `↑/k ↓/j up, down` though pgdn paged).
func (p *SeriesPane) HelpAll() []key.Binding {
	if p.detail != "" || p.filter.typing {
		return p.Help()
	}
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Sort, k.Filter, k.Enter}
}

// HelpAll is the status view's keys for `?`, pgup/pgdn with the cursor
// keys as in every list pane (ut43a-7).
func (p *StatusPane) HelpAll() []key.Binding {
	if p.filter.typing {
		return p.Help()
	}
	k := p.c.Keys
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Sort, k.Filter}
}

// HelpNotes explains the Log filter, which no key binding can, its
// field examples from the records the Log holds (logFieldExamples).
func (p *LogPane) HelpNotes() []string {
	return []string{
		"filter (/): words match anywhere (any case) · re:REGEXP · topic= (a whole name), partition=, offset=",
		"  key= the Kafka record key · id= the key the panes show (the view's key field, else the Kafka key)",
		"  JSON fields by path: " + p.fieldExamples() + "  (= != > < >= <=; quote values with spaces)",
		"  terms separated by spaces must all match · esc in the field keeps the old filter",
		"rows come in the order read, each read merged by time; 12:00:01↑ marks a record older than the row above (a catch-up reading partitions in turn)",
		"without the views' topics the Log reads the busiest topics (picked again each minute and when topics come or go); w on a topic in 8 Topics, or --topic NAME (or '*'), reads others",
	}
}

// HelpNotesShort is HelpNotes in the fewest lines.
func (p *LogPane) HelpNotesShort() []string {
	return []string{
		"filter (/): words (any case) · re:REGEXP · topic= partition= offset= key= (the Kafka key) id= (the key column's text)",
		"  JSON fields by path: " + p.fieldExamples() + "  (= != > < >= <=) · all terms must match",
		"rows in the order read: 12:00:01↑ marks a record older than the row above",
		"without the views' topics it reads the busiest topics; w in 8 Topics or --topic NAME reads others",
	}
}

// fieldExamples is logFieldExamples of the records the Log holds.
func (p *LogPane) fieldExamples() string {
	var ex string
	p.c.Store.Read(func(st *model.State) { ex = logFieldExamples(st.Log) })
	return ex
}

// HelpKeyNotes says what the Log's detail and export hold, and what its
// scrolling keys do past a list's: ↑ at the oldest record pages back,
// end/G follows again (ut36a-5: help listed neither).
func (p *LogPane) HelpKeyNotes() map[string]string {
	k := p.c.Keys
	return map[string]string{
		k.Enter.Help().Key:  "headers, sizes, JSON, binary in hex",
		k.Export.Help().Key: "the filtered log",
		upDownHelp:          "↑ at the oldest pages back",
		topBottomHelp:       "G follows again",
	}
}

// HelpNotes explains the markers of a series view's rows, and the
// header's counts of them in its forms (header_alerts.go), so the short
// form a narrow header says reads as what it counts (ut41-7).
func (p *SeriesPane) HelpNotes() []string {
	return []string{"markers: ! warn, !! crit (also coloured), stale: silent longer than the view's stale time",
		"the header counts the view's keys: !!1 crit · !3 warn · 2 keys stale; on a narrow line crit 1 · warn 3 · 2 keys stale, or 2 stale",
		sparkCellsNote(&p.frame.view) + ": a row wider than the whole window gives the cells left to a cut id or " + p.statusWord() + " first, then ends blank after last seen"}
}

// HelpNotes says what a status view's rate counts, per what and over
// which buckets: one heading, `rate`, in every status view, the view's
// rate setting said here (ut43a-5: Students' `entered` beside Riders'
// `rate` for the same column).
func (p *StatusPane) HelpNotes() []string {
	if !p.frame.ok { // the view's rate setting is not known before its data
		return nil
	}
	v := &p.frame.d.view
	heading := statusHeading(v)
	what := "records at each " + heading + " per minute"
	if v.Rate == model.RateChanges {
		what = "keys entering each " + heading + " per minute (a key's first record too)"
	}
	return []string{"rate: " + what + "; " + sparkCellsNote(v) + "; /min is the last minute's"}
}

// sparkCellsNote says what a view's sparkline cell is and how far back a
// sparkline goes (ut43b-14: a `v` view's cells past the window stood blank
// at 200x50 with no word of why where the user looks).
func sparkCellsNote(v *model.TopicView) string {
	win := v.History()
	return "a sparkline cell is one " + shortDur(win.Bucket) + " bucket, the newest at the right, up to the " +
		shortDur(win.Span()) + " window the view keeps (its heading says the span drawn)"
}

// statusWord is the series view's status column as help names it, the
// program in Machines.
func (p *SeriesPane) statusWord() string {
	if p.hasStatus {
		return p.statusLabel
	}
	return "status"
}

// HelpKeyNotes says a series view's sort and filter in the view's own
// words: the status column by its field's name, none without one (ut24a:
// `/ filters by id or program` on a view of card decisions).
func (p *SeriesPane) HelpKeyNotes() map[string]string {
	k := p.c.Keys
	return map[string]string{
		k.Sort.Help().Key:   "id, each metric (highest first), last seen",
		k.Filter.Help().Key: "by " + p.filterWords(),
	}
}

// filterWords is what the view's `/` filter matches, in its columns'
// words (`id or program`): help, the filter's prompt and the note when
// nothing matches say the same (ut40a-2: the prompt said `key or status`
// where help said `id or program`).
func (p *SeriesPane) filterWords() string {
	if p.hasStatus {
		return "id or " + p.statusLabel
	}
	return "id"
}

// filterWords is what the view's `/` filter matches, in its columns'
// titles as help names them (`name or location`, `id (StudentId) or
// State` under a short key heading: helpTitles), as SeriesPane's.
func (p *StatusPane) filterWords() string {
	t := p.helpTitles() // before the view is known, its titles fall back on key and status
	return t[0] + " or " + t[1]
}

// helpTitles is the key and status columns as help names them: as their
// headings on screen read, and where a heading is a short form (the key's
// `id` in the 80x24 grid, a partition's `part`) the field's name beside it,
// `id (StudentId)`, so help and the heading say one name and help still
// says which field it is (ut40a-3: heading `id`, help `StudentId`).
func (p *StatusPane) helpTitles() [2]string {
	d := &p.frame.d
	t := p.columnTitles(&d.view)
	out := [2]string{t[0], t[1]}
	if len(d.rows) == 0 || p.w <= 0 { // no list drawn: no heading to match
		return out
	}
	shown, _ := p.listHeads(d)
	for i := range out {
		if h := strings.TrimSuffix(shown[i], "▼"); h != out[i] {
			out[i] = h + " (" + out[i] + ")"
		}
	}
	return out
}

// HelpKeyNotes says a status view's sort and filter in the view's own
// words, its columns' titles (`name, location, since, last seen`), as
// Machines' help says its own (ut36a-3, ut36b-26: Riders, Students and a
// `v` view said only `s sort   / filter`).
func (p *StatusPane) HelpKeyNotes() map[string]string {
	k := p.c.Keys
	t := p.helpTitles() // before the view is known, its titles fall back on key and status
	return map[string]string{
		k.Sort.Help().Key:   t[0] + ", " + t[1] + ", since, last seen",
		k.Filter.Help().Key: "by " + p.filterWords(),
	}
}

// HelpNotes explains the Partitions and Groups health words and lag.
func (p *PartitionsPane) HelpNotes() []string { return lagNotes(p.c, false) }

// HelpNotesShort is HelpNotes in the fewest lines.
func (p *PartitionsPane) HelpNotesShort() []string { return lagNotes(p.c, true) }

// HelpKeyNotes says what p takes from the cursor's row (ut35-21), and
// the group actions' notes in Groups' words: the same reset, said the same
// (ut40b-2: `o reset offsets` here, `o reset offsets: preview, then type
// its name` in Groups).
func (p *PartitionsPane) HelpKeyNotes() map[string]string {
	notes := groupKeyNotes(p.c.Keys)
	notes[p.c.Keys.Produce.Help().Key] = "the cursor's partition"
	return notes
}

// HelpAll is every key of the Partitions list, the actions of a topic row
// and of a group row both (the footer offers the row's own), D saying
// which it deletes where.
func (p *PartitionsPane) HelpAll() []key.Binding {
	if p.demo.asking() || p.acts.flow != nil || p.filter.typing {
		return p.Help()
	}
	k := p.c.Keys
	open := k.Enter
	open.SetHelp(open.Help().Key, "open topic")
	g, t := k.Groups, k.TopicActions
	del := g.DeleteGroup
	del.SetHelp(del.Help().Key, "delete the group or topic of the row")
	own := []key.Binding{open, k.Filter, k.Groups.Reason, g.Reset, del, g.DeleteOffsets, t.Create, t.AddPartitions, t.EditConfig}
	return append(append(p.listPane.Help(), own...), demoHelp(k)...)
}

// HelpNotes explains the Groups health words and lag, as Partitions',
// and the generation washboard counts (ut36a-13, ut37-7, ut36b-2:
// `gen 1 (counted)` read as nothing).
func (p *GroupsPane) HelpNotes() []string { return append(lagNotes(p.c, false), genNote, wordsNote) }

// HelpNotesShort is HelpNotes in the fewest lines.
func (p *GroupsPane) HelpNotesShort() []string { return append(lagNotes(p.c, true), genNoteShort) }

// genNote says what a classic group's `gen N (counted)` is: Kafka's
// DescribeGroups does not report a classic group's generation, so
// washboard counts it (model/rebalance.go); genNoteShort says the same in
// one line at 80 columns.
const (
	genNote      = "gen N (counted): washboard's count, from 1 when it first saw the group, +1 per rebalance it saw; Kafka does not report it"
	genNoteShort = "gen N (counted): 1 + the rebalances washboard saw; Kafka does not report it"
)

// wordsNote says the words the list shortens (groupWordShort) so its
// word columns keep fixed widths. The long notes only: at 80x24 a line
// more makes help scroll.
const wordsNote = "Preparing…, Completing…: PreparingRebalance, CompletingRebalance; coop-sticky: the cooperative-sticky assignor (shortened so no column moves)"

// HelpKeyNotes says how a reset is confirmed.
func (p *GroupsPane) HelpKeyNotes() map[string]string { return groupKeyNotes(p.c.Keys) }

// groupKeyNotes is what help adds to the group actions' words, in every
// pane that offers them (Groups, Partitions): one source, so a key reads
// the same wherever it is listed (ut40b-2).
func groupKeyNotes(k *KeyMap) map[string]string {
	return map[string]string{k.Groups.Reset.Help().Key: "preview, then type its name"}
}

// lagNotes are the health words, lag figures and action log notes of
// Groups and Partitions, with the session's own lag.window and
// lag.stop_after said as lengths, never by their config keys (ut34b-18).
// Full, one word a line, its meaning in a column, so a narrow help wraps
// each under its own text (hangNote); short, a few running lines. NEW is
// said as what the panes show with it, a lag floor (`N+`) where a
// partition has no commit, not only the first polls (ut37-9: a group
// read NEW long after 30 polls beside "5 partitions not committed").
// rateNote says what the one rate column holds on each kind of row: the
// figures on a partition's row and on the group's row under it are two
// rates (ut43a-9: `1.0/s` over `4.9/s` read as one thing). The long notes
// only: at 80x24 a line more makes help scroll.
const rateNote = "rate: records produced/s on a topic's or partition's row, consumed/s on a group's"

func lagNotes(c *Common, short bool) []string {
	cfg := model.DefaultLagConfig()
	if c != nil && c.Store != nil {
		c.Store.Read(func(st *model.State) {
			if st.Lag != nil {
				cfg = st.Lag.Config()
			}
		})
	}
	words := model.HealthMeanings(cfg.StopAfter, cfg.Window)
	if short {
		said := make([]string, len(words))
		for i, m := range words {
			said[i] = m.Health.String() + " " + m.Short
		}
		return []string{
			"health: " + strings.Join(said, " · "),
			"lag: - none committed · N+ at least N, some not committed · -N ahead (ERR)",   // one line of 80x24's help (ut39-4)
			"behind: age of the committed record · eta: time to lag 0 as it falls, else ∞", // the long note in one line, for the health words' conditions (ut40b-14)
			groupActionNote,
		}
	}
	notes := make([]string, 0, len(words)+8)
	for i, m := range words {
		head := "        "
		if i == 0 {
			head = "health: "
		}
		notes = append(notes, head+fmt.Sprintf("%-6s ", m.Health.String())+m.Long)
	}
	return append(notes,
		"lag:    N      records from the committed offset (or the log start, where it is below it) to the high watermark",
		"        -      nothing committed",
		"        0      caught up (also where only transaction markers are left past the offset)",
		"        N+     at least N, partitions not committed: their lag is unknown",
		"        -N     ahead N of the log (ERR): committed past the high watermark; ahead N where the column has room",
		"behind: age of the record at the committed offset · eta: time for the lag to reach 0 at the pace it fell (∞: not falling)",
		rateNote,
		groupActionNote,
	)
}

// HelpNotes explains the Topics list's marks and columns (ut15b C29: help
// listed its keys only), by every heading a column can have, and the
// columns shown only where topics differ said so (ut36b-16: rf and
// cleanup explained beside a table without them, retention headed retain;
// ut36b-10: every short heading).
func (p *TopicsPane) HelpNotes() []string {
	return []string{
		"●:      this session's Log reads the topic",
		"offsets: high watermark minus log start, summed over the partitions (records, and any transaction markers and compaction gaps among them)",
		"rate:   records produced per second over the last 30 s · trend: records produced per 10 s bucket, as a rate, the newest whole one at the right (its heading says the span)",
		"rf:     replication factor · cleanup, retention: the topic's configs (? when they cannot be read), shown where topics differ (the border says what all share) · headings where names need cells: p, offs, clean, retain or ret, hlth or st",
		"health: OK     every partition has a leader and its full ISR",
		"        WARN   N under-replicated: partitions whose ISR is smaller than their replicas",
		"        ERR    N offline: partitions without a leader, or an error reading the topic",
	}
}

// HelpNotesShort is HelpNotes in the fewest lines.
func (p *TopicsPane) HelpNotesShort() []string {
	return []string{
		"●: this session's Log reads the topic",
		"offsets: high watermark minus log start, summed over the partitions",
		"rate: records produced per second · trend: records per 10 s bucket, as a rate, newest at the right",
		"rf (replication factor), cleanup or clean, retention or retain or ret: where topics differ (border: all share) · p parts, offs offsets, hlth or st health",
		"health: OK every partition has a leader and its full ISR · WARN N under-replicated · ERR N offline, or unreadable",
	}
}

// HelpKeyNotes says what opening a topic shows.
func (p *TopicsPane) HelpKeyNotes() map[string]string {
	return map[string]string{
		p.c.Keys.Enter.Help().Key: "its partitions, configs and groups",
		p.c.Keys.Sort.Help().Key:  strings.Join(topicOrderNames[:], ", "), // the headings it sorts by (ut35-2)
	}
}

// HelpAll is every key of the Topics list, those for the topic under the
// cursor too (u on a topic not read: ut34b-2); other modes are the
// footer's.
func (p *TopicsPane) HelpAll() []key.Binding {
	if p.acts.flow != nil || p.prompt != nil || p.filter.typing || p.detail != nil || p.brokers {
		return p.Help()
	}
	k := p.c.Keys
	open := k.Enter
	open.SetHelp(open.Help().Key, "open topic")
	// the list's cursor keys as every list pane's (listPane.Help), so help
	// says `↑/k ↓/j pgup/pgdn up, down, a page` as Partitions' and Groups'
	// do (ut42b-2: Topics' said `↑/k ↓/j up, down`, though pgup/pgdn page it)
	return append(append(p.listPane.Help(), open, k.Topics.Watch, k.Topics.Unwatch, k.Topics.Chart, k.Filter, k.Sort, k.Topics.Internal, k.Topics.Brokers),
		topicActionHelp(k)...)
}

// groupActionNote says where Groups' and Partitions' writes are recorded.
const groupActionNote = "actions: each reset or delete goes to the rebalance log with who"

// HelpAll is every key of the Produce form, those it answers while a
// field is edited too (ut35-16: help listed tab only as next pane, and
// neither esc nor the topic's suggestions); while editing, `?` is typed.
func (p *ProducePane) HelpAll() []key.Binding {
	k := p.c.Keys
	if p.editing {
		return p.helpHistory()
	}
	stop := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop editing, or a burst"))
	accept := key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "take the topic suggested"))
	fields := pairBinding(k.NextField, k.PrevField, "tab/shift+tab", "next/previous field while editing")
	others := key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "other topics in the topic field"))
	return append(p.helpHistory(), fields, stop, accept, others)
}

// HelpKeyNotes says what a second ctrl+s does, short enough to keep
// ctrl+s in the grid with the form's other keys, in their order
// (ut41-9: the long note sent it under the grid, fifth, ctrl+n top right
// and its pair ctrl+p three rows lower).
func (p *ProducePane) HelpKeyNotes() map[string]string {
	return map[string]string{p.c.Keys.Send.Help().Key: "twice if not JSON"}
}
