// Package ui renders the shared model as Bubble Tea programs: one program
// per terminal or SSH session, all reading the same model.Store. Per-session
// state (focus, zoom, filters, scroll) lives here, in the program.
package ui

import (
	"context"
	"log/slog"
	"time"

	"github.com/washboard/washboard/model"
)

// Producer sends records for the Produce pane. source implements it; the
// UI never does Kafka I/O itself, only through commands.
type Producer interface {
	Produce(ctx context.Context, out model.Outgoing) (model.Delivery, error)
}

// Demos runs washboard's own demo consumer groups (source.Demos). Start,
// AddMember, RemoveMember, Pace and Stop do I/O, so panes call them only
// inside commands; Enabled and IsDemo are cheap reads.
type Demos interface {
	Enabled() bool
	Enable() error
	IsDemo(group string) bool
	Start(ctx context.Context, topic string) (string, error)
	AddMember(group string) error
	RemoveMember(group string) error
	Pace(group string, factor float64) (float64, error)
	Stop(group string) error
}

// Watcher starts and stops reading topics a session chose, from a place
// it chose (source.Watches behind a small adapter). Watch does I/O, so
// panes call it only inside commands; Mine is a cheap read.
type Watcher interface {
	// Watch makes session read topic from "from" (end, beginning, last:N,
	// -15m, 2026-11-29T08:00, 0=120,1=40) and says what it did in words.
	Watch(ctx context.Context, session, topic, from string) (string, error)
	Unwatch(session, topic string)
	Mine(session string) []string
}

// Cluster describes what the session is connected to, for the header.
type Cluster struct {
	Name     string // addresses, without secrets
	Embedded bool
	Notice   string // e.g. the broker fell back to another port
	// ReadOnly is what the session may write (model.ReadOnly.Check);
	// the header shows it when not off.
	ReadOnly model.ReadOnly
	// Viewers, when set (washboard serve), counts the SSH sessions
	// connected; the header shows it.
	Viewers func() int
	// Insecure says TLS certificates are not verified; the header warns.
	Insecure bool
	// Profile is the configured cluster's name ("" when given ad hoc);
	// Profiles are those the console may switch to (c), none in serve.
	// SwitchError says why switching to another failed (the picker opens
	// with it).
	Profile     string
	Profiles    []Profile
	SwitchError string
	Registry    string // where the schema registry listens; "" without one
	// RegistryDown, when set, says why the registry cannot be reached
	// ("unreachable"); "" while it answers. The header flags it.
	RegistryDown func() string
}

// ViewAdder is the store's one write a session may ask for: a view made
// in the console (model.Store.AddView).
type ViewAdder interface {
	AddView(v model.TopicView, now time.Time) (added bool)
}

// ActionLog is the other store write a session may ask for: an operator
// action for the event log (model.Store.LogAction).
type ActionLog interface {
	LogAction(at time.Time, who, subject, what string)
}

// Common is what every pane of one session shares: the store, styles, keys
// and clock. It is built per session; nothing in it is package-level.
type Common struct {
	Ctx      context.Context
	Store    model.Reader // read-only: frames snapshot under Read; only source writes
	Producer Producer
	Demos    Demos // nil: demo groups unavailable
	// Watcher reads topics this session chooses (nil: choosing is off);
	// Session names the session to it (unique per SSH session).
	Watcher Watcher
	Session string
	// Pager reads older records when the Log pages back (nil: it does not).
	Pager Pager
	// SaveView writes a view made in the console to the views file beside
	// the config and returns its path (nil: saving is off). It does I/O.
	SaveView func(ctx context.Context, v model.TopicView) (string, error)
	Schemas  Schemas // nil: no schema registry (issue 10)
	// Views adds a view made in the console to the shared store, so the
	// fold feeds it (nil: charting is off). The store is its one writer.
	Views   ViewAdder
	Cluster Cluster
	Styles  *Styles
	Keys    *KeyMap
	Now     func() time.Time
	// ExportDir is where the Log pane writes exports ("" = current directory).
	ExportDir string
	// NoExport refuses exports: a read-only SSH viewer must not fill the
	// server's disk.
	NoExport bool
	// Admin does operator actions (offset resets, group and topic changes);
	// nil: unavailable.
	Admin Admin
	// RereadConfigs asks the next poll to read a topic's configs again
	// (source.Poller.ConfigsChanged), when its detail is opened: another
	// console or tool may have changed them since they were read (nil:
	// configs follow the poll's own schedule). It does no I/O itself.
	RereadConfigs func(topic string)
	// Explain words a failed action's error as the header words the
	// connection's (source.ExplainOnce); nil: the error's own text.
	Explain func(error) string
	// User is who the event log names for this session's actions: the SSH
	// user ("" is the local console: who).
	User string
	// Events takes each operator action for the event log (nil: not
	// logged); Log, when set, also records it in the log file.
	Events ActionLog
	Log    *slog.Logger
	// ShowAborted starts this session's Log showing the records of
	// aborted transactions, marked (--show-aborted); `a` toggles it.
	ShowAborted bool
	// Suspend lets ctrl+z stop the program for the shell's job control,
	// as a terminal program does; an SSH session cannot stop the server
	// it shares, so it leaves it false.
	Suspend bool
	// Boxes keeps drawn pane boxes for every session of the process
	// (boxcache.go); nil: the session keeps its own.
	Boxes *BoxCache

	flowSeq uint64 // numbers action flows, so a late answer finds its own
}

func (c *Common) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}
