package report

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach calls f(i) for every i in [0, n) on up to workers goroutines
// (GOMAXPROCS when workers is 0 or less) and returns when all calls are
// done. Each call must write only to the results of its own index, which
// keeps the output the same whatever the number of workers. With one
// worker, or one item, everything runs on the calling goroutine. A panic in
// a call is raised again on the calling goroutine, so that a caller's
// recover sees it as it would without workers.
func forEach(n, workers int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		once  sync.Once
		fault any
	)
	for range workers {
		wg.Go(func() {
			defer func() {
				if v := recover(); v != nil {
					once.Do(func() { fault = v })
					next.Store(int64(n)) // stop handing out work
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
	if fault != nil {
		panic(fault)
	}
}
