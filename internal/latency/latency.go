// Package latency collects per-iteration durations in benchmarks so they
// can report percentiles, not only the mean that ns/op gives.
package latency

import (
	"sort"
	"testing"
	"time"
)

// Samples are the measured durations of a benchmark's iterations.
type Samples []time.Duration

// Report adds p50-ms and p95-ms metrics to b.
func (s Samples) Report(b *testing.B) {
	if len(s) == 0 {
		return
	}
	sorted := append(Samples(nil), s...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	b.ReportMetric(ms(sorted.Percentile(50)), "p50-ms")
	b.ReportMetric(ms(sorted.Percentile(95)), "p95-ms")
}

// Percentile is the nearest-rank percentile p of sorted samples.
func (s Samples) Percentile(p int) time.Duration {
	if len(s) == 0 {
		return 0
	}
	i := (len(s)*p+99)/100 - 1
	return s[min(max(i, 0), len(s)-1)]
}

// Max is the largest sample.
func (s Samples) Max() time.Duration {
	var m time.Duration
	for _, d := range s {
		m = max(m, d)
	}
	return m
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Loop runs fn once per benchmark iteration, timing each call, and
// reports the percentiles.
func Loop(b *testing.B, fn func()) Samples {
	var s Samples
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		fn()
		s = append(s, time.Since(start))
	}
	b.StopTimer()
	s.Report(b)
	return s
}
