package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"

	"github.com/washboard/washboard/model"
)

// Tail reads partitions directly with Fetch requests: no consumer group,
// no offset commits, no topic auto-creation (kafka-go's Reader looks
// partitions up with a metadata request that may create topics, so the
// tail does not use it). It folds what it reads into the store in
// batches, one lock per batch.
type Tail struct {
	cfg     TailConfig
	ctx     context.Context
	batches chan []model.Record
	wg      sync.WaitGroup

	mu      sync.Mutex
	running map[tp]*partReader
	starts  map[tp]int64 // chosen start offsets for readers not started yet (StartAt)
}

// partReader is one partition's reader goroutine, as Follow sees it.
type partReader struct {
	pos    atomic.Int64 // next offset to read
	stop   context.CancelFunc
	missed int // consecutive polls that did not list the partition
}

// foldChunk caps the records folded under one write lock: a catch-up of a
// million records must not hold every session's renderer for a second.
const foldChunk = 4096

// forgetAfter is how many polls in a row must miss a partition (a deleted
// topic, an unwatched one) before its reader stops: one missing poll may
// be a metadata hiccup.
const forgetAfter = 3

// TailConfig is what a tail reads from and where it folds.
type TailConfig struct {
	Client *kafka.Client
	Store  *model.Store
	Start  Start
	Log    *slog.Logger
	// MaxBytes caps one fetch response (default 4 MiB).
	MaxBytes int64
	// BeforeFold, when set, runs on each fetched batch in the partition's
	// reader goroutine, before the batch is queued for folding: schema
	// decoding (Registry.Decode) happens here, off the store's lock, and
	// may wait for a registry look-up (bounded by its timeout).
	BeforeFold func(ctx context.Context, batch []model.Record)
}

// NewTail makes a tail whose partition readers live until ctx ends.
func NewTail(ctx context.Context, cfg TailConfig) *Tail {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 4 << 20
	}
	return &Tail{cfg: cfg, ctx: ctx, batches: make(chan []model.Record, 256), running: make(map[tp]*partReader)}
}

type tp struct {
	topic     string
	partition int
}

// Run folds fetched batches into the store until the tail's context ends,
// then waits for every partition reader to stop. Partitions are added with
// Follow, before or while Run runs.
func (t *Tail) Run() {
	ctx := t.ctx
	defer t.wg.Wait()
	pending := make([]model.Record, 0, 1024)
	for {
		select {
		case <-ctx.Done():
			return
		case b := <-t.batches:
			pending = append(pending[:0], b...)
			// Take whatever else is already waiting: one fold, one lock
			// and one change signal for all of it.
		drain:
			for len(pending) < foldChunk {
				select {
				case more := <-t.batches:
					pending = append(pending, more...)
				default:
					break drain
				}
			}
			t.cfg.Store.Fold(pending, time.Now())
			clear(pending) // let the log ring own the records' bytes alone
		}
	}
}

// Follow makes the readers match parts, the partitions the latest poll
// found: it starts a reader for each new one and stops the reader of a
// partition that several polls in a row no longer list. It is the
// poller's OnPartitions hook.
func (t *Tail) Follow(parts []model.PartitionStat) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.ctx.Err() != nil {
		return
	}
	seen := make(map[tp]bool, len(parts))
	for _, p := range parts {
		k := tp{p.Topic, p.Partition}
		seen[k] = true
		if r := t.running[k]; r != nil {
			r.missed = 0
			continue
		}
		off, chosen := t.starts[k]
		if !chosen {
			off = t.cfg.Start.offset(p.Low, p.High)
		}
		delete(t.starts, k)
		t.start(k, off)
	}
	for k, r := range t.running {
		if !seen[k] {
			if r.missed++; r.missed >= forgetAfter {
				r.stop()
				delete(t.running, k)
			}
		}
	}
}

// StartAt makes topic's partitions read from the given offsets: a running
// reader of the topic stops, and the next Follow that lists a partition
// starts its reader there (issue 15: a topic watched from a chosen place).
func (t *Tail) StartAt(topic string, offsets map[int]int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.starts == nil {
		t.starts = map[tp]int64{}
	}
	for part, off := range offsets {
		k := tp{topic, part}
		t.starts[k] = off
		if r := t.running[k]; r != nil {
			r.stop()
			delete(t.running, k)
		}
	}
}

