package digest

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelRanges calls a worker's function on the ranges [lo,hi) of at
// most chunk indices that cover [0,n), on up to GOMAXPROCS goroutines;
// newWorker is called once per goroutine, so a worker may keep scratch
// space. Between chunks each goroutine looks at ctx and stops when it is
// done, so a cancelled call returns within one chunk's work, with ctx's
// error. progress, when set, is called after each chunk with the count of
// indices done, one call at a time. Functions must write their results by
// index: the order chunks run in is not fixed.
func parallelRanges(ctx context.Context, n, chunk int, progress func(done int), newWorker func() func(lo, hi int)) error {
	workers := min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk)
	var next atomic.Int64
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for range workers {
		f := newWorker()
		wg.Go(func() {
			for ctx.Err() == nil {
				lo := int(next.Add(int64(chunk)) - int64(chunk))
				if lo >= n {
					return
				}
				hi := min(n, lo+chunk)
				f(lo, hi)
				if progress != nil {
					mu.Lock()
					done += hi - lo
					progress(done)
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
