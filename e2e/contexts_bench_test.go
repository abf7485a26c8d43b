//go:build linux

package e2e

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// Idle cost of the contexts list with 10 contexts ("default" at DOCKER_HOST
// and nine in the store, all on the healthy private daemon), in a real
// terminal at the idle benchmark's interval. Target: at most ten times
// BenchmarkIdleDashboard's CPU (the single-context figure).
func BenchmarkIdleContexts10(b *testing.B) {
	c := startController(b, nil)
	for b.Loop() {
		env := baseEnv(b)
		env["DOCKER_HOST"] = shared.daemon.Host()
		env["DOCKER_GIT_API_URL"] = c.apiURL
		env["DOCKER_GIT_API_CONTAINER_NAME"] = c.name
		for i := range 9 {
			writeContextMeta(b, env["DOCKER_CONFIG"], fmt.Sprintf("ctx%d", i), shared.daemon.Host())
		}
		var envArgs []string
		for k, v := range env {
			envArgs = append(envArgs, k+"="+v)
		}
		sort.Strings(envArgs)
		p := startPane(b, fmt.Sprintf("exec env -i TERM=xterm-256color %s %s --all-contexts --no-sudo --interval %s",
			strings.Join(envArgs, " "), shared.bin, idleInterval()))
		p.waitText("10 contexts", 15*time.Second)
		cpu, rss := measureIdle(b, p)
		b.ReportMetric(cpu, "cpu-%")
		b.ReportMetric(cpu/10, "cpu-%/context")
		b.ReportMetric(rss, "peak-rss-MiB")
		p.keys("q")
	}
}
