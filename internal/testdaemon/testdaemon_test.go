//go:build linux

package testdaemon_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
)

// TestMain fails the run if harness goroutines (dockerd reapers, HTTP
// connections to the daemon or controller) outlive the tests: a stand-in for
// goleak, which go.mod does not currently require.
func TestMain(m *testing.M) {
	if sock := os.Getenv(pingHelperEnv); sock != "" {
		os.Exit(pingHelper(sock))
	}
	code := m.Run()
	if code == 0 {
		if leaked := leakedGoroutines(5 * time.Second); leaked != "" {
			fmt.Fprintf(os.Stderr, "leaked goroutines:\n%s\n", leaked)
			code = 1
		}
	}
	os.Exit(code)
}

func leakedGoroutines(wait time.Duration) string {
	suspicious := []string{"net/http.(*persistConn)", "testdaemon.(*Daemon)", "os/exec.(*Cmd).Wait"}
	deadline := time.Now().Add(wait)
	for {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		var leaked []string
		for _, g := range strings.Split(string(buf), "\n\n") {
			for _, s := range suspicious {
				if strings.Contains(g, s) {
					leaked = append(leaked, g)
					break
				}
			}
		}
		if len(leaked) == 0 || time.Now().After(deadline) {
			return strings.Join(leaked, "\n\n")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

const controllerImage = "dgt-controller:test"

func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// startClosed starts a daemon whose Close the test asserts on itself; the
// cleanup only guards against an early t.Fatal.
func startClosed(t *testing.T, ctx context.Context, opts testdaemon.Options) *testdaemon.Daemon {
	t.Helper()
	d, err := testdaemon.Start(ctx, opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dockerd log tail:\n%s", d.LogTail())
		}
		_ = d.Close()
	})
	return d
}

func TestControllerLifecycle(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 5*time.Minute)
	grp := testdaemon.CreateGroupT(t, "dgt-sock")

	t0 := time.Now()
	d := startClosed(t, ctx, testdaemon.Options{Group: grp.Name})
	t.Logf("daemon ready in %v: %s (bridge %s, %v)", time.Since(t0).Round(time.Millisecond), d.Host(), d.BridgeName(), d.Subnet())

	st, err := os.Stat(d.SocketPath())
	if err != nil {
		t.Fatal(err)
	}
	if gid := st.Sys().(*syscall.Stat_t).Gid; int(gid) != grp.GID {
		t.Errorf("socket gid = %d, want %d (%s)", gid, grp.GID, grp.Name)
	}
	if st.Mode()&os.ModeSocket == 0 || st.Mode().Perm() != 0o660 {
		t.Errorf("socket mode = %v, want srw-rw----", st.Mode())
	}

	t0 = time.Now()
	if err := d.BuildControllerImage(ctx, controllerImage); err != nil {
		t.Fatal(err)
	}
	t.Logf("image built in %v", time.Since(t0).Round(time.Millisecond))

	port := freePort(t)
	id, err := d.RunController(ctx, testdaemon.ControllerSpec{
		Name: "ctl-ok", Image: controllerImage, HostPort: port, MountSocket: true,
		Env: map[string]string{"REVISION": "rev-123"}, Start: true,
		Healthcheck: testdaemon.ControllerHealthcheck(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	status, rev := getHealth(t, ctx, port)
	t.Logf("first /health answer after %v", time.Since(t0).Round(time.Millisecond))
	if status != http.StatusOK || rev != "rev-123" {
		t.Errorf("GET /health = %d %q, want 200 \"rev-123\"", status, rev)
	}
	ins, err := d.Client().ContainerInspect(ctx, id, client.ContainerInspectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ins.Container.Mounts, func(m container.MountPoint) bool {
		return m.Source == d.SocketPath() && m.Destination == "/var/run/docker.sock"
	}) {
		t.Errorf("socket not mounted: %+v", ins.Container.Mounts)
	}
	// Created the way docker-git's compose creates its controller.
	labels, env := ins.Container.Config.Labels, ins.Container.Config.Env
	if labels["com.docker.compose.project"] != "docker-git" || labels["com.docker.compose.service"] != "api" {
		t.Errorf("compose labels = %v", labels)
	}
	for _, kv := range []string{"DOCKER_GIT_DOCKER_RUNTIME=host", "DOCKER_GIT_CONTROLLER_REV=" + testdaemon.DefaultControllerRevision, "DOCKER_GIT_API_PORT=3334"} {
		if !slices.Contains(env, kv) {
			t.Errorf("env %v lacks %s", env, kv)
		}
	}
	if img, err := d.Client().ImageInspect(ctx, controllerImage); err != nil {
		t.Error(err)
	} else if rev := img.Config.Labels["io.prover-coder-ai.docker-git.controller-rev"]; rev != testdaemon.DefaultControllerRevision {
		t.Errorf("image label controller-rev = %q, want %q", rev, testdaemon.DefaultControllerRevision)
	}
	t0 = time.Now()
	waitHealth(t, ctx, d, "ctl-ok", container.Healthy)
	t.Logf("healthcheck reported healthy after %v", time.Since(t0).Round(time.Millisecond))

	port503 := freePort(t)
	if _, err := d.RunController(ctx, testdaemon.ControllerSpec{
		Name: "ctl-503", Image: controllerImage, HostPort: port503, Start: true,
		Env: map[string]string{"REVISION": "r2", "HEALTH_STATUS": "503"},
	}); err != nil {
		t.Fatal(err)
	}
	if status, rev := getHealth(t, ctx, port503); status != 503 || rev != "r2" {
		t.Errorf("GET /health = %d %q, want 503 \"r2\"", status, rev)
	}

	if _, err := d.RunController(ctx, testdaemon.ControllerSpec{
		Name: "ctl-crash", Image: controllerImage, Start: true,
		Env: map[string]string{"EXIT_CODE": "3"},
	}); err != nil {
		t.Fatal(err)
	}
	if code, err := d.WaitExited(ctx, "ctl-crash"); err != nil || code != 3 {
		t.Errorf("WaitExited = %d, %v; want 3", code, err)
	}
	if s, err := d.ContainerState(ctx, "ctl-crash"); err != nil {
		t.Error(err)
	} else if s.Status != container.StateExited || s.ExitCode != 3 {
		t.Errorf("ctl-crash state = %s/%d, want exited/3", s.Status, s.ExitCode)
	}

	if _, err := d.RunController(ctx, testdaemon.ControllerSpec{Name: "ctl-created", Image: controllerImage}); err != nil {
		t.Fatal(err)
	}
	if s, err := d.ContainerState(ctx, "ctl-created"); err != nil || s.Status != container.StateCreated {
		t.Errorf("ctl-created state = %v, %v; want created", s, err)
	}

	t0 = time.Now()
	if err := d.StopContainer(ctx, "ctl-ok"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(t0); took > 5*time.Second {
		t.Errorf("docker stop took %v: controller ignores SIGTERM?", took)
	} else {
		t.Logf("docker stop took %v", took.Round(time.Millisecond))
	}
	if s, err := d.ContainerState(ctx, "ctl-ok"); err != nil || s.Status != container.StateExited || s.ExitCode != 0 {
		t.Errorf("ctl-ok after stop = %+v, %v; want exited/0", s, err)
	}

	// Leave ctl-503 running: Close must cope with live containers.
	closeAndAssertGone(t, d)
}

// TestKillRestart covers the "daemon down" scenarios: a crashed dockerd
// leaves a stale socket and its data-root mount, a stopped one neither.
func TestKillRestart(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 5*time.Minute)
	d, port := startWithController(t, ctx)

	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	if d.Running() {
		t.Error("Running after Kill")
	}
	if _, err := os.Stat(d.SocketPath()); err != nil {
		t.Errorf("socket after Kill: %v (want a stale socket file)", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	_, err := d.Client().Ping(pctx, client.PingOptions{})
	cancel()
	if err == nil {
		t.Error("Ping succeeded after Kill")
	}
	if pids, _ := d.Processes(); len(pids) == 0 {
		t.Error("expected the container shim to survive Kill")
	}

	t0 := time.Now()
	if err := d.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("restart after kill took %v", time.Since(t0).Round(time.Millisecond))
	if s, err := d.ContainerState(ctx, "ctl"); err != nil || s.Running {
		t.Errorf("ctl after restart = %+v, %v; want not running", s, err)
	}
	if err := d.StartContainer(ctx, "ctl"); err != nil {
		t.Fatal(err)
	}
	getHealth(t, ctx, port)

	if err := d.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(d.SocketPath()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket after Stop: %v, want gone", err)
	}
	if err := d.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Client().Ping(ctx, client.PingOptions{}); err != nil {
		t.Errorf("Ping after restart: %v", err)
	}
	closeAndAssertGone(t, d)
}

// TestTwoDaemons proves parallel daemons don't share bridges, subnets or
// containerd instances.
func TestTwoDaemons(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 3*time.Minute)
	var ds [2]*testdaemon.Daemon
	var errs [2]error
	var wg sync.WaitGroup
	for i := range ds {
		wg.Go(func() { ds[i], errs[i] = testdaemon.Start(ctx, testdaemon.Options{}) })
	}
	wg.Wait()
	for i, d := range ds {
		if d != nil {
			t.Cleanup(func() { _ = d.Close() })
		}
		if errs[i] != nil {
			t.Fatalf("Start #%d: %v", i, errs[i])
		}
	}
	if ds[0].BridgeName() == ds[1].BridgeName() || ds[0].Subnet().Overlaps(ds[1].Subnet()) {
		t.Errorf("shared network: %s %v vs %s %v", ds[0].BridgeName(), ds[0].Subnet(), ds[1].BridgeName(), ds[1].Subnet())
	}
	p0, _ := ds[0].Processes()
	p1, _ := ds[1].Processes()
	if len(p0) < 2 || len(p1) < 2 || slices.ContainsFunc(p0, func(p int) bool { return slices.Contains(p1, p) }) {
		t.Errorf("want disjoint dockerd+containerd per daemon, got %v and %v", p0, p1)
	}
	for _, d := range ds {
		if _, err := d.Client().Ping(ctx, client.PingOptions{}); err != nil {
			t.Error(err)
		}
	}
	for _, d := range ds {
		closeAndAssertGone(t, d)
	}
}

// TestCloseAfterKill: Close must clean up after a crashed dockerd, whose
// shims, container processes and mounts are still around.
func TestCloseAfterKill(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 3*time.Minute)
	d, port := startWithController(t, ctx)
	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	if mps, _ := d.Mounts(); len(mps) == 0 {
		t.Error("expected dockerd's mounts to survive Kill")
	}
	closeAndAssertGone(t, d)
	hc := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	if resp, err := hc.Get(fmt.Sprintf("http://127.0.0.1:%d/health", port)); err == nil {
		resp.Body.Close()
		t.Error("controller still answers after Close")
	}
}

// TestStartFailureCleansUp: a dockerd that cannot start (unknown socket
// group) must not leave its dir or bridge behind.
func TestStartFailureCleansUp(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 2*time.Minute)
	d, err := testdaemon.Start(ctx, testdaemon.Options{Group: "dgt-no-such-group", StartTimeout: 20 * time.Second})
	if err == nil {
		_ = d.Close()
		t.Fatal("Start succeeded with an unknown group")
	}
	t.Logf("Start error (first line): %s", strings.SplitN(err.Error(), "\n", 2)[0])
	m := regexp.MustCompile(`start in (/tmp/dgt-[^ ]+) \(bridge (dgt[0-9a-f]+)\)`).FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("error does not name dir and bridge: %v", err)
	}
	if _, err := os.Stat(m[1]); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dir %s left behind: %v", m[1], err)
	}
	if testdaemon.BridgeExists(ctx, m[2]) {
		t.Errorf("bridge %s left behind", m[2])
	}
}

