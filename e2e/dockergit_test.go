//go:build linux

package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// docker-git as it really is (issue 8), against the private daemon: the
// controller created the way docker-git's compose creates it (labels, env,
// image label), its runtimes, its name, its port and its revisions.

// composeVersion is what the test compose plugin answers.
const composeVersion = "v2.29.7"

// withComposePlugin installs a Compose v2 CLI plugin into the run's
// DOCKER_CONFIG: a script that answers the docker CLI's plugin metadata
// query and `docker compose version`, which is all the probe asks of it.
func withComposePlugin(t *testing.T, env map[string]string) {
	t.Helper()
	composePluginInto(t, env["DOCKER_CONFIG"])
}

// composePluginInto writes the test Compose v2 plugin into the docker CLI
// config directory dockerConfig.
func composePluginInto(t testing.TB, dockerConfig string) {
	t.Helper()
	dir := filepath.Join(dockerConfig, "cli-plugins")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\ncase \"$1\" in\n" +
		"docker-cli-plugin-metadata) echo '{\"SchemaVersion\":\"0.1.0\",\"Vendor\":\"Docker Inc.\",\"Version\":\"" + composeVersion + "\",\"ShortDescription\":\"Docker Compose\"}' ;;\n" +
		"compose) [ \"$2\" = version ] && echo 'Docker Compose version " + composeVersion + "' ;;\n" +
		"esac\n"
	if err := os.WriteFile(filepath.Join(dir, "docker-compose"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dockerConfig, 0o755)
	os.Chmod(filepath.Join(dockerConfig, ".."), 0o755)
}

// requireNoSystemCompose fails (never skips) when this machine has a
// system-wide compose plugin: the "Compose v2 missing" cases need a docker
// CLI without one.
func requireNoSystemCompose(t *testing.T) {
	t.Helper()
	for _, d := range []string{"/usr/local/lib/docker/cli-plugins", "/usr/local/libexec/docker/cli-plugins",
		"/usr/lib/docker/cli-plugins", "/usr/libexec/docker/cli-plugins"} {
		if _, err := os.Stat(filepath.Join(d, "docker-compose")); err == nil {
			t.Fatalf("%s/docker-compose exists: this case needs a docker CLI without a system-wide compose plugin", d)
		}
	}
}

func detailOf(t *testing.T, r result, id model.CheckID) string {
	t.Helper()
	c, ok := r.report.Check(id)
	if !ok {
		t.Fatalf("no check %s", id)
	}
	return c.Detail
}

func freeAPIURL(t *testing.T) string {
	t.Helper()
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

// The isolated runtime runs its own dockerd and mounts no socket: no error.
func TestIsolatedControllerNeedsNoSocket(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) {
		s.Runtime, s.MountSocket = "isolated", false
		s.Revision = "0123456789abcdef-isolated-none-skiller0"
		delete(s.Env, "REVISION") // /health reports DOCKER_GIT_CONTROLLER_REV, as docker-git's does
	})
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r)
	if d := detailOf(t, r, model.CheckController); !strings.Contains(d, "runtime isolated") {
		t.Fatalf("controller detail %q does not show the isolated runtime", d)
	}
	if d := detailOf(t, r, model.CheckControllerAPI); !strings.Contains(d, `revision "0123456789abcdef-isolated-none-skiller0", ok true, cwd /workspace, projectsRoot /home/dev/.docker-git`) {
		t.Fatalf("API detail %q lacks docker-git's /health fields", d)
	}
}

// The host runtime without the socket mount is an error that says why.
func TestHostControllerWithoutSocketMount(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.MountSocket = false })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerSocketNotMounted)
	evidenceContains(t, findingOf(t, r, model.KindControllerSocketNotMounted), "its runtime is host (DOCKER_GIT_DOCKER_RUNTIME=host)")
}

// A host-runtime controller mounting a path where no socket lives: docker
// created an empty directory there, and the finding says so.
func TestHostControllerMountingAMissingSocket(t *testing.T) {
	src := filepath.Join(shortTemp(t), "gone", "docker.sock")
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.SocketSource = src })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerSocketNotMounted)
	f := findingOf(t, r, model.KindControllerSocketNotMounted)
	evidenceContains(t, f, "mounts /var/run/docker.sock from "+src+", which on this host is an empty directory, not a socket")
	evidenceContains(t, f, "this daemon listens on "+shared.daemon.SocketPath())
}

