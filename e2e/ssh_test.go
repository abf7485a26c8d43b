//go:build linux

package e2e

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/moby/moby/client"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// sshSetup is one ssh:// scenario: a private sshd whose sessions reach the
// shared private dockerd, a client user (with a home, ~/.ssh/config, key
// and known_hosts) who runs the binary, and a remote login user.
type sshSetup struct {
	sshd      *testdaemon.SSHD
	client    testdaemon.User
	home      string
	remote    testdaemon.User
	clientKey string // public key line of the client's key
}

type sshOptions struct {
	remoteGroups []string          // the remote login's groups
	clientGroups []string          // the client user's groups
	env          map[string]string // sshd SetEnv (DOCKER_HOST by default)
	wrongKey     bool              // authorize another key than the client's
	knownHosts   string            // "ok" (default), "empty" or "changed"
	passphrase   string            // protect the client's key with it (no agent holds it)
}

func startSSH(t *testing.T, o sshOptions) *sshSetup {
	t.Helper()
	testdaemon.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := &sshSetup{}
	// Each cleanup is its own variable: a closure over one shared variable
	// would delete only the last user created.
	client, home, delClient, err := testdaemon.CreateLoginUser(ctx, "dgtsshc", true, o.clientGroups...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := delClient(); err != nil {
			t.Errorf("delete client user: %v", err)
		}
	})
	s.client, s.home = client, home
	remote, _, delRemote, err := testdaemon.CreateLoginUser(ctx, "dgtsshr", false, o.remoteGroups...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := delRemote(); err != nil {
			t.Errorf("delete remote user: %v", err)
		}
	})
	s.remote = remote
	sshDir := filepath.Join(s.home, ".ssh")
	key := filepath.Join(sshDir, "id_ed25519")
	if s.clientKey, err = testdaemon.GenerateKey(ctx, key); err != nil {
		t.Fatal(err)
	}
	if o.passphrase != "" {
		if out, err := exec.CommandContext(ctx, "ssh-keygen", "-q", "-p", "-P", "", "-N", o.passphrase, "-f", key).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen -p: %v: %s", err, out)
		}
	}
	authorized := s.clientKey
	if o.wrongKey {
		other := filepath.Join(t.TempDir(), "other")
		if authorized, err = testdaemon.GenerateKey(ctx, other); err != nil {
			t.Fatal(err)
		}
	}
	env := o.env
	if env == nil {
		env = map[string]string{"DOCKER_HOST": shared.daemon.Host()}
	}
	s.sshd, err = testdaemon.StartSSHD(ctx, testdaemon.SSHDOptions{
		AuthorizedKeys: map[string][]string{s.remote.Name: {authorized}},
		Env:            env,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			b, _ := os.ReadFile(s.sshd.LogPath())
			t.Logf("sshd log:\n%s", b)
		}
		if err := s.sshd.Close(); err != nil {
			t.Errorf("sshd close: %v", err)
		}
	})
	known := ""
	switch o.knownHosts {
	case "", "ok":
		if known, err = s.sshd.KnownHostsLine(); err != nil {
			t.Fatal(err)
		}
	case "changed":
		// Another host key recorded for the same [127.0.0.1]:port.
		other := filepath.Join(t.TempDir(), "otherhost")
		pub, err := testdaemon.GenerateKey(ctx, other)
		if err != nil {
			t.Fatal(err)
		}
		known = strings.Join(strings.Fields(pub)[:2], " ")
		known = "[127.0.0.1]:" + strconv.Itoa(s.sshd.Port()) + " " + known
	}
	// The client's own ssh config: strict host key checking, its key only,
	// its known_hosts only (nothing of this machine's root).
	config := strings.Join([]string{
		"Host *",
		"  StrictHostKeyChecking yes",
		"  UserKnownHostsFile " + filepath.Join(sshDir, "known_hosts"),
		"  GlobalKnownHostsFile /dev/null",
		"  IdentityFile " + key,
		"  IdentitiesOnly yes",
	}, "\n") + "\n"
	files := map[string]string{"config": config, "known_hosts": known + "\n"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(sshDir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"config", "known_hosts", "id_ed25519", "id_ed25519.pub"} {
		if err := os.Chown(filepath.Join(sshDir, name), s.client.UID, s.client.GID); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// probe runs the binary as the client user against the remote login and
// then checks that no ssh process it started is left.
func (s *sshSetup) probe(t *testing.T, extra ...string) result {
	t.Helper()
	env := baseEnv(t)
	env["HOME"] = s.home
	env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
	// docker-git needs its API URL set for a remote endpoint: a user of
	// ssh:// sets it, so the scenarios isolate the ssh findings.
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	env["DOCKER_GIT_API_URL"] = "http://127.0.0.1:" + strconv.Itoa(port)
	args := []string{"--once", "--json", "--no-sudo", "--timeout", "10s", "--host", s.sshd.Target(s.remote.Name)}
	r := run(t, invocation{args: append(args, extra...), env: env, as: &s.client, withGroups: true})
	if r.report.Endpoint.Host == "" {
		t.Fatalf("no JSON report (exit %d):\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	pids, err := s.sshd.ClientProcesses()
	if err != nil {
		t.Fatal(err)
	}
	if len(pids) > 0 {
		t.Fatalf("ssh processes left after the probe: %v", pids)
	}
	return r
}

func hasKind(r result, k model.Kind) bool {
	for _, f := range r.report.Findings {
		if f.Kind == k {
			return true
		}
	}
	return false
}

func TestSSHHealthy(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}})
	r := s.probe(t)
	checkStatus(t, r, model.CheckDaemon, model.StatusOK)
	if r.report.Daemon.Version == "" {
		t.Fatalf("no daemon version over ssh:\n%s", r.stdout)
	}
	for _, k := range []model.Kind{model.KindSSHUnreachable, model.KindSSHAuthFailed, model.KindSSHHostKeyUnknown,
		model.KindRemoteDockerMissing, model.KindSocketPermissionDenied, model.KindDaemonUnreachable} {
		if hasKind(r, k) {
			t.Fatalf("healthy ssh endpoint reports %s:\n%s", k, r.stdout)
		}
	}
	for _, id := range []model.CheckID{model.CheckSocket, model.CheckAlternates, model.CheckSudo} {
		checkStatus(t, r, id, model.StatusSkipped)
	}
}

func TestSSHWrongKeyIsAuthFailed(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}, wrongKey: true})
	r := s.probe(t)
	expectKinds(t, r, model.KindSSHAuthFailed)
	f := findingOf(t, r, model.KindSSHAuthFailed)
	evidenceContains(t, f, "Permission denied (publickey")
	evidenceContains(t, f, s.remote.Name)
	assertCommand(t, f, "ssh -o BatchMode=yes "+s.sshd.Target(s.remote.Name)+" true")
}

