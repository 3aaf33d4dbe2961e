package source

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol/describegroups"
	"github.com/segmentio/kafka-go/protocol/offsetfetch"

	"github.com/washboard/washboard/model"
)

// defaultFetchWorkers bounds the OffsetFetch requests in flight: one per
// group is what Kafka allows, and 2,000 groups one after another would
// not finish within a one-second poll.
const defaultFetchWorkers = 32

// committed reads every group's committed offsets (all topics it
// committed on) with at most workers requests in flight. A group whose
// fetch fails carries the error; the others still count.
func (p *Poller) committed(ctx context.Context, groups []model.GroupStat) []model.Committed {
	workers := p.FetchWorkers
	if workers <= 0 {
		workers = defaultFetchWorkers
	}
	out := make([]model.Committed, len(groups))
	// A poll abandoned half way publishes nothing (PollOnce), so the
	// groups skipped then need no error of their own.
	inParallel(ctx, len(groups), workers, func(i int) { out[i] = p.fetchGroup(ctx, groups[i].ID) })
	return out
}

func (p *Poller) fetchGroup(ctx context.Context, group string) model.Committed {
	c := model.Committed{Group: group, Offsets: map[model.TP]int64{}}
	if ctx.Err() != nil {
		c.Err = ctx.Err().Error()
		return c
	}
	m, err := p.roundTrip(ctx, &pinnedOffsetFetch{GroupID: group})
	res, _ := m.(*offsetfetch.Response)
	if err == nil && res == nil {
		err = fmt.Errorf("unexpected answer %T", m)
	}
	if err == nil && res.ErrorCode != 0 {
		err = kafka.Error(res.ErrorCode)
	}
	if err != nil {
		c.Err = fmt.Sprintf("offset fetch: %v", err)
		return c
	}
	for _, t := range res.Topics {
		for _, pt := range t.Partitions {
			if pt.ErrorCode == 0 && pt.CommittedOffset >= 0 {
				c.Offsets[model.TP{Topic: t.Name, Partition: int(pt.PartitionIndex)}] = pt.CommittedOffset
			}
		}
	}
	return c
}

// describeGroups asks the groups' coordinators about them through the
// protocol message rather than kafka-go's DescribeGroups, which drops every
// member when one's subscription metadata is newer than it can decode
// (librdkafka's and Java's v3 metadata). Washboard only needs the
// assignment, which it decodes leniently, and gets the assignor too.
func (p *Poller) describeGroups(ctx context.Context, byCoordinator map[int][]string, protocol map[string]string) ([]model.GroupStat, error) {
	type result struct {
		res *describegroups.Response
		err error
	}
	results := make(chan result, len(byCoordinator))
	for _, ids := range byCoordinator {
		sort.Strings(ids)
		go func() {
			m, err := p.roundTrip(ctx, &pinnedDescribeGroups{Groups: ids})
			r := result{err: err}
			if err == nil {
				r.res, _ = m.(*describegroups.Response)
			}
			results <- r
		}()
	}
	res := &describegroups.Response{}
	var err error
	for range len(byCoordinator) {
		r := <-results
		if r.err != nil || r.res == nil {
			err = cmp.Or(err, fmt.Errorf("describe groups: %v", r.err))
			continue
		}
		res.Groups = append(res.Groups, r.res.Groups...)
	}
	if err != nil {
		return nil, err
	}
	out := make([]model.GroupStat, 0, len(res.Groups))
	for _, g := range res.Groups {
		gs := model.GroupStat{ID: g.GroupID, State: g.GroupState, Protocol: protocol[g.GroupID], Assignor: g.ProtocolData, Members: len(g.Members)}
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
		out = append(out, gs)
	}
	sort.Slice(out, func(i, j int) bool { return model.NaturalLess(out[i].ID, out[j].ID) })
	return out, nil
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
