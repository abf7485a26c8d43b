package tui

import (
	"runtime"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// A dashboard left open for days sees many reports and state flips: once
// the timeline ring is full (after ~100 flips of five checks) memory must
// stay flat. 1,500 flips, every one a state change, is the worst case; the
// engine's 10,000-cycle soak runs in the e2e suite.
func TestFlippingReportsKeepMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("soak")
	}
	m := withReport(t, healthyReport(), 120, 40)
	reports := []func() model.Report{healthyReport, permissionDeniedReport, groupPendingReport, daemonDownReport, controllerStoppedReport}
	at := t0
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var warm uint64
	for i := range 1_500 {
		at = at.Add(time.Second)
		m, _ = keys(t, m, "r")
		m, _ = deliver(t, m, reports[i%len(reports)](), at, time.Millisecond)
		if i%97 == 0 {
			_ = m.View()
		}
		if i == 600 {
			warm = heap()
		}
	}
	if n := len(m.timeline.Entries()); n > timelineCap {
		t.Fatalf("timeline holds %d entries, cap is %d", n, timelineCap)
	}
	const slack = 2 << 20
	if end := heap(); end > warm+slack {
		t.Fatalf("heap grew from %d to %d bytes over 900 reports (allowed %d)", warm, end, slack)
	}
}