// A controller created under another DOCKER_GIT_API_CONTAINER_NAME is found
// by its compose labels.
func TestControllerUnderAnotherNameFoundByLabels(t *testing.T) {
	c := startController(t, nil)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api-elsewhere", c.apiURL), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerNameMismatch)
	f := findingOf(t, r, model.KindControllerNameMismatch)
	evidenceContains(t, f, "no container is named docker-git-api-elsewhere, but "+c.name+" carries docker-git's labels")
	assertStep(t, f, "export DOCKER_GIT_API_CONTAINER_NAME="+c.name, false)
	checkStatus(t, r, model.CheckControllerAPI, model.StatusOK)
}

// A container without docker-git's labels holding the controller's name:
// docker-git's compose would fail with "already in use".
func TestPlainContainerHoldsTheName(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.Plain, s.HostPort = true, 0 })
	env := baseEnv(t)
	withComposePlugin(t, env)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, freeAPIURL(t)), env: env})
	expectKinds(t, r, model.KindControllerNameTaken, model.KindControllerMissing)
	evidenceContains(t, findingOf(t, r, model.KindControllerNameTaken), `container name "/`+c.name+`" is already in use`)
}

// portThief runs the test controller binary as a plain host process (not a
// container) on a free port, and returns its API URL and pid.
func portThief(t *testing.T) (string, int, string) {
	t.Helper()
	dir := shortTemp(t)
	bin := filepath.Join(dir, "dgt-port-thief")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := testdaemon.BuildControllerBinary(ctx, bin); err != nil {
		t.Fatal(err)
	}
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Env = []string{"PORT=" + strconv.Itoa(port), "REVISION=thief"}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitHealthAnswers(t, url)
	return url, cmd.Process.Pid, bin
}

// A plain process on the API port is named, with its pid and command line.
func TestProcessOnAPIPortIsNamed(t *testing.T) {
	url, pid, bin := portThief(t)
	env := baseEnv(t)
	withComposePlugin(t, env)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "dgt-no-controller", url), env: env})
	expectKinds(t, r, model.KindControllerPortTaken, model.KindControllerMissing)
	f := findingOf(t, r, model.KindControllerPortTaken)
	evidenceContains(t, f, fmt.Sprintf("is held by pid %d: %s", pid, bin))
	evidenceContains(t, f, "port is already allocated")
	assertStep(t, f, "kill "+strconv.Itoa(pid), false)
	evidenceContains(t, findingOf(t, r, model.KindControllerMissing), "docker-git cannot create it: port "+strings.TrimPrefix(url, "http://127.0.0.1:"))

	// A user who may not look into root's processes is told so, with the
	// command that names it.
	u := testdaemon.CreateUserT(t, "dgtport", shared.group.Name)
	ur := run(t, invocation{args: probeArgs(shared.daemon.Host(), "dgt-no-controller", url), env: env, as: &u, withGroups: true})
	expectKinds(t, ur, model.KindControllerPortTaken, model.KindControllerMissing)
	port := strings.TrimPrefix(url, "http://127.0.0.1:")
	evidenceContains(t, findingOf(t, ur, model.KindControllerPortTaken), "that this user cannot see: run `sudo ss -ltnp 'sport eq "+port+"'`")
}

// docker-git's controller may answer "revision": null; that is healthy.
func TestNullRevisionIsHealthy(t *testing.T) {
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.Env["REVISION_NULL"] = "1" })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r)
	if d := detailOf(t, r, model.CheckControllerAPI); !strings.Contains(d, "revision null") {
		t.Fatalf("API detail %q does not show the null revision", d)
	}
}

