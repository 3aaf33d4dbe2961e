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

// markerKey is one probe: a partition between a committed offset and a
// high watermark. The answer for it never changes.
type markerKey struct {
	tp        model.TP
	off, high int64
}

// markerCache remembers probes, so each is asked once; bounded.
type markerCache struct {
	mu   sync.Mutex
	seen map[markerKey]bool // true: only control batches in [off, high)
}

const markerCacheMax = 10_000

// dataEnds returns, for partitions where a group's committed offset is
// followed only by control batches up to the high watermark, that
// committed offset: the data ends there. leaders maps partitions to
// their leaders (from this poll's metadata).
func (p *Poller) dataEnds(ctx context.Context, parts []model.PartitionStat, committed []model.Committed, highs map[model.TP]int64) map[model.TP]int64 {
	leaders := make(map[model.TP]int32, len(parts))
	for _, ps := range parts {
		leaders[model.TP{Topic: ps.Topic, Partition: ps.Partition}] = int32(ps.Leader)
	}
	want := map[markerKey]bool{}
	for _, c := range committed {
		for tp, off := range c.Offsets {
			if high, ok := highs[tp]; ok && off < high && high-off <= markerProbeSpan {
				want[markerKey{tp, off, high}] = true
			}
		}
	}
	out := map[model.TP]int64{}
	for k := range want {
		p.markers.mu.Lock()
		only, known := p.markers.seen[k]
		p.markers.mu.Unlock()
		if !known {
			lead, ok := leaders[k.tp]
			if !ok {
				continue
			}
			var err error
			if only, err = p.onlyMarkers(ctx, lead, k); err != nil {
				continue // not known this poll; the lag stays as Kafka counts it
			}
			p.markers.mu.Lock()
			if p.markers.seen == nil || len(p.markers.seen) >= markerCacheMax {
				p.markers.seen = map[markerKey]bool{}
			}
			p.markers.seen[k] = only
			p.markers.mu.Unlock()
		}
		if only {
			if cur, ok := out[k.tp]; !ok || k.off < cur {
				out[k.tp] = k.off
			}
		}
	}
	return out
}

// onlyMarkers fetches [off, high) of one partition and reports whether
// every batch in it is a control batch.
func (p *Poller) onlyMarkers(ctx context.Context, leader int32, k markerKey) (bool, error) {
	req := kmsg.NewPtrFetchRequest()
	req.ReplicaID, req.MaxBytes, req.SessionEpoch = -1, 1<<16, -1
	rt := kmsg.NewFetchRequestTopic()
	rt.Topic = k.tp.Topic
	rp := kmsg.NewFetchRequestTopicPartition()
	rp.Partition, rp.FetchOffset, rp.PartitionMaxBytes = int32(k.tp.Partition), k.off, 1<<16
	rp.CurrentLeaderEpoch, rp.LastFetchedEpoch, rp.LogStartOffset = -1, -1, -1
	rt.Partitions = append(rt.Partitions, rp)
	req.Topics = append(req.Topics, rt)
	req.Version = min(p.maxVersion(leader, kmsg.Fetch), 12) // v13 names topics by id only
	if req.Version < 4 {
		return false, errUnsupported // no control batches to tell apart before v4 (Kafka 0.11)
	}
	m, err := p.rawRoundTrip(ctx, req, toBroker(leader))
	if err != nil {
		return false, err
	}
	res := m.(*kmsg.FetchResponse)
	for _, t := range res.Topics {
		for _, pt := range t.Partitions {
			if pt.ErrorCode != 0 {
				return false, codeErr(pt.ErrorCode, nil)
			}
			return controlOnly(pt.RecordBatches, k.off, k.high), nil
		}
	}
	return false, nil
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
