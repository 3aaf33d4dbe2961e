package source

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// defaultFetchWorkers bounds the single-group OffsetFetch requests in
// flight, for coordinators older than OffsetFetch v8 (Kafka 3.0).
const defaultFetchWorkers = 32

// committed reads, one request per group, the committed offsets of
// groups whose coordinator cannot batch them, with at most FetchWorkers
// requests in flight. A group whose fetch fails carries the error; the
// others still count.
func (p *Poller) committed(ctx context.Context, groups []model.GroupStat) []model.Committed {
	workers := p.FetchWorkers
	if workers <= 0 {
		workers = defaultFetchWorkers
	}
	out := make([]model.Committed, len(groups))
	// A poll abandoned half way publishes nothing (PollOnce), so the
	// groups skipped then need no error of their own.
	inParallel(ctx, len(groups), workers, func(i int) {
		if groups[i].Type == "share" { // share groups keep start offsets, not commits
			out[i] = p.fetchShare(ctx, groups[i])
		} else {
			out[i] = p.fetchGroup(ctx, groups[i])
		}
	})
	return out
}

// fetchGroup reads one group's committed offsets on every topic, at the
// highest single-group version its coordinator speaks (v2 to v7).
func (p *Poller) fetchGroup(ctx context.Context, g model.GroupStat) model.Committed {
	c := model.Committed{Group: g.ID, Offsets: map[model.TP]int64{}}
	if ctx.Err() != nil {
		c.Err = ctx.Err().Error()
		return c
	}
	coord := int32(g.Coordinator)
	req := kmsg.NewPtrOffsetFetchRequest()
	req.Version = min(max(p.maxVersion(coord, kmsg.OffsetFetch), 2), 7) // v2: nil topics mean all
	req.Group = g.ID
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	var res *kmsg.OffsetFetchResponse
	if err == nil {
		res = m.(*kmsg.OffsetFetchResponse)
		if res.ErrorCode != 0 {
			err = kafka.Error(res.ErrorCode)
		}
	}
	if err != nil {
		c.Err = fmt.Sprintf("offset fetch: %v", err)
		return c
	}
	for _, t := range res.Topics {
		for _, pt := range t.Partitions {
			if pt.ErrorCode == 0 && pt.Offset >= 0 {
				c.Offsets[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] = pt.Offset
				markReset(&c, t.Topic, pt.Partition, pt.Metadata)
			}
		}
	}
	return c
}

// describeGroups asks each coordinator about its groups, one request per
// coordinator. The coordinator is the broker whose ListGroups named the
// group, so this works where __consumer_offsets is not in Metadata. The
// members' assignments are decoded leniently here (kafka-go's
// DescribeGroups drops every member when one's subscription metadata is
// newer than it can decode, as librdkafka's and Java's v3 is).
func (p *Poller) describeGroups(ctx context.Context, byCoordinator map[int][]string, protocol map[string]string) ([]model.GroupStat, error) {
	type result struct {
		coord int
		res   *kmsg.DescribeGroupsResponse
		err   error
	}
	coords := make([]int, 0, len(byCoordinator))
	for coord := range byCoordinator {
		coords = append(coords, coord)
	}
	sort.Ints(coords)
	results := make([]result, len(coords))
	inParallel(ctx, len(coords), len(coords), func(i int) {
		coord := coords[i]
		ids := byCoordinator[coord]
		sort.Strings(ids)
		req := kmsg.NewPtrDescribeGroupsRequest()
		req.Version = min(max(p.maxVersion(int32(coord), kmsg.DescribeGroups), 0), 5)
		req.Groups = ids
		m, err := p.rawRoundTrip(ctx, req, toBroker(int32(coord)))
		results[i] = result{coord: coord, err: err}
		if err == nil {
			results[i].res = m.(*kmsg.DescribeGroupsResponse)
		}
	})
	var out []model.GroupStat
	var err error
	for _, r := range results {
		if r.err == nil && r.res == nil { // not asked: ctx ended first
			r.err = cmp.Or(ctx.Err(), context.Canceled)
		}
		if r.err != nil {
			err = cmp.Or(err, fmt.Errorf("describe groups: %v", r.err))
			continue
		}
		for _, g := range r.res.Groups {
			out = append(out, groupStat(g, r.coord, protocol[g.Group]))
		}
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return model.NaturalLess(out[i].ID, out[j].ID) })
	return out, nil
}

// groupStat is one described group in washboard's terms.
func groupStat(g kmsg.DescribeGroupsResponseGroup, coord int, protocol string) model.GroupStat {
	gs := model.GroupStat{ID: g.Group, State: g.State, Protocol: protocol, Assignor: g.Protocol, Members: len(g.Members), Coordinator: coord}
	if g.ErrorCode != 0 {
		gs.Err = kafka.Error(g.ErrorCode).Error()
	}
	for _, m := range g.Members {
		ms := model.MemberStat{ID: m.MemberID, ClientID: m.ClientID, Host: m.ClientHost, Assigned: decodeAssignment(m.MemberAssignment)}
		sort.Slice(ms.Assigned, func(i, j int) bool { return model.CompareTP(ms.Assigned[i], ms.Assigned[j]) < 0 })
		gs.Detail = append(gs.Detail, ms)
	}
	sort.Slice(gs.Detail, func(i, j int) bool {
		return gs.Detail[i].ClientID+gs.Detail[i].ID < gs.Detail[j].ClientID+gs.Detail[j].ID
	})
	return gs
}

// decodeAssignment reads the consumer protocol's assignment: version,
// then topics with their partitions; user data and any newer fields after
// them are ignored. A malformed assignment decodes as far as it is sound.
func decodeAssignment(b []byte) []model.TP {
	r := reader{b: b}
	r.int16() // version
	var out []model.TP
	for range r.count() {
		topic := r.str()
		for range r.count() {
			p := r.int32()
			if r.bad {
				return out
			}
			out = append(out, model.TP{Topic: topic, Partition: int(p)})
		}
	}
	return out
}

// reader decodes big-endian Kafka primitives and stops at the first short read.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) take(n int) []byte {
	if r.bad || n < 0 || len(r.b) < n {
		r.bad = true
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) int16() int16 {
	v := r.take(2)
	if v == nil {
		return 0
	}
	return int16(binary.BigEndian.Uint16(v))
}

func (r *reader) int32() int32 {
	v := r.take(4)
	if v == nil {
		return 0
	}
	return int32(binary.BigEndian.Uint32(v))
}

// count is an array length, capped by the bytes left so garbage cannot
// make a huge loop.
func (r *reader) count() int {
	n := int(r.int32())
	if r.bad || n < 0 || n > len(r.b) {
		return 0
	}
	return n
}

func (r *reader) str() string { return string(r.take(int(r.int16()))) }

// markReset notes in c a partition whose commit carries washboard's reset
// mark (model/reset_mark.go); metadata is nil where the broker sent none.
func markReset(c *model.Committed, topic string, partition int32, metadata *string) {
	if metadata == nil || !model.IsResetMark(*metadata) {
		return
	}
	if c.Marked == nil {
		c.Marked = map[model.TP]time.Time{}
	}
	c.Marked[model.TP{Topic: topic, Partition: int(partition)}] = model.ResetMarkTime(*metadata)
}