// A key that needs a passphrase, with no agent: ssh never asks for it
// (BatchMode), the login fails at once, and the finding is ssh-auth-failed.
func TestSSHPassphraseKeyIsAuthFailedWithoutAPrompt(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}, passphrase: "secret passphrase"})
	r := s.probe(t)
	expectKinds(t, r, model.KindSSHAuthFailed)
	if r.elapsed > 5*time.Second {
		t.Fatalf("took %s: something waited for a passphrase", r.elapsed)
	}
	assertCommand(t, findingOf(t, r, model.KindSSHAuthFailed), "ssh-add")
}

func TestSSHEmptyKnownHostsIsHostKeyUnknown(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}, knownHosts: "empty"})
	r := s.probe(t)
	expectKinds(t, r, model.KindSSHHostKeyUnknown)
	f := findingOf(t, r, model.KindSSHHostKeyUnknown)
	evidenceContains(t, f, "host key unknown")
	evidenceContains(t, f, "Host key verification failed")
}

func TestSSHChangedHostKeyIsReportedAsChanged(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}, knownHosts: "changed"})
	r := s.probe(t)
	expectKinds(t, r, model.KindSSHHostKeyUnknown)
	f := findingOf(t, r, model.KindSSHHostKeyUnknown)
	evidenceContains(t, f, "host key changed")
	evidenceContains(t, f, "may be an attack")
	assertCommand(t, f, "ssh-keygen -R '[127.0.0.1]:"+strconv.Itoa(s.sshd.Port())+"'")
}

func TestSSHStoppedIsUnreachable(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}})
	if err := s.sshd.Stop(); err != nil {
		t.Fatal(err)
	}
	r := s.probe(t)
	expectKinds(t, r, model.KindSSHUnreachable)
	evidenceContains(t, findingOf(t, r, model.KindSSHUnreachable), "Connection refused")
}

