package source

import (
	"context"
	"sync"
)

// inParallel calls do(i) for every i in [0, n) with at most workers calls
// in flight, and returns when every call has returned: the goroutines it
// starts are its own. Once ctx ends, indexes not yet started are skipped,
// so their results stay zero; the caller reads ctx.Err() for them. It is
// the one request-and-collect loop of the poller (list groups per broker,
// describe groups per coordinator, offset fetches per group and per
// batch, list offsets per leader, configs per chunk).
func inParallel(ctx context.Context, n, workers int, do func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(max(workers, 1), n) {
		wg.Go(func() {
			for i := range jobs {
				do(i)
			}
		})
	}
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}
