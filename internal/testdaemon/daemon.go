//go:build linux

// Package testdaemon runs a private, throw-away Docker daemon for end-to-end
// tests. It never talks to the system daemon or /var/run/docker.sock: every
// Daemon gets its own short temp dir (socket, data-root, exec-root, logs), its
// own bridge and /24, and its own containerd started by dockerd itself.
//
// The core API returns errors; tb.go adds testing.TB conveniences.
// Everything here needs root (bridges, mounts, dockerd).
package testdaemon

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/moby/moby/client"
)

// Options configures Start. The zero value is usable.
type Options struct {
	// Group owns the daemon socket (dockerd --group). Empty means dockerd's
	// default, "docker". Tests that check group-based access should create
	// a dedicated group (CreateGroup) so they don't depend on host state.
	Group string
	// StartTimeout bounds each wait for the API to answer a ping
	// (Start and Restart). Default 60s.
	StartTimeout time.Duration
	// ExtraArgs are appended to the dockerd command line.
	ExtraArgs []string
	// IPTables runs dockerd with --iptables=true, as a stock install does
	// (published ports reach the container through NAT rules as well as
	// docker-proxy). The host's IPv4 rules and forwarding switch are saved
	// at Start and restored by Close. Only one such daemon at a time.
	IPTables bool
}

const (
	defaultStartTimeout = 60 * time.Second
	// stopTimeout is how long Stop waits after SIGTERM before SIGKILL. dockerd
	// stops running containers on shutdown (10s each by default), so leave room.
	stopTimeout = 30 * time.Second
	// containerPort is where the controller listens inside its container.
	containerPort = 3334
)

// Daemon is one private dockerd. Methods are safe for concurrent use.
type Daemon struct {
	dir    string
	bridge string
	subnet netip.Prefix
	opts   Options
	cli    *client.Client
	// iptables is the host's filter before an IPTables daemon started.
	iptables *iptablesState

	mu       sync.Mutex
	proc     *process // nil when dockerd is not running
	closed   bool
	closeErr error
}

// process is one dockerd incarnation; done is closed once it has been reaped.
type process struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error // valid after done is closed
}

// Start installs dockerd if needed, creates a bridge and temp dir, launches
// dockerd and waits until it answers a ping. On failure everything created so
// far is torn down again.
func Start(ctx context.Context, opts Options) (*Daemon, error) {
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = defaultStartTimeout
	}
	if err := ensureDockerd(ctx); err != nil {
		return nil, err
	}
	// A short dir under /tmp: unix socket paths are limited to 107 bytes.
	dir, err := os.MkdirTemp("/tmp", "dgt-")
	if err != nil {
		return nil, fmt.Errorf("testdaemon: temp dir: %w", err)
	}
	d := &Daemon{dir: dir, opts: opts}
	if opts.IPTables {
		if d.iptables, err = saveIPTables(ctx); err != nil {
			return nil, errors.Join(err, d.Close())
		}
	}
	// MkdirTemp makes 0700; let other users traverse to the socket so that
	// its own mode and group decide access, as with /var/run/docker.sock.
	if err := os.Chmod(dir, 0o711); err != nil {
		return nil, errors.Join(fmt.Errorf("testdaemon: %w", err), d.Close())
	}
	// An empty config file isolates us from the host's /etc/docker/daemon.json.
	if err := os.WriteFile(d.configPath(), []byte("{}\n"), 0o600); err != nil {
		return nil, errors.Join(fmt.Errorf("testdaemon: %w", err), d.Close())
	}
	d.bridge, d.subnet, err = createBridge(ctx)
	if err != nil {
		return nil, errors.Join(err, d.Close())
	}
	d.cli, err = client.New(client.WithHost(d.Host()))
	if err != nil {
		return nil, errors.Join(fmt.Errorf("testdaemon: client: %w", err), d.Close())
	}
	if err := d.launch(ctx); err != nil {
		err = fmt.Errorf("testdaemon: start in %s (bridge %s): %w", d.dir, d.bridge, err)
		return nil, errors.Join(err, d.Close())
	}
	return d, nil
}

