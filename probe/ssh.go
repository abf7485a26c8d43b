package probe

// The ssh:// transport, shaped like the docker CLI's connection helper
// (cli/connhelper): each connection is one `ssh ... -- host docker system
// dial-stdio` process whose stdin and stdout carry the HTTP of the moby
// client. ssh runs with BatchMode=yes (no password or passphrase prompt,
// ever), -T (no terminal) and the user's own ssh configuration. An idle
// connection stays in the client's pool between cycles, so a warm cycle is
// one ping over an existing ssh session. Closing a connection kills its ssh
// process group and reaps it: no ssh outlives the Daemon.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// sshExitWait is how long a connection whose stdout ended waits for its ssh
// process to exit, so its exit status and stderr are known.
const sshExitWait = 500 * time.Millisecond

// maxSSHStderr caps the stderr kept per ssh process.
const maxSSHStderr = 8 << 10

// sshSpec is an ssh:// endpoint split like the CLI's connhelper/ssh.Spec.
type sshSpec struct {
	User, Host, Port, Path string
}

func parseSSH(host string) (sshSpec, error) {
	u, err := url.Parse(host)
	if err != nil {
		return sshSpec{}, err
	}
	if u.Scheme != "ssh" || u.Hostname() == "" {
		return sshSpec{}, fmt.Errorf("ssh docker host %q has no host name", host)
	}
	sp := sshSpec{Host: u.Hostname(), Port: u.Port(), Path: u.Path}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			return sshSpec{}, errors.New("ssh docker host holds a password; ssh:// takes keys only")
		}
		sp.User = u.User.Username()
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return sshSpec{}, fmt.Errorf("ssh docker host %q has a query or fragment", model.RedactHost(host))
	}
	return sp, nil
}

// args are ssh's arguments before the remote command: the CLI's -l, -p,
// -- host, with our options first.
func (sp sshSpec) args(opts ...string) []string {
	a := append([]string{}, opts...)
	if sp.User != "" {
		a = append(a, "-l", sp.User)
	}
	if sp.Port != "" {
		a = append(a, "-p", sp.Port)
	}
	return append(a, "--", sp.Host)
}

// remoteCommand is what the remote side runs.
func (sp sshSpec) remoteCommand() []string {
	if strings.Trim(sp.Path, "/") != "" {
		return []string{"docker", "--host=unix://" + sp.Path, "system", "dial-stdio"}
	}
	return []string{"docker", "system", "dial-stdio"}
}

// connectTimeout is ssh's ConnectTimeout (whole seconds, at least 1) from
// the context's deadline.
func connectTimeout(ctx context.Context) string {
	secs := 30.0
	if dl, ok := ctx.Deadline(); ok {
		secs = math.Ceil(time.Until(dl).Seconds())
	}
	return fmt.Sprint(int(math.Max(1, secs)))
}

