package ui

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// topicCursor is what a pane offering topic actions tells them: the
// topic under its cursor ("" for none). Partitions and Topics implement
// it; how many partitions the topic has is read when an action opens
// (topicPartitions), not at every key: arrow keys take no read lock.
type topicCursor interface {
	cursorTopic() string
}

// topicActionKey starts a topic action for the key, when it is one: C
// creates a topic, A adds partitions, E edits a config, D deletes (only
// when onTopic: the cursor is on a topic row, not a group's).
func topicActionKey(c *Common, pane int, h *actionHost, msg tea.KeyPressMsg, tc topicCursor, onTopic bool) (tea.Cmd, bool) {
	k := c.Keys.TopicActions
	topic := tc.cursorTopic()
	var f *actionFlow
	var err error
	var title string
	switch {
	case key.Matches(msg, k.Create):
		title = "create a topic"
		f, err = createTopicFlow(c, pane)
	case key.Matches(msg, k.AddPartitions), key.Matches(msg, k.EditConfig), key.Matches(msg, k.Delete) && onTopic:
		if topic == "" {
			return h.open(c, pane, "topic action", nil, errText("no topic here: put the cursor on a topic")), true
		}
		if gone, why := topicGone(c, topic); gone { // refused in words, never a form of made-up figures (ut28a U9: `total 1`, `its 0 partitions`)
			verb := "add partitions to"
			if key.Matches(msg, k.EditConfig) {
				verb = "edit a config of"
			} else if !key.Matches(msg, k.AddPartitions) {
				verb = "delete"
			}
			return h.open(c, pane, "topic action", nil, errText("cannot "+verb+" "+model.PrintableString(topic)+": "+why)), true
		}
		switch {
		case key.Matches(msg, k.AddPartitions):
			title = "add partitions to " + topic
			f, err = addPartitionsFlow(c, pane, topic, topicPartitions(c, topic))
		case key.Matches(msg, k.EditConfig):
			title = "edit a config of " + topic
			f, err = editConfigFlow(c, pane, topic)
		default:
			title = "delete topic " + topic
			f, err = deleteTopicFlow(c, pane, topic, topicPartitions(c, topic))
		}
	default:
		return nil, false
	}
	return h.open(c, pane, title, f, err), true
}

func createTopicFlow(c *Common, pane int) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActCreateTopic, "", "create a topic", "name", "partitions", "replication", "configs")
	if err != nil {
		return nil, err
	}
	// every field hints when empty, the name too (ut27 T6): Kafka's rule
	f.fields[0].input.Placeholder = "e.g. orders.v2 (a-z A-Z 0-9 . _ -)"
	f.fields[1].input.Placeholder = "empty: the broker's default"
	f.fields[2].input.Placeholder = "empty: the broker's default"
	f.fields[3].input.Placeholder = "e.g. retention.ms=2h cleanup.policy=compact"
	admin := c.Admin
	f.prepare = func(_ context.Context, vals []string) ([]string, any, error) {
		spec, err := model.ParseTopicSpec(vals[0], vals[1], vals[2], vals[3])
		live, have := -1, -1
		if c.Store != nil {
			c.Store.Read(func(st *model.State) {
				live = st.Cluster.Live()
				if slices.Contains(st.Topics, spec.Name) {
					have = 0
				}
				for _, p := range st.Partitions { // the last poll's partitions, as Topics counts them
					if p.Topic == spec.Name {
						have = max(have, 0) + 1
					}
				}
			})
		}
		if have >= 0 { // said before the typed name, not by Kafka after it (ut24a P5)
			there := errText("topic " + quote(spec.Name) + " is already on the cluster: name a new one")
			if have > 0 {
				there = errText(fmt.Sprintf("topic %s is already on the cluster (%s): name a new one", quote(spec.Name), model.Plural(have, "partition")))
			}
			if err != nil {
				return nil, nil, errText(err.Error() + "; " + there.Error())
			}
			return nil, nil, there
		}
		if err != nil {
			return nil, nil, err
		}
		return append(model.TopicWarnings(spec, live), "create topic "+quote(spec.Name)+" with "+specText(spec)), spec, nil
	}
	f.wordOf = func(prepared any) string { return prepared.(model.TopicSpec).Name }
	f.apply = func(ctx context.Context, _ time.Time, _ []string, prepared any) (string, error) {
		spec := prepared.(model.TopicSpec)
		if err := admin.CreateTopic(ctx, spec); err != nil {
			return "", err
		}
		return "created topic " + spec.Name + " with " + specText(spec), nil
	}
	return f, nil
}