// pingHelperEnv makes the test binary act as a tiny docker client: it pings
// the socket named by the variable and prints the HTTP status or the error.
// TestSocketGroupAccess runs it as other users.
const pingHelperEnv = "DGT_TEST_PING_SOCKET"

func pingHelper(sock string) int {
	conn, err := net.DialTimeout("unix", sock, 5*time.Second)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprint(conn, "GET /_ping HTTP/1.0\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode)
	return 0
}

// TestSocketGroupAccess: a user listed in the socket's group reaches the
// daemon, any other user gets "permission denied" (the harness dir must not
// be what blocks them).
func TestSocketGroupAccess(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, 2*time.Minute)
	grp := testdaemon.CreateGroupT(t, "dgt-sock")
	member := testdaemon.CreateUserT(t, "dgt-in", grp.Name)
	outsider := testdaemon.CreateUserT(t, "dgt-out")
	d := testdaemon.StartT(t, testdaemon.Options{Group: grp.Name})

	// The go test binary sits in a root-only build dir: copy it where the
	// users can run it.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	helper := filepath.Join(d.Dir(), "ping-helper")
	b, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(helper, b, 0o755); err != nil {
		t.Fatal(err)
	}
	ping := func(u testdaemon.User) string {
		cmd, err := testdaemon.CommandAs(ctx, u, helper)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Env = append(os.Environ(), pingHelperEnv+"="+d.SocketPath())
		out, _ := cmd.CombinedOutput()
		return strings.TrimSpace(string(out))
	}
	if got := ping(member); got != "200" {
		t.Errorf("member %s: %q, want 200", member.Name, got)
	}
	if got := ping(outsider); !strings.Contains(got, "permission denied") {
		t.Errorf("outsider %s: %q, want permission denied", outsider.Name, got)
	}
}

