package source

import (
	"context"
	"fmt"
	"maps"
	"time"

	"github.com/washboard/washboard/model"
)

// job is a piece of one fetch response on its way to the store: its
// batches copied out and decoded by a worker, then folded by Run in the
// order fetched.
type job struct {
	raw      []rawPiece       // batches still in the response's buffer
	recs     []model.Record   // notes, then (once a worker copied them) the records
	prepared []model.Prepared // set by the decode stage
	bytes    int64            // in-flight bytes, given back to the budget once folded
	advances []advance        // where each partition stands once this job is folded
	done     chan struct{}    // closed when prepared is set
}

// rawPiece is one batch of a partition in a job.
type rawPiece struct {
	tp    model.TP
	from  int64 // the fetch offset: records before it were read already
	batch rawBatch
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

// restarted adds the word that tp's offsets start again at offset (the
// log wiped or replaced): the Log marks what it held of tp before as of
// its earlier log (model.Record.Restart).
func (j *job) restarted(tp model.TP, offset int64, text string, now time.Time) {
	j.note(tp, offset, text, now)
	j.recs[len(j.recs)-1].Restart = true
}

// decodeChunk is about how many records one decode job holds: a big
// response is cut so that every worker gets a share of it.
const decodeChunk = 2048

// enqueue hands jobs to the decode workers and, in order, to the fold. It
// reports false when ctx ended first.
func (t *Tail) enqueue(ctx context.Context, jobs ...*job) bool {
	for _, j := range jobs {
		select {
		case t.jobs <- j:
		case <-ctx.Done():
			return false
		}
		select {
		case t.work <- j:
		case <-ctx.Done():
			return false
		}
	}
	return true
}

// decodeWorker is the decode stage's goroutine: it prepares each job's
// records off the store's lock.
func (t *Tail) decodeWorker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-t.work:
			t.copyOut(j)
			if len(j.recs) > 0 && t.cfg.BeforeFold != nil {
				t.cfg.BeforeFold(ctx, j.recs) // schema decoding: may wait for the registry
			}
			j.prepared = t.decoder.Prepare(j.recs) // points into j.recs
			close(j.done)
		}
	}
}

// copyOut copies j's batches out of the response's buffer into j.recs;
// a batch that cannot be read becomes a note saying so.
func (t *Tail) copyOut(j *job) {
	n := len(j.recs)
	for _, p := range j.raw {
		n += p.batch.records
	}
	out := partRead{recs: make([]model.Record, len(j.recs), n)}
	copy(out.recs, j.recs)
	for _, p := range j.raw {
		// Records of aborted transactions are kept, marked: each session's
		// Log shows them or not (its a key), views never take them.
		if err := copyBatch(p.tp, p.batch, p.from, true, &out); err != nil {
			t.cfg.Log.Warn("tail read failed", "topic", p.tp.Topic, "partition", p.tp.Partition, "err", err)
			out.recs = append(out.recs, model.Record{Topic: p.tp.Topic, Partition: p.tp.Partition, Offset: p.batch.base,
				Time: time.Now(), Note: fmt.Sprintf("read %s/%d: %v (skipped)", p.tp.Topic, p.tp.Partition, err)})
		}
	}
	j.recs, j.raw = out.recs, nil
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