func TestSSHRemoteUserOutsideGroupIsPermissionDenied(t *testing.T) {
	s := startSSH(t, sshOptions{})
	r := s.probe(t)
	expectKinds(t, r, model.KindSocketPermissionDenied)
	f := findingOf(t, r, model.KindSocketPermissionDenied)
	evidenceContains(t, f, "the remote user "+s.remote.Name)
	evidenceContains(t, f, "127.0.0.1")
	evidenceContains(t, f, shared.daemon.SocketPath())
	evidenceContains(t, f, "not in group: remote user "+s.remote.Name+" is not a member of group "+shared.group.Name)
	for _, st := range f.Checklist {
		if strings.Contains(st.Command, "usermod") || strings.Contains(st.Command, "chmod") {
			if !strings.HasPrefix(st.Command, "ssh -t "+s.sshd.Target(s.remote.Name)+" sudo ") || !strings.Contains(st.Command, shared.group.Name+" "+s.remote.Name) && strings.Contains(st.Command, "usermod") {
				t.Fatalf("remote fix is not run over ssh: %q", st.Command)
			}
		}
		if strings.Contains(st.Command, "newgrp") {
			t.Fatalf("newgrp offered for a remote user: %q", st.Command)
		}
	}
}

func TestSSHRemotePathWithoutDockerIsRemoteDockerMissing(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name},
		env: map[string]string{"DOCKER_HOST": shared.daemon.Host(), "PATH": "/nonexistent"}})
	r := s.probe(t)
	expectKinds(t, r, model.KindRemoteDockerMissing)
	evidenceContains(t, findingOf(t, r, model.KindRemoteDockerMissing), "docker: not found")
}

// A real daemon stopped behind a working sshd: first the remote side
// reaches it, then it is stopped (dockerd removes its socket) and the
// finding is daemon-unreachable, worded for the remote host; then it is
// killed (a crash leaves a stale socket that refuses) and stays so.
func TestSSHRemoteDaemonDownIsDaemonUnreachable(t *testing.T) {
	d := testdaemon.StartT(t, testdaemon.Options{Group: shared.group.Name})
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name},
		env: map[string]string{"DOCKER_HOST": d.Host()}})
	checkStatus(t, s.probe(t), model.CheckDaemon, model.StatusOK)

	if err := d.Stop(); err != nil {
		t.Fatal(err)
	}
	r := s.probe(t)
	expectKinds(t, r, model.KindDaemonUnreachable)
	f := findingOf(t, r, model.KindDaemonUnreachable)
	evidenceContains(t, f, "on "+s.remote.Name+"@127.0.0.1")
	evidenceContains(t, f, d.SocketPath())
	for _, st := range f.Checklist {
		if strings.Contains(st.Command, "systemctl") && !strings.HasPrefix(st.Command, "ssh -t ") {
			t.Fatalf("remote daemon start is not run over ssh: %q", st.Command)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	r = s.probe(t)
	expectKinds(t, r, model.KindDaemonUnreachable)
	evidenceContains(t, findingOf(t, r, model.KindDaemonUnreachable), "connection refused")
}

func assertCommand(t *testing.T, f model.Finding, cmd string) {
	t.Helper()
	for _, st := range f.Checklist {
		if st.Command == cmd {
			return
		}
	}
	var cmds []string
	for _, st := range f.Checklist {
		cmds = append(cmds, st.Command)
	}
	t.Fatalf("%s has no step %q: %q", f.Kind, cmd, cmds)
}

// The dashboard keeps its ssh sessions warm between cycles (the same ssh
// processes answer cycle after cycle, none is started per cycle) and
// leaves none behind when it quits.
func TestSSHDashboardKeepsSessionsWarmAndLeavesNone(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}})
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	dash := fmt.Sprintf("%s --no-sudo --interval 500ms --host %s", shared.bin, s.sshd.Target(s.remote.Name))
	shell := fmt.Sprintf("setpriv --reuid %d --regid %d --init-groups env -i TERM=xterm-256color HOME=%s PATH=/usr/local/bin:/usr/bin:/bin DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS=1 DOCKER_GIT_API_URL=http://127.0.0.1:%d %s; echo EXIT=$?; sleep 600",
		s.client.UID, s.client.GID, s.home, port, dash)
	p := startPane(t, shell)
	v, err := shared.daemon.Client().ServerVersion(context.Background(), client.ServerVersionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p.waitText("daemon "+v.Version, 15*time.Second)

	pids := func() []int {
		t.Helper()
		ps, err := s.sshd.ClientProcesses()
		if err != nil {
			t.Fatal(err)
		}
		sort.Ints(ps)
		return ps
	}
	// The start settles first: the first cycles may open and close a
	// session while the controller checks join the ping. The set that then
	// holds for a second is the warm one.
	warm := pids()
	settle := time.Now().Add(15 * time.Second)
	for stable := time.Now(); time.Since(stable) < time.Second; time.Sleep(100 * time.Millisecond) {
		if now := pids(); fmt.Sprint(now) != fmt.Sprint(warm) {
			warm, stable = now, time.Now()
		}
		if time.Now().After(settle) {
			t.Fatalf("ssh processes never settled: last %v", warm)
		}
	}
	if len(warm) == 0 {
		t.Fatal("no ssh process while the dashboard shows the daemon")
	}
	// Ten cycles at 500ms: the same processes carry them.
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if now := pids(); fmt.Sprint(now) != fmt.Sprint(warm) {
			// A second connection may still open once the controller
			// checks run beside the ping; after that the set must stay put.
			if len(now) > len(warm) && len(warm) < 3 {
				warm = now
				deadline = time.Now().Add(5 * time.Second)
				continue
			}
			t.Fatalf("ssh processes changed between cycles: %v, then %v", warm, now)
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.keys("q")
	p.waitText("EXIT=", 10*time.Second)
	if left := pids(); len(left) > 0 {
		t.Fatalf("ssh processes left after quitting: %v", left)
	}
}

// hangingListener accepts connections and never answers (the peer is the
// point of the test); Close ends them.
func hangingListener(t *testing.T, network, addr string) net.Listener {
	t.Helper()
	l, err := net.Listen(network, addr)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	return l
}

// An ssh server that accepts and never speaks: ssh is stopped at the
// deadline, the finding is ssh-unreachable, and no ssh is left.
func TestSSHHungServerEndsAtTheDeadline(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}})
	l := hangingListener(t, "tcp", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	target := fmt.Sprintf("ssh://%s@127.0.0.1:%d", s.remote.Name, port)
	env := baseEnv(t)
	env["HOME"] = s.home
	env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
	env["DOCKER_GIT_API_URL"] = "http://127.0.0.1:9"
	r := run(t, invocation{args: []string{"--once", "--json", "--no-sudo", "--timeout", "2s", "--host", target}, env: env, as: &s.client, withGroups: true})
	expectKinds(t, r, model.KindSSHUnreachable)
	if r.elapsed > 4*time.Second {
		t.Fatalf("probe took %s with a 2s deadline", r.elapsed)
	}
	pids, err := testdaemon.ProcessesMentioning(fmt.Sprintf("-p\x00%d\x00--\x00", port))
	if err != nil {
		t.Fatal(err)
	}
	if len(pids) > 0 {
		t.Fatalf("ssh processes left after the deadline: %v", pids)
	}
}

