//go:build linux

package testdaemon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// SSHDOptions configures StartSSHD.
type SSHDOptions struct {
	// AuthorizedKeys maps a login to the public key lines it accepts.
	AuthorizedKeys map[string][]string
	// Env is set in every session (sshd's SetEnv), e.g. DOCKER_HOST to
	// reach a private daemon, or PATH to hide docker.
	Env map[string]string
}

// SSHD is a private sshd (Debian's openssh-server) on a loopback port, with
// its own host key, config and authorized keys under Dir. It never touches
// the system's sshd or its config.
type SSHD struct {
	dir  string
	port int
	opts SSHDOptions

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// StartSSHD writes a config and a host key into a fresh temp dir and starts
// sshd -D on 127.0.0.1, waiting until the port accepts connections.
func StartSSHD(ctx context.Context, opts SSHDOptions) (*SSHD, error) {
	if _, err := os.Stat("/usr/sbin/sshd"); err != nil {
		return nil, fmt.Errorf("testdaemon: /usr/sbin/sshd is missing (apt-get install openssh-server): %w", err)
	}
	dir, err := os.MkdirTemp("/tmp", "dgtsh-")
	if err != nil {
		return nil, fmt.Errorf("testdaemon: sshd dir: %w", err)
	}
	s := &SSHD{dir: dir, opts: opts}
	fail := func(err error) (*SSHD, error) { return nil, errors.Join(err, s.Close()) }
	if err := os.Chmod(dir, 0o755); err != nil {
		return fail(err)
	}
	// sshd's privilege separation directory.
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
		return fail(err)
	}
	if _, err := GenerateKey(ctx, filepath.Join(dir, "host_key")); err != nil {
		return fail(err)
	}
	ak := filepath.Join(dir, "authorized_keys")
	if err := os.Mkdir(ak, 0o755); err != nil {
		return fail(err)
	}
	for user, keys := range opts.AuthorizedKeys {
		if err := os.WriteFile(filepath.Join(ak, user), []byte(strings.Join(keys, "\n")+"\n"), 0o644); err != nil {
			return fail(err)
		}
	}
	if s.port, err = FreePort(); err != nil {
		return fail(err)
	}
	conf := []string{
		"Port " + strconv.Itoa(s.port),
		"ListenAddress 127.0.0.1",
		"HostKey " + filepath.Join(dir, "host_key"),
		"AuthorizedKeysFile " + filepath.Join(ak, "%u"),
		"StrictModes no",
		"PubkeyAuthentication yes",
		"PasswordAuthentication no",
		"KbdInteractiveAuthentication no",
		"UsePAM no",
		"PidFile none",
		"PrintMotd no",
		"LogLevel VERBOSE",
	}
	if len(opts.Env) > 0 {
		keys := make([]string, 0, len(opts.Env))
		for k := range opts.Env {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var kv []string
		for _, k := range keys {
			kv = append(kv, k+"="+opts.Env[k])
		}
		conf = append(conf, "SetEnv "+strings.Join(kv, " "))
	}
	if err := os.WriteFile(s.configPath(), []byte(strings.Join(conf, "\n")+"\n"), 0o644); err != nil {
		return fail(err)
	}
	if err := s.Start(ctx); err != nil {
		return fail(err)
	}
	return s, nil
}

// GenerateKey writes an ed25519 key pair without passphrase at path and
// path.pub and returns the public key line.
func GenerateKey(ctx context.Context, path string) (string, error) {
	out, err := exec.CommandContext(ctx, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "dgt-test", "-f", path).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("testdaemon: ssh-keygen: %w: %s", err, out)
	}
	pub, err := os.ReadFile(path + ".pub")
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(pub)), nil
}

// Dir is the sshd's temp dir.
func (s *SSHD) Dir() string { return s.dir }

// Port is the loopback port sshd listens on.
func (s *SSHD) Port() int { return s.port }

// Target is the ssh:// DOCKER_HOST for user on this sshd.
func (s *SSHD) Target(user string) string {
	return fmt.Sprintf("ssh://%s@127.0.0.1:%d", user, s.port)
}