// sshEnv is the environment of the ssh child: what ssh needs to find the
// user's configuration, keys and agent, and nothing else.
func sshEnv(getenv func(string) string) []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "USER", "LOGNAME", "SSH_AUTH_SOCK", "LANG", "LC_ALL"} {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// sshDialer starts one ssh process per connection and remembers, per
// cycle, how the processes that ended did.
type sshDialer struct {
	spec sshSpec
	env  []string

	mu    sync.Mutex
	live  map[*sshConn]struct{}
	ended *sshConn // the last connection of this cycle whose ssh failed
	dest  *sshDest // ssh -G's answer, read once
	// accessAns is the remote side's answer about accessFor (a socket).
	accessFor string
	accessAns *model.RemoteAccess
}

// sshDest is the destination as ssh resolves it (ssh -G).
type sshDest struct{ user, host, port string }

func newSSHDialer(sp sshSpec, env []string) *sshDialer {
	return &sshDialer{spec: sp, env: env, live: map[*sshConn]struct{}{}}
}

// dial starts ssh. It does not wait for the login: ssh's failures show as
// the connection's end, with its exit status and stderr.
func (d *sshDialer) dial(ctx context.Context) (net.Conn, error) {
	// LogLevel=VERBOSE only adds "Authenticated to ..." (and transfer
	// totals) to stderr: it tells a login that hangs from a remote daemon
	// that hangs.
	args := d.spec.args("-o", "ConnectTimeout="+connectTimeout(ctx), "-o", "BatchMode=yes", "-o", "LogLevel=VERBOSE", "-T")
	args = append(args, d.spec.remoteCommand()...)
	cmd := exec.Command("ssh", args...)
	cmd.Env = d.env
	// Its own process group: terminal signals do not reach it, and Close
	// kills a ProxyCommand child along with it.
	cmd.SysProcAttr = sshSysProcAttr()
	c := &sshConn{d: d, cmd: cmd, done: make(chan struct{})}
	cmd.Stderr = &c.stderr
	cmd.WaitDelay = waitDelay
	var err error
	if c.stdin, err = cmd.StdinPipe(); err != nil {
		return nil, err
	}
	if c.stdout, err = cmd.StdoutPipe(); err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.live[c] = struct{}{}
	d.mu.Unlock()
	go func() {
		err := cmd.Wait()
		c.exitCode = -1
		if cmd.ProcessState != nil {
			c.exitCode = cmd.ProcessState.ExitCode()
		}
		c.waitErr = err
		close(c.done)
	}()
	return c, nil
}

// reset forgets the previous cycle's ended connection.
func (d *sshDialer) reset() {
	d.mu.Lock()
	d.ended = nil
	d.mu.Unlock()
}

// closeAll kills every ssh process of this dialer and reaps it.
func (d *sshDialer) closeAll() {
	d.mu.Lock()
	conns := make([]*sshConn, 0, len(d.live))
	for c := range d.live {
		conns = append(conns, c)
	}
	d.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// facts reports this cycle's ssh transport. A process still running is
// judged by the caller, which knows whether the deadline passed; LoggedIn
// then comes from the live processes' stderr.
func (d *sshDialer) facts(ctx context.Context) model.SSHFacts {
	f := model.SSHFacts{Attempted: true, User: d.spec.User, Host: d.spec.Host, Port: d.spec.Port}
	d.mu.Lock()
	ended := d.ended
	dest := d.dest
	live := false
	for c := range d.live {
		live = live || loggedIn(c.stderr.String())
	}
	d.mu.Unlock()
	if ended == nil {
		f.LoggedIn = live
		return f
	}
	f.LoggedIn = loggedIn(ended.stderr.String())
	if ended.killed.Load() {
		// Stopped by us (the deadline), not ended by itself.
		f.Killed = true
		return f
	}
	if dest == nil {
		dest = d.resolve(ctx)
	}
	if dest != nil {
		f.User, f.Host, f.Port = dest.user, dest.host, dest.port
	}
	f.Exited, f.ExitCode = true, ended.exitCode
	f.Stderr = quietStderr(ended.stderr.String())
	return f
}

// resolve asks `ssh -G` (no connection: it prints the effective
// configuration) for the login, host name and port, once per dialer.
func (d *sshDialer) resolve(ctx context.Context) *sshDest {
	if ctx.Err() != nil {
		return nil // asked again on the next failing cycle
	}
	cctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	cmd := exec.CommandContext(cctx, "ssh", d.spec.args("-G")...)
	cmd.Env = d.env
	out, err := capture(cctx, cmd)
	if err != nil {
		return nil
	}
	dest := &sshDest{}
	for _, line := range strings.Split(out, "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch k {
		case "user":
			dest.user = v
		case "hostname":
			dest.host = v
		case "port":
			dest.port = v
		}
	}
	d.mu.Lock()
	d.dest = dest
	d.mu.Unlock()
	return dest
}

// sshConn is one ssh process as a net.Conn.
type sshConn struct {
	d      *sshDialer
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout io.ReadCloser
	stderr syncBuffer

	done     chan struct{}
	exitCode int   // valid after done
	waitErr  error // valid after done
	killed   atomic.Bool

	closeOnce sync.Once
}

func (c *sshConn) Read(p []byte) (int, error) {
	n, err := c.stdout.Read(p)
	if err != nil {
		// stdout ends when ssh exits: wait a moment for its status so the
		// cycle can say why.
		t := time.NewTimer(sshExitWait)
		select {
		case <-c.done:
			if c.exitCode != 0 || c.killed.Load() {
				c.d.mu.Lock()
				c.d.ended = c
				c.d.mu.Unlock()
			}
		case <-t.C:
		}
		t.Stop()
	}
	return n, err
}

func (c *sshConn) Write(p []byte) (int, error) { return c.stdin.Write(p) }

// Close kills the ssh process group and reaps it.
func (c *sshConn) Close() error {
	c.closeOnce.Do(func() {
		c.stdin.Close()
		select {
		case <-c.done:
		default:
			killGroup(c.cmd)
			<-c.done
			// ssh may have ended by itself (refused, say) while its
			// status was still being collected: only a kill that landed
			// makes it ours.
			c.killed.Store(endedByKill(c.cmd.ProcessState))
		}
		// Leaving live and becoming ended is one step, so the cycle's
		// facts always see a killed or failed process in one of them.
		c.d.mu.Lock()
		if c.killed.Load() || c.exitCode != 0 {
			c.d.ended = c
		}
		delete(c.d.live, c)
		c.d.mu.Unlock()
	})
	return nil
}

func (c *sshConn) LocalAddr() net.Addr                { return sshAddr("local") }
func (c *sshConn) RemoteAddr() net.Addr               { return sshAddr(c.d.spec.Host) }
func (c *sshConn) SetDeadline(t time.Time) error      { return nil }
func (c *sshConn) SetReadDeadline(t time.Time) error  { return nil }
func (c *sshConn) SetWriteDeadline(t time.Time) error { return nil }

type sshAddr string

func (a sshAddr) Network() string { return "ssh" }
func (a sshAddr) String() string  { return string(a) }

// loggedIn reports whether ssh's VERBOSE stderr says the login succeeded.
func loggedIn(stderr string) bool { return strings.Contains(stderr, "Authenticated to ") }

// quietStderr drops the lines LogLevel=VERBOSE adds on every session, so
// the evidence holds what went wrong.
func quietStderr(s string) string {
	var keep []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "Authenticated to "), strings.HasPrefix(line, "Transferred: "),
			strings.HasPrefix(line, "Bytes per second: "):
			continue
		}
		keep = append(keep, line)
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

// syncBuffer is a capped buffer safe to write from exec's copier while the
// cycle reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := maxSSHStderr - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}
