//go:build linux

package e2e

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// 10,000 probe cycles against the private daemon while the controller is
// stopped and started every 1,000 cycles: goroutines and heap stay flat.
// Bounds: at most 2 goroutines and 4 MiB of live heap more than after the
// first 1,000 cycles (connection churn and GC timing, not growth).
func TestSoakTenThousandCyclesStayFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("soak")
	}
	c := startController(t, nil)
	eng := rootEngine(t, c)
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	measure := func() (int, uint64) {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return runtime.NumGoroutine(), ms.HeapAlloc
	}
	var warmG int
	var warmHeap uint64
	states := map[bool]int{}
	running := true
	for i := 1; i <= 10_000; i++ {
		r := model.Classify(eng.Cycle(ctx), cat)
		states[r.OK]++
		if i%1000 == 0 {
			if i == 1000 {
				warmG, warmHeap = measure()
			}
			var err error
			if running {
				err = shared.daemon.StopContainer(ctx, c.name)
			} else {
				err = shared.daemon.StartContainer(ctx, c.name)
			}
			if err != nil {
				t.Fatal(err)
			}
			running = !running
		}
	}
	g, heap := measure()
	t.Logf("after 10,000 cycles: %d goroutines (warm %d), heap %d KiB (warm %d KiB); ok %d, broken %d",
		g, warmG, heap>>10, warmHeap>>10, states[true], states[false])
	if g > warmG+2 {
		t.Errorf("goroutines grew from %d to %d", warmG, g)
	}
	if heap > warmHeap+4<<20 {
		t.Errorf("heap grew from %d to %d bytes", warmHeap, heap)
	}
	if states[true] == 0 || states[false] == 0 {
		t.Errorf("the soak never saw both states: %v", states)
	}
}
