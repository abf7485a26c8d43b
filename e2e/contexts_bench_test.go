//go:build linux

package e2e

import (
	"fmt"
	"sort"
	"strconv"
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
		pidOut, err := tmux("display-message", "-p", "-t", p.name, "#{pane_pid}")
		if err != nil {
			b.Fatal(err)
		}
		pid, _ := strconv.Atoi(strings.TrimSpace(pidOut))
		startCPU, err := cpuTicks(pid)
		if err != nil {
			b.Fatal(err)
		}
		window := idleSeconds()
		time.Sleep(window)
		endCPU, err := cpuTicks(pid)
		if err != nil {
			b.Fatal(err)
		}
		hwm, err := peakRSS(pid)
		if err != nil {
			b.Fatal(err)
		}
		const clkTck = 100 // USER_HZ on Linux
		cpu := float64(endCPU-startCPU) / clkTck / window.Seconds() * 100
		b.ReportMetric(cpu, "cpu-%")
		b.ReportMetric(cpu/10, "cpu-%/context")
		b.ReportMetric(float64(hwm)/1024, "peak-rss-MiB")
		p.keys("q")
	}
}
