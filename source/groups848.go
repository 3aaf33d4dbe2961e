package source

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"sort"
	"sync"

	metadataAPI "github.com/segmentio/kafka-go/protocol/metadata"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// listedGroup is one ListGroups entry with the broker that answered: a
// group is listed by its coordinator.
type listedGroup struct {
	id, protocol, typ string
	coordinator       int32
}

// listGroups asks every broker for its groups with ListGroups at the
// highest version both sides know: v5 names each group's type (classic,
// consumer, share), older brokers list classic groups only.
func (p *Poller) listGroups(ctx context.Context, brokers []int32) ([]listedGroup, error) {
	type result struct {
		broker int32
		res    *kmsg.ListGroupsResponse
		err    error
	}
	results := make([]result, len(brokers))
	inParallel(ctx, len(brokers), len(brokers), func(i int) {
		id := brokers[i]
		req := kmsg.NewPtrListGroupsRequest()
		req.Version = min(max(p.maxVersion(id, kmsg.ListGroups), 0), 5)
		m, err := p.rawRoundTrip(ctx, req, toBroker(id))
		results[i] = result{broker: id, err: err}
		if err == nil {
			results[i].res = m.(*kmsg.ListGroupsResponse)
		}
	})
	var out []listedGroup
	var err error
	for i, r := range results {
		if r.err == nil && r.res == nil { // not asked: ctx ended first
			r.broker, r.err = brokers[i], cmp.Or(ctx.Err(), context.Canceled)
		}
		if r.err == nil && r.res.ErrorCode != 0 {
			r.err = kerr.ErrorForCode(r.res.ErrorCode)
		}
		if r.err != nil {
			err = cmp.Or(err, fmt.Errorf("list groups on broker %d: %w", r.broker, r.err))
			continue
		}
		for _, g := range r.res.Groups {
			out = append(out, listedGroup{id: g.Group, protocol: g.ProtocolType, typ: g.GroupType, coordinator: r.broker})
		}
	}
	return out, err
}

