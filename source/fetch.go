package source

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// Fetch versions the tail speaks: v4 brought read_committed and the
// aborted transactions list, v7 fetch sessions (KIP-227); from v13 topics
// are named by id, which the poller's metadata does not carry.
const (
	fetchVersionMin = 4
	fetchVersionMax = 12
)

// Fetch session constants (KIP-227).
const (
	sessionInitial = 0  // epoch: create a session with this full request
	sessionNone    = -1 // epoch: a full request outside any session
)

// session is one broker loop's incremental fetch session: what the
// broker holds for each partition in it.
type session struct {
	id      int32
	epoch   int32
	off     bool               // the broker does not do sessions: every request is full
	offsets map[model.TP]int64 // fetch offset the broker holds per partition
}

func (s *session) reset() { s.id, s.epoch, s.offsets = 0, sessionInitial, nil }

// fetchPart is one partition of a request, as the loop planned it.
type fetchPart struct {
	ps   *partState
	from int64
}

// plan picks the partitions broker id leads that are ready to fetch and
// marks them busy; it also returns those whose log start must be looked
// up first.
func (t *Tail) plan(id int) (parts, lookups []fetchPart) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, ps := range t.parts {
		if ps.leader != id || ps.busy || ps.parked {
			continue
		}
		if off, chosen := t.starts[ps.tp]; chosen { // StartAt while it was in a fetch
			t.moveLocked(ps, off)
		}
		ps.busy = true
		if ps.pos == logStart {
			lookups = append(lookups, fetchPart{ps: ps})
		} else {
			parts = append(parts, fetchPart{ps: ps, from: ps.pos})
		}
	}
	return parts, lookups
}

// release marks the planned partitions free again.
func (t *Tail) release(parts []fetchPart) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range parts {
		p.ps.busy = false
	}
}

