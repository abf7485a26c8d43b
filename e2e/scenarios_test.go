//go:build linux

package e2e

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// 1. Everything works: no error findings, exit 0, every check ok.
func TestHealthySetupIsReady(t *testing.T) {
	c := startController(t, nil)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL, "--expected-revision", "rev-e2e"), env: baseEnv(t)})
	expectKinds(t, r)
	for _, id := range []model.CheckID{model.CheckEndpoint, model.CheckSocket, model.CheckDaemon, model.CheckController, model.CheckControllerAPI} {
		checkStatus(t, r, id, model.StatusOK)
	}
	if r.report.Daemon.Version == "" || r.report.Endpoint.Source != model.SourceHostFlag {
		t.Fatalf("report lacks daemon version or endpoint source: %+v %+v", r.report.Daemon, r.report.Endpoint)
	}
}

// 2. The socket path does not exist.
func TestMissingSocketIsDaemonUnreachable(t *testing.T) {
	path := filepath.Join(shortTemp(t), "none.sock")
	r := run(t, invocation{args: probeArgs("unix://"+path, "docker-git-api", ""), env: baseEnv(t)})
	expectKinds(t, r, model.KindDaemonUnreachable)
	evidenceContains(t, findingOf(t, r, model.KindDaemonUnreachable), "does not exist")
	checkStatus(t, r, model.CheckController, model.StatusSkipped)
	checkStatus(t, r, model.CheckControllerAPI, model.StatusSkipped)
}

// 3. A stale socket file left by a daemon that was killed.
func TestKilledDaemonLeavesStaleSocket(t *testing.T) {
	d := testdaemon.StartT(t, testdaemon.Options{})
	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(d.SocketPath()); err != nil {
		t.Fatalf("kill should leave the socket file: %v", err)
	}
	r := run(t, invocation{args: probeArgs(d.Host(), "docker-git-api", ""), env: baseEnv(t)})
	expectKinds(t, r, model.KindDaemonUnreachable)
	evidenceContains(t, findingOf(t, r, model.KindDaemonUnreachable), "stale socket")
	evidenceContains(t, findingOf(t, r, model.KindDaemonUnreachable), "connection refused")
}

// 4. A user outside the socket's group.
func TestUserOutsideGroupIsPermissionDenied(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtout")
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: true})
	expectKinds(t, r, model.KindSocketPermissionDenied)
	f := findingOf(t, r, model.KindSocketPermissionDenied)
	evidenceContains(t, f, "not in group")
	evidenceContains(t, f, shared.group.Name)
	assertStep(t, f, "usermod -aG "+shared.group.Name+" "+u.Name, false)
}

// 5. The user database lists the user in the group, the session does not
// have it: the newgrp case.
func TestGroupAddedButSessionStaleIsPending(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtpend", shared.group.Name)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: false})
	expectKinds(t, r, model.KindGroupMembershipPending)
	f := findingOf(t, r, model.KindGroupMembershipPending)
	evidenceContains(t, f, "does not hold it")
	assertStep(t, f, "newgrp "+shared.group.Name, false)
	assertStep(t, f, "getent group "+shared.group.Name, true)

	// The same user with a fresh login's groups works: proof that the
	// group, not something else, was missing.
	ok := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: true})
	checkStatus(t, ok, model.CheckDaemon, model.StatusOK)
}

// 6. Socket mode 0600 blocks a member of the group.
func TestMode0600BlocksGroupMember(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtmode", shared.group.Name)
	chmodSocket(t, 0o600)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: true})
	expectKinds(t, r, model.KindSocketPermissionDenied)
	f := findingOf(t, r, model.KindSocketPermissionDenied)
	evidenceContains(t, f, "mode blocks the group")
	evidenceContains(t, f, "mode 0600")
	assertStep(t, f, "chmod 660 "+shared.daemon.SocketPath(), false)
}

// 7. No controller container, and docker-git could not create one (this
// docker CLI has no Compose v2): the cause first. With Compose v2 it is
// only "not created yet" (dockergit_test.go).
func TestNoControllerContainer(t *testing.T) {
	requireNoSystemCompose(t)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "dgt-not-there", freeAPIURL(t)), env: baseEnv(t)})
	expectKinds(t, r, model.KindComposePluginMissing, model.KindControllerMissing)
	checkStatus(t, r, model.CheckControllerAPI, model.StatusSkipped)
}

// 8. The controller exited with a non-zero code.
func TestExitedControllerShowsExitCode(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.Env["EXIT_CODE"] = "3" })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := shared.daemon.WaitExited(ctx, c.name); err != nil {
		t.Fatal(err)
	}
	// With Compose v2: without it, docker-git could not restart the
	// controller, which is an error of its own (dockergit_test.go).
	env := baseEnv(t)
	withComposePlugin(t, env)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: env})
	expectKinds(t, r, model.KindControllerNotRunning)
	evidenceContains(t, findingOf(t, r, model.KindControllerNotRunning), "exited, exit code 3")
}

