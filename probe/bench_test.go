package probe

import (
	"context"
	"net"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/latency"
)

// benchEngine is an engine for a unix endpoint with no sudo, no system
// sockets and an empty HOME, so only the endpoint under test is touched.
func benchEngine(b *testing.B, host string, timeout time.Duration) *Engine {
	home := b.TempDir()
	env := map[string]string{"HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "XDG_RUNTIME_DIR": home}
	cfg := ConfigFromEnv(envMap(env))
	cfg.HostFlag, cfg.NoSudo, cfg.Timeout, cfg.SkipSystemSockets = host, true, timeout, true
	e := NewEngine(cfg)
	b.Cleanup(e.Close)
	return e
}

func runCycles(b *testing.B, e *Engine) {
	e.Cycle(context.Background()) // warm caches (CLI facts)
	latency.Loop(b, func() { e.Cycle(context.Background()) })
}

// A cycle against a socket path that does not exist: target under 1 ms.
func BenchmarkCycleMissingSocket(b *testing.B) {
	dir, _ := filepath.Abs(b.TempDir())
	runCycles(b, benchEngine(b, "unix://"+filepath.Join(dir, "none.sock"), 2*time.Second))
}

// A cycle against a stale socket that refuses connections: target under 1 ms.
func BenchmarkCycleRefusedSocket(b *testing.B) {
	dir := shortDirB(b)
	path := filepath.Join(dir, "stale.sock")
	l, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		b.Fatal(err)
	}
	l.SetUnlinkOnClose(false)
	l.Close()
	runCycles(b, benchEngine(b, "unix://"+path, 2*time.Second))
}

// A cycle against a daemon that accepts and never answers ends at its
// deadline, and cycles do not pile up goroutines.
func BenchmarkCycleHungDaemon(b *testing.B) {
	dir := shortDirB(b)
	path := filepath.Join(dir, "hung.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		b.Fatal(err)
	}
	held := make(chan net.Conn, 1<<16)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			held <- c
		}
	}()
	b.Cleanup(func() {
		l.Close()
		for len(held) > 0 {
			(<-held).Close()
		}
	})
	const deadline = 20 * time.Millisecond
	e := benchEngine(b, "unix://"+path, deadline)
	e.Cycle(context.Background())
	runtime.GC()
	before := runtime.NumGoroutine()
	d := latency.Loop(b, func() { e.Cycle(context.Background()) })
	time.Sleep(50 * time.Millisecond) // let cancelled transports finish closing
	b.ReportMetric(float64(d.Max())/float64(deadline), "max/deadline")
	b.ReportMetric(float64(runtime.NumGoroutine()-before), "goroutines-added")
}

func shortDirB(b *testing.B) string {
	d := b.TempDir()
	if len(d) > 80 {
		b.Skipf("temp dir %s too long for a unix socket", d)
	}
	return d
}