// start runs a reader for k from offset; t.mu is held.
func (t *Tail) start(k tp, offset int64) {
	ctx, stop := context.WithCancel(t.ctx)
	r := &partReader{stop: stop}
	r.pos.Store(offset)
	t.running[k] = r
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer stop()
		t.readPartition(ctx, k, &r.pos)
	}()
}

// Position sums, over every followed partition, the next offset the tail
// will read: compared with the high watermarks it says how far behind the
// tail is.
func (t *Tail) Position() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var n int64
	for _, r := range t.running {
		n += r.pos.Load()
	}
	return n
}

// Following counts the partitions being read.
func (t *Tail) Following() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.running)
}

func (t *Tail) readPartition(ctx context.Context, k tp, pos *atomic.Int64) {
	backoff := 100 * time.Millisecond
	offset := pos.Load()
	for ctx.Err() == nil {
		next, err := t.fetch(ctx, k, offset)
		if next >= 0 {
			pos.Store(next)
		}
		if err == nil {
			offset, backoff = next, 100*time.Millisecond
			continue
		}
		if ctx.Err() != nil {
			return
		}
		var kerr kafka.Error
		if errors.As(err, &kerr) && kerr == kafka.OffsetOutOfRange {
			// Retention moved the log start past us: resume at the oldest
			// record still there rather than failing.
			offset = -2
		}
		{
			t.cfg.Log.Warn("tail fetch failed", "topic", k.topic, "partition", k.partition, "err", err)
		}
		if !Sleep(ctx, backoff) {
			return
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

// fetch reads one batch at offset and returns the next offset to read.
func (t *Tail) fetch(ctx context.Context, k tp, offset int64) (int64, error) {
	resp, err := t.cfg.Client.Fetch(ctx, &kafka.FetchRequest{
		Topic: k.topic, Partition: k.partition, Offset: offset,
		MinBytes: 1, MaxBytes: t.cfg.MaxBytes, MaxWait: 500 * time.Millisecond,
	})
	if err != nil {
		return offset, fmt.Errorf("tail %s/%d: %w", k.topic, k.partition, err)
	}
	if resp.Error != nil {
		return offset, fmt.Errorf("tail %s/%d at %d: %w", k.topic, k.partition, offset, resp.Error)
	}
	if offset < 0 {
		offset = resp.LogStartOffset
	}
	batch, next, err := readRecords(k, resp.Records, offset)
	if len(batch) > 0 && t.cfg.BeforeFold != nil {
		t.cfg.BeforeFold(ctx, batch)
	}
	if len(batch) > 0 {
		select {
		case t.batches <- batch:
		case <-ctx.Done():
			return next, ctx.Err()
		}
	}
	if err != nil {
		return next, fmt.Errorf("tail %s/%d: %w", k.topic, k.partition, err)
	}
	return next, nil
}

// readRecords copies a fetch response's records out of kafka-go's buffers,
// skipping any before offset (a compressed batch may start earlier).
func readRecords(k tp, rs kafka.RecordReader, offset int64) ([]model.Record, int64, error) {
	if rs == nil {
		return nil, offset, nil
	}
	defer closeRecords(rs)
	var batch []model.Record
	for {
		r, err := rs.ReadRecord()
		if errors.Is(err, io.EOF) {
			return batch, offset, nil
		}
		if err != nil {
			return batch, offset, err
		}
		if r.Offset < offset {
			continue
		}
		rec := model.Record{Topic: k.topic, Partition: k.partition, Offset: r.Offset, Time: r.Time}
		if rec.Key, err = protocol.ReadAll(r.Key); err == nil {
			rec.Value, err = protocol.ReadAll(r.Value)
		}
		if err != nil {
			return batch, offset, fmt.Errorf("record at offset %d: %w", r.Offset, err)
		}
		for _, h := range r.Headers {
			rec.Headers = append(rec.Headers, model.Header{Key: h.Key, Value: copyBytes(h.Value)})
		}
		batch = append(batch, rec)
		offset = r.Offset + 1
	}
}

func closeRecords(rs kafka.RecordReader) {
	if c, ok := rs.(io.Closer); ok {
		_ = c.Close()
	}
}

// copyBytes copies b keeping nil (a null header value) apart from empty.
func copyBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