func TestCreateUser(t *testing.T) {
	testdaemon.Require(t)
	ctx := ctxFor(t, time.Minute)
	g, delGroup, err := testdaemon.CreateGroup(ctx, "dgt-grp")
	if err != nil {
		t.Fatal(err)
	}
	defer delGroup()
	u, delUser, err := testdaemon.CreateUser(ctx, "dgt-user", g.Name)
	if err != nil {
		t.Fatal(err)
	}
	lu, err := user.Lookup(u.Name)
	if err != nil {
		t.Fatal(err)
	}
	gids, err := lu.GroupIds()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(gids, fmt.Sprint(g.GID)) {
		t.Errorf("user %s groups %v lack %s (%d)", u.Name, gids, g.Name, g.GID)
	}
	if u.UID == 0 || u.GID == g.GID {
		t.Errorf("user = %+v, want own uid and private primary group", u)
	}
	if err := delUser(); err != nil {
		t.Fatal(err)
	}
	if _, err := user.Lookup(u.Name); err == nil {
		t.Error("user still exists after cleanup")
	}
	if _, err := user.LookupGroup(u.Name); err == nil {
		t.Error("user's private group still exists after cleanup")
	}
	if err := delGroup(); err != nil {
		t.Fatal(err)
	}
	if _, err := user.LookupGroup(g.Name); err == nil {
		t.Error("group still exists after cleanup")
	}
}

