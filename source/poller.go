package source

import (
	"context"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Watch says which topics washboard follows: named ones, or every
// non-internal topic when All is set.
type Watch struct {
	Topics []string
	All    bool
}

// Matches reports whether topic is watched.
func (w Watch) Matches(topic string, internal bool) bool {
	if w.All {
		return !internal
	}
	return slices.Contains(w.Topics, topic)
}

// Poller reads cluster metadata and watermarks every interval and
// publishes them to the store. It is the one poller every pane and every
// session share, and it only reads: Metadata is asked without topic
// auto-creation, nothing joins a group or commits.
type Poller struct {
	Client   *kafka.Client
	Store    *model.Store
	Watch    Watch
	Interval time.Duration
	Log      *slog.Logger
	// Explain turns a poll error into words for the header (default Explain;
	// Conn.Explain knows the connection's SASL settings).
	Explain func(error) string
	// OnPartitions, when set, receives every poll's watched partitions
	// (the tail starts readers for new ones).
	OnPartitions func([]model.PartitionStat)
	// Lag sizes the shared lag history and tunes the health rules.
	Lag model.LagConfig
	// FetchWorkers bounds the per-group OffsetFetch requests in flight
	// (coordinators older than OffsetFetch v8 only).
	FetchWorkers int
	// GroupsEvery is how often the group list is read again (ListGroups
	// and DescribeGroups) once the cluster has more than smallGroups
	// groups; committed offsets are read every poll. Default 5 s.
	GroupsEvery time.Duration
	// ConfigsEvery is how often a topic's configs are read again
	// (DescribeConfigs). Default 10 minutes; a new topic is read at once.
	ConfigsEvery time.Duration
	// ClientID is the client id of the requests washboard encodes itself.
	ClientID string
	// AutoWatch is how many of the busiest topics the tail reads when none
	// of the watched topics is on the cluster (0: none; autowatch.go).
	AutoWatch int
	// Watches, when set, is the topics sessions chose to read at runtime
	// (watches.go): the tail reads them too.
	Watches *Watches
	// Placed is the command line's NAME@START topics (read through
	// Watches): like Watch.Topics, one that exists means the busiest are
	// not read instead (--topic reads others instead of the busiest).
	Placed []string
	// Also is topics read whenever they exist (the saved views' topics),
	// beside the watched or the busiest ones: a view never stops the Log
	// reading the busiest.
	Also []string
	// Why says why each configured topic is read ("--topic", "a view"),
	// for State.ReadWhy; the busiest and chosen ones are worded here.
	Why map[string]string

	requests atomic.Int64 // wire requests of the poll in progress
	// staleConfigs is topics whose configs an action changed (configs.go).
	staleConfigs topicSet

	mu         sync.Mutex // one poll at a time: the fields below are the poll's
	brokers    brokerBook
	groupsAt   time.Time
	lastGroups []model.GroupStat
	configs    map[string]model.TopicConfig
	auto       []string  // auto-watched topics
	autoAt     time.Time // when they were picked
	autoTopics []string  // the cluster's topic names, sorted, at the last poll
	// autoRecords is the picked topics' records at the last poll (autowatch.go).
	autoRecords map[string]int64
	markers     markerCache // committed offsets found sitting on transaction markers (markers.go)
	behindRead  behindReads // reads of records older than the watermark history (behind_read.go)
	// opened is the topics of the views opened in the console, at this poll (views_read.go).
	opened map[string]bool

	topicVersions kversions    // the Metadata versions the tailed topics' request may use (topicmeta.go)
	freshAt       time.Time    // when the tailed topics' metadata was last read (topicmeta.go)
	replaced      replacedSeen // what the last poll saw, to tell a topic replaced (configs_replaced.go)
}

// smallGroups is the group count up to which the group list is read every
// poll: describing a hundred groups is one cheap request per coordinator,
// and the rebalance log sees every change at poll resolution.
const smallGroups = 100

// defaultGroupsEvery is GroupsEvery's default.
const defaultGroupsEvery = 5 * time.Second

// Run polls until ctx ends. Failures go to the store's connection state;
// they never stop the poller.
func (p *Poller) Run(ctx context.Context) {
	interval := p.Interval
	if interval <= 0 {
		interval = time.Second
	}
	for {
		start := time.Now()
		p.PollOnce(ctx)
		// The next poll starts after this one ends: a slow poll delays
		// the next instead of piling up behind it.
		if !Sleep(ctx, max(interval-time.Since(start), 10*time.Millisecond)) {
			return
		}
	}
}

// PollOnce does one poll and publishes its result.
func (p *Poller) PollOnce(ctx context.Context) {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := time.Now()
	p.requests.Store(0)
	parts, err := p.poll(ctx, start)
	if ctx.Err() != nil {
		return
	}
	poll := model.Poll{Start: start, Requests: int(p.requests.Load()), Lag: p.Lag}
	if err != nil {
		poll.Err = p.explain(err)
	} else {
		model.SumTopics(parts.topicStats, parts.partitions)
		p.lastRates(parts.topicStats)
		p.noteOpened()
		parts.auto = p.autoWatched(parts.topicStats, start)
		var chosenOnly []string
		parts.tailed, chosenOnly = p.addChosen(p.tailed(parts.partitions, parts.auto), parts.partitions)
		parts.tailed = p.freshen(ctx, parts.tailed, start) // topic ids, leaders now (topicmeta.go)
		poll.Partitions, poll.Groups, poll.Topics, poll.Highs, poll.Committed = parts.partitions, parts.groups, parts.topics, parts.highs, parts.committed
		poll.TopicStats, poll.Cluster, poll.Configs, poll.AutoWatched = parts.topicStats, parts.cluster, parts.configs, parts.auto
		poll.ChosenOnly = chosenOnly
		poll.ReadWhy = p.readWhy(parts.tailed, parts.auto, parts.topicStats)
		poll.Lows, poll.Ends, poll.RecordTimes = parts.lows, parts.ends, parts.recordTimes
	}
	p.Store.ApplyPoll(poll)
	if err != nil {
		if p.Log != nil {
			p.Log.Warn("poll failed", "err", err)
		}
		return
	}
	if p.OnPartitions != nil {
		p.OnPartitions(parts.tailed)
	}
}

func (p *Poller) explain(err error) string {
	if p.Explain != nil {
		return p.Explain(err)
	}
	return Explain(err)
}

// snapshot is one poll's findings.
type snapshot struct {
	partitions []model.PartitionStat // every partition of the cluster
	groups     []model.GroupStat
	topics     []string // non-internal topic names, sorted
	topicStats []model.TopicStat
	cluster    model.ClusterInfo
	highs      map[model.TP]int64 // high watermarks of every partition read
	lows       map[model.TP]int64 // log start offsets of the same partitions
	ends       map[model.TP]int64 // where data ends before trailing transaction markers (markers.go)
	// recordTimes is the timestamps read of records older than the
	// watermark history at committed offsets (behind_read.go).
	recordTimes map[model.TPOffset]time.Time
	committed   []model.Committed
	configs     map[string]model.TopicConfig // nil: unchanged since the last poll
	auto        []string                     // auto-watched topics (autowatch.go)
	tailed      []model.PartitionStat        // what the tail reads
}

func (p *Poller) poll(ctx context.Context, now time.Time) (snapshot, error) {
	var snap snapshot
	meta, err := p.metadata(ctx)
	if err != nil {
		return snap, err
	}
	snap.cluster = p.cluster(ctx, meta)
	l := newLayout(meta)
	snap.topicStats, snap.partitions, snap.topics = l.topics, l.parts, l.names
	if p.groupsDue(now) {
		groups, err := p.groups(ctx, meta) // every kind (groups848.go)
		if err != nil {
			return snap, err
		}
		p.lastGroups, p.groupsAt = groups, now
	}
	snap.groups = p.lastGroups
	snap.committed = p.committedBatched(ctx, snap.groups)
	if snap.highs, err = p.watermarks(ctx, l); err != nil {
		return snap, err
	}
	snap.lows = logStarts(snap.partitions)
	snap.ends = p.dataEnds(ctx, snap.partitions, snap.committed, snap.highs)
	snap.recordTimes = p.recordTimes(ctx, now, snap.partitions, snap.lows)
	p.noteReplaced(snap.cluster.ID, l.topics, snap.highs) // a recreated topic's configs are read again now
	if p.readConfigs(ctx, now, l.topics) {
		snap.configs = maps.Clone(p.configs)
	}
	return snap, nil
}

// groupsDue reports whether this poll reads the group list again.
func (p *Poller) groupsDue(now time.Time) bool {
	every := p.GroupsEvery
	if every <= 0 {
		every = defaultGroupsEvery
	}
	return p.groupsAt.IsZero() || len(p.lastGroups) <= smallGroups || now.Sub(p.groupsAt) >= every
}

// count notes n wire requests for the poll's request count.
func (p *Poller) count(n int) { p.requests.Add(int64(n)) }

// watermarks reads the low and high watermark of every partition with a
// leader, one ListOffsets per leader and timestamp, into l.parts; a
// partition whose watermarks could not be read says why in its Err.
func (p *Poller) watermarks(ctx context.Context, l layout) (map[model.TP]int64, error) {
	lows, highs, errs, err := p.listOffsets(ctx, l.byLeader)
	if err != nil {
		return nil, err
	}
	for i := range l.parts {
		ps := &l.parts[i]
		tp := model.TP{Topic: ps.Topic, Partition: ps.Partition}
		ps.Low, ps.High = lows[tp], highs[tp]
		if e, ok := errs[tp]; ok && ps.Err == "" {
			ps.Err = e
		}
	}
	return highs, nil
}

// logStarts is the log start offset of every partition whose watermarks
// were read, for lag below the log start (model/lag_edges.go).
func logStarts(parts []model.PartitionStat) map[model.TP]int64 {
	out := make(map[model.TP]int64, len(parts))
	for _, ps := range parts {
		if ps.Err == "" {
			out[model.TP{Topic: ps.Topic, Partition: ps.Partition}] = ps.Low
		}
	}
	return out
}
