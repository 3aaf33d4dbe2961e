package ui

import (
	"cmp"
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

// actionHost is the part of a pane that holds its open action flow (at
// most one): while a flow is open it has the pane's keys and lines.
type actionHost struct {
	flow *actionFlow
}

// open shows a flow, or the refusal in words when it could not start.
func (h *actionHost) open(c *Common, pane int, title string, f *actionFlow, err error) tea.Cmd {
	if err != nil {
		c.flowSeq++
		h.flow = &actionFlow{c: c, pane: pane, seq: c.flowSeq, title: title, stage: flowDone, outcome: err.Error(), failed: true}
		return nil
	}
	h.flow = f
	return f.start()
}

// key gives the key to the open flow; ok is false when none is open.
func (h *actionHost) key(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if h.flow == nil {
		return nil, false
	}
	cmd, done := h.flow.key(msg)
	if done {
		h.flow = nil
	}
	return cmd, true
}

// result hands a flow's answer to the open flow.
func (h *actionHost) result(m flowMsg) tea.Cmd {
	if h.flow == nil {
		return nil
	}
	return h.flow.result(m)
}

// groupTarget is what a group action acts on: the group under the cursor,
// its kind, and the topic and partition of the row (partition -1: none).
type groupTarget struct {
	group, typ, topic string
	partition         int
}

// scopeText is the reset form's scope for the cursor's row.
func (t groupTarget) scopeText() string {
	switch {
	case t.topic == "":
		return "all"
	case t.partition < 0:
		return t.topic
	}
	return t.topic + "/" + strconv.Itoa(t.partition)
}

// parseScope reads the scope field: all, a topic, or topic/partition.
func parseScope(s string) (model.ResetScope, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "all") {
		return model.ResetScope{Partition: -1}, nil
	}
	topic, part, ok := strings.Cut(s, "/")
	if !ok {
		return model.ResetScope{Topic: s, Partition: -1}, nil
	}
	n, err := strconv.Atoi(part)
	if err != nil || n < 0 {
		return model.ResetScope{}, fmt.Errorf("scope %q: want all, a topic, or topic/partition (orders/3)", s)
	}
	return model.ResetScope{Topic: topic, Partition: n}, nil
}

// scopeProblem says why a scope names nothing to reset, from the last
// poll (a store read, no I/O): a topic the cluster does not have (text
// typed into the prefilled "all", say), or a partition past the topic's;
// "" when it may be right (and when topics are not listed yet, the broker
// answers).
func scopeProblem(c *Common, group, typed string, scope model.ResetScope) string {
	if scope.Topic == "" || c.Store == nil {
		return ""
	}
	var listed, found bool
	parts := 0
	c.Store.Read(func(st *model.State) {
		listed, found = topicOn(st, scope.Topic)
		for _, p := range st.Partitions {
			if p.Topic == scope.Topic {
				parts++
			}
		}
	})
	name := quote(strings.TrimSpace(typed))
	switch {
	case listed && !found:
		has := quote(group) + " has no committed offsets"
		if topics := lagTopics(c, group); len(topics) > 0 {
			has = quote(group) + " has offsets on " + strings.Join(topics, ", ")
		}
		return "scope " + name + ": no such topic on the cluster (want all, a topic of the group, or topic/partition; " + has + ")"
	case found && parts > 0 && scope.Partition >= parts:
		return fmt.Sprintf("scope %s: %s has partitions 0-%d", name, model.PrintableString(scope.Topic), parts-1)
	}
	return ""
}

// groupActionKey starts a group action for the key, when it is one.
func groupActionKey(c *Common, pane int, h *actionHost, msg tea.KeyPressMsg, t groupTarget) (tea.Cmd, bool) {
	act, ok := groupActionOf(c.Keys.Groups, msg)
	if !ok {
		return nil, false
	}
	if t.group == "" {
		return h.open(c, pane, act.String(), nil, errText("no group here: put the cursor on a group")), true
	}
	var f *actionFlow
	var err error
	switch act {
	case model.ActResetOffsets:
		f, err = resetFlow(c, pane, t)
	case model.ActDeleteGroup:
		f, err = deleteGroupFlow(c, pane, t)
	default:
		f, err = deleteOffsetsFlow(c, pane, t)
	}
	return h.open(c, pane, groupTitle(act, t.group), f, err), true
}

// groupTitle names a group action with its group ("delete group audit").
func groupTitle(act model.Action, group string) string {
	switch act {
	case model.ActResetOffsets:
		return "reset offsets of " + group
	case model.ActDeleteGroup:
		return "delete group " + group
	}
	return "delete offsets of " + group
}

