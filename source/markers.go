package source

import (
	"context"
	"encoding/binary"
	"sync"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// A transactional producer ends each transaction with a control record
// (the commit or abort marker): it takes an offset but is never delivered
// to a consumer. A consumer that committed its position right after the
// last data record sits on the marker, one short of the high watermark,
// and has nothing left to read. To tell that apart from a lag of one, the
// poller reads the batches between such a committed offset and the high
// watermark (a Fetch: a read, like any consumer's) and, when they are all
// control batches, tells the model the partition's data ends there.

// markerProbeSpan is how far below the high watermark a committed offset
// is probed: markers take one offset each, so a few cover every
// transaction that ended after the consumer's last record.
const markerProbeSpan = 4

// markerProbesPerPoll bounds the partitions one poll probes; the rest
// wait for the next poll.
const markerProbesPerPoll = 256

// markerKey is one probe: a partition between a committed offset and a
// high watermark. The answer for it never changes.
type markerKey struct {
	tp        model.TP
	off, high int64
}

// markerCache remembers probes, so each is asked once, and which
// positions the last poll saw: only a position that held still for a
// whole poll is probed (a live consumer a few records behind moves every
// poll and costs nothing). Bounded.
type markerCache struct {
	mu   sync.Mutex
	seen map[markerKey]bool     // answered: true when only control batches are in [off, high)
	last map[markerKey]struct{} // candidates of the previous poll
}

const markerCacheMax = 10_000

// dataEnds returns, for partitions where a group's committed offset is
// followed only by control batches up to the high watermark, that
// committed offset: the data ends there. Probes are batched, one Fetch
// per leader.
func (p *Poller) dataEnds(ctx context.Context, parts []model.PartitionStat, committed []model.Committed, highs map[model.TP]int64) map[model.TP]int64 {
	cands := map[markerKey]struct{}{}
	for _, c := range committed {
		for tp, off := range c.Offsets {
			if high, ok := highs[tp]; ok && off < high && high-off <= markerProbeSpan {
				cands[markerKey{tp, off, high}] = struct{}{}
			}
		}
	}
	// The leaders only matter for a candidate: a cluster with no group
	// behind its high watermark (an idle one) maps none of its partitions.
	var leaders map[model.TP]int32
	if len(cands) > 0 {
		leaders = make(map[model.TP]int32, len(parts))
		for _, ps := range parts {
			leaders[model.TP{Topic: ps.Topic, Partition: ps.Partition}] = int32(ps.Leader)
		}
	}
	p.markers.mu.Lock()
	if p.markers.seen == nil || len(p.markers.seen) >= markerCacheMax {
		p.markers.seen = map[markerKey]bool{}
	}
	byLeader := map[int32][]markerKey{}
	n := 0
	for k := range cands {
		_, known := p.markers.seen[k]
		_, held := p.markers.last[k]
		lead, ok := leaders[k.tp]
		if known || !held || !ok || lead < 0 || n >= markerProbesPerPoll {
			continue
		}
		byLeader[lead] = append(byLeader[lead], k)
		n++
	}
	p.markers.last = cands
	p.markers.mu.Unlock()

	for lead, keys := range byLeader {
		got, err := p.onlyMarkers(ctx, lead, keys)
		if err != nil {
			continue // not known this poll; the lag stays as Kafka counts it
		}
		p.markers.mu.Lock()
		for k, only := range got {
			p.markers.seen[k] = only
		}
		p.markers.mu.Unlock()
	}
	out := map[model.TP]int64{}
	p.markers.mu.Lock()
	defer p.markers.mu.Unlock()
	for k := range cands {
		if p.markers.seen[k] {
			if cur, ok := out[k.tp]; !ok || k.off < cur {
				out[k.tp] = k.off
			}
		}
	}
	return out
}

// onlyMarkers fetches [off, high) of the partitions (one leader) and
// reports for each whether every batch in it is a control batch.
func (p *Poller) onlyMarkers(ctx context.Context, leader int32, keys []markerKey) (map[markerKey]bool, error) {
	req := kmsg.NewPtrFetchRequest()
	req.Version = min(p.maxVersion(leader, kmsg.Fetch), 12) // v13 names topics by id only
	if req.Version < 4 {
		return nil, errUnsupported // no control batches to tell apart before v4 (Kafka 0.11)
	}
	req.ReplicaID, req.MaxBytes, req.SessionEpoch = -1, 4<<20, -1
	// One fetch per partition, from the lowest offset asked: it answers
	// every group's position on it.
	byTP := map[model.TP][]markerKey{}
	for _, k := range keys {
		byTP[k.tp] = append(byTP[k.tp], k)
	}
	topics := map[string]int{}
	for tp, ks := range byTP {
		from := ks[0].off
		for _, k := range ks {
			from = min(from, k.off)
		}
		i := topicSlot(&req.Topics, topics, tp.Topic, func() kmsg.FetchRequestTopic {
			rt := kmsg.NewFetchRequestTopic()
			rt.Topic = tp.Topic
			return rt
		})
		rp := kmsg.NewFetchRequestTopicPartition()
		rp.Partition, rp.FetchOffset, rp.PartitionMaxBytes = int32(tp.Partition), from, 16<<10
		rp.CurrentLeaderEpoch, rp.LastFetchedEpoch, rp.LogStartOffset = -1, -1, -1
		req.Topics[i].Partitions = append(req.Topics[i].Partitions, rp)
	}
	m, err := p.rawRoundTrip(ctx, req, toBroker(leader))
	if err != nil {
		return nil, err
	}
	out := map[markerKey]bool{}
	for _, t := range m.(*kmsg.FetchResponse).Topics {
		for _, pt := range t.Partitions {
			if pt.ErrorCode != 0 {
				continue
			}
			for _, k := range byTP[model.TP{Topic: t.Topic, Partition: int(pt.Partition)}] {
				out[k] = controlOnly(pt.RecordBatches, k.off, k.high)
			}
		}
	}
	return out, nil
}

// controlOnly walks record batches (v2: base offset, length, leader epoch,
// magic, crc, attributes, last offset delta) and reports whether each one
// overlapping [from, to) is a control batch, and that they reach to.
func controlOnly(b []byte, from, to int64) bool {
	covered := from
	for len(b) >= 27 {
		base := int64(binary.BigEndian.Uint64(b))
		size := int(int32(binary.BigEndian.Uint32(b[8:])))
		if size < 11 || len(b) < 12+size {
			break // a batch cut by max bytes
		}
		attrs := binary.BigEndian.Uint16(b[21:])
		last := base + int64(int32(binary.BigEndian.Uint32(b[23:])))
		if last >= from && base < to {
			if attrs&0x20 == 0 {
				return false // a data batch: records left to read
			}
			covered = max(covered, last+1)
		}
		b = b[12+size:]
	}
	return covered >= to
}
