package source

import (
	"context"
	"sync"
)

// budget bounds the bytes fetched but not yet folded: a fetch reserves
// its response's maximum before it is sent, gives back what the response
// did not use when it arrives, and the rest is given back once the
// records are folded. A catch-up of a huge topic therefore holds at most
// the budget in flight plus one response, whatever the broker could send.
// A response is capped in wire bytes; compressed batches take more once
// read, so the one response over the budget can be its compression ratio
// times max_bytes (the next fetch then waits until it is folded).
type budget struct {
	mu    sync.Mutex
	free  int64
	total int64
	wake  chan struct{} // closed and replaced whenever bytes are given back
}

func newBudget(total int64) *budget {
	return &budget{free: total, total: total, wake: make(chan struct{})}
}

// take waits until n bytes are free (or, when n is more than the whole
// budget, until nothing else is in flight) and takes them. It reports
// false when ctx ends first.
func (b *budget) take(ctx context.Context, n int64) bool {
	n = min(n, b.total)
	for {
		b.mu.Lock()
		if b.free >= n {
			b.free -= n
			b.mu.Unlock()
			return true
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-ctx.Done():
			return false
		case <-wake:
		}
	}
}

// give returns n bytes. A response larger than its reservation (a broker
// sends at least one whole batch) may drive free below zero for a while;
// the next take waits until it is paid back.
func (b *budget) give(n int64) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}

// inFlight is the bytes taken and not yet given back.
func (b *budget) inFlight() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.total - b.free
}