func closeAndAssertGone(t *testing.T, d *testdaemon.Daemon) {
	t.Helper()
	t0 := time.Now()
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	t.Logf("Close took %v", time.Since(t0).Round(time.Millisecond))
	if testdaemon.BridgeExists(context.Background(), d.BridgeName()) {
		t.Errorf("bridge %s still exists", d.BridgeName())
	}
	if pids, err := d.Processes(); err != nil || len(pids) != 0 {
		t.Errorf("processes left for %s: %v %v", d.Dir(), pids, err)
	}
	if mps, err := d.Mounts(); err != nil || len(mps) != 0 {
		t.Errorf("mounts left: %v %v", mps, err)
	}
	if _, err := os.Stat(d.Dir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dir %s: %v, want removed", d.Dir(), err)
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	p, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// getHealth polls /health until the controller answers (the userland proxy
// accepts before the controller listens) and returns status and revision.
func getHealth(t *testing.T, ctx context.Context, port int) (int, string) {
	t.Helper()
	hc := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	url := fmt.Sprintf("http://127.0.0.1:%d/health", port)
	deadline := time.Now().Add(15 * time.Second)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := hc.Do(req)
		if err == nil {
			body, rerr := io.ReadAll(resp.Body)
			resp.Body.Close()
			var v struct {
				Revision string `json:"revision"`
			}
			if rerr == nil && json.Unmarshal(body, &v) == nil {
				return resp.StatusCode, v.Revision
			}
			err = fmt.Errorf("bad body %q: %v", body, rerr)
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func waitHealth(t *testing.T, ctx context.Context, d *testdaemon.Daemon, name string, want container.HealthStatus) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s, err := d.ContainerState(ctx, name)
		if err == nil && s.Health != nil && s.Health.Status == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s health: %+v %v, want %s", name, s, err, want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startWithController starts a daemon running one published controller
// "ctl" that answers /health, and returns it and the controller's port.
func startWithController(t *testing.T, ctx context.Context) (*testdaemon.Daemon, int) {
	t.Helper()
	d := testdaemon.StartT(t, testdaemon.Options{})
	if err := d.BuildControllerImage(ctx, controllerImage); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	if _, err := d.RunController(ctx, testdaemon.ControllerSpec{Name: "ctl", Image: controllerImage, HostPort: port, Start: true}); err != nil {
		t.Fatal(err)
	}
	getHealth(t, ctx, port)
	return d, port
}
