package source

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// A group's `behind` is the age of the record at its committed offset,
// read off the high watermark's history (model/behind.go), which starts at
// this console's first poll: a group stuck on an older record reads only a
// floor there (`>4m` where a console watching longer says `7m`, ut31 X12).
// The record is on the cluster: the poller reads its timestamp with a
// Fetch to the partition's leader (a read, like any consumer's: it joins
// nothing and commits nothing), for the pairs the last poll listed
// (model.Lags.BehindFloors: a group lags there, its offset is within the
// log, and only a floor is known). The model keeps each answer while a
// group sits on that offset, so a stalled group costs one read per
// console; an idle cluster, or one whose groups are all within the
// history, lists nothing and is sent nothing.

// behindReadsPerPoll bounds the partitions one poll reads: 2,000 stuck
// groups are read over many polls, not in one flood of their brokers.
const behindReadsPerPoll = 64

// behindRetryAfter is how long an offset whose read failed (a leader
// gone, a refused fetch, nothing but markers there yet) waits to be asked
// again; its behind stays a floor meanwhile.
const behindRetryAfter = 30 * time.Second

// behindPartitionEvery is how often one partition is read: a group that
// drains a backlog older than the history moves its offset every poll,
// and reads a floor between reads rather than cost a Fetch each.
const behindPartitionEvery = 10 * time.Second

// behindPartitionBytes and behindMaxBytes bound a read: the record at the
// offset is in the first batch returned. A partition whose first batch
// is larger is answered cut short (Kafka) or empty (kfake): it is asked
// again at the next poll, first in its leader's request, where Kafka
// returns a first batch whole whatever the limits; so a poll reads at
// most behindMaxBytes and one large batch per leader.
const (
	behindPartitionBytes = 16 << 10
	behindMaxBytes       = behindReadsPerPoll * behindPartitionBytes
)

// behindReads is what the poller remembers of its reads between polls.
type behindReads struct {
	tried map[model.TPOffset]time.Time // asked without an answer, when
	cut   map[model.TPOffset]bool      // the answer was cut by max bytes: asked first next
	read  map[model.TP]time.Time       // when each partition was last read
}

// behindPick is one partition of a read: from its lowest offset asked.
type behindPick struct {
	tp   model.TP
	from int64
	keys []model.TPOffset
}

// recordTimes reads the timestamps of the records at the offsets the
// last poll's behind could only bound (at most behindReadsPerPoll
// partitions, one Fetch per leader), for model.Lags.SetRecordTimes. The
// time of an offset is that of the first record a consumer there reads:
// past a transaction marker or an offset compaction removed, the next
// record's. Nil when nothing was read; an offset not answered keeps its
// floor.
func (p *Poller) recordTimes(ctx context.Context, now time.Time, parts []model.PartitionStat, lows map[model.TP]int64) map[model.TPOffset]time.Time {
	if p.Store == nil {
		return nil
	}
	r := &p.behindRead
	r.forget(now)
	var picks []*behindPick
	var leaders map[model.TP]int32 // only where a floor is listed: an idle poll maps nothing
	// Picked under the store's read lock, from the last poll's list, so
	// 40,000 stuck group-partitions are not copied every poll.
	p.Store.Read(func(st *model.State) {
		if floors := st.Lag.BehindFloors(); len(floors) > 0 {
			leaders = leadersOf(parts)
			picks = r.pick(floors, leaders, lows)
		}
	})
	if len(picks) == 0 {
		return nil
	}
	type job struct {
		leader int32
		picks  []*behindPick // in pick order: those cut short last time first
	}
	var jobs []job
	byLeader := map[int32]int{}
	for _, pk := range picks {
		lead := leaders[pk.tp]
		i, ok := byLeader[lead]
		if !ok {
			i, byLeader[lead] = len(jobs), len(jobs)
			jobs = append(jobs, job{leader: lead})
		}
		jobs[i].picks = append(jobs[i].picks, pk)
	}
	answers := make([]map[model.TPOffset]behindAnswer, len(jobs))
	inParallel(ctx, len(jobs), len(jobs), func(i int) {
		answers[i] = p.readRecordTimes(ctx, jobs[i].leader, jobs[i].picks)
	})
	out := map[model.TPOffset]time.Time{}
	for _, pk := range picks {
		r.read[pk.tp] = now
	}
	for _, got := range answers {
		for k, a := range got {
			delete(r.cut, k)
			delete(r.tried, k)
			switch {
			case a.cut:
				r.cut[k] = true
			case a.at.IsZero():
				r.tried[k] = now
			default:
				out[k] = a.at
			}
		}
	}
	return out
}

// forget drops what no longer holds a read back.
func (r *behindReads) forget(now time.Time) {
	if r.tried == nil {
		r.tried, r.cut, r.read = map[model.TPOffset]time.Time{}, map[model.TPOffset]bool{}, map[model.TP]time.Time{}
	}
	for k, at := range r.tried {
		if now.Sub(at) >= behindRetryAfter {
			delete(r.tried, k)
		}
	}
	for tp, at := range r.read {
		if now.Sub(at) >= behindPartitionEvery {
			delete(r.read, tp)
		}
	}
}