// groups lists every group on the cluster, whatever its kind, and
// describes each the way its kind needs: DescribeGroups for classic
// groups, ConsumerGroupDescribe (KIP-848) for consumer groups,
// ShareGroupDescribe (KIP-932) for share groups.
func (p *Poller) groups(ctx context.Context, meta *metadataAPI.Response) ([]model.GroupStat, error) {
	brokers := make([]int32, 0, len(meta.Brokers))
	for _, b := range meta.Brokers {
		brokers = append(brokers, b.NodeID)
	}
	list, err := p.listGroups(ctx, brokers)
	if err != nil {
		return nil, fmt.Errorf("list groups: %w", err)
	}
	if len(list) == 0 {
		return nil, nil
	}
	classic := map[int][]string{}
	protocol := map[string]string{}
	modern := map[string]map[int32][]string{} // type -> coordinator -> groups
	for _, g := range list {
		switch g.typ {
		case "consumer", "share":
			if modern[g.typ] == nil {
				modern[g.typ] = map[int32][]string{}
			}
			modern[g.typ][g.coordinator] = append(modern[g.typ][g.coordinator], g.id)
		default:
			classic[int(g.coordinator)] = append(classic[int(g.coordinator)], g.id)
			protocol[g.id] = g.protocol
		}
	}
	var out []model.GroupStat
	if len(classic) > 0 {
		if out, err = p.describeGroups(ctx, classic, protocol); err != nil {
			return nil, err
		}
		for i := range out {
			out[i].Type = "classic"
		}
	}
	for typ, byCoord := range modern {
		more, err := p.describeModern(ctx, typ, byCoord)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	sort.Slice(out, func(i, j int) bool { return model.NaturalLess(out[i].ID, out[j].ID) })
	return out, nil
}

// describeModern describes consumer (KIP-848) or share groups, one
// request per coordinator, concurrently.
func (p *Poller) describeModern(ctx context.Context, typ string, byCoord map[int32][]string) ([]model.GroupStat, error) {
	var mu sync.Mutex
	var out []model.GroupStat
	var first error
	coords := make([]int32, 0, len(byCoord))
	for coord := range byCoord {
		coords = append(coords, coord)
	}
	slices.Sort(coords)
	asked := make([]bool, len(coords))
	inParallel(ctx, len(coords), len(coords), func(i int) {
		coord, ids := coords[i], byCoord[coords[i]]
		sort.Strings(ids)
		var gs []model.GroupStat
		var err error
		if typ == "share" {
			gs, err = p.describeShare(ctx, coord, ids)
		} else {
			gs, err = p.describeConsumer(ctx, coord, ids)
		}
		mu.Lock()
		defer mu.Unlock()
		asked[i] = true
		out = append(out, gs...)
		first = cmp.Or(first, err)
	})
	if slices.Contains(asked, false) { // not asked: ctx ended first
		first = cmp.Or(first, ctx.Err(), context.Canceled)
	}
	return out, first
}

func (p *Poller) describeConsumer(ctx context.Context, coord int32, ids []string) ([]model.GroupStat, error) {
	req := kmsg.NewPtrConsumerGroupDescribeRequest()
	req.Version = min(max(p.maxVersion(coord, kmsg.ConsumerGroupDescribe), 0), req.MaxVersion())
	req.Groups = ids
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	if err != nil {
		return nil, fmt.Errorf("describe consumer groups: %w", err)
	}
	res := m.(*kmsg.ConsumerGroupDescribeResponse)
	out := make([]model.GroupStat, 0, len(res.Groups))
	for _, g := range res.Groups {
		gs := model.GroupStat{ID: g.Group, State: g.State, Protocol: "consumer", Type: "consumer", Assignor: g.AssignorName,
			Members: len(g.Members), Epoch: g.Epoch, AssignmentEpoch: g.AssignmentEpoch, Coordinator: int(coord)}
		if g.ErrorCode != 0 {
			gs.Err = errText(g.ErrorCode, g.ErrorMessage)
		}
		for _, m := range g.Members {
			gs.Detail = append(gs.Detail, model.MemberStat{ID: m.MemberID, ClientID: m.ClientID, Host: m.ClientHost,
				MemberEpoch: m.MemberEpoch, Assigned: assignmentTPs(m.Assignment.TopicPartitions),
				Target: assignmentTPs(m.TargetAssignment.TopicPartitions)})
		}
		sortMembers(gs.Detail)
		out = append(out, gs)
	}
	if err := p.nameTopics(ctx, coord, res, out); err != nil {
		return nil, err
	}
	return out, nil
}

// nameTopics fills in topic names where ConsumerGroupDescribe gave only
// topic ids (it may: the name field is optional, and kfake leaves it
// empty), from a Metadata request that reports topic ids (v10+). A topic
// id Metadata does not know stays as its id in words.
func (p *Poller) nameTopics(ctx context.Context, coord int32, res *kmsg.ConsumerGroupDescribeResponse, out []model.GroupStat) error {
	ids := map[[16]byte]string{}
	for _, g := range res.Groups {
		for _, m := range g.Members {
			for _, a := range []kmsg.Assignment{m.Assignment, m.TargetAssignment} {
				for _, t := range a.TopicPartitions {
					if t.Topic == "" {
						ids[t.TopicID] = ""
					}
				}
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	req := kmsg.NewPtrMetadataRequest()
	req.Version = min(max(p.maxVersion(coord, kmsg.Metadata), 10), req.MaxVersion())
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	if err != nil {
		return fmt.Errorf("metadata for topic ids: %w", err)
	}
	for _, t := range m.(*kmsg.MetadataResponse).Topics {
		if _, want := ids[t.TopicID]; want && t.Topic != nil {
			ids[t.TopicID] = *t.Topic
		}
	}
	byGroup := map[string]kmsg.ConsumerGroupDescribeResponseGroup{}
	for _, g := range res.Groups {
		byGroup[g.Group] = g
	}
	name := func(ts []kmsg.AssignmentTopicPartition) []model.TP {
		for i := range ts {
			if ts[i].Topic == "" {
				ts[i].Topic = cmp.Or(ids[ts[i].TopicID], "topic id "+uuidText(ts[i].TopicID))
			}
		}
		return assignmentTPs(ts)
	}
	for i := range out {
		g := byGroup[out[i].ID]
		for _, m := range g.Members {
			for j := range out[i].Detail {
				if out[i].Detail[j].ID == m.MemberID {
					out[i].Detail[j].Assigned = name(m.Assignment.TopicPartitions)
					out[i].Detail[j].Target = name(m.TargetAssignment.TopicPartitions)
				}
			}
		}
	}
	return nil
}

// uuidText is a topic id as Kafka prints it (base64 URL, no padding).
func uuidText(id [16]byte) string { return base64.RawURLEncoding.EncodeToString(id[:]) }

func (p *Poller) describeShare(ctx context.Context, coord int32, ids []string) ([]model.GroupStat, error) {
	req := kmsg.NewPtrShareGroupDescribeRequest()
	req.Version = min(max(p.maxVersion(coord, kmsg.ShareGroupDescribe), 0), req.MaxVersion())
	req.GroupIDs = ids
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	if err != nil {
		return nil, fmt.Errorf("describe share groups: %w", err)
	}
	res := m.(*kmsg.ShareGroupDescribeResponse)
	out := make([]model.GroupStat, 0, len(res.Groups))
	for _, g := range res.Groups {
		gs := model.GroupStat{ID: g.GroupID, State: g.GroupState, Protocol: "share", Type: "share", Assignor: g.Assignor,
			Members: len(g.Members), Epoch: g.GroupEpoch, AssignmentEpoch: g.AssignmentEpoch, Coordinator: int(coord)}
		if g.ErrorCode != 0 {
			gs.Err = errText(g.ErrorCode, g.ErrorMessage)
		}
		for _, m := range g.Members {
			var tps []model.TP
			for _, t := range m.Assignment.TopicPartitions {
				for _, pt := range t.Partitions {
					tps = append(tps, model.TP{Topic: t.Topic, Partition: int(pt)})
				}
			}
			sort.Slice(tps, func(i, j int) bool { return model.CompareTP(tps[i], tps[j]) < 0 })
			gs.Detail = append(gs.Detail, model.MemberStat{ID: m.MemberID, ClientID: m.ClientID, Host: m.ClientHost,
				MemberEpoch: m.MemberEpoch, Assigned: tps})
		}
		sortMembers(gs.Detail)
		out = append(out, gs)
	}
	return out, nil
}

// fetchShare reads a share group's start offsets (the share-partition
// start offset: every record before it is acknowledged or archived), which
// stand in for a committed offset in lag and health.
func (p *Poller) fetchShare(ctx context.Context, g model.GroupStat) model.Committed {
	c := model.Committed{Group: g.ID, Offsets: map[model.TP]int64{}}
	coord := int32(g.Coordinator)
	req := kmsg.NewPtrDescribeShareGroupOffsetsRequest()
	req.Version = min(max(p.maxVersion(coord, kmsg.DescribeShareGroupOffsets), 0), req.MaxVersion())
	rg := kmsg.NewDescribeShareGroupOffsetsRequestGroup()
	rg.GroupID = g.ID // Topics nil: every topic the group has state for
	req.Groups = append(req.Groups, rg)
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	if err != nil {
		c.Err = fmt.Sprintf("describe share group offsets: %v", err)
		return c
	}
	res := m.(*kmsg.DescribeShareGroupOffsetsResponse)
	for _, g := range res.Groups {
		if g.ErrorCode != 0 {
			c.Err = "describe share group offsets: " + errText(g.ErrorCode, g.ErrorMessage)
			return c
		}
		for _, t := range g.Topics {
			for _, pt := range t.Partitions {
				if pt.ErrorCode == 0 && pt.StartOffset >= 0 {
					c.Offsets[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] = pt.StartOffset
				}
			}
		}
	}
	return c
}

func assignmentTPs(ts []kmsg.AssignmentTopicPartition) []model.TP {
	var out []model.TP
	for _, t := range ts {
		for _, pt := range t.Partitions {
			out = append(out, model.TP{Topic: t.Topic, Partition: int(pt)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return model.CompareTP(out[i], out[j]) < 0 })
	return out
}

func sortMembers(ms []model.MemberStat) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].ClientID+ms[i].ID < ms[j].ClientID+ms[j].ID })
}

// errText is a Kafka error code in words, with the broker's message when
// it sent one.
func errText(code int16, msg *string) string {
	s := kerr.ErrorForCode(code).Error()
	if msg != nil && *msg != "" {
		s += ": " + *msg
	}
	return s
}