// resetFlow: scope and target, a preview of every partition (current
// offset, new offset, lag after), the group's name typed to confirm, the
// write, and the offsets read back.
func resetFlow(c *Common, pane int, t groupTarget) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActResetOffsets, t.group, groupTitle(model.ActResetOffsets, t.group), "scope", "to")
	if err != nil {
		return nil, err
	}
	f.set(0, t.scopeText())
	f.fields[0].input.Placeholder = "empty: all (every partition it committed on)" // emptied (ut27 T6)
	// The zone is said once, in the syntax line under the field ("local
	// time, UTC"): the placeholder said "(UTC)" above it (ut26 S6).
	f.fields[1].input.Placeholder = "e.g. latest, or another form listed below" // listed once, under the fields (ut42a-9: the hint said them again)
	f.help = model.ResetSyntax(c.now())
	f.focus = 1
	admin, group, typ, now := c.Admin, t.group, t.typ, c.now
	f.prepare = func(ctx context.Context, vals []string) ([]string, any, error) {
		// every field's mistake at once, each naming its field (ut15a A5)
		var errs []string
		scope, err := parseScope(vals[0])
		if err != nil {
			errs = append(errs, err.Error())
		} else if why := scopeProblem(c, group, vals[0], scope); why != "" {
			errs = append(errs, why)
		}
		target, err := model.ParseResetTarget(vals[1], now())
		if err != nil {
			errs = append(errs, err.Error())
		}
		if len(errs) > 0 {
			return nil, nil, errText(strings.Join(errs, "; "))
		}
		plan, err := admin.PlanReset(ctx, group, typ, scope, target)
		if err != nil {
			return nil, nil, err
		}
		if why := unchanged(plan); why != "" {
			return nil, nil, errText(why)
		}
		return resetPreview(plan), plan, nil
	}
	f.previewAt = func(prepared any, w int) []string { return resetPreviewAt(prepared.(model.ResetPlan), w) }
	f.apply = func(ctx context.Context, at time.Time, _ []string, prepared any) (string, error) {
		plan := prepared.(model.ResetPlan)
		plan.At = at // the commits' mark and the event log say one time (ut32b Zb9)
		if err := admin.ApplyReset(ctx, plan, typ); err != nil {
			return "", err
		}
		return resetChanges(plan, outcomeParts) + readBackHolds, nil
	}
	f.outcomeOf = func(prepared any, tableShown bool) string {
		return resetOutcome(prepared.(model.ResetPlan), tableShown)
	}
	return f, nil
}

func deleteGroupFlow(c *Common, pane int, t groupTarget) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActDeleteGroup, t.group, groupTitle(model.ActDeleteGroup, t.group))
	if err != nil {
		return nil, err
	}
	admin, group, typ := c.Admin, t.group, t.typ
	f.prepare = func(ctx context.Context, _ []string) ([]string, any, error) {
		if err := admin.CheckEmpty(ctx, group, typ, "deletes a group"); err != nil {
			return nil, nil, err
		}
		cur, err := admin.Committed(ctx, group)
		if err != nil {
			return nil, nil, err
		}
		topics := committedTopics(cur)
		if len(topics) == 0 {
			return []string{"delete group " + quote(group) + ": it has no committed offsets; its consumers would start over by their auto.offset.reset."}, nil, nil
		}
		// one sentence, one paragraph: as two, it broke after "offsets;"
		// beside 93 free cells at 200 columns (ut25b R4); then the
		// offsets lost, a topic a row as O lists them (ut42b-6: only a count)
		stake := "its committed offsets on " + model.Plural(len(cur), "partition") + " of " + strings.Join(topics, ", ") + " are lost"
		lines := []string{"delete group " + quote(group) + ": " + stake + "; its consumers would start over by their auto.offset.reset. Committed now:"}
		rows, _ := committedRows(cur, "")
		return append(lines, rows...), nil, nil
	}
	f.apply = func(ctx context.Context, _ time.Time, _ []string, _ any) (string, error) {
		if err := admin.DeleteGroup(ctx, group, typ); err != nil {
			return "", err
		}
		return "deleted group " + group, nil
	}
	return f, nil
}