// KnownHostsLine is the known_hosts entry of this sshd's host key.
func (s *SSHD) KnownHostsLine() (string, error) {
	pub, err := os.ReadFile(filepath.Join(s.dir, "host_key.pub"))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("[127.0.0.1]:%d %s", s.port, strings.TrimSpace(string(pub))), nil
}

// LogPath is sshd's log (-e: its stderr).
func (s *SSHD) LogPath() string { return filepath.Join(s.dir, "sshd.log") }

func (s *SSHD) configPath() string { return filepath.Join(s.dir, "sshd_config") }

// Start (re)starts sshd with the same config and port.
func (s *SSHD) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		return errors.New("testdaemon: sshd already running")
	}
	if out, err := exec.CommandContext(ctx, "/usr/sbin/sshd", "-t", "-f", s.configPath()).CombinedOutput(); err != nil {
		return fmt.Errorf("testdaemon: sshd -t: %w: %s", err, out)
	}
	logf, err := os.OpenFile(s.LogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd := exec.Command("/usr/sbin/sshd", "-D", "-e", "-f", s.configPath())
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("testdaemon: start sshd: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	s.cmd, s.done = cmd, done
	// Ready when the port accepts a connection.
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port))
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		select {
		case <-done:
			s.cmd = nil
			b, _ := os.ReadFile(s.LogPath())
			return fmt.Errorf("testdaemon: sshd exited at start: %s", b)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("testdaemon: sshd does not accept connections on %s: %w", addr, err)
		}
	}
}

// Stop kills sshd and every session process it started (its process
// group), and waits for it.
func (s *SSHD) Stop() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return nil
	}
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
	s.cmd = nil
	return nil
}

// Close stops sshd and removes its dir. It is safe to call more than once.
func (s *SSHD) Close() error {
	err := s.Stop()
	if rerr := os.RemoveAll(s.dir); rerr != nil {
		err = errors.Join(err, rerr)
	}
	return err
}

// ClientProcesses lists live ssh client processes (any user's) connecting
// to this sshd's port: after a probe ends there must be none.
func (s *SSHD) ClientProcesses() ([]int, error) {
	return processesMentioning(fmt.Sprintf("-p\x00%d\x00--\x00", s.port))
}

// ProcessesMentioning lists live processes whose NUL-separated command line
// contains s (for counting ssh clients left behind).
func ProcessesMentioning(s string) ([]int, error) { return processesMentioning(s) }

// CreateLoginUser is CreateUser for a user sshd lets in with a key: its
// password field is "*" (no password login, but not a locked account,
// which sshd refuses without PAM). With home set it gets a home dir under
// /tmp (for its ~/.ssh), removed by the cleanup.
func CreateLoginUser(ctx context.Context, prefix string, home bool, groups ...string) (User, string, func() error, error) {
	u, cleanup, err := CreateUser(ctx, prefix, groups...)
	if err != nil {
		return User{}, "", nil, err
	}
	dir := ""
	if home {
		dir = filepath.Join("/tmp", "dgtsh-home-"+u.Name)
		if err := os.MkdirAll(filepath.Join(dir, ".ssh"), 0o700); err != nil {
			return User{}, "", nil, errors.Join(err, cleanup())
		}
		for _, p := range []string{dir, filepath.Join(dir, ".ssh")} {
			if err := os.Chown(p, u.UID, u.GID); err != nil {
				return User{}, "", nil, errors.Join(err, cleanup())
			}
		}
	}
	args := []string{"-p", "*"}
	if home {
		args = append(args, "-d", dir)
	}
	if err := accountCmd(ctx, "usermod", append(args, u.Name)...); err != nil {
		return User{}, "", nil, errors.Join(err, cleanup())
	}
	all := func() error {
		err := cleanup()
		if dir != "" {
			err = errors.Join(err, os.RemoveAll(dir))
		}
		return err
	}
	return u, dir, all, nil
}
