package source

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
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
	// FetchWorkers bounds the per-group OffsetFetch requests in flight.
	FetchWorkers int

	requests atomic.Int64 // wire requests of the poll in progress
}

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
	start := time.Now()
	p.requests.Store(0)
	parts, err := p.poll(ctx)
	if ctx.Err() != nil {
		return
	}
	poll := model.Poll{Start: start, Requests: int(p.requests.Load()), Lag: p.Lag,
		Partitions: parts.partitions, Groups: parts.groups, Topics: parts.topics, Highs: parts.highs, Committed: parts.committed}
	if err != nil {
		poll.Err = p.explain(err)
	}
	p.Store.ApplyPoll(poll)
	if err != nil {
		if p.Log != nil {
			p.Log.Warn("poll failed", "err", err)
		}
		return
	}
	if p.OnPartitions != nil {
		p.OnPartitions(parts.partitions)
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
	partitions []model.PartitionStat
	groups     []model.GroupStat
	topics     []string
	highs      map[model.TP]int64 // high watermarks, watched and committed-on partitions
	committed  []model.Committed
}

func (p *Poller) poll(ctx context.Context) (snapshot, error) {
	var snap snapshot
	p.count(1)
	meta, err := p.Client.Metadata(ctx, &kafka.MetadataRequest{})
	if err != nil {
		return snap, fmt.Errorf("metadata: %w", err)
	}
	p.count(len(meta.Brokers)) // ListGroups asks every broker
	if snap.groups, err = p.groups(ctx); err != nil {
		return snap, err
	}
	snap.committed = p.committed(ctx, snap.groups)
	if snap.partitions, snap.highs, err = p.watermarks(ctx, meta, snap.committed); err != nil {
		return snap, err
	}
	for _, t := range meta.Topics {
		if t.Error == nil && !t.Internal {
			snap.topics = append(snap.topics, t.Name)
		}
	}
	sort.Strings(snap.topics)
	return snap, nil
}

// count notes n wire requests for the poll's request count.
func (p *Poller) count(n int) { p.requests.Add(int64(n)) }

// groups lists every consumer group with its state and member count.
func (p *Poller) groups(ctx context.Context) ([]model.GroupStat, error) {
	list, err := p.Client.ListGroups(ctx, &kafka.ListGroupsRequest{})
	if err != nil {
		return nil, fmt.Errorf("list groups: %w", err)
	}
	if len(list.Groups) == 0 {
		return nil, nil
	}
	byCoordinator := map[int][]string{}
	protocol := make(map[string]string, len(list.Groups))
	for _, g := range list.Groups {
		byCoordinator[g.Coordinator] = append(byCoordinator[g.Coordinator], g.GroupID)
		protocol[g.GroupID] = g.ProtocolType
	}
	return p.describeGroups(ctx, byCoordinator, protocol)
}

// watermarks reads the low and high watermark of every watched
// partition, and the high watermark of every partition a group committed
// on (lag needs it even where the topic is not watched).
func (p *Poller) watermarks(ctx context.Context, meta *kafka.MetadataResponse, committed []model.Committed) ([]model.PartitionStat, map[model.TP]int64, error) {
	onGroup := map[string]bool{}
	for _, c := range committed {
		for tp := range c.Offsets {
			onGroup[tp.Topic] = true
		}
	}
	var parts []model.PartitionStat
	byLeader := map[int32]map[string][]int32{}
	for _, t := range meta.Topics {
		watched := p.Watch.Matches(t.Name, t.Internal)
		if t.Error != nil || (!watched && !onGroup[t.Name]) {
			continue
		}
		for _, pt := range t.Partitions {
			if watched {
				parts = append(parts, model.PartitionStat{Topic: t.Name, Partition: pt.ID, Leader: pt.Leader.ID})
			}
			lead := int32(pt.Leader.ID)
			if byLeader[lead] == nil {
				byLeader[lead] = map[string][]int32{}
			}
			byLeader[lead][t.Name] = append(byLeader[lead][t.Name], int32(pt.ID))
		}
	}
	sort.Slice(parts, func(i, j int) bool {
		return model.CompareTP(model.TP{Topic: parts[i].Topic, Partition: parts[i].Partition}, model.TP{Topic: parts[j].Topic, Partition: parts[j].Partition}) < 0
	})
	lows, highs, err := p.listOffsets(ctx, byLeader)
	if err != nil {
		return nil, nil, err
	}
	for i := range parts {
		tp := model.TP{Topic: parts[i].Topic, Partition: parts[i].Partition}
		parts[i].Low, parts[i].High = lows[tp], highs[tp]
	}
	return parts, highs, nil
}
