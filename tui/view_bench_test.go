package tui

import "testing"

// BenchmarkViewHealthy120x40 is the render cost of one idle frame: the
// dashboard re-renders on every tick, so this bounds its idle CPU.
func BenchmarkViewHealthy120x40(b *testing.B) {
	m := withReport(b, healthyReport(), 120, 40)
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkViewPermissionDenied120x40(b *testing.B) {
	m := withReport(b, permissionDeniedReport(), 120, 40)
	for b.Loop() {
		_ = m.View()
	}
}
