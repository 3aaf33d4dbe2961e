package source

import (
	"context"
	"maps"
	"time"

	"github.com/washboard/washboard/model"
)

// job is one fetch response's worth of records on its way to the store:
// decoded by a worker, then folded by Run in the order fetched.
type job struct {
	recs     []model.Record
	prepared []model.Prepared // set by the decode stage
	bytes    int64            // payload bytes, given back to the budget once folded
	advances []advance        // where each partition stands once this job is folded
	done     chan struct{}    // closed when prepared is set
}

// advance is a partition's position after a job.
type advance struct {
	ps   *partState
	next int64
}

// note adds a word from the tail to the job: a Log line about tp at offset.
func (j *job) note(tp model.TP, offset int64, text string, now time.Time) {
	j.recs = append(j.recs, model.Record{Topic: tp.Topic, Partition: tp.Partition, Offset: offset, Time: now, Note: text})
}

// decodeChunk caps the records of one decode job: a big response is
// split so every worker gets a share of it.
const decodeChunk = 2048

// enqueue hands j to the decode workers and, in fetch order, to the fold,
// in pieces of at most decodeChunk records (the last carries j's
// positions and bytes). It reports false when ctx ended first.
func (t *Tail) enqueue(ctx context.Context, j *job) bool {
	for len(j.recs) > decodeChunk {
		piece := &job{recs: j.recs[:decodeChunk:decodeChunk], done: make(chan struct{})}
		piece.advances = pieceAdvances(j.advances, piece.recs)
		j.recs = j.recs[decodeChunk:]
		if !t.enqueue1(ctx, piece) {
			return false
		}
	}
	return t.enqueue1(ctx, j)
}

func (t *Tail) enqueue1(ctx context.Context, j *job) bool {
	select {
	case t.jobs <- j:
	case <-ctx.Done():
		return false
	}
	select {
	case t.work <- j:
		return true
	case <-ctx.Done():
		return false
	}
}

// decodeWorker is the decode stage's goroutine: it prepares each job's
// records off the store's lock.
func (t *Tail) decodeWorker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-t.work:
			if len(j.recs) > 0 && t.cfg.BeforeFold != nil {
				t.cfg.BeforeFold(ctx, j.recs) // schema decoding: may wait for the registry
			}
			j.prepared = t.decoder.Prepare(j.recs) // points into j.recs
			close(j.done)
		}
	}
}

// foldChunk caps the records folded under one write lock: a catch-up of a
// million records must not hold every session's renderer for long.
const foldChunk = 4096

// fold files j, and every further job already decoded, into the store
// under one lock (up to foldChunk records), then gives their bytes back.
func (t *Tail) fold(ctx context.Context, j *job) {
	batch := []*job{}
	n := 0
	for {
		select {
		case <-j.done:
		case <-ctx.Done():
			return
		}
		batch = append(batch, j)
		n += len(j.prepared)
		if n >= foldChunk {
			break
		}
		var more bool
		select {
		case j, more = <-t.jobs:
		default:
		}
		if !more {
			break
		}
	}
	prepared := make([][]model.Prepared, len(batch))
	for i, b := range batch {
		prepared[i] = b.prepared
	}
	t.mu.Lock()
	var bytes int64
	for _, b := range batch {
		for _, a := range b.advances {
			a.ps.shown = a.next
		}
		bytes += b.bytes
	}
	t.mu.Unlock()
	t.publish(prepared, time.Now())
	t.budget.give(bytes)
}

// Catch-up thresholds: the tail is catching up from when it is more than
// catchUpFrom records behind until it is at most caughtUpAt behind.
const (
	catchUpFrom = 5000
	caughtUpAt  = 500
)

// statTrack is what the tail remembers between two stats.
type statTrack struct {
	last  model.TailStat
	drain model.DrainMeter // the catch-up's pace (catchup.go)
}

// publish folds prepared batches (possibly none) and, when the tail's
// progress changed, its new stat, under one lock.
func (t *Tail) publish(prepared [][]model.Prepared, now time.Time) {
	t.mu.Lock()
	st := model.TailStat{Following: len(t.parts), CatchUp: t.stat.last.CatchUp, CaughtUpAt: t.stat.last.CaughtUpAt}
	var errs map[model.TP]string
	for _, ps := range t.parts {
		st.Behind += max(ps.high-ps.shown, 0)
		if ps.err != "" {
			if errs == nil {
				errs = map[model.TP]string{}
			}
			errs[ps.tp] = ps.err
		}
	}
	switch {
	case st.CatchUp == 0 && st.Behind > catchUpFrom:
		st.CatchUp = st.Behind
	case st.CatchUp > 0 && st.Behind <= caughtUpAt:
		st.CatchUp, st.CaughtUpAt = 0, now
	case st.CatchUp > 0 && st.Behind > st.CatchUp:
		st.CatchUp = st.Behind // more arrived than the bar's whole: grow it
	}
	t.stat.measure(&st, len(prepared) > 0, now)
	st.Errs = errs
	prev := t.stat.last
	changed := st.Following != prev.Following || st.Behind != prev.Behind || st.CatchUp != prev.CatchUp || st.Drain != prev.Drain ||
		!st.CaughtUpAt.Equal(prev.CaughtUpAt) || !maps.Equal(st.Errs, prev.Errs)
	if changed {
		t.stat.last = st
	}
	t.mu.Unlock()
	if !changed {
		t.cfg.Store.FoldTail(now, nil, prepared...)
		return
	}
	t.cfg.Store.FoldTail(now, &st, prepared...)
}