// The login works but the remote daemon accepts and never answers: the
// remote daemon is unresponsive, not ssh.
func TestSSHHungRemoteDaemonIsUnresponsive(t *testing.T) {
	dir, err := os.MkdirTemp("/tmp", "dgtsh-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "hung.sock")
	hangingListener(t, "unix", sock)
	if err := os.Chmod(sock, 0o666); err != nil {
		t.Fatal(err)
	}
	s := startSSH(t, sshOptions{env: map[string]string{"DOCKER_HOST": "unix://" + sock}})
	r := s.probe(t, "--timeout", "3s")
	expectKinds(t, r, model.KindDaemonUnresponsive)
	evidenceContains(t, findingOf(t, r, model.KindDaemonUnresponsive), "logged in to "+s.remote.Name+"@127.0.0.1")
}

// An ssh:// host with a socket path runs `docker --host=unix://PATH system
// dial-stdio` remotely: the path, not the remote DOCKER_HOST, decides.
func TestSSHSocketPathInTheURL(t *testing.T) {
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name},
		env: map[string]string{"DOCKER_HOST": "unix:///nonexistent/docker.sock"}})
	r := s.probe(t, "--host", s.sshd.Target(s.remote.Name)+shared.daemon.SocketPath())
	checkStatus(t, r, model.CheckDaemon, model.StatusOK)

	// The same URL on a socket that does not exist: the finding's ssh
	// commands name the host without the path.
	r = s.probe(t, "--host", s.sshd.Target(s.remote.Name)+"/nonexistent/docker.sock")
	expectKinds(t, r, model.KindDaemonUnreachable)
	f := findingOf(t, r, model.KindDaemonUnreachable)
	evidenceContains(t, f, "/nonexistent/docker.sock")
	for _, st := range f.Checklist {
		if strings.HasPrefix(st.Command, "ssh ") && !strings.HasPrefix(st.Command, "ssh -t "+s.sshd.Target(s.remote.Name)+" ") {
			t.Fatalf("ssh command does not target the bare host: %q", st.Command)
		}
	}
}
