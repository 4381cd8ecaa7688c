package summarize

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallel calls a worker's function for each index in [0,n) on at most
// GOMAXPROCS goroutines. newWorker is called once per goroutine, so each
// worker may keep scratch state without locking. The functions must write
// their results by index: the order they run in is not fixed.
func parallel(n int, newWorker func() func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		f := newWorker()
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		f := newWorker()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
