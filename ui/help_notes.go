package ui

import "charm.land/bubbles/v2/key"

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

// HelpNotes explains the Log filter, which no key binding can.
func (p *LogPane) HelpNotes() []string {
	return []string{
		"filter (/): words match anywhere (any case) · re:REGEXP · topic= (a whole name), partition=, offset=",
		"  key= the Kafka record key · id= the key the panes show (the view's key field, else the Kafka key)",
		"  JSON fields by path: heat_c>80  State=LoggedIn  meta.id!=x  (= != > < >= <=; quote values with spaces)",
		"  terms separated by spaces must all match · esc in the field keeps the old filter",
		"rows come in the order read, each read merged by time; 12:00:01↑ marks a record older than the row above (a catch-up reading partitions in turn)",
		"without the views' topics the Log reads the busiest topics (picked again each minute and when topics come or go); --topic NAME (or '*') reads others",
	}
}

// HelpKeyNotes says what the Log's detail and export hold.
func (p *LogPane) HelpKeyNotes() map[string]string {
	k := p.c.Keys
	return map[string]string{
		k.Enter.Help().Key:  "headers, sizes, JSON indented, hex for binary",
		k.Export.Help().Key: "the filtered log",
	}
}

// HelpNotes explains the markers of a series view's rows.
func (p *SeriesPane) HelpNotes() []string {
	return []string{"markers: ! warn, !! crit (also coloured), stale: silent longer than the view's stale time"}
}

// HelpKeyNotes says a series view's sort and filter in the view's own
// words: the status column by its field's name, none without one (ut24a:
// `/ filters by id or program` on a view of card decisions).
func (p *SeriesPane) HelpKeyNotes() map[string]string {
	k := p.c.Keys
	filter := "by id"
	if p.hasStatus {
		filter += " or " + p.statusLabel
	}
	return map[string]string{
		k.Sort.Help().Key:   "id, each metric (highest first), last seen",
		k.Filter.Help().Key: filter,
	}
}

// HelpNotes explains the Partitions and Groups health words and actions.
func (p *PartitionsPane) HelpNotes() []string {
	return append(healthNotes[:len(healthNotes):len(healthNotes)], groupActionNote)
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

// HelpNotes explains the Partitions and Groups health words and actions.
func (p *GroupsPane) HelpNotes() []string {
	return append(healthNotes[:len(healthNotes):len(healthNotes)], groupActionNote)
}

const groupActionNote = "actions: each reset or delete goes to the rebalance log with who"

// HelpKeyNotes says how a reset is confirmed.
func (p *GroupsPane) HelpKeyNotes() map[string]string {
	return map[string]string{p.c.Keys.Groups.Reset.Help().Key: "preview, then type the group's name"}
}

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
		"●:      this session's Log reads the topic",
		"offsets: high watermark minus log start, summed over the partitions (records, and any transaction markers and compaction gaps among them)",
		"rate:   records produced per second, from the high watermarks · trend: records produced per 10 s bucket, as a rate, the newest whole one at the right (its heading says the span)",
		"rf:     replication factor · cleanup, retention: the topic's configs (? when they cannot be read), headed clean and retain where the names need the cells",
		"health: OK     every partition has a leader and its full ISR",
		"        WARN   N under-replicated: partitions whose ISR is smaller than their replicas",
		"        ERR    N offline: partitions without a leader, or an error reading the topic",
	}
}

// HelpKeyNotes says what opening a topic shows.
func (p *TopicsPane) HelpKeyNotes() map[string]string {
	return map[string]string{p.c.Keys.Enter.Help().Key: "its partitions, configs and groups"}
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
	return append([]key.Binding{k.Up, k.Down, open, k.Topics.Watch, k.Topics.Unwatch, k.Topics.Chart, k.Filter, k.Sort, k.Topics.Internal, k.Topics.Brokers},
		topicActionHelp(k)...)
}
