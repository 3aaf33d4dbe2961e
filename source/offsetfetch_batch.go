package source

import (
	"context"
	"sync"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// groupsPerFetch is the groups one batched OffsetFetch asks about.
const groupsPerFetch = 200

// committedBatched reads the committed offsets of every group. Groups are
// sorted by coordinator (the broker whose ListGroups named them); a coordinator that speaks OffsetFetch v8+
// (KIP-709, Kafka 3.0) answers for up to groupsPerFetch groups per
// request, so 2,000 groups on 3 brokers cost about 12 requests instead
// of 2,000. Groups on an older coordinator, and groups a batched answer
// refused (a coordinator that moved), are read one request each.
func (p *Poller) committedBatched(ctx context.Context, groups []model.GroupStat) []model.Committed {
	out := make([]model.Committed, len(groups))
	index := make(map[string]int, len(groups))
	byCoord := map[int32][]string{}
	var single []int
	for i, g := range groups {
		index[g.ID] = i
		coord := int32(g.Coordinator)
		if g.Type == "share" || p.maxVersion(coord, kmsg.OffsetFetch) < 8 { // share groups: start offsets (groups848.go)
			single = append(single, i)
			continue
		}
		byCoord[coord] = append(byCoord[coord], g.ID)
	}
	type chunk struct {
		coord int32
		ids   []string
	}
	var chunks []chunk
	for coord, ids := range byCoord {
		for from := 0; from < len(ids); from += groupsPerFetch {
			chunks = append(chunks, chunk{coord, ids[from:min(from+groupsPerFetch, len(ids))]})
		}
	}
	var mu sync.Mutex
	asked := make([]bool, len(chunks))
	inParallel(ctx, len(chunks), len(chunks), func(i int) {
		got, retry := p.fetchGroups(ctx, chunks[i].coord, chunks[i].ids)
		mu.Lock()
		defer mu.Unlock()
		asked[i] = true
		for _, c := range got {
			out[index[c.Group]] = c
		}
		for _, id := range retry {
			single = append(single, index[id])
		}
	})
	for i, c := range chunks { // not asked (ctx ended): one request each, which says why
		if !asked[i] {
			for _, id := range c.ids {
				single = append(single, index[id])
			}
		}
	}
	if len(single) == 0 {
		return out
	}
	left := make([]model.GroupStat, len(single))
	for i, gi := range single {
		left[i] = groups[gi]
	}
	for i, c := range p.committed(ctx, left) {
		out[single[i]] = c
	}
	return out
}

// fetchGroups sends one batched OffsetFetch v8 for groups that share a
// coordinator. It returns the groups answered, and the groups to ask
// again one by one (the request failed, or the broker is not their
// coordinator any more).
func (p *Poller) fetchGroups(ctx context.Context, coord int32, ids []string) (got []model.Committed, retry []string) {
	req := kmsg.NewPtrOffsetFetchRequest()
	req.Version = 8
	for _, id := range ids {
		g := kmsg.NewOffsetFetchRequestGroup()
		g.Group = id // Topics nil: every topic the group committed on
		req.Groups = append(req.Groups, g)
	}
	m, err := p.rawRoundTrip(ctx, req, toBroker(coord))
	if err != nil {
		return nil, ids
	}
	res := m.(*kmsg.OffsetFetchResponse)
	answered := map[string]bool{}
	for _, g := range res.Groups {
		switch kafka.Error(g.ErrorCode) {
		case kafka.NotCoordinatorForGroup, kafka.GroupCoordinatorNotAvailable, kafka.GroupLoadInProgress:
			continue // asked again one by one, which finds the coordinator
		}
		answered[g.Group] = true
		c := model.Committed{Group: g.Group, Offsets: map[model.TP]int64{}}
		if g.ErrorCode != 0 {
			c.Err = "offset fetch: " + kafka.Error(g.ErrorCode).Error()
		}
		for _, t := range g.Topics {
			for _, pt := range t.Partitions {
				if pt.ErrorCode == 0 && pt.Offset >= 0 {
					c.Offsets[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] = pt.Offset
					markReset(&c, t.Topic, pt.Partition, pt.Metadata)
				}
			}
		}
		got = append(got, c)
	}
	for _, id := range ids {
		if !answered[id] {
			retry = append(retry, id)
		}
	}
	return got, retry
}
