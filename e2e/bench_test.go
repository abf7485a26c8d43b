//go:build linux

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/creack/pty"

	"github.com/docker-git/docker-git-tui/internal/latency"
	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/probe"
	"github.com/docker-git/docker-git-tui/tui"
)

// rootEngine probes the shared daemon and c, with no sudo and no
// system-wide sockets.
func rootEngine(b testing.TB, c controller) *probe.Engine {
	home := b.TempDir()
	cfg := probe.ConfigFromEnv(func(k string) string {
		switch k {
		case "HOME":
			return home
		case "PATH":
			return os.Getenv("PATH")
		}
		return ""
	})
	cfg.HostFlag, cfg.Container, cfg.APIURL, cfg.NoSudo, cfg.SkipSystemSockets = shared.daemon.Host(), c.name, c.apiURL, true, true
	e := probe.NewEngine(cfg)
	b.Cleanup(e.Close)
	return e
}

// 1. One full cycle against a healthy daemon and a running controller, warm
// connection. Target: p50 at most 2 ms.
func BenchmarkProbeCycle(b *testing.B) {
	c := startController(b, nil)
	e := rootEngine(b, c)
	if s := e.Cycle(context.Background()); !s.Daemon.OK || s.API.Status != 200 {
		b.Fatalf("setup is not healthy: %+v %+v", s.Daemon, s.API)
	}
	latency.Loop(b, func() { e.Cycle(context.Background()) })
}

// 1b. The old probe method for the ratio: one `docker info` subprocess.
func BenchmarkDockerInfoSubprocess(b *testing.B) {
	var d latency.Samples
	for b.Loop() {
		start := time.Now()
		out, err := exec.Command("docker", "--host", shared.daemon.Host(), "info").CombinedOutput()
		d = append(d, time.Since(start))
		if err != nil {
			b.Fatalf("docker info: %v: %s", err, out)
		}
	}
	d.Report(b)
}

// 2. Time from fix to screen: the dashboard model runs (as a group member,
// headless); each iteration breaks access, then fixes it and measures until
// the model holds the ok state. With watchers and polling-only (2s, the
// default interval) side by side. Target p95 at most 250 ms with watchers.
func BenchmarkFixToScreen(b *testing.B) {

	u := testdaemon.CreateUserT(b, "dgtbench", shared.group.Name)
	c := startController(b, nil)
	ctx := context.Background()
	cases := []struct {
		name         string
		break_, fix_ func() error
	}{
		{"socket-chmod", func() error { return chmodSocketNow(0o600) }, func() error { return chmodSocketNow(0o660) }},
		{"controller-start", func() error { return shared.daemon.StopContainer(ctx, c.name) },
			func() error { return shared.daemon.StartContainer(ctx, c.name) }},
	}
	restore := func() { chmodSocketNow(0o660); shared.daemon.StartContainer(ctx, c.name) }
	b.Cleanup(restore)
	for _, tc := range cases {
		for _, mode := range []struct {
			name     string
			watch    bool
			interval time.Duration
		}{{"watchers", true, 2 * time.Second}, {"polling", false, 2 * time.Second}} {
			b.Run(tc.name+"/"+mode.name, func(b *testing.B) {
				ch := startFixChild(b, u, c, mode.watch, mode.interval)
				mustAwait(b, ch, "ready", 30*time.Second)
				var d latency.Samples
				b.ResetTimer()
				for b.Loop() {
					b.StopTimer()
					if err := tc.break_(); err != nil {
						b.Fatal(err)
					}
					mustAwait(b, ch, broken, 10*time.Second)
					// Fix at a random phase of the tick, as a user would;
					// otherwise polling always waits one whole interval.
					time.Sleep(time.Duration(rand.Int64N(int64(mode.interval))))
					if err := tc.fix_(); err != nil {
						b.Fatal(err)
					}
					// Timed from the moment the fix has landed (chmod done,
					// container running): what follows is ours.
					b.StartTimer()
					start := time.Now()
					mustAwait(b, ch, "ready", 10*time.Second)
					d = append(d, time.Since(start))
				}
				b.StopTimer()
				d.Report(b)
			})
		}
	}
}

// idleSeconds is how long the idle benchmark watches the dashboard:
// DGT_IDLE_SECONDS, default 60 (CI sets a few seconds).
func idleSeconds() time.Duration {
	if n, err := strconv.Atoi(os.Getenv("DGT_IDLE_SECONDS")); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	return 60 * time.Second
}

// idleInterval is the dashboard's --interval in the idle benchmark:
// DGT_IDLE_INTERVAL, default 1s (60s separates the renderer's own cost from
// the probes').
func idleInterval() string {
	if v := os.Getenv("DGT_IDLE_INTERVAL"); v != "" {
		return v
	}
	return "1s"
}