// leadersOf is each partition's leader (-1: none).
func leadersOf(parts []model.PartitionStat) map[model.TP]int32 {
	leaders := make(map[model.TP]int32, len(parts))
	for _, ps := range parts {
		leaders[model.TP{Topic: ps.Topic, Partition: ps.Partition}] = int32(ps.Leader)
	}
	return leaders
}

// pick chooses this poll's partitions, in the order the last poll listed
// them, those cut short last time first; one read per partition, from the
// lowest offset asked there. It only reads floors (the store's).
func (r *behindReads) pick(floors []model.TPOffset, leaders map[model.TP]int32, lows map[model.TP]int64) (picks []*behindPick) {
	byTP := map[model.TP]*behindPick{}
	for pass := range 2 { // the cut ones, then the rest
		for _, k := range floors {
			if r.cut[k] != (pass == 0) {
				continue
			}
			if _, asked := r.tried[k]; asked {
				continue
			}
			if low, ok := lows[k.TP]; ok && k.Offset < low {
				continue // deleted by retention: nothing to read
			}
			if pk := byTP[k.TP]; pk != nil {
				if !slices.Contains(pk.keys, k) { // a pair several groups sit on
					pk.keys, pk.from = append(pk.keys, k), min(pk.from, k.Offset)
				}
				continue
			}
			if _, recent := r.read[k.TP]; recent && !r.cut[k] {
				continue
			}
			if lead, ok := leaders[k.TP]; !ok || lead < 0 || len(picks) >= behindReadsPerPoll {
				continue // no leader: the floor stays
			}
			byTP[k.TP] = &behindPick{tp: k.TP, from: k.Offset, keys: []model.TPOffset{k}}
			picks = append(picks, byTP[k.TP])
		}
	}
	return picks
}

// behindAnswer is what a read found for one offset: the record's time,
// an answer cut short by max bytes, or neither (not known).
type behindAnswer struct {
	at  time.Time
	cut bool
}

// readRecordTimes fetches the picked partitions from their leader and
// finds, for each offset asked, the first committed record at or after
// it (the record at an offset may sit inside a batch that starts
// earlier). A failed request answers every offset "not known".
func (p *Poller) readRecordTimes(ctx context.Context, leader int32, picks []*behindPick) map[model.TPOffset]behindAnswer {
	out := map[model.TPOffset]behindAnswer{}
	for _, pk := range picks {
		for _, k := range pk.keys {
			out[k] = behindAnswer{}
		}
	}
	req := kmsg.NewPtrFetchRequest()
	req.Version = min(p.maxVersion(leader, kmsg.Fetch), fetchVersionMax) // v13 names topics by id only
	if req.Version < fetchVersionMin {
		return out // no read_committed before v4 (Kafka 0.11)
	}
	req.ReplicaID, req.MaxWaitMillis, req.MinBytes, req.MaxBytes = -1, 0, 0, behindMaxBytes
	req.IsolationLevel, req.SessionEpoch = 1, sessionNone
	topics := map[string]int{}
	byTP := map[model.TP]*behindPick{}
	for _, pk := range picks {
		byTP[pk.tp] = pk
		i := topicSlot(&req.Topics, topics, pk.tp.Topic, func() kmsg.FetchRequestTopic {
			rt := kmsg.NewFetchRequestTopic()
			rt.Topic = pk.tp.Topic
			return rt
		})
		rp := kmsg.NewFetchRequestTopicPartition()
		rp.Partition, rp.FetchOffset, rp.PartitionMaxBytes = int32(pk.tp.Partition), pk.from, behindPartitionBytes
		rp.CurrentLeaderEpoch, rp.LastFetchedEpoch, rp.LogStartOffset = -1, -1, -1
		req.Topics[i].Partitions = append(req.Topics[i].Partitions, rp)
	}
	m, err := p.rawRoundTrip(ctx, req, toBroker(leader))
	if err != nil {
		return out
	}
	resp, _ := m.(*kmsg.FetchResponse)
	if resp == nil || resp.ErrorCode != 0 {
		return out
	}
	for _, t := range resp.Topics {
		for _, pt := range t.Partitions {
			tp := model.TP{Topic: t.Topic, Partition: int(pt.Partition)}
			pk := byTP[tp]
			if pk == nil || pt.ErrorCode != 0 {
				continue
			}
			read, next, err := readCommitted(tp, pt.RecordBatches, pk.from, pt.AbortedTransactions)
			// Nothing whole though records lie past the offset (below
			// the last stable offset, read_committed): a first batch
			// larger than the partition's limit.
			cut := err == nil && len(read.recs) == 0 && next == pk.from && pt.LastStableOffset > pk.from
			for _, k := range pk.keys {
				i, _ := slices.BinarySearchFunc(read.recs, k.Offset, func(r model.Record, off int64) int { return cmp.Compare(r.Offset, off) })
				switch {
				case i < len(read.recs):
					out[k] = behindAnswer{at: read.recs[i].Time}
				case cut:
					out[k] = behindAnswer{cut: true}
				}
			}
		}
	}
	return out
}
