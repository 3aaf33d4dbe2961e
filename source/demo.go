package source

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
)

// ErrReadOnly refuses every demo-group action in read-only mode.
var ErrReadOnly = errors.New("read-only mode: demo groups join groups and commit offsets, which read-only forbids")

// ErrDemoOff refuses demo-group actions until demos are enabled.
var ErrDemoOff = errors.New("demo groups are off: set [demo] enabled = true, or confirm in the Groups pane")

// DemoConfig configures washboard's own demo consumer groups.
type DemoConfig struct {
	Conn     Conn
	Enabled  bool
	ReadOnly bool
	Pace     float64 // records per second per member; 5 when zero
	Log      *slog.Logger
	// Group timings; short, so a demo rebalance takes about a second.
	SessionTimeout, Heartbeat, RebalanceTimeout time.Duration
}

// Demos runs demo consumer groups: real group members in-process (kafka-go
// group readers) that consume at an adjustable pace and commit. They are
// the only part of washboard that joins a group or commits. Demos owns
// every member goroutine: Stop and RemoveMember stop and wait for theirs,
// and Close stops and waits for all of them.
type Demos struct {
	cfg     DemoConfig
	enabled atomic.Bool
	wg      sync.WaitGroup

	mu     sync.Mutex
	groups map[string]*demoGroup
	// stopped names the demo groups x stopped (at most maxStopped, the
	// oldest forgotten), so a key on one says it is stopped, not that
	// washboard never started it.
	stopped []string
	seq     int
	closed  bool // Close has begun: no member may start
}

// Caps on what sessions can start: every member is a group reader with
// its own connections, and demo groups outlive the session that made them.
const (
	maxDemoGroups  = 8
	maxDemoMembers = 16
	maxStopped     = 64 // stopped demo groups remembered for their message
)

type demoGroup struct {
	id, topic string
	pace      atomic.Uint64 // float64 bits: records/s per member
	members   []*demoMember
	seq       int
}

