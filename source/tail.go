package source

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Tail reads the watched partitions the way a consumer does, with none of
// a consumer's side effects: one fetch loop per broker, each Fetch carrying
// every tailed partition that broker leads, long-polling, with an
// incremental fetch session (KIP-227) so an idle request and its response
// stay small however many partitions are tailed. No consumer group, no
// offset commits, no topic auto-creation.
//
// Records flow fetch loop → decode stage (Decoder.Prepare, parallel, off
// the store's lock) → fold (Run, in fetch order, one lock per chunk).
// Bytes fetched but not yet folded are capped by TailConfig.InFlightBytes.
type Tail struct {
	cfg     TailConfig
	budget  *budget
	decoder *model.Decoder
	follow  chan []model.PartitionStat // the latest poll's partitions, for Run
	jobs    chan *job                  // fetched batches in fetch order, for the fold
	work    chan *job                  // the same batches, for the decode workers
	dirty   chan struct{}              // the tail's stat changed without a fold
	reqs    atomic.Int64               // Fetch requests sent

	mu      sync.Mutex
	parts   map[model.TP]*partState
	started bool              // a poll has been applied: later partitions read from their first record
	gone    map[model.TP]bool // partitions dropped after polls stopped listing them
	// left is where the tail stopped reading a partition it dropped (the
	// next offset): read again while the topic still stands, it resumes
	// there, so the Log holds each record once (ut22b N1: a busiest pick
	// that moved away and back read the topic again from its first record).
	left   map[model.TP]int64
	wakes  map[int]chan struct{}
	polls  uint64             // polls applied; partState.seen says which one last listed a partition
	starts map[model.TP]int64 // chosen start offsets not applied yet (StartAt)
	stat   statTrack

	versions kversions    // the cluster's ApiVersions, asked once
	fetchV   atomic.Int32 // the Fetch version to send; 0 until known

	// Fresh metadata (tail_meta.go): kick wakes metaLoop, which hands its
	// answers to Run on metaRes.
	kick     chan struct{}
	metaRes  chan metaAnswer
	ids      map[string][16]byte // topic ids the polls gave, by topic
	deleted  map[string]bool     // topics seen deleted: a word when they come back
	unlisted map[string]bool     // topics read that a poll stopped listing: to ask about
}

// partState is one tailed partition. Its fields are guarded by Tail.mu.
type partState struct {
	tp     model.TP
	leader int
	pos    int64  // next offset to fetch; logStart: look the log start up first
	shown  int64  // the offset after the last one folded
	high   int64  // the latest high watermark seen (fetch response or poll)
	busy   bool   // in a fetch (or a log-start lookup) right now
	parked bool   // a leader error: not fetched until the next poll says who leads
	missed int    // consecutive polls that did not list the partition
	seen   uint64 // the poll that last listed it (Tail.polls)
	fails  int    // consecutive failed fetches
	err    string
	why    string // why the log start is being looked up (a note for the Log)
	lostAt int64  // the position that was out of range
	wiped  bool   // the log now ends before the read position: its offsets start again
}

// logStart is a position meaning "the partition's log start, to be looked up".
const logStart = -1

// forgetAfter is how many polls in a row must miss a partition (a deleted
// topic, an unwatched one) before the tail stops reading it: one missing
// poll may be a metadata hiccup.
const forgetAfter = 3

// maxGone bounds the partitions remembered as gone (for the note when one
// comes back).
const maxGone = 100_000

// showErrAfter is how many fetches in a row must fail before a
// partition's row shows the error: one failure during a leader move is
// routine.
const showErrAfter = 3

// TailConfig is what a tail reads from, where it folds, and how much it
// may ask of the brokers and of memory.
type TailConfig struct {
	Client *kafka.Client
	Store  *model.Store
	Start  Start
	Log    *slog.Logger
	// InFlightBytes caps the bytes fetched but not yet folded, end to end
	// (default 32 MiB).
	InFlightBytes int64
	// MaxBytes caps one fetch response (default an eighth of
	// InFlightBytes, at most 16 MiB: several responses in flight let
	// fetching and decoding overlap), and PartitionMaxBytes one partition's share of it
	// (default MaxBytes: a catch-up of one partition fills whole responses).
	MaxBytes          int64
	PartitionMaxBytes int64
	// MaxWait is how long a broker holds a fetch when it has less than
	// MinBytes to send (defaults 500 ms and 64 KiB): an idle tail sends
	// about two requests a second per broker, a busy one one per 64 KiB
	// (at 5,000 records/s, 11 a second instead of 200 with MinBytes 1),
	// and a record waits at most MaxWait to be shown.
	MaxWait  time.Duration
	MinBytes int32
	// ShowAborted is whether Logs start showing the records of aborted
	// transactions (--show-aborted). The tail keeps them either way,
	// marked model.Record.Aborted, and display decides; it reads
	// read_committed: an open transaction's records appear when it commits.
	ShowAborted bool
	// NoSessions turns incremental fetch sessions (KIP-227) off: every
	// request then lists every partition.
	NoSessions bool
	// DecodeWorkers is how many batches are decoded at once (default the
	// number of CPUs).
	DecodeWorkers int
	// BeforeFold, when set, runs on each fetched batch in the decode
	// stage, before the batch is prepared and folded: schema decoding
	// (Registry.Decode) happens here, off the store's lock and off the
	// brokers' fetch loops, and may wait for a registry look-up (bounded
	// by its timeout).
	BeforeFold func(ctx context.Context, batch []model.Record)
}