// 3. Idle cost: the real binary in a real terminal (tmux) at --interval 1s
// against a healthy daemon. Targets: CPU at most 0.5% of one core, peak RSS
// at most 30 MiB.
func BenchmarkIdleDashboard(b *testing.B) {

	c := startController(b, nil)
	for b.Loop() {
		var envArgs []string
		for k, v := range baseEnv(b) {
			envArgs = append(envArgs, k+"="+v)
		}
		p := startPane(b, fmt.Sprintf("exec env -i TERM=xterm-256color %s %s --no-sudo --interval %s --host %s --container %s --api-url %s",
			strings.Join(envArgs, " "), shared.bin, idleInterval(), shared.daemon.Host(), c.name, c.apiURL))
		p.waitText("Docker access OK", 15*time.Second)
		cpu, rss := measureIdle(b, p)
		b.ReportMetric(cpu, "cpu-%")
		b.ReportMetric(rss, "peak-rss-MiB")
		p.keys("q")
	}
}

// measureIdle leaves the program in pane p alone for the idle window and
// returns the share of a core it used meanwhile (in %) and its peak RSS
// (MiB).
func measureIdle(b *testing.B, p *pane) (cpuPercent, peakRSSMiB float64) {
	b.Helper()
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
	time.Sleep(window) // the measurement is the idle window itself
	endCPU, err := cpuTicks(pid)
	if err != nil {
		b.Fatal(err)
	}
	hwm, err := peakRSS(pid)
	if err != nil {
		b.Fatal(err)
	}
	const clkTck = 100 // USER_HZ on Linux
	return float64(endCPU-startCPU) / clkTck / window.Seconds() * 100, float64(hwm) / 1024
}

// cpuTicks is utime+stime of pid in clock ticks (/proc/PID/stat).
func cpuTicks(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which is in parentheses.
	rest := string(data[bytes.LastIndexByte(data, ')')+2:])
	f := strings.Fields(rest)
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return utime + stime, nil
}

// peakRSS is VmHWM of pid in KiB.
func peakRSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strconv.ParseInt(strings.Fields(l)[1], 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmHWM for %d", pid)
}

// 4. Start-up: process start to first rendered frame, in a pseudo-terminal.
// Target: at most 100 ms (the first frame shows the spinner before probes
// finish).
func BenchmarkStartupToFirstFrame(b *testing.B) {

	c := startController(b, nil)
	env := baseEnv(b)
	var d latency.Samples
	for b.Loop() {
		cmd := exec.Command(shared.bin, "--no-sudo", "--host", shared.daemon.Host(), "--container", c.name, "--api-url", c.apiURL)
		cmd.Env = []string{"TERM=xterm-256color", "HOME=" + env["HOME"], "PATH=" + env["PATH"], "DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS=1"}
		start := time.Now()
		f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
		if err != nil {
			b.Fatal(err)
		}
		if err := waitOutput(f, "Docker CLI", 10*time.Second); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(start))
		cmd.Process.Kill()
		cmd.Wait()
		f.Close()
	}
	d.Report(b)
}

// waitOutput reads f until it has printed want (the panel list is part of
// every frame, including the first).
func waitOutput(f *os.File, want string, within time.Duration) error {
	f.SetReadDeadline(time.Now().Add(within))
	var seen []byte
	buf := make([]byte, 32<<10)
	for {
		n, err := f.Read(buf)
		seen = append(seen, buf[:n]...)
		if bytes.Contains(seen, []byte(want)) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("no %q in output (%v): %q", want, err, seen)
		}
	}
}

// staticView is a Bubble Tea model whose frame never changes: the idle cost
// of the renderer alone.
type staticView struct{ text string }

func (s staticView) Init() tea.Cmd { return nil }

func (s staticView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "q" {
		return s, tea.Quit
	}
	return s, nil
}

func (s staticView) View() tea.View {
	v := tea.NewView(s.text)
	v.AltScreen = true
	return v
}

// staticChild runs staticView at the dashboard's frame rate in the real
// terminal until q (DGT_STATIC_CHILD).
func staticChild() int {
	text := strings.Repeat(strings.Repeat("x", 100)+"\n", 30)
	if _, err := tea.NewProgram(staticView{text: text}, tea.WithFPS(tui.FPS)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// 3b. The floor under the idle figure: a Bubble Tea program at the
// dashboard's frame rate whose frame never changes, no probes, no timers,
// measured like IdleDashboard (same terminal, same window). What the
// dashboard costs above it is its own.
func BenchmarkIdleRendererFloor(b *testing.B) {
	for b.Loop() {
		p := startPane(b, fmt.Sprintf("exec env -i TERM=xterm-256color DGT_STATIC_CHILD=1 %s", shared.testBin))
		p.waitText("xxxxxxxx", 15*time.Second)
		cpu, _ := measureIdle(b, p)
		b.ReportMetric(cpu, "cpu-%")
		p.keys("q")
	}
}