// 9. The controller runs but /health answers 500.
func TestHealth500IsUnhealthy(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.Env["HEALTH_STATUS"] = "500" })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerUnhealthy)
	evidenceContains(t, findingOf(t, r, model.KindControllerUnhealthy), "HTTP 500")
}

// 10. The controller reports another revision.
func TestStaleRevisionIsMismatch(t *testing.T) {
	c := startController(t, nil)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL, "--expected-revision", "rev-new"), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerRevisionMismatch)
	evidenceContains(t, findingOf(t, r, model.KindControllerRevisionMismatch), `"rev-e2e", expected "rev-new"`)
}

// 11. The controller does not mount the daemon socket.
func TestControllerWithoutSocketMount(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.MountSocket = false })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerSocketNotMounted)
}

// 12. No docker CLI on PATH (the daemon itself is fine).
func TestNoDockerCLIOnPath(t *testing.T) {
	c := startController(t, nil)
	env := baseEnv(t)
	env["PATH"] = shortTemp(t) // an empty directory
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: env})
	expectKinds(t, r, model.KindDockerCLIMissing)
	checkStatus(t, r, model.CheckDaemon, model.StatusOK)
}

// 13. A socket that accepts and never answers: daemon-unresponsive within
// --timeout + 1s. The listener is a hostile peer, not a stand-in daemon.
func TestHungSocketIsUnresponsiveWithinDeadline(t *testing.T) {
	path := filepath.Join(shortTemp(t), "hung.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		var held []net.Conn
		defer func() {
			for _, c := range held {
				c.Close()
			}
		}()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			held = append(held, c)
		}
	}()
	args := probeArgs("unix://"+path, "docker-git-api", "")
	args = append(args, "--timeout", "1s")
	r := run(t, invocation{args: args, env: baseEnv(t)})
	expectKinds(t, r, model.KindDaemonUnresponsive)
	if r.elapsed > 2*time.Second {
		t.Fatalf("report took %s, want within --timeout 1s + 1s", r.elapsed)
	}
}

// 14. A malformed DOCKER_HOST and an unknown context.
func TestMalformedDockerHostIsEndpointInvalid(t *testing.T) {
	env := baseEnv(t)
	env["DOCKER_HOST"] = "tcp//localhost:2375"
	r := run(t, invocation{args: []string{"--once", "--json", "--no-sudo"}, env: env})
	expectKinds(t, r, model.KindEndpointInvalid)
	evidenceContains(t, findingOf(t, r, model.KindEndpointInvalid), "no scheme")
	checkStatus(t, r, model.CheckDaemon, model.StatusSkipped)
}

func TestUnknownContextIsEndpointInvalid(t *testing.T) {
	env := baseEnv(t)
	env["DOCKER_CONTEXT"] = "colima-gone"
	r := run(t, invocation{args: []string{"--once", "--json", "--no-sudo"}, env: env})
	expectKinds(t, r, model.KindEndpointInvalid)
	evidenceContains(t, findingOf(t, r, model.KindEndpointInvalid), `context "colima-gone" does not exist`)
	if r.report.Endpoint.Source != model.SourceDockerContext {
		t.Fatalf("source = %s, want DOCKER_CONTEXT", r.report.Endpoint.Source)
	}
}

// 15. The main endpoint is broken while a daemon answers at the rootless
// location ($XDG_RUNTIME_DIR/docker.sock).
func TestRootlessSocketIsOffered(t *testing.T) {
	env := baseEnv(t)
	xdg := env["XDG_RUNTIME_DIR"]
	if err := os.MkdirAll(xdg, 0o700); err != nil {
		t.Fatal(err)
	}
	rootless := filepath.Join(xdg, "docker.sock")
	if err := os.Symlink(shared.daemon.SocketPath(), rootless); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(shortTemp(t), "docker.sock")
	r := run(t, invocation{args: probeArgs("unix://"+missing, "docker-git-api", ""), env: env})
	expectKinds(t, r, model.KindAlternateSocketAvailable)
	f := findingOf(t, r, model.KindAlternateSocketAvailable)
	evidenceContains(t, f, "rootless Docker daemon answers at unix://"+rootless)
	assertStep(t, f, "export DOCKER_HOST=unix://"+rootless, false)
}

// shortTemp is a temp dir with a short path, for unix sockets.
func shortTemp(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("/tmp", "dgts")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(d, 0o755)
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

// chmodSocket changes the shared socket's mode for one test.
func chmodSocket(t *testing.T, mode os.FileMode) {
	t.Helper()
	path := shared.daemon.SocketPath()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, st.Mode().Perm()) })
}

// assertStep finds a checklist step whose command contains cmd and checks
// whether it is ticked (verified steps only).
func assertStep(t *testing.T, f model.Finding, cmd string, done bool) {
	t.Helper()
	for _, s := range f.Checklist {
		if strings.Contains(s.Command, cmd) {
			if s.Done != nil && *s.Done != done {
				t.Fatalf("step %q done = %v, want %v", s.Step, *s.Done, done)
			}
			return
		}
	}
	t.Fatalf("no step runs %q in %s: %+v", cmd, f.Kind, f.Checklist)
}