func (c *TailConfig) defaults() {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.InFlightBytes <= 0 {
		c.InFlightBytes = 32 << 20
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = min(c.InFlightBytes/8, 16<<20)
	}
	c.MaxBytes = max(c.MaxBytes, 64<<10)
	if c.PartitionMaxBytes <= 0 {
		c.PartitionMaxBytes = c.MaxBytes
	}
	if c.MaxWait <= 0 {
		c.MaxWait = 500 * time.Millisecond
	}
	if c.MinBytes <= 0 {
		c.MinBytes = 64 << 10
	}
	if c.DecodeWorkers <= 0 {
		c.DecodeWorkers = runtime.GOMAXPROCS(0)
	}
}

// NewTail makes a tail. Nothing runs until Run.
func NewTail(cfg TailConfig) *Tail {
	cfg.defaults()
	return &Tail{
		cfg:     cfg,
		budget:  newBudget(cfg.InFlightBytes),
		decoder: cfg.Store.Decoder(),
		follow:  make(chan []model.PartitionStat, 1),
		jobs:    make(chan *job, 64),
		work:    make(chan *job, 64),
		dirty:   make(chan struct{}, 1),
		parts:   map[model.TP]*partState{},
		gone:    map[model.TP]bool{},
		left:    map[model.TP]int64{},
		wakes:   map[int]chan struct{}{},
		kick:    make(chan struct{}, 1), metaRes: make(chan metaAnswer),
		ids: map[string][16]byte{}, deleted: map[string]bool{}, unlisted: map[string]bool{},
	}
}

// Follow hands the tail the partitions the latest poll found, with their
// leaders and watermarks: new ones are read, ones several polls no longer
// list are dropped, and each partition's fetches go to its leader. It is
// the poller's OnPartitions hook; it never waits for the tail (a newer
// poll replaces one not yet applied), only for ctx.
func (t *Tail) Follow(ctx context.Context, parts []model.PartitionStat) {
	select {
	case <-t.follow: // superseded
	default:
	}
	select {
	case t.follow <- parts:
	case <-ctx.Done():
	}
}

// FollowHook is Follow bound to ctx, the shape of the poller's
// OnPartitions hook.
func (t *Tail) FollowHook(ctx context.Context) func([]model.PartitionStat) {
	return func(parts []model.PartitionStat) { t.Follow(ctx, parts) }
}

// Run reads and folds until ctx ends, then waits for its fetch loops and
// decode workers to stop. Partitions come from Follow, before or while
// Run runs.
func (t *Tail) Run(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Wait()
	for range t.cfg.DecodeWorkers {
		wg.Go(func() { t.decodeWorker(ctx) })
	}
	wg.Go(func() { t.metaLoop(ctx) })
	loops := map[int]bool{}
	startLoops := func(ids []int) {
		for _, id := range ids {
			if !loops[id] {
				loops[id] = true
				wake := t.wakeOf(id)
				wg.Go(func() { t.brokerLoop(ctx, id, wake) })
			}
		}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case parts := <-t.follow:
			ids, notes := t.apply(parts, time.Now())
			startLoops(ids)
			t.publish([][]model.Prepared{t.decoder.Prepare(notes)}, time.Now())
		case a := <-t.metaRes:
			ids, notes := t.reroute(a, time.Now())
			close(a.done)
			startLoops(ids)
			t.publish([][]model.Prepared{t.decoder.Prepare(notes)}, time.Now())
		case j := <-t.jobs:
			t.fold(ctx, j)
		case <-t.dirty:
			t.publish(nil, time.Now())
		}
	}
}