// Dir is the daemon's private temp dir (socket, data, exec, log).
func (d *Daemon) Dir() string { return d.dir }

// SocketPath is the daemon's unix socket path.
func (d *Daemon) SocketPath() string { return filepath.Join(d.dir, "docker.sock") }

// Host is the DOCKER_HOST value for this daemon.
func (d *Daemon) Host() string { return "unix://" + d.SocketPath() }

// Client is an API client for this daemon (API version negotiated on first
// use). It stays valid across Stop/Restart and is closed by Close.
func (d *Daemon) Client() *client.Client { return d.cli }

// BridgeName is the host bridge the daemon's default network uses.
func (d *Daemon) BridgeName() string { return d.bridge }

// Subnet is the /24 assigned to BridgeName.
func (d *Daemon) Subnet() netip.Prefix { return d.subnet }

// LogPath is dockerd's (and its containerd's) combined log file.
func (d *Daemon) LogPath() string { return filepath.Join(d.dir, "dockerd.log") }

func (d *Daemon) configPath() string { return filepath.Join(d.dir, "daemon.json") }
func (d *Daemon) dataRoot() string   { return filepath.Join(d.dir, "data") }
func (d *Daemon) execRoot() string   { return filepath.Join(d.dir, "exec") }

// LogTail returns the last lines of the daemon log, for failure messages.
func (d *Daemon) LogTail() string {
	b, err := os.ReadFile(d.LogPath())
	if err != nil {
		return fmt.Sprintf("(no dockerd log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	const keep = 40
	if len(lines) > keep {
		lines = lines[len(lines)-keep:]
	}
	return strings.Join(lines, "\n")
}

// Running reports whether this harness's dockerd process is alive.
func (d *Daemon) Running() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.proc != nil && !d.proc.exited()
}

// PID is dockerd's pid, or 0 when it is not running.
func (d *Daemon) PID() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.proc == nil || d.proc.exited() {
		return 0
	}
	return d.proc.cmd.Process.Pid
}

// launch starts dockerd and waits for a ping. The caller owns cleanup on error.
func (d *Daemon) launch(ctx context.Context) error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return errors.New("testdaemon: daemon is closed")
	}
	if d.proc != nil && !d.proc.exited() {
		d.mu.Unlock()
		return errors.New("testdaemon: dockerd already running")
	}
	if err := d.clearStaleContainerd(); err != nil {
		d.mu.Unlock()
		return err
	}
	logf, err := os.OpenFile(d.LogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		d.mu.Unlock()
		return fmt.Errorf("testdaemon: log file: %w", err)
	}
	args := []string{
		"--host", d.Host(),
		"--config-file", d.configPath(),
		"--data-root", d.dataRoot(),
		"--exec-root", d.execRoot(),
		"--pidfile", filepath.Join(d.dir, "docker.pid"),
		"--storage-driver=vfs",
		fmt.Sprintf("--iptables=%t", d.opts.IPTables),
		"--ip6tables=false",
		"--bridge=" + d.bridge,
	}
	if d.opts.Group != "" {
		args = append(args, "--group", d.opts.Group)
	}
	args = append(args, d.opts.ExtraArgs...)
	// Not CommandContext: dockerd must outlive the ctx that started it.
	// Stop/Kill/Close bound its lifetime instead.
	cmd := exec.Command(dockerdPath(), args...)
	cmd.Env = withSbinPath(os.Environ())
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Setpgid: true, // keep ^C at the terminal from hitting dockerd directly
		// If the test binary dies without cleanup, dockerd gets a chance to shut
		// down its containerd and unmount its data-root. (Linux ties this to
		// the forking thread; Go only retires threads of goroutines that exit
		// while locked with LockOSThread, which this package never does.)
		Pdeathsig: syscall.SIGTERM,
	}
	if err := cmd.Start(); err != nil {
		logf.Close()
		d.mu.Unlock()
		return fmt.Errorf("testdaemon: start dockerd: %w", err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	d.proc = p
	d.mu.Unlock()
	return d.waitReady(ctx, p)
}

// waitReady pings until the API answers, dockerd dies, or the timeout hits.
func (d *Daemon) waitReady(ctx context.Context, p *process) error {
	ctx, cancel := context.WithTimeout(ctx, d.opts.StartTimeout)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := d.cli.Ping(pctx, client.PingOptions{NegotiateAPIVersion: true})
		pcancel()
		if err == nil {
			return nil
		}
		lastErr = err
		select {
		case <-p.done:
			return fmt.Errorf("testdaemon: dockerd exited during startup (%v); log tail:\n%s", p.err, d.LogTail())
		case <-ctx.Done():
			return fmt.Errorf("testdaemon: dockerd not ready: %w (last ping error: %v); log tail:\n%s", ctx.Err(), lastErr, d.LogTail())
		case <-tick.C:
		}
	}
}