// brokerLoop fetches, one long-polling request at a time, every tailed
// partition broker id leads, until ctx ends.
func (t *Tail) brokerLoop(ctx context.Context, id int, wake <-chan struct{}) {
	var s session
	s.off = t.cfg.NoSessions
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		parts, lookups := t.plan(id)
		if len(lookups) > 0 {
			t.lookupLogStarts(ctx, lookups)
		}
		if len(parts) == 0 {
			if len(lookups) > 0 {
				continue
			}
			select {
			case <-ctx.Done():
				return
			case <-wake:
			}
			continue
		}
		ok, retry := t.fetchOnce(ctx, id, &s, parts)
		if ok {
			backoff = 100 * time.Millisecond
			continue
		}
		if retry {
			continue
		}
		if !Sleep(ctx, backoff) {
			return
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

// request builds the Fetch for parts: in a session, only the partitions
// whose fetch offset the broker does not hold yet, and the ones to forget.
func (t *Tail) request(s *session, parts []fetchPart) *kmsg.FetchRequest {
	req := kmsg.NewPtrFetchRequest()
	req.ReplicaID, req.MaxWaitMillis, req.MinBytes = -1, int32(t.cfg.MaxWait/time.Millisecond), t.cfg.MinBytes
	req.MaxBytes, req.IsolationLevel = int32(t.cfg.MaxBytes), 1 // read_committed
	req.SessionID, req.SessionEpoch = s.id, s.epoch
	if s.off {
		req.SessionID, req.SessionEpoch = 0, sessionNone
	}
	full := s.off || s.epoch == sessionInitial
	byTopic := map[string]int{}
	add := func(p fetchPart) {
		i, ok := byTopic[p.ps.tp.Topic]
		if !ok {
			i = len(req.Topics)
			byTopic[p.ps.tp.Topic] = i
			rt := kmsg.NewFetchRequestTopic()
			rt.Topic = p.ps.tp.Topic
			req.Topics = append(req.Topics, rt)
		}
		rp := kmsg.NewFetchRequestTopicPartition()
		rp.Partition, rp.FetchOffset, rp.PartitionMaxBytes = int32(p.ps.tp.Partition), p.from, int32(t.cfg.PartitionMaxBytes)
		req.Topics[i].Partitions = append(req.Topics[i].Partitions, rp)
	}
	inSession := 0
	for _, p := range parts {
		off, ok := s.offsets[p.ps.tp]
		if ok {
			inSession++
		}
		if full || !ok || off != p.from {
			add(p)
		}
	}
	// Every partition the session holds is planned (the usual case: same
	// count, all found) or some are to be forgotten.
	if !full && inSession < len(s.offsets) {
		inPlan := make(map[model.TP]bool, len(parts))
		for _, p := range parts {
			inPlan[p.ps.tp] = true
		}
		forgotten := map[string][]int32{}
		for tp := range s.offsets {
			if !inPlan[tp] {
				forgotten[tp.Topic] = append(forgotten[tp.Topic], int32(tp.Partition))
				delete(s.offsets, tp)
			}
		}
		for topic, ps := range forgotten {
			ft := kmsg.NewFetchRequestForgottenTopic()
			ft.Topic, ft.Partitions = topic, ps
			req.ForgottenTopics = append(req.ForgottenTopics, ft)
		}
	}
	return req
}

// send sends one Fetch to broker id through the client's transport, at
// the newest version both sides speak (up to fetchVersionMax), and reads
// the answer into one buffer (raw.go).
func (t *Tail) send(ctx context.Context, id int, req *kmsg.FetchRequest) (*kmsg.FetchResponse, error) {
	v, err := t.fetchVersion(ctx, req)
	if err != nil {
		return nil, err
	}
	req.SetVersion(v)
	rt := t.cfg.Client.Transport
	if rt == nil {
		rt = kafka.DefaultTransport
	}
	m, err := rt.RoundTrip(ctx, t.cfg.Client.Addr, &rawRequest{req: req, clientID: "washboard", route: toBroker(int32(id))})
	if err != nil {
		return nil, err
	}
	got, ok := m.(*rawRequest)
	if !ok {
		return nil, fmt.Errorf("unexpected answer %T", m)
	}
	resp, ok := got.resp.(*kmsg.FetchResponse)
	if !ok {
		return nil, fmt.Errorf("unexpected answer %T", got.resp)
	}
	return resp, nil
}

// fetchVersion is the Fetch version to send, learnt once from the
// bootstrap broker's ApiVersions and kept: a broker that goes away later
// must not stop the loops of the others from fetching.
func (t *Tail) fetchVersion(ctx context.Context, req *kmsg.FetchRequest) (int16, error) {
	if v := t.fetchV.Load(); v > 0 {
		return int16(v), nil
	}
	v, err := t.versions.version(ctx, t.cfg.Client, req, fetchVersionMax)
	if err != nil {
		return 0, err
	}
	if v < fetchVersionMin {
		return 0, fmt.Errorf("the broker speaks Fetch up to v%d; reading committed records needs v%d (Kafka 0.11)", v, fetchVersionMin)
	}
	t.fetchV.Store(int32(v))
	return v, nil
}

// fetchOnce sends one Fetch for parts and hands what it brought to the
// decode stage. ok says it succeeded; retry that it failed in a way worth
// retrying at once (a fetch session the broker lost).
func (t *Tail) fetchOnce(ctx context.Context, id int, s *session, parts []fetchPart) (ok, retry bool) {
	req := t.request(s, parts)
	reserved := t.cfg.MaxBytes
	if !t.budget.take(ctx, reserved) {
		t.release(parts)
		return false, false
	}
	t.reqs.Add(1)
	rctx, cancel := context.WithTimeout(ctx, t.cfg.MaxWait+t.timeout())
	resp, err := t.send(rctx, id, req)
	cancel()
	if err == nil && resp.ErrorCode != 0 {
		err = kafka.Error(resp.ErrorCode)
	}
	if err != nil {
		t.budget.give(reserved)
		s.reset()
		if ctx.Err() != nil {
			t.release(parts)
			return false, false
		}
		var kerr kafka.Error
		if errors.As(err, &kerr) && (kerr == kafka.FetchSessionIDNotFound || kerr == kafka.InvalidFetchSessionEpoch) {
			t.release(parts)
			return false, true
		}
		t.failAll(parts, id, err)
		return false, false
	}
	s.update(req, resp, parts)
	pieces := t.absorb(parts, resp, s)
	if len(pieces) == 0 {
		t.budget.give(reserved)
		return true, false
	}
	// The response's buffer lives until its records are copied out and
	// folded: the whole reservation stays taken until then.
	pieces[len(pieces)-1].bytes = reserved
	return t.enqueue(ctx, pieces...), false
}

// update moves the session on after a good response to req.
func (s *session) update(req *kmsg.FetchRequest, resp *kmsg.FetchResponse, parts []fetchPart) {
	switch {
	case s.off:
	case resp.SessionID == 0:
		s.off = true // sessions refused (an old broker, a full cache): full requests from now on
	case s.epoch == sessionInitial || resp.SessionID != s.id:
		s.id, s.epoch, s.offsets = resp.SessionID, 1, map[model.TP]int64{}
		for _, p := range parts {
			s.offsets[p.ps.tp] = p.from
		}
	default:
		for _, rt := range req.Topics {
			for _, rp := range rt.Partitions {
				s.offsets[model.TP{Topic: rt.Topic, Partition: int(rp.Partition)}] = rp.FetchOffset
			}
		}
		s.epoch = max(1, (s.epoch+1)%math.MaxInt32)
	}
}

// timeout is the per-request time allowed beyond MaxWait.
func (t *Tail) timeout() time.Duration {
	if t.cfg.Client.Timeout > 0 {
		return t.cfg.Client.Timeout
	}
	return 10 * time.Second
}

// failAll notes a whole request's failure on each of its partitions and
// parks them until fresh metadata or the next poll says who leads them.
func (t *Tail) failAll(parts []fetchPart, id int, err error) {
	t.cfg.Log.Warn("tail fetch failed", "broker", id, "partitions", len(parts), "err", err)
	msg := fmt.Sprintf("fetch from broker %d: %v", id, err)
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range parts {
		p.ps.busy, p.ps.parked = false, true
		t.failLocked(p.ps, msg)
	}
	t.kickMeta() // who leads them now (tail_meta.go)
}

// failLocked counts one failed fetch of ps; t.mu is held.
func (t *Tail) failLocked(ps *partState, msg string) {
	ps.fails++
	if ps.fails >= showErrAfter && ps.err != msg {
		ps.err = msg
		t.markDirty()
	}
}

// absorb applies a fetch response: it moves each partition's position
// past the batches the response holds (scanBatches), says what happened in
// words where the position jumped, and cuts the batches into pieces of
// about decodeChunk records for the decode workers, which copy the records
// out. Partitions the response does not list (an incremental response
// leaves out the ones with nothing new) stay where they were. The last
// piece carries every partition's new position.
func (t *Tail) absorb(parts []fetchPart, resp *kmsg.FetchResponse, s *session) []*job {
	var byTP map[model.TP]fetchPart // built only when the response lists a partition (an idle one lists none)
	type result struct {
		p    fetchPart
		code int16
		hw   int64
		ls   int64
		scan partScan
	}
	var results []result
	stranger := false
	defer func() {
		if stranger {
			s.reset()
		}
	}()
	for _, rt := range resp.Topics {
		for _, rp := range rt.Partitions {
			if byTP == nil {
				byTP = make(map[model.TP]fetchPart, len(parts))
				for _, p := range parts {
					byTP[p.ps.tp] = p
				}
			}
			p, ok := byTP[model.TP{Topic: rt.Topic, Partition: int(rp.Partition)}]
			if !ok {
				// A partition the tail no longer reads (a deleted topic's,
				// forgotten in the request but kept by the broker's fetch
				// session, which then answers at once with its error):
				// start a new session without it, or the loop spins
				// (thousands of Fetch a second, a user test of issue 9).
				stranger = true
				continue
			}
			r := result{p: p, code: rp.ErrorCode, hw: rp.HighWatermark, ls: rp.LogStartOffset}
			if r.code == 0 && (r.hw < 0 || r.hw >= p.from) {
				r.scan = scanBatches(rp.RecordBatches, p.from, rp.AbortedTransactions)
			}
			results = append(results, r)
		}
	}
	now := time.Now()
	cut := &cutter{}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, p := range parts {
		p.ps.busy = false
	}
	for _, r := range results {
		ps := r.p.ps
		if t.parts[ps.tp] != ps { // dropped while in flight
			continue
		}
		if r.hw >= 0 {
			ps.high = r.hw
		}
		switch {
		case r.code == int16(kafka.OffsetOutOfRange):
			ps.pos, ps.lostAt = logStart, r.p.from
			ps.why = fmt.Sprintf("offset %d is out of range (retention removed it)", r.p.from)
			delete(s.offsets, ps.tp)
		case r.code != 0:
			kerr := kafka.Error(r.code)
			if leaderMoved(kerr) {
				ps.parked = true // fresh metadata says who leads it now (tail_meta.go)
				t.kickMeta()
			}
			delete(s.offsets, ps.tp)
			t.failLocked(ps, fmt.Sprintf("fetch %s/%d: %s", ps.tp.Topic, ps.tp.Partition, kerr.Title()))
		case r.hw >= 0 && r.hw < r.p.from:
			// The log was wiped or replaced (a recreated topic, a broker
			// restarted empty, an unclean election): the position is past
			// the end. Start again at the new log start.
			why := fmt.Sprintf("the high watermark %d fell below the read position %d (partition wiped or recreated)", r.hw, r.p.from)
			if r.ls >= 0 {
				ps.pos = r.ls
				cut.last().restarted(ps.tp, r.ls, restartedText(r.ls, why), now)
			} else {
				ps.pos, ps.why, ps.wiped = logStart, why, true
			}
			t.cfg.Log.Info("tail restarted a partition", "topic", ps.tp.Topic, "partition", ps.tp.Partition, "why", why)
			t.clearErrLocked(ps)
		default:
			ps.pos = r.scan.next
			t.clearErrLocked(ps)
			cut.add(ps, r.p.from, r.scan)
		}
		cut.last().advances = append(cut.last().advances, advance{ps: ps, next: ps.pos})
	}
	return cut.done()
}

// cutter cuts one response's batches into decode jobs of about
// decodeChunk records, in the response's order.
type cutter struct {
	jobs []*job
	n    int // records in the last job
}

func (c *cutter) last() *job {
	if len(c.jobs) == 0 {
		c.jobs = append(c.jobs, &job{done: make(chan struct{})})
	}
	return c.jobs[len(c.jobs)-1]
}

// add cuts ps's batches into the jobs. A partition whose batches go on
// in the next job gets an advance in the job before, to where that job's
// records end, so that the records behind move as each piece is folded,
// not only when a whole response (some 30,000 records) is.
func (c *cutter) add(ps *partState, from int64, scan partScan) {
	for _, b := range scan.batches {
		if c.n >= decodeChunk {
			if len(c.last().raw) > 0 && c.last().raw[len(c.last().raw)-1].tp == ps.tp {
				c.last().advances = append(c.last().advances, advance{ps: ps, next: max(b.base, from)})
			}
			c.jobs = append(c.jobs, &job{done: make(chan struct{})})
			c.n = 0
		}
		j := c.last()
		j.raw = append(j.raw, rawPiece{tp: ps.tp, from: from, batch: b})
		c.n += max(b.records, 1)
	}
}

// done returns the jobs, none when the response brought nothing to fold
// (no records, no notes, no position moved).
func (c *cutter) done() []*job {
	if len(c.jobs) == 1 {
		j := c.jobs[0]
		if len(j.raw) == 0 && len(j.recs) == 0 && len(j.advances) == 0 {
			return nil
		}
	}
	return c.jobs
}

// clearErrLocked notes a good fetch of ps; t.mu is held.
func (t *Tail) clearErrLocked(ps *partState) {
	ps.fails = 0
	if ps.err != "" {
		ps.err = ""
		t.markDirty()
	}
}

// restartedText is the Log's word on a partition whose offsets start
// again at pos, what happened first (a narrow Log cuts its end), then why.
func restartedText(pos int64, why string) string {
	return fmt.Sprintf("offsets start again at the log start %d; the rows before are of its earlier log: %s", pos, why)
}

// leaderMoved reports whether err means "ask the metadata who leads".
func leaderMoved(err kafka.Error) bool {
	switch err {
	case kafka.NotLeaderForPartition, kafka.LeaderNotAvailable, kafka.UnknownTopicOrPartition,
		kafka.ReplicaNotAvailable, kafka.FencedLeaderEpoch, kafka.UnknownLeaderEpoch,
		kafka.KafkaStorageError, kafka.OffsetNotAvailable:
		return true
	}
	return false
}

// lookupLogStarts finds the log start of partitions whose position was
// lost (out of range, wiped) and resumes them there, with a word in the
// Log.
func (t *Tail) lookupLogStarts(ctx context.Context, parts []fetchPart) {
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	for _, p := range parts {
		req.Topics[p.ps.tp.Topic] = append(req.Topics[p.ps.tp.Topic], kafka.FirstOffsetOf(p.ps.tp.Partition), kafka.LastOffsetOf(p.ps.tp.Partition))
	}
	resp, err := t.cfg.Client.ListOffsets(ctx, req)
	now := time.Now()
	j := &job{done: make(chan struct{})}
	t.mu.Lock()
	for _, p := range parts {
		ps := p.ps
		ps.busy = false
		if err != nil {
			ps.parked = true
			t.failLocked(ps, fmt.Sprintf("log start of %s/%d: %v", ps.tp.Topic, ps.tp.Partition, err))
			continue
		}
		var found *kafka.PartitionOffsets
		for i, po := range resp.Topics[ps.tp.Topic] {
			if po.Partition == ps.tp.Partition {
				found = &resp.Topics[ps.tp.Topic][i]
			}
		}
		if found == nil || found.Error != nil || t.parts[ps.tp] != ps {
			ps.parked = true
			if found != nil && found.Error != nil {
				t.failLocked(ps, fmt.Sprintf("log start of %s/%d: %v", ps.tp.Topic, ps.tp.Partition, found.Error))
			}
			continue
		}
		ps.pos = found.FirstOffset
		if ps.lostAt > found.LastOffset {
			// Not retention: the log now ends before where the tail was.
			ps.why = fmt.Sprintf("the high watermark %d fell below the read position %d (partition wiped or recreated)", found.LastOffset, ps.lostAt)
			ps.wiped = true
		}
		ps.lostAt = 0
		if ps.wiped { // its offsets start again: what the Log held of it is of its earlier log
			j.restarted(ps.tp, ps.pos, restartedText(ps.pos, ps.why), now)
		} else {
			j.note(ps.tp, ps.pos, fmt.Sprintf("%s: resumed at the log start %d", ps.why, ps.pos), now)
		}
		ps.wiped = false
		t.cfg.Log.Info("tail resumed at the log start", "topic", ps.tp.Topic, "partition", ps.tp.Partition, "why", ps.why, "offset", ps.pos)
		ps.why = ""
		j.advances = append(j.advances, advance{ps: ps, next: ps.pos})
	}
	t.mu.Unlock()
	if len(j.recs) > 0 {
		t.enqueue(ctx, j)
	}
}
