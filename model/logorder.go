package model

import (
	"container/heap"
	"time"
)

// byTime orders a batch for the log. A batch is what the tail's fetches
// returned since the last fold: during a catch-up, one partition's run of
// minutes-old records after another's, so appended as it came the log
// would run backwards in time at every run boundary. byTime merges the
// batch's partition runs by timestamp (a record without one, or from the
// future, counts at now, as the views date it): each partition keeps its
// offset order, and the log's last row is the newest record. A batch
// already in time order (the steady state) is returned as it is.
func byTime(batch []Record, now time.Time) []Record {
	sorted := true
	for i := 1; i < len(batch) && sorted; i++ {
		sorted = !foldTime(batch[i].Time, now).Before(foldTime(batch[i-1].Time, now))
	}
	if sorted {
		return batch
	}
	type tp struct {
		topic string
		part  int
	}
	runOf := map[tp]int{}
	var runs [][]int // record indexes per partition, in batch order
	for i := range batch {
		k := tp{batch[i].Topic, batch[i].Partition}
		r, ok := runOf[k]
		if !ok {
			r = len(runs)
			runOf[k] = r
			runs = append(runs, nil)
		}
		runs[r] = append(runs[r], i)
	}
	h := &runHeap{batch: batch, now: now, runs: runs}
	for r := range runs {
		h.heads = append(h.heads, r)
	}
	heap.Init(h)
	out := make([]Record, 0, len(batch))
	for h.Len() > 0 {
		r := h.heads[0]
		out = append(out, batch[runs[r][0]])
		if runs[r] = runs[r][1:]; len(runs[r]) == 0 {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}

// runHeap orders partition runs by their next record's time; ties keep
// the arrival order (the head that came first in the batch).
type runHeap struct {
	batch []Record
	now   time.Time
	runs  [][]int
	heads []int // run numbers
}

func (h *runHeap) Len() int { return len(h.heads) }
func (h *runHeap) Less(i, j int) bool {
	a, b := h.heads[i], h.heads[j]
	ta, tb := foldTime(h.batch[h.runs[a][0]].Time, h.now), foldTime(h.batch[h.runs[b][0]].Time, h.now)
	if !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return h.runs[a][0] < h.runs[b][0]
}
func (h *runHeap) Swap(i, j int) { h.heads[i], h.heads[j] = h.heads[j], h.heads[i] }
func (h *runHeap) Push(x any)    { h.heads = append(h.heads, x.(int)) }
func (h *runHeap) Pop() any {
	x := h.heads[len(h.heads)-1]
	h.heads = h.heads[:len(h.heads)-1]
	return x
}
