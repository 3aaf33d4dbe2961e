package ui

// helpNoter is a pane with more to say on the `?` screen than its keys:
// a filter syntax, what a marker means.
type helpNoter interface {
	HelpNotes() []string
}

// HelpNotes explains the Log filter, which no key binding can.
func (p *LogPane) HelpNotes() []string {
	return []string{
		"filter (/): words match anywhere (any case) · re:REGEXP · topic= (a whole name), partition=, offset=",
		"  key= the Kafka record key · id= the key the panes show (the view's key field, else the Kafka key)",
		"  JSON fields by path: heat_c>80  State=LoggedIn  meta.id!=x  (= != > < >= <=; quote values with spaces)",
		"  terms separated by spaces must all match · esc in the field keeps the old filter",
		"detail (enter): headers, sizes, JSON indented, hex for binary · e: export the filtered log as NDJSON",
		"rows come in the order read, each read merged by time; 12:00:01↑ marks a record older than the row above (a catch-up reading partitions in turn)",
		"without the views' topics the Log reads the busiest topics (picked again each minute and when topics come or go); --topic NAME (or '*') reads others",
	}
}

// HelpNotes explains the markers of a series view's rows, and its sort
// and filter in the view's own words: the status column by its field's
// name, none without one (ut24a: `/ filters by id or program` on a view
// of card decisions).
func (p *SeriesPane) HelpNotes() []string {
	filter := "/ filters by id"
	if p.hasStatus {
		filter += " or " + p.statusLabel
	}
	return []string{
		"markers: ! warn, !! crit (also coloured), stale: silent longer than the view's stale time",
		"s cycles the sort: id, each metric (highest first), last seen · " + filter,
	}
}

// HelpNotes explains the Partitions and Groups health words and actions.
func (p *PartitionsPane) HelpNotes() []string {
	return append(append(healthNotes[:len(healthNotes):len(healthNotes)], groupActionNote),
		"         C create topic · A add partitions · E edit a config · D on a topic row deletes the topic")
}

// HelpNotes explains the Partitions and Groups health words and actions.
func (p *GroupsPane) HelpNotes() []string {
	return append(healthNotes[:len(healthNotes):len(healthNotes)], groupActionNote)
}

const groupActionNote = "actions: o reset offsets (preview, then type the group's name) · D delete group · O delete its offsets on a topic; each goes to the rebalance log with who"

// healthNotes are one word a line, its meaning in a column, so a narrow
// help wraps each under its own text (hangNote).
var healthNotes = []string{
	"health: OK     lag zero or keeping up",
	"        WARN   lag rose on every poll",
	"        STALL  offset still while lag > 0",
	"        STALL? still since washboard started watching, under lag.stop_after: maybe a STOP already",
	"        STOP   no progress for lag.stop_after",
	"        ERR    offsets unreadable or ahead of the log",
	"        NEW    not judged yet, until a whole lag.window of polls has seen the group",
	"        r      shows the reason beside each word",
	"lag:    -      nothing committed",
	"        0      on transaction markers only: caught up (r names each)",
	"        below the log start counts from it · ahead N: committed past the high watermark (ERR)",
	"        -N     ahead N, where the column is too tight for the words (high watermark less committed offset)",
	"        N+     at least N: a member is assigned partitions with records and no commit yet (side by side says how many)",
	"behind: age of the record at the committed offset · eta: time to drain the lag at the consume rate",
}

// HelpNotes explains the Topics list's marks and columns (ut15b C29: help
// listed its keys only).
func (p *TopicsPane) HelpNotes() []string {
	return []string{
		"●:      this session's Log reads the topic (w starts, u stops)",
		"offsets: high watermark minus log start, summed over the partitions (records, and any transaction markers and compaction gaps among them)",
		"rate:   records produced per second, from the high watermarks · trend: records produced per 10 s bucket, as a rate, the newest whole one at the right (its heading says the span)",
		"rf:     replication factor · cleanup, retention: the topic's configs (? when they cannot be read), headed clean and retain where the names need the cells",
		"health: OK     every partition has a leader and its full ISR",
		"        WARN   N under-replicated: partitions whose ISR is smaller than their replicas",
		"        ERR    N offline: partitions without a leader, or an error reading the topic",
		"enter:  the topic's partitions (leader, replicas, ISR, watermarks), configs and groups",
	}
}