// specText says a topic spec in words.
func specText(s model.TopicSpec) string {
	parts, rf := "the broker's default partitions", "the default replication factor"
	if s.Partitions > 0 {
		parts = model.Plural(int(s.Partitions), "partition")
	}
	if s.Replicas > 0 {
		rf = "replication factor " + strconv.Itoa(int(s.Replicas))
	}
	out := parts + ", " + rf
	if len(s.Configs) > 0 {
		var kv []string
		for k, v := range s.Configs {
			kv = append(kv, model.PrintableString(k)+"="+configText(k, v))
		}
		out += ", " + strings.Join(slices.Sorted(slices.Values(kv)), " ")
	}
	return out
}

func addPartitionsFlow(c *Common, pane int, topic string, parts int) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActAddPartitions, topic, "add partitions to "+topic, "total")
	if err != nil {
		return nil, err
	}
	f.set(0, strconv.Itoa(parts+1))
	// emptied, the field still says what it wants (ut27 T6)
	f.fields[0].input.Placeholder = fmt.Sprintf("e.g. %d (more than the %d it has)", parts+1, parts)
	admin := c.Admin
	f.prepare = func(_ context.Context, vals []string) ([]string, any, error) {
		n, err := strconv.Atoi(strings.TrimSpace(vals[0]))
		if err != nil || n <= parts {
			return nil, nil, fmt.Errorf("total %q: want more than the %d partitions %s has (Kafka cannot remove partitions)", vals[0], parts, topic)
		}
		// one line, wrapped as a whole (ut24a P3: two lines broke after
		// "again," with 35 cells free)
		return []string{fmt.Sprintf("%s: %d → %d partitions. Kafka cannot remove them again, and keyed records will hash to other partitions from now on.",
			model.PrintableString(topic), parts, n)}, n, nil
	}
	f.apply = func(ctx context.Context, _ time.Time, _ []string, prepared any) (string, error) {
		n := prepared.(int)
		if err := admin.AddPartitions(ctx, topic, int32(n)); err != nil {
			return "", err
		}
		return fmt.Sprintf("%s now has %d partitions (was %d)", topic, n, parts), nil
	}
	return f, nil
}

func editConfigFlow(c *Common, pane int, topic string) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActAlterConfig, topic, "edit a config of "+topic, "config", "value")
	if err != nil {
		return nil, err
	}
	f.set(0, "retention.ms")                                            // a value enter takes, replaced by typing (ut24a P2: a hint drawn as this)
	f.fields[0].input.Placeholder = "e.g. retention.ms, cleanup.policy" // emptied (ut27 T6)
	f.fields[1].input.Placeholder = "empty: back to the default"
	admin := c.Admin
	f.prepare = func(ctx context.Context, vals []string) ([]string, any, error) {
		name := strings.TrimSpace(vals[0])
		if name == "" {
			return nil, nil, errText("name the config (retention.ms, cleanup.policy, …)")
		}
		if e := model.TopicConfigValueError(name, model.ConfigInput(name, vals[1])); e != "" {
			return nil, nil, errText("value " + e) // refused, as C refuses it (ut24a P5)
		}
		read, err := admin.TopicConfig(ctx, topic, name)
		if err != nil {
			return nil, nil, err
		}
		if why := configUnchanged(topic, name, vals[1], read); why != "" {
			return nil, nil, errText(why) // said in the form, as o's reset that moves nothing (ut27)
		}
		var lines []string
		if w := model.TopicConfigWarning(name, model.ConfigInput(name, vals[1])); w != "" {
			lines = append(lines, w)
		}
		return append(lines, fmt.Sprintf("%s on %s: %s → %s", model.PrintableString(name), quote(topic),
			configText(name, orNone(read.Value)), configTarget(name, vals[1], read))), nil, nil
	}
	f.apply = func(ctx context.Context, _ time.Time, vals []string, _ any) (string, error) {
		name := strings.TrimSpace(vals[0])
		old, now, err := admin.SetTopicConfig(ctx, topic, name, model.ConfigInput(name, vals[1]))
		if err != nil {
			return "", err
		}
		// the topic quoted as the preview quotes it (ut16b E17)
		return fmt.Sprintf("set %s on %s: %s → %s", model.PrintableString(name), quote(topic), configText(name, orNone(old)), configText(name, orNone(now))), nil
	}
	return f, nil
}

// configUnchanged says why setting name on topic to typed changes
// nothing ("" when it changes something): emptying a config the topic
// does not set, or typing the value it already sets. Such a write asks
// for no typed name (ut27: E previewed "→ unchanged" and asked for it).
func configUnchanged(topic, name, typed string, read model.ConfigRead) string {
	switch {
	case typed == "" && !read.OnTopic:
		from := ""
		if read.Set {
			from = ": it stays " + configText(name, read.Value)
			if read.DefaultFrom != "" {
				from += ", " + read.DefaultFrom
			}
		}
		return "nothing to change: " + quote(topic) + " does not set " + model.PrintableString(name) + from
	case typed != "" && read.OnTopic && model.ConfigInput(name, typed) == read.Value:
		return "nothing to change: " + model.PrintableString(name) + " on " + quote(topic) + " is already " + configText(name, read.Value)
	}
	return ""
}