func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// signal sends sig to dockerd and waits up to timeout for it to exit.
func (p *process) signal(sig syscall.Signal, timeout time.Duration) error {
	if p.exited() {
		return nil
	}
	if err := p.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("testdaemon: signal dockerd: %w", err)
	}
	select {
	case <-p.done:
		return nil
	case <-time.After(timeout):
		return fmt.Errorf("testdaemon: dockerd did not exit %v after %v", timeout, sig)
	}
}

// Stop shuts dockerd down gracefully (SIGTERM; SIGKILL after 30s) and keeps
// all dirs, for "daemon is down" scenarios. dockerd removes its socket file on
// a clean exit, and stops running containers. Restart brings it back.
func (d *Daemon) Stop() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.proc == nil {
		return nil
	}
	err := d.proc.signal(syscall.SIGTERM, stopTimeout)
	if err != nil {
		err = errors.Join(err, d.proc.signal(syscall.SIGKILL, 10*time.Second))
	}
	return err
}

// Kill SIGKILLs dockerd, simulating a crash: the socket file stays behind
// (stale, connection refused), dockerd's containerd and userland proxies die
// with it (they have a parent-death signal), but container shims and
// container processes keep running until Restart or Close.
func (d *Daemon) Kill() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.proc == nil {
		return nil
	}
	return d.proc.signal(syscall.SIGKILL, 10*time.Second)
}

// Restart stops dockerd if it is running, then starts it again on the same
// dirs, bridge and socket and waits for a ping. After Kill, dockerd reclaims
// (and stops) containers that were left running.
func (d *Daemon) Restart(ctx context.Context) error {
	if err := d.Stop(); err != nil {
		return err
	}
	return d.launch(ctx)
}

// clearStaleContainerd makes dockerd start a fresh containerd after Kill.
// dockerd 20.10 reuses the containerd named in exec/containerd/containerd.pid
// whenever kill(pid, 0) succeeds, which is also true for a zombie. Where PID 1
// reaps orphans lazily (as in this sandbox), the containerd that died with
// dockerd lingers as a zombie and the restarted dockerd then fails with
// "timeout waiting for containerd to start". So: kill any containerd of ours
// that survived, and drop the pid file.
func (d *Daemon) clearStaleContainerd() error {
	toml := filepath.Join(d.execRoot(), "containerd", "containerd.toml")
	deadline := time.Now().Add(10 * time.Second)
	for {
		pids, err := processesMentioning(toml)
		if err != nil {
			return fmt.Errorf("testdaemon: scan processes: %w", err)
		}
		if len(pids) == 0 {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("testdaemon: stale containerd %v survives SIGKILL", pids)
		}
		for _, pid := range pids {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
		time.Sleep(50 * time.Millisecond)
	}
	err := os.Remove(filepath.Join(d.execRoot(), "containerd", "containerd.pid"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("testdaemon: %w", err)
	}
	return nil
}
