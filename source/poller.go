package source

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sort"
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
}

// Run polls until ctx ends. Failures go to the store's connection state;
// they never stop the poller.
func (p *Poller) Run(ctx context.Context) {
	interval := p.Interval
	if interval <= 0 {
		interval = time.Second
	}
	for {
		p.PollOnce(ctx)
		if !Sleep(ctx, interval) {
			return
		}
	}
}

// PollOnce does one poll and publishes its result.
func (p *Poller) PollOnce(ctx context.Context) {
	start := time.Now()
	parts, err := p.poll(ctx)
	if ctx.Err() != nil {
		return
	}
	p.Store.Update(func(st *model.State) {
		st.Conn.PolledAt = start
		if err != nil {
			st.Conn.State, st.Conn.Err = "error", p.explain(err)
			return
		}
		st.Conn.State, st.Conn.Err = "connected", ""
		st.Partitions, st.Groups, st.Topics = parts.partitions, parts.groups, parts.topics
	})
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
}

func (p *Poller) poll(ctx context.Context) (snapshot, error) {
	var snap snapshot
	meta, err := p.Client.Metadata(ctx, &kafka.MetadataRequest{})
	if err != nil {
		return snap, fmt.Errorf("metadata: %w", err)
	}
	if snap.partitions, err = p.watermarks(ctx, meta); err != nil {
		return snap, err
	}
	for _, t := range meta.Topics {
		if t.Error == nil && !t.Internal {
			snap.topics = append(snap.topics, t.Name)
		}
	}
	sort.Strings(snap.topics)
	snap.groups, err = p.groups(ctx)
	return snap, err
}

// groups lists every consumer group with its state and member count.
func (p *Poller) groups(ctx context.Context) ([]model.GroupStat, error) {
	list, err := p.Client.ListGroups(ctx, &kafka.ListGroupsRequest{})
	if err != nil {
		return nil, fmt.Errorf("list groups: %w", err)
	}
	if len(list.Groups) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(list.Groups))
	protocol := make(map[string]string, len(list.Groups))
	for _, g := range list.Groups {
		ids = append(ids, g.GroupID)
		protocol[g.GroupID] = g.ProtocolType
	}
	sort.Strings(ids)
	desc, err := p.Client.DescribeGroups(ctx, &kafka.DescribeGroupsRequest{GroupIDs: ids})
	if err != nil {
		return nil, fmt.Errorf("describe groups: %w", err)
	}
	out := make([]model.GroupStat, 0, len(desc.Groups))
	for _, g := range desc.Groups {
		out = append(out, model.GroupStat{ID: g.GroupID, State: g.GroupState, Protocol: protocol[g.GroupID], Members: len(g.Members)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// watermarks reads the low and high watermark of every watched partition.
func (p *Poller) watermarks(ctx context.Context, meta *kafka.MetadataResponse) ([]model.PartitionStat, error) {
	var parts []model.PartitionStat
	req := map[string][]kafka.OffsetRequest{}
	for _, t := range meta.Topics {
		if t.Error != nil || !p.Watch.Matches(t.Name, t.Internal) {
			continue
		}
		for _, pt := range t.Partitions {
			parts = append(parts, model.PartitionStat{Topic: t.Name, Partition: pt.ID, Leader: pt.Leader.ID})
			req[t.Name] = append(req[t.Name], kafka.FirstOffsetOf(pt.ID), kafka.LastOffsetOf(pt.ID))
		}
	}
	sort.Slice(parts, func(i, j int) bool {
		if parts[i].Topic != parts[j].Topic {
			return parts[i].Topic < parts[j].Topic
		}
		return parts[i].Partition < parts[j].Partition
	})
	if len(req) == 0 {
		return parts, nil
	}
	offs, err := p.Client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: req})
	if err != nil {
		return nil, fmt.Errorf("list offsets: %w", err)
	}
	for i := range parts {
		for _, po := range offs.Topics[parts[i].Topic] {
			if po.Partition == parts[i].Partition && po.Error == nil {
				parts[i].Low, parts[i].High = po.FirstOffset, po.LastOffset
			}
		}
	}
	return parts, nil
}