// The image was built for another revision than the container was created
// for: the detail says what that means, and --expected-revision shows it as
// evidence.
func TestDisagreeingRevisions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	const oldImage = "docker-git-api-test:old"
	if err := shared.daemon.BuildControllerImageRev(ctx, oldImage, "rev-old"); err != nil {
		t.Fatal(err)
	}
	c := startController(t, func(s *testdaemon.ControllerSpec) { s.Image = oldImage })
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL), env: baseEnv(t)})
	expectKinds(t, r)
	d := detailOf(t, r, model.CheckControllerAPI)
	for _, want := range []string{
		`revisions disagree: /health "rev-e2e", DOCKER_GIT_CONTROLLER_REV in its env "rev-e2e", image label io.prover-coder-ai.docker-git.controller-rev "rev-old"`,
		`the image was built for revision "rev-old" but the container was created for "rev-e2e"`,
	} {
		if !strings.Contains(d, want) {
			t.Fatalf("API detail %q lacks %q", d, want)
		}
	}
	r = run(t, invocation{args: probeArgs(shared.daemon.Host(), c.name, c.apiURL, "--expected-revision", "rev-new"), env: baseEnv(t)})
	expectKinds(t, r, model.KindControllerRevisionMismatch)
	evidenceContains(t, findingOf(t, r, model.KindControllerRevisionMismatch), `image label io.prover-coder-ai.docker-git.controller-rev "rev-old"`)
}

// Before the first docker-git command: with Compose v2 and a free port, the
// missing controller is "not created yet", a warning, and the report is
// ready (exit 0).
func TestNoControllerYetWithCompose(t *testing.T) {
	env := baseEnv(t)
	withComposePlugin(t, env)
	url := freeAPIURL(t)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "dgt-not-there", url), env: env})
	expectKinds(t, r)
	if w := warningKinds(r.report); len(w) == 0 || !strings.Contains(fmt.Sprint(w), string(model.KindControllerNotCreated)) {
		t.Fatalf("warnings = %v, want controller-not-created", warningKinds(r.report))
	}
	f := findingOf(t, r, model.KindControllerNotCreated)
	evidenceContains(t, f, "Compose v2 is installed (docker compose "+composeVersion+")")
	evidenceContains(t, f, "port "+strings.TrimPrefix(url, "http://127.0.0.1:")+" on 127.0.0.1 is free")
	assertStep(t, f, "docker-git ps", false)
	checkStatus(t, r, model.CheckController, model.StatusWarn)
	checkStatus(t, r, model.CheckControllerAPI, model.StatusSkipped)
}

// Without Compose v2, docker-git cannot create its controller: both are
// errors, the cause first.
func TestNoControllerWithoutCompose(t *testing.T) {
	requireNoSystemCompose(t)
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "dgt-not-there", freeAPIURL(t)), env: baseEnv(t)})
	expectKinds(t, r, model.KindComposePluginMissing, model.KindControllerMissing)
	evidenceContains(t, findingOf(t, r, model.KindComposePluginMissing), "the controller is not running, and docker-git starts it with `docker compose`")
	evidenceContains(t, findingOf(t, r, model.KindControllerMissing), "docker-git cannot create it: Compose v2 (`docker compose`) is missing")
}

// tcpForward serves the private daemon on a loopback TCP port by copying
// bytes to its unix socket: a real daemon behind a tcp:// endpoint.
func tcpForward(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { l.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				u, err := net.Dial("unix", shared.daemon.SocketPath())
				if err != nil {
					return
				}
				defer u.Close()
				done := make(chan struct{})
				go func() { io.Copy(u, c); u.(*net.UnixConn).CloseWrite(); close(done) }()
				if _, err := io.Copy(c, u); err != nil && !errors.Is(err, net.ErrClosed) {
					return
				}
				c.(*net.TCPConn).CloseWrite()
				<-done
			}()
		}
	}()
	return "tcp://" + l.Addr().String()
}

// A tcp:// DOCKER_HOST, loopback included, without DOCKER_GIT_API_URL:
// docker-git stops; with it set, it does not.
func TestTCPEndpointNeedsAPIURL(t *testing.T) {
	c := startController(t, nil)
	host := tcpForward(t)
	env := baseEnv(t)
	env["DOCKER_HOST"] = host
	args := []string{"--once", "--json", "--no-sudo", "--timeout", "2s", "--container", c.name, "--api-url", c.apiURL}
	r := run(t, invocation{args: args, env: env})
	expectKinds(t, r, model.KindRemoteAPIURLRequired)
	f := findingOf(t, r, model.KindRemoteAPIURLRequired)
	evidenceContains(t, f, "DOCKER_HOST is "+host+", which docker-git judges remote by its tcp:// or ssh:// prefix")
	evidenceContains(t, f, model.RemoteDockerMessage)
	checkStatus(t, r, model.CheckDaemon, model.StatusOK)

	env["DOCKER_GIT_API_URL"] = c.apiURL
	expectKinds(t, run(t, invocation{args: args, env: env}))
}
