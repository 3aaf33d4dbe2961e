package source

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/segmentio/kafka-go/protocol/describegroups"
	"github.com/segmentio/kafka-go/protocol/listoffsets"
	"github.com/segmentio/kafka-go/protocol/offsetfetch"

	"github.com/washboard/washboard/model"
)

// kafka-go's client splits ListOffsets into one request per partition and
// timestamp (20,000 requests for 10,000 partitions), splits DescribeGroups
// into one request per group, and sends a FindCoordinator before each
// group request. The poller batches instead: one ListOffsets per leader
// and timestamp, one DescribeGroups per coordinator, and one OffsetFetch
// per group sent straight to its coordinator.
//
// Each pinned type is the protocol package's request under another name:
// a defined type has the same fields, so kafka-go encodes it exactly as
// that request (encoding is keyed by the API key and walks the fields),
// but it has none of the request's methods: no Split, no coordinator
// lookup. Broker routes the whole message to one broker.

type pinnedListOffsets listoffsets.Request

func (r *pinnedListOffsets) ApiKey() protocol.ApiKey { return protocol.ListOffsets }

// Broker is the leader of the first partition: batches are per leader.
func (r *pinnedListOffsets) Broker(c protocol.Cluster) (protocol.Broker, error) {
	t, p := r.Topics[0].Topic, r.Topics[0].Partitions[0].Partition
	for _, pt := range c.Topics[t].Partitions {
		if pt.ID == p {
			return brokerOf(c, pt.Leader)
		}
	}
	return protocol.Broker{}, fmt.Errorf("no leader known for %s/%d", t, p)
}

type pinnedDescribeGroups describegroups.Request

func (r *pinnedDescribeGroups) ApiKey() protocol.ApiKey { return protocol.DescribeGroups }

// Broker is the first group's coordinator: batches are per coordinator.
func (r *pinnedDescribeGroups) Broker(c protocol.Cluster) (protocol.Broker, error) {
	return coordinatorOf(c, r.Groups[0])
}

type pinnedOffsetFetch offsetfetch.Request

func (r *pinnedOffsetFetch) ApiKey() protocol.ApiKey { return protocol.OffsetFetch }
func (r *pinnedOffsetFetch) Broker(c protocol.Cluster) (protocol.Broker, error) {
	return coordinatorOf(c, r.GroupID)
}

// coordinatorOf finds a group's coordinator as Kafka assigns it: the
// leader of __consumer_offsets partition abs(javaHash(group)) mod its
// partition count. A one-broker cluster (the embedded one) has no choice.
func coordinatorOf(c protocol.Cluster, group string) (protocol.Broker, error) {
	if t, ok := c.Topics["__consumer_offsets"]; ok && len(t.Partitions) > 0 {
		want := int32(javaHash(group)&0x7fffffff) % int32(len(t.Partitions))
		if p, ok := t.Partitions[want]; ok {
			return brokerOf(c, p.Leader)
		}
	}
	if len(c.Brokers) == 1 {
		for _, b := range c.Brokers {
			return b, nil
		}
	}
	return protocol.Broker{}, fmt.Errorf("coordinator of group %q unknown: no __consumer_offsets metadata", group)
}

// javaHash is Java's String.hashCode, which Kafka uses to place groups.
func javaHash(s string) int32 {
	var h int32
	for _, r := range s {
		if r >= 0x10000 { // a surrogate pair in UTF-16
			r -= 0x10000
			h = 31*h + int32(0xD800+(r>>10))
			h = 31*h + int32(0xDC00+(r&0x3FF))
			continue
		}
		h = 31*h + r
	}
	return h
}

func brokerOf(c protocol.Cluster, id int32) (protocol.Broker, error) {
	b, ok := c.Brokers[id]
	if !ok {
		return protocol.Broker{}, fmt.Errorf("broker %d is not in the cluster's metadata", id)
	}
	return b, nil
}

// roundTrip sends one message through the client's transport.
func (p *Poller) roundTrip(ctx context.Context, msg protocol.Message) (protocol.Message, error) {
	rt := p.Client.Transport
	if rt == nil {
		rt = kafka.DefaultTransport
	}
	p.count(1)
	return rt.RoundTrip(ctx, p.Client.Addr, msg)
}

// listOffsets reads the low and high watermarks of the partitions, given
// per leader and topic: two requests per leader, sent concurrently.
func (p *Poller) listOffsets(ctx context.Context, byLeader map[int32]map[string][]int32) (lows, highs map[model.TP]int64, err error) {
	type result struct {
		earliest bool
		res      *listoffsets.Response
		err      error
	}
	type job struct {
		earliest bool
		req      *pinnedListOffsets
	}
	var jobs []job
	for _, topics := range byLeader {
		for _, ts := range []int64{kafka.FirstOffset, kafka.LastOffset} {
			req := &pinnedListOffsets{ReplicaID: -1}
			for topic, parts := range topics {
				rt := listoffsets.RequestTopic{Topic: topic}
				for _, pt := range parts {
					rt.Partitions = append(rt.Partitions, listoffsets.RequestPartition{Partition: pt, CurrentLeaderEpoch: -1, Timestamp: ts})
				}
				req.Topics = append(req.Topics, rt)
			}
			jobs = append(jobs, job{earliest: ts == kafka.FirstOffset, req: req})
		}
	}
	results := make([]result, len(jobs))
	inParallel(ctx, len(jobs), len(jobs), func(i int) {
		m, err := p.roundTrip(ctx, jobs[i].req)
		results[i] = result{earliest: jobs[i].earliest, err: err}
		if err == nil {
			results[i].res, _ = m.(*listoffsets.Response)
		}
	})
	lows, highs = map[model.TP]int64{}, map[model.TP]int64{}
	for _, r := range results {
		if r.err != nil || r.res == nil {
			err = cmp.Or(err, fmt.Errorf("list offsets: %v", cmp.Or(r.err, ctx.Err(), errors.New("no answer"))))
			continue
		}
		dst := highs
		if r.earliest {
			dst = lows
		}
		for _, t := range r.res.Topics {
			for _, pt := range t.Partitions {
				if pt.ErrorCode == 0 {
					dst[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] = pt.Offset
				}
			}
		}
	}
	return lows, highs, err
}