// configTarget is what a config becomes, for the preview: the value
// typed, or with none the value the topic falls back to and where it
// comes from (ut16b E17: "(the default)" did not say which), or that the
// topic does not set it, so nothing changes.
func configTarget(name, typed string, read model.ConfigRead) string {
	if typed != "" {
		return configText(name, model.ConfigInput(name, typed))
	}
	switch {
	case !read.OnTopic && read.Set:
		return "unchanged: the topic does not set it (" + read.DefaultFrom + ")"
	case !read.DefaultSet:
		return "the default (the broker does not say which)"
	}
	return configText(name, orNone(read.Default)) + ", " + read.DefaultFrom
}

// configText is a config value with human units beside the raw one for
// durations and sizes (configValue: "2h (7200000)", "8 MiB (8388608)");
// other values, and any value of a name Kafka does not document, as they
// are.
func configText(name, v string) string {
	if model.KnownTopicConfig(name) { // sizes too, as the detail says them (ut33: `8388608` beside `8 MiB (8388608)`)
		return configValue(name, v)
	}
	return model.PrintableString(v)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func deleteTopicFlow(c *Common, pane int, topic string, parts int) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActDeleteTopic, topic, "delete topic "+topic)
	if err != nil {
		return nil, err
	}
	admin := c.Admin
	f.prepare = func(context.Context, []string) ([]string, any, error) {
		records, rateNow, groups := topicStake(c, topic)
		// the offsets figure named as the Topics column and the detail
		// name it (ut24a P12: "3,998 records" for it here)
		lines := []string{fmt.Sprintf("delete topic %s, its %s holding %s (producing %s now).", quote(topic), model.Plural(parts, "partition"), model.Plural(records, "offset"), rate(rateNow))}
		if len(groups) > 0 {
			lines = append(lines, "groups with offsets on it lose them: "+strings.Join(groups, ", "))
		}
		return append(lines, "This cannot be undone; producers with auto-creation on may create it again."), nil, nil
	}
	f.apply = func(ctx context.Context, _ time.Time, _ []string, _ any) (string, error) {
		if err := admin.DeleteTopic(ctx, topic); err != nil {
			return "", err
		}
		return model.DeletedTopicWords + topic, nil // the words TopicDeleted reads back
	}
	return f, nil
}

// topicPartitions is how many partitions topic has as the last poll saw
// it, read when an action opens: not a pane's snapshot, which an open
// topic's detail keeps from when it opened (ut27 T1: `A` previewed
// `4 → 8` on a topic of 6, `D` said `its 4 partitions` of 8).
func topicPartitions(c *Common, topic string) int {
	n := 0
	if c.Store == nil || topic == "" {
		return 0
	}
	c.Store.Read(func(st *model.State) {
		for _, pt := range st.Partitions {
			if pt.Topic == topic {
				n++
			}
		}
	})
	return n
}

// topicGone is whether the last answered poll has no topic by that
// name, or calls it unknown (being deleted), as the topic's detail
// judges it (its border's `gone`); false before any poll answered. why
// is the refusal's reason: who deleted it and when where this console
// did, else a question.
func topicGone(c *Common, topic string) (gone bool, why string) {
	if c.Store == nil {
		return false, ""
	}
	why = "it is no longer on the cluster (deleted?)"
	c.Store.Read(func(st *model.State) {
		if st.Link.AnsweredAt.IsZero() && len(st.TopicStats) == 0 {
			return
		}
		tc := copyTopic(st, topic)
		gone = !tc.found || tc.unknown() != ""
		if !tc.found && !tc.deletedAt.IsZero() { // this console deleted it: said, not asked (ut40b-21)
			why = "it was deleted by " + model.PrintableString(tc.deletedBy) + " at " + tc.deletedAt.Local().Format("15:04:05")
		}
	})
	return gone, why
}

// topicStake is what deleting a topic loses, as the last poll saw it:
// its records, its produce rate and the groups with offsets on it (a
// store read, no I/O).
func topicStake(c *Common, topic string) (records int64, rate float64, groups []string) {
	if c.Store == nil {
		return 0, 0, nil
	}
	c.Store.Read(func(st *model.State) {
		for _, t := range st.TopicStats {
			if t.Name == topic {
				records, rate = t.Records, t.Rate
			}
		}
		if st.Lag == nil {
			return
		}
		for id, g := range st.Lag.Groups {
			if _, ok := g.Topics[topic]; ok {
				groups = append(groups, model.PrintableString(id))
			}
		}
	})
	slices.SortFunc(groups, model.NaturalCompare)
	return records, rate, groups
}

// topicActionHelp are the topic-action bindings for a pane's help.
func topicActionHelp(k *KeyMap) []key.Binding {
	t := k.TopicActions
	return []key.Binding{t.Create, t.AddPartitions, t.EditConfig, t.Delete}
}