func deleteOffsetsFlow(c *Common, pane int, t groupTarget) (*actionFlow, error) {
	f, err := newFlow(c, pane, model.ActDeleteOffsets, t.group, groupTitle(model.ActDeleteOffsets, t.group), "topic")
	if err != nil {
		return nil, err
	}
	f.set(0, t.topic)
	f.fields[0].input.Placeholder = "e.g. orders" // emptied, or none to prefill (ut27 T6)
	admin, group, typ := c.Admin, t.group, t.typ
	topics := lagTopics(c, group)
	if t.topic == "" && len(topics) == 1 {
		f.set(0, topics[0]) // the one topic it has offsets on (ut24a P15)
	}
	if len(topics) > 0 {
		f.fields[0].input.Placeholder = "e.g. " + topics[0]
		f.help = "offsets on: " + strings.Join(topics, ", ") + " (→ completes)"
		f.suggest(0, topics)
	}
	f.prepare = func(ctx context.Context, vals []string) ([]string, any, error) {
		topic := strings.TrimSpace(vals[0])
		if topic == "" {
			return nil, nil, errText("name the topic whose offsets to delete")
		}
		cur, err := admin.Committed(ctx, group)
		if err != nil {
			return nil, nil, err
		}
		topics := committedTopics(cur)
		if !slices.Contains(topics, topic) {
			return nil, nil, errText(quote(group) + " has no committed offsets on " + quote(topic) + "; it has offsets on: " + cmp.Or(strings.Join(topics, ", "), "none"))
		}
		if err := admin.CheckUnsubscribed(ctx, group, typ, topic); err != nil { // before the typed name, as D and o refuse (ut34b-12)
			return nil, nil, err
		}
		// What is lost, before the name is typed, as D and o show it
		// (ut16b E3: only the outcome said how many partitions).
		rows, n := committedRows(cur, topic)
		lines := []string{"delete " + model.PrintableString(group) + "'s committed offsets on " + model.PrintableString(topic) +
			", " + model.Plural(n, "partition") + "; Kafka refuses while a member is subscribed to it. Committed now:"}
		return append(lines, rows...), topic, nil
	}
	f.apply = func(ctx context.Context, _ time.Time, _ []string, prepared any) (string, error) {
		topic := prepared.(string)
		n, err := admin.DeleteOffsets(ctx, group, topic)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("deleted %s's offsets on %s (%s)", group, topic, model.Plural(n, "partition")), nil
	}
	return f, nil
}

// committedRows is the committed offsets of cur, a topic a row, named
// once with its partitions' offsets after it in partition order
// (`  orders: /0@90 /1@95`, wrapped between partitions), those on topic
// or every one for "", and how many partitions they are. O and D list
// what they lose in these rows (ut43b-7: a 52-character topic written on
// each of 12 rows, where the reset preview names a topic once).
func committedRows(cur map[model.TP]int64, topic string) ([]string, int) {
	var parts []model.TP
	for tp := range cur {
		if topic == "" || tp.Topic == topic {
			parts = append(parts, tp)
		}
	}
	slices.SortFunc(parts, model.CompareTP)
	var rows []string
	var b strings.Builder
	for i, tp := range parts {
		if i == 0 || tp.Topic != parts[i-1].Topic {
			if b.Len() > 0 {
				rows = append(rows, b.String())
			}
			b.Reset()
			b.WriteString("  " + model.PrintableString(tp.Topic) + ":")
		}
		b.WriteString(" /" + itoa(tp.Partition) + "@" + offsetText(cur[tp]))
	}
	if b.Len() > 0 {
		rows = append(rows, b.String())
	}
	return rows, len(parts)
}

// committedTopics is the topics of committed offsets, sorted.
func committedTopics(cur map[model.TP]int64) []string {
	seen := map[string]bool{}
	var out []string
	for tp := range cur {
		if !seen[tp.Topic] {
			seen[tp.Topic] = true
			out = append(out, tp.Topic)
		}
	}
	slices.Sort(out)
	return out
}

// lagTopics is the topics the group has offsets on as the last poll saw
// them (a store read: no I/O), for the form's help.
func lagTopics(c *Common, group string) []string {
	var out []string
	if c.Store == nil {
		return nil
	}
	c.Store.Read(func(st *model.State) {
		if st.Lag == nil || st.Lag.Groups[group] == nil {
			return
		}
		for _, t := range st.Lag.Groups[group].SortedTopics() {
			out = append(out, model.PrintableString(t.Topic))
		}
	})
	return out
}

// groupActionHelp are the group-action bindings for a pane's help.
func groupActionHelp(k *KeyMap) []key.Binding {
	g := k.Groups
	return []key.Binding{g.Reset, g.DeleteGroup, g.DeleteOffsets}
}

func (p *GroupsPane) flowOpen() bool {
	return p.acts.flowOpen() || p.demo.zoom || (p.side != nil && p.side.zoom) || p.side == nil && p.rs.wants(p.reasons)
}
func (p *PartitionsPane) flowOpen() bool {
	return p.acts.flowOpen() || p.demo.zoom || p.rs.wants(p.reasons)
}

// outcomeParts is how many partitions a reset's line in the event log
// names before "and N more": a topic of up to 32 partitions is said whole
// (ut16b E1: 8 were cut to 6 above 30 free rows). The outcome on screen
// is resetOutcome's.
const outcomeParts = 32
