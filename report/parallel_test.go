package report

import (
	"sync/atomic"
	"testing"
)

func TestForEach(t *testing.T) {
	tests := []struct {
		name, reason string
		n, workers   int
	}{
		{"inline", "one worker runs every index on the calling goroutine", 50, 1},
		{"more workers than items", "the workers are capped by the items", 3, 8},
		{"default", "zero workers means GOMAXPROCS", 1000, 0},
		{"no items", "nothing to do returns at once", 0, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := make([]int32, tt.n)
			forEach(tt.n, tt.workers, func(i int) { atomic.AddInt32(&seen[i], 1) })
			for i, c := range seen {
				if c != 1 {
					t.Fatalf("index %d ran %d times, want once (%s)", i, c, tt.reason)
				}
			}
		})
	}
}

func TestForEachPanic(t *testing.T) {
	defer func() {
		if v := recover(); v != "boom" {
			t.Fatalf("recovered %v, want the worker's panic \"boom\" raised on the caller", v)
		}
	}()
	forEach(100, 4, func(i int) {
		if i == 37 {
			panic("boom")
		}
	})
	t.Fatal("forEach returned although a call panicked")
}
