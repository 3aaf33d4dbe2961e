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
	order := timeOrder(len(batch), func(i int) *Record { return &batch[i] }, now)
	if order == nil {
		return batch
	}
	out := make([]Record, len(batch))
	for i, j := range order {
		out[i] = batch[j]
	}
	return out
}

// timeOrder is byTime's order as indexes into n records (rec(i) is the
// i-th): nil when they are in time order already.
func timeOrder(n int, rec func(i int) *Record, now time.Time) []int {
	sorted := true
	for i := 1; i < n && sorted; i++ {
		sorted = !foldTime(rec(i).Time, now).Before(foldTime(rec(i-1).Time, now))
	}
	if sorted {
		return nil
	}
	runOf := map[TP]int{}
	var runs [][]int // record indexes per partition, in batch order
	for i := range n {
		r := rec(i)
		k := TP{r.Topic, r.Partition}
		ri, ok := runOf[k]
		if !ok {
			ri = len(runs)
			runOf[k] = ri
			runs = append(runs, nil)
		}
		runs[ri] = append(runs[ri], i)
	}
	h := &runHeap{rec: rec, now: now, runs: runs}
	for r := range runs {
		h.heads = append(h.heads, r)
	}
	heap.Init(h)
	out := make([]int, 0, n)
	for h.Len() > 0 {
		r := h.heads[0]
		out = append(out, runs[r][0])
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
	rec   func(i int) *Record
	now   time.Time
	runs  [][]int
	heads []int // run numbers
}

func (h *runHeap) Len() int { return len(h.heads) }
func (h *runHeap) Less(i, j int) bool {
	a, b := h.heads[i], h.heads[j]
	ta, tb := foldTime(h.rec(h.runs[a][0]).Time, h.now), foldTime(h.rec(h.runs[b][0]).Time, h.now)
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
