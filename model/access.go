package model

import (
	"fmt"
	"strings"
)

// ReadOnly is how much a session may write to the cluster. Every write
// path asks Check, here, and nowhere else decides.
type ReadOnly uint8

const (
	// ReadOnlyOff allows every action (the local console's default).
	ReadOnlyOff ReadOnly = iota
	// ReadOnlyAdmin allows producing, demo groups and saving views, and
	// refuses every change to offsets, groups and topics.
	ReadOnlyAdmin
	// ReadOnlyAll refuses every write (SSH sessions' default). Charting a
	// topic for the session is a read and is never asked about; saving a
	// view from an SSH session is refused (ActSaveView).
	ReadOnlyAll
)

// String is the mode as configured: "off", "admin" or "all".
func (m ReadOnly) String() string {
	switch m {
	case ReadOnlyAdmin:
		return "admin"
	case ReadOnlyAll:
		return "all"
	}
	return "off"
}

// ParseReadOnly reads a mode: "all", "admin" or "off" (also "true" for
// all and "false" for off, as the old boolean read_only said).
func ParseReadOnly(s string) (ReadOnly, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "all", "true", "yes", "on":
		return ReadOnlyAll, nil
	case "admin":
		return ReadOnlyAdmin, nil
	case "off", "false", "no", "none", "":
		return ReadOnlyOff, nil
	}
	hint := "" // as a view's kind says it (ut32a: `admn` got no hint where `serie` got `did you mean series?`)
	if near := Closest(strings.ToLower(strings.TrimSpace(s)), []string{"all", "admin", "off"}); near != "" {
		hint = "; did you mean " + near + "?"
	}
	return ReadOnlyOff, fmt.Errorf("read-only mode %q: want all, admin or off%s", s, hint)
}

// Stricter is the stricter of two modes (a process-wide mode caps a
// per-key one).
func (m ReadOnly) Stricter(o ReadOnly) ReadOnly { return max(m, o) }

// Action is one kind of write washboard can do.
type Action uint8

const (
	ActProduce   Action = iota // send a record (Produce pane)
	ActDemoGroup               // start or steer a demo group: joins a group and commits
	// ActSaveView saves a view to the server's views.toml from an SSH
	// session: every later session starts with it. Charting a topic for
	// the session (v, enter) writes nothing and is never asked; the local
	// console saving to its own views.toml writes no cluster and is not
	// asked either (ut24a P13).
	ActSaveView
	ActResetOffsets  // commit new offsets for a group
	ActDeleteGroup   // DeleteGroups
	ActDeleteOffsets // OffsetDelete: a group's offsets for one topic
	ActCreateTopic   // CreateTopics
	ActAddPartitions // CreatePartitions
	ActAlterConfig   // IncrementalAlterConfigs on a topic
	ActDeleteTopic   // DeleteTopics
	actionCount
)

// Actions is every action, for tests and help that walk them all.
func Actions() []Action {
	out := make([]Action, actionCount)
	for i := range out {
		out[i] = Action(i)
	}
	return out
}

// String names the action as a sentence would ("reset offsets").
func (a Action) String() string {
	return [...]string{"produce", "run demo groups", "save a view for every session", "reset offsets", "delete a group", "delete a group's offsets",
		"create a topic", "add partitions", "edit a topic config", "delete a topic"}[a]
}

// Admin reports whether the action changes offsets, groups or topics:
// what mode admin refuses.
func (a Action) Admin() bool { return a >= ActResetOffsets }

// Check says whether the mode allows the action: nil, or the refusal in
// the local console's words (its mode is its own: --read-only, read_only).
func (m ReadOnly) Check(a Action) error { return m.check(a, false) }

// CheckSession is Check in an SSH viewer's words: the session is
// read-only, and the server's operator gives writes per key (README
// "Serve it over SSH"). A viewer cannot set the server's flags, and "read-only
// mode" read as the server's (ut42a-22: `serve with --allow-writes`).
func (m ReadOnly) CheckSession(a Action) error { return m.check(a, true) }

func (m ReadOnly) check(a Action, session bool) error {
	refused := m == ReadOnlyAll || m == ReadOnlyAdmin && a.Admin()
	if !refused {
		return nil
	}
	cannot := a.String() + a.why()
	if session {
		may := ""
		if m == ReadOnlyAdmin {
			may = "it may produce and run demo groups"
		}
		return m.SessionRefusal(cannot, may)
	}
	switch {
	case m == ReadOnlyAll && a == ActSaveView:
		return fmt.Errorf("read-only mode (all): cannot %s; this session may chart topics for itself (enter)", cannot)
	case m == ReadOnlyAll:
		return fmt.Errorf("read-only mode (all): cannot %s; this session may not write to the cluster", cannot)
	}
	return fmt.Errorf("read-only mode (admin): cannot %s; this session may produce and run demo groups, but not change offsets, groups or topics", cannot)
}

// SessionRefusal is a refusal in an SSH viewer's words: what the session
// cannot do (and why, where it is not plain), what it still may ("" for
// nothing said), and who gives writes. Every refusal a viewer meets reads
// so, the Log's export included (it is not an Action: the local console
// exports in every mode).
func (m ReadOnly) SessionRefusal(cannot, may string) error {
	if may != "" {
		may += "; "
	}
	return fmt.Errorf("this session is read-only (%s): cannot %s; %sthe server's operator gives writes per key", m, cannot, may)
}

// why is what makes the action a write where its name does not say it.
func (a Action) why() string {
	switch a {
	case ActDemoGroup:
		return " (they join a group and commit offsets)"
	case ActSaveView:
		return " (the server's views.toml)"
	}
	return ""
}

// StopConsumersFirst ends a refusal of a change Kafka takes only from a
// group without members (source's ErrActiveMembers): the ui says instead
// the key that stops a demo group washboard runs itself (ut42a-9).
const StopConsumersFirst = "stop its consumers first"