type demoMember struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// NewDemos makes the demo-group runner; members live until stopped or
// until Close.
func NewDemos(cfg DemoConfig) *Demos {
	if cfg.Pace <= 0 {
		cfg.Pace = 5
	}
	if cfg.SessionTimeout <= 0 {
		cfg.SessionTimeout = 6 * time.Second // kfake's and Kafka's default minimum
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 300 * time.Millisecond
	}
	if cfg.RebalanceTimeout <= 0 {
		cfg.RebalanceTimeout = 5 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	d := &Demos{cfg: cfg, groups: map[string]*demoGroup{}}
	d.enabled.Store(cfg.Enabled)
	return d
}

// Enabled reports whether demo groups may run.
func (d *Demos) Enabled() bool { return d.enabled.Load() && !d.cfg.ReadOnly }

// Enable turns demo groups on (the pane asks the user first).
func (d *Demos) Enable() error {
	if d.cfg.ReadOnly {
		return ErrReadOnly
	}
	d.enabled.Store(true)
	return nil
}

func (d *Demos) allowed() error {
	if d.cfg.ReadOnly {
		return ErrReadOnly
	}
	if !d.enabled.Load() {
		return ErrDemoOff
	}
	return nil
}

// allowedFor says why an action on group may not run: read-only first,
// then a group washboard did not start ("not a demo group", as x says),
// then demo groups being off.
func (d *Demos) allowedFor(group string) error {
	if d.cfg.ReadOnly {
		return ErrReadOnly
	}
	d.mu.Lock()
	_, err := d.groupLocked(group)
	d.mu.Unlock()
	if err != nil {
		return err
	}
	return d.allowed()
}

// IsDemo reports whether group is one washboard started: running, or
// stopped (its committed offsets keep it listed, and it is still a demo
// group there, ut16a D15; the last maxStopped stopped are remembered).
func (d *Demos) IsDemo(group string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.groups[group] != nil || slices.Contains(d.stopped, group)
}

// Running reports whether group is a demo group that runs: one x
// stopped is a demo group (IsDemo) whose members, pace and stop keys
// would be refused.
func (d *Demos) Running(group string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.groups[group] != nil
}

// Start starts a new demo group with one member on topic and names it.
// The topic is looked up first, within ctx.
func (d *Demos) Start(ctx context.Context, topic string) (string, error) {
	if err := d.allowed(); err != nil {
		return "", err
	}
	if topic == "" {
		return "", errors.New("no topic: focus a topic's row first")
	}
	// kafka-go's group reader looks the topic up with a metadata request
	// that asks for auto-creation: a topic deleted meanwhile would come
	// back. Check first, without asking.
	if err := d.topicExists(ctx, topic); err != nil {
		return "", err
	}
	d.mu.Lock()
	if err := d.roomLocked(nil); err != nil {
		d.mu.Unlock()
		return "", err
	}
	d.seq++
	g := &demoGroup{id: fmt.Sprintf("washboard-demo-%d", d.seq), topic: topic}
	g.pace.Store(math.Float64bits(d.cfg.Pace))
	d.groups[g.id] = g
	d.addLocked(g)
	d.mu.Unlock()
	return g.id, nil
}

// AddMember adds a member to a demo group.
func (d *Demos) AddMember(group string) error {
	if err := d.allowedFor(group); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	g, err := d.groupLocked(group)
	if err != nil {
		return err
	}
	if err := d.roomLocked(g); err != nil {
		return err
	}
	d.addLocked(g)
	return nil
}

func (d *Demos) topicExists(ctx context.Context, topic string) error {
	c, err := d.cfg.Conn.Client()
	if err != nil {
		return err
	}
	// A client of its own for one lookup: its connections must not
	// outlive it (idle, they would linger for the transport's 30s).
	defer c.Transport.(*kafka.Transport).CloseIdleConnections()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := topicPartitions(ctx, c, topic); err != nil {
		if errors.Is(err, errNoTopic) {
			return err
		}
		return fmt.Errorf("cannot look up topic %s: %s", topic, d.cfg.Conn.Explain(err))
	}
	return nil
}

// roomLocked says whether one more group (g nil) or one more member of g
// may start.
func (d *Demos) roomLocked(g *demoGroup) error {
	switch {
	case d.closed:
		return errors.New("washboard is shutting down")
	case g == nil && len(d.groups) >= maxDemoGroups:
		return fmt.Errorf("%d demo groups already run (the most washboard starts): x stops one", maxDemoGroups)
	case g != nil && len(g.members) >= maxDemoMembers:
		return fmt.Errorf("%s already has %d members (the most washboard starts)", g.id, maxDemoMembers)
	}
	return nil
}

// RemoveMember stops the newest member of a demo group; it leaves the
// group, which rebalances. The group's last member is not removed: x stops
// the group.
func (d *Demos) RemoveMember(group string) error {
	if err := d.allowedFor(group); err != nil {
		return err
	}
	d.mu.Lock()
	g, err := d.groupLocked(group)
	if err == nil && len(g.members) <= 1 {
		err = fmt.Errorf("%s has one member left: x stops the group", group)
	}
	if err != nil {
		d.mu.Unlock()
		return err
	}
	m := g.members[len(g.members)-1]
	g.members = g.members[:len(g.members)-1]
	d.mu.Unlock()
	m.stop()
	return nil
}

// Pace multiplies a demo group's consumption rate by factor and returns
// the new rate per member.
func (d *Demos) Pace(group string, factor float64) (float64, error) {
	if err := d.allowedFor(group); err != nil {
		return 0, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	g, err := d.groupLocked(group)
	if err != nil {
		return 0, err
	}
	pace := min(max(math.Float64frombits(g.pace.Load())*factor, 0.125), 10_000)
	g.pace.Store(math.Float64bits(pace))
	return pace, nil
}

// Stop stops every member of a demo group. Its committed offsets stay on
// the cluster, as a real group's would.
func (d *Demos) Stop(group string) error {
	if d.cfg.ReadOnly {
		return ErrReadOnly
	}
	d.mu.Lock()
	g, err := d.groupLocked(group)
	if err == nil {
		delete(d.groups, group)
		d.stopped = append(d.stopped, group)
		d.stopped = d.stopped[max(len(d.stopped)-maxStopped, 0):]
	}
	d.mu.Unlock()
	if err != nil {
		return err
	}
	for _, m := range g.members {
		m.stop()
	}
	return nil
}

// Groups lists the running demo groups.
func (d *Demos) Groups() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]string, 0, len(d.groups))
	for id := range d.groups {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// LeaveBound is the longest a demo member spends leaving its group once
// stopped: past it, the member's connections are closed under it and the
// broker expires the member after its session timeout instead. Close
// returns within about this bound, so an exit never waits on a slow
// coordinator (kafka-go's own leave deadline is 5 s, after a 10 s dial).
const LeaveBound = 2 * time.Second

// Close stops every demo group's members at once (each leaves its group,
// all concurrently, each within LeaveBound) and waits for their
// goroutines; no member starts after it.
func (d *Demos) Close() {
	d.mu.Lock()
	d.closed = true
	var members []*demoMember
	for _, g := range d.groups {
		members = append(members, g.members...)
	}
	d.mu.Unlock()
	if len(members) > 0 {
		d.cfg.Log.Info("stopping demo members", "members", len(members), "bound", LeaveBound)
	}
	for _, m := range members {
		m.cancel()
	}
	d.wg.Wait()
}

func (d *Demos) groupLocked(group string) (*demoGroup, error) {
	g := d.groups[group]
	if g == nil && slices.Contains(d.stopped, group) {
		return nil, fmt.Errorf("%s is stopped (x stopped it): n starts a new demo group on a topic", strings.TrimSpace(group))
	}
	if g == nil {
		return nil, fmt.Errorf("%s is not a demo group: washboard only changes groups it started", strings.TrimSpace(group))
	}
	return g, nil
}

func (d *Demos) addLocked(g *demoGroup) {
	g.seq++
	// The member's lifetime is its group's, not a caller's: Stop,
	// RemoveMember or Close end it, and d.wg waits for it.
	ctx, cancel := context.WithCancel(context.Background())
	m := &demoMember{cancel: cancel, done: make(chan struct{})}
	g.members = append(g.members, m)
	clientID := fmt.Sprintf("%s-m%d", g.id, g.seq)
	d.wg.Go(func() {
		defer close(m.done)
		d.consume(ctx, g, clientID)
	})
}

func (m *demoMember) stop() {
	m.cancel()
	<-m.done
}

// consume is one member: fetch, commit, wait for the pace, until ctx ends.
// Closing the reader leaves the group, so the others rebalance at once.
func (d *Demos) consume(ctx context.Context, g *demoGroup, clientID string) {
	dialer, err := d.cfg.Conn.dialer(clientID)
	if err != nil {
		d.cfg.Log.Warn("demo member", "group", g.id, "err", err)
		return
	}
	conns := &memberConns{open: map[net.Conn]struct{}{}}
	dialer.DialFunc = conns.dial(dialer.Timeout)
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: d.cfg.Conn.Brokers, GroupID: g.id, Topic: g.topic, Dialer: dialer,
		SessionTimeout: d.cfg.SessionTimeout, HeartbeatInterval: d.cfg.Heartbeat,
		RebalanceTimeout: d.cfg.RebalanceTimeout, JoinGroupBackoff: d.cfg.Heartbeat,
		CommitInterval: 250 * time.Millisecond, StartOffset: kafka.FirstOffset, MaxWait: 250 * time.Millisecond,
		GroupBalancers: []kafka.GroupBalancer{rangeBalancer{}}, // the assignor its name says (demo_range.go)
	})
	defer func() {
		// Leaving waits on the coordinator; past LeaveBound cut the
		// member's connections so the reader gives up at once.
		cut := time.AfterFunc(LeaveBound, func() {
			if conns.cut() {
				d.cfg.Log.Warn("demo member did not leave in time: its connections are closed and the broker expires it after the session timeout",
					"group", g.id, "member", clientID, "bound", LeaveBound)
			}
		})
		_ = r.Close()
		cut.Stop()
	}()
	for {
		msg, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			d.cfg.Log.Warn("demo fetch", "group", g.id, "err", err)
			if !Sleep(ctx, time.Second) {
				return
			}
			continue
		}
		if err := r.CommitMessages(ctx, msg); err != nil && ctx.Err() == nil {
			d.cfg.Log.Warn("demo commit", "group", g.id, "err", err)
		}
		pace := math.Float64frombits(g.pace.Load())
		if !Sleep(ctx, time.Duration(float64(time.Second)/pace)) {
			return
		}
	}
}

// dialer is the kafka-go dialer group readers need (they predate Transport).
func (c Conn) dialer(clientID string) (*kafka.Dialer, error) {
	d := &kafka.Dialer{ClientID: clientID, Timeout: 10 * time.Second, DualStack: true}
	var err error
	if d.TLS, err = c.TLS.build(); err != nil {
		return nil, err
	}
	if d.SASLMechanism, err = c.SASL.mechanism(); err != nil {
		return nil, err
	}
	return d, nil
}