// apply makes the tail's partitions match a poll's, and returns the
// brokers that lead any of them and notes for the Log (a topic back after
// it was deleted).
func (t *Tail) apply(parts []model.PartitionStat, now time.Time) ([]int, []model.Record) {
	var notes []model.Record
	t.mu.Lock()
	defer t.mu.Unlock()
	t.polls++
	notes = t.idsLocked(parts, now)
	leaders := map[int]bool{}
	listed, back := map[string]bool{}, map[string]bool{}
	for _, p := range parts {
		k := model.TP{Topic: p.Topic, Partition: p.Partition}
		leaders[p.Leader] = true
		listed[k.Topic] = true
		ps := t.parts[k]
		if ps == nil {
			if t.deleted[k.Topic] || back[k.Topic] { // back after the tail saw it deleted: one word for the topic
				if !back[k.Topic] {
					back[k.Topic] = true
					delete(t.deleted, k.Topic)
					notes = append(notes, recreatedNote(k.Topic, now))
					for g := range t.gone { // the old topic's partitions are not "back": it is a new topic
						if g.Topic == k.Topic {
							delete(t.gone, g)
						}
					}
				}
				delete(t.gone, k)
			}
			// What exists at start begins where Start says; a partition
			// or topic that appears later is read from its first record.
			pos := p.Low
			if !t.started {
				pos = t.cfg.Start.offset(p.Low, p.High)
			}
			resumed := false
			if off, was := t.left[k]; was {
				delete(t.left, k)
				if !t.deleted[k.Topic] && !back[k.Topic] && off >= p.Low && off <= p.High {
					pos, resumed = off, true
				}
			}
			if off, chosen := t.starts[k]; chosen {
				pos = off
				delete(t.starts, k)
			}
			t.parts[k] = &partState{tp: k, leader: p.Leader, pos: pos, shown: pos, high: p.High, seen: t.polls}
			// With topic ids, a topic recreated is said once for the whole
			// topic (idsLocked), and a partition listed again is only a
			// poll from a stale metadata cache (kafka-go's, refreshed every
			// 10 s) catching up: no word. Without ids (brokers before 2.8)
			// this is how a recreated topic shows.
			_, haveID := t.ids[k.Topic]
			if t.gone[k] && !haveID && !resumed {
				notes = append(notes, model.Record{Topic: k.Topic, Partition: k.Partition, Offset: pos, Time: now, Restart: true,
					Note: fmt.Sprintf("the partition is back after it was gone (topic deleted and recreated?): reading from its first record %d", pos)})
			}
			delete(t.gone, k)
			continue
		}
		ps.missed, ps.parked, ps.leader, ps.seen = 0, false, p.Leader, t.polls
		if !ps.busy {
			ps.high = p.High
		}
	}
	for k, ps := range t.parts {
		if ps.seen != t.polls {
			if ps.missed == 0 && !listed[k.Topic] { // the whole topic is gone from the poll: deleted?
				t.unlisted[k.Topic] = true
				t.kickMeta()
			}
			if ps.missed++; ps.missed >= forgetAfter {
				delete(t.parts, k)
				if len(t.gone) < maxGone {
					t.gone[k] = true
				}
				// A whole topic no longer read (the busiest pick moved, a
				// view closed) resumes where it stopped if read again; a
				// partition gone from a topic still listed is a topic
				// recreated smaller, read from its first record when back.
				// A fetch in flight is dropped (fetch.go): pos is what was kept.
				if len(t.left) < maxGone && !listed[k.Topic] {
					t.left[k] = ps.pos
				}
			}
		}
	}
	t.started = t.started || len(parts) > 0
	t.wakeAllLocked()
	ids := make([]int, 0, len(leaders))
	for id := range leaders {
		ids = append(ids, id)
	}
	return ids, notes
}

// StartAt makes topic's partitions read from the given offsets (issue 15:
// a topic watched from a chosen place): a partition being read moves
// there as soon as no fetch of it is in flight, one not read yet starts
// there when a poll lists it. Records read again that the Log still holds
// are not kept twice: the store files a record once, whatever reads it
// (model/store_held.go).
func (t *Tail) StartAt(topic string, offsets map[int]int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.starts == nil {
		t.starts = map[model.TP]int64{}
	}
	for part, off := range offsets {
		k := model.TP{Topic: topic, Partition: part}
		t.starts[k] = off
		if ps := t.parts[k]; ps != nil && !ps.busy {
			t.moveLocked(ps, off)
		}
	}
	t.wakeAllLocked()
}

// moveLocked moves ps to a chosen offset; t.mu is held.
func (t *Tail) moveLocked(ps *partState, off int64) {
	ps.pos, ps.shown, ps.parked = off, off, false
	delete(t.starts, ps.tp)
}

// wakeAllLocked pokes every fetch loop; t.mu is held.
func (t *Tail) wakeAllLocked() {
	for _, w := range t.wakes {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

// wakeOf is broker id's wake-up channel: apply pokes it when partitions
// may have moved to it.
func (t *Tail) wakeOf(id int) chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	w := t.wakes[id]
	if w == nil {
		w = make(chan struct{}, 1)
		t.wakes[id] = w
	}
	return w
}

// Position sums, over every tailed partition, the offset after the last
// record folded: compared with the high watermarks it says how far behind
// the tail is.
func (t *Tail) Position() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var n int64
	for _, ps := range t.parts {
		n += ps.shown
	}
	return n
}

// Following counts the partitions being read.
func (t *Tail) Following() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.parts)
}

// Requests counts the Fetch requests sent so far, every broker together.
func (t *Tail) Requests() int64 { return t.reqs.Load() }

// markDirty asks Run to publish the tail's stat (an error appeared or
// cleared).
func (t *Tail) markDirty() {
	select {
	case t.dirty <- struct{}{}:
	default:
	}
}

// copyBytes copies b keeping nil (a null header value) apart from empty.
func copyBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
