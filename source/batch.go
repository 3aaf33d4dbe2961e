package source

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/segmentio/kafka-go/protocol/listoffsets"

	"github.com/washboard/washboard/model"
)

// kafka-go's client splits ListOffsets into one request per partition and
// timestamp (20,000 requests for 10,000 partitions), splits DescribeGroups
// into one request per group, and sends a FindCoordinator before each
// group request. The poller batches instead: one ListOffsets per leader
// and timestamp here, one DescribeGroups per coordinator and OffsetFetch
// v8 for many groups at once (offsets.go, offsetfetch_batch.go, through
// raw.go), each sent straight to the coordinator ListGroups named.
//
// The pinned type is the protocol package's request under another name:
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
// per leader and topic: two requests per leader, sent concurrently. A
// failed request (a leader that left) marks its partitions in errs, as
// does a partition the leader refuses; err is set only when every request
// failed.
func (p *Poller) listOffsets(ctx context.Context, byLeader map[int32]map[string][]int32) (lows, highs map[model.TP]int64, errs map[model.TP]string, err error) {
	type result struct {
		ts  int64
		req *pinnedListOffsets
		res *listoffsets.Response
		err error
	}
	type job struct {
		ts  int64
		req *pinnedListOffsets
	}
	stamps := []int64{kafka.FirstOffset, kafka.LastOffset}
	var jobs []job
	for _, topics := range byLeader {
		for _, ts := range stamps {
			req := &pinnedListOffsets{ReplicaID: -1}
			for topic, parts := range topics {
				rt := listoffsets.RequestTopic{Topic: topic}
				for _, pt := range parts {
					rt.Partitions = append(rt.Partitions, listoffsets.RequestPartition{Partition: pt, CurrentLeaderEpoch: -1, Timestamp: ts})
				}
				req.Topics = append(req.Topics, rt)
			}
			jobs = append(jobs, job{ts: ts, req: req})
		}
	}
	results := make([]result, len(jobs))
	inParallel(ctx, len(jobs), len(jobs), func(i int) {
		m, err := p.roundTrip(ctx, jobs[i].req)
		r := result{ts: jobs[i].ts, req: jobs[i].req, err: err}
		if err == nil {
			r.res, _ = m.(*listoffsets.Response)
			if r.res == nil {
				r.err = fmt.Errorf("unexpected answer %T", m)
			}
		}
		results[i] = r
	})
	n := 0
	for _, topics := range byLeader {
		for _, parts := range topics {
			n += len(parts)
		}
	}
	// Sized once: 10,000 partitions grew each map through a dozen rehashes every poll.
	lows, highs, errs = make(map[model.TP]int64, n), make(map[model.TP]int64, n), map[model.TP]string{}
	failed, sent := 0, 0
	for i, r := range results {
		if r.err == nil && r.res == nil { // not sent: the poll was abandoned
			r.req, r.err = jobs[i].req, cmp.Or(ctx.Err(), errors.New("not sent"))
		}
		sent++
		if r.err != nil {
			failed++
			err = cmp.Or(err, fmt.Errorf("list offsets: %w", r.err))
			for _, t := range r.req.Topics {
				for _, pt := range t.Partitions {
					errs[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] = "watermarks not read: " + Explain(r.err)
				}
			}
			continue
		}
		dst := highs
		if r.ts == kafka.FirstOffset {
			dst = lows
		}
		fillOffsets(dst, errs, r.res)
	}
	return lows, highs, errs, errAll(sent, failed, err)
}

// fillOffsets puts each partition's offset in res into dst, or its
// error in words into errs (nil: errors are dropped).
func fillOffsets(dst map[model.TP]int64, errs map[model.TP]string, res *listoffsets.Response) {
	for _, t := range res.Topics {
		for _, pt := range t.Partitions {
			tp := model.TP{Topic: t.Topic, Partition: int(pt.Partition)}
			switch {
			case pt.ErrorCode == 0:
				dst[tp] = pt.Offset
			case errs != nil:
				errs[tp] = errWords(pt.ErrorCode)
			}
		}
	}
}
