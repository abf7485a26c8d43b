//go:build linux

package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
)

// controller is a running controller container for one scenario.
type controller struct {
	name   string
	apiURL string
}

// startController runs a controller container on the shared daemon, with
// spec defaults: a free published port, the socket mounted, revision
// "rev-e2e". It is removed when the test ends.
func startController(t testing.TB, mutate func(*testdaemon.ControllerSpec)) controller {
	t.Helper()
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	name := "dgt-" + strings.ToLower(strings.NewReplacer("/", "-", "_", "-", "=", "-").Replace(t.Name()))
	if len(name) > 60 {
		name = name[:60]
	}
	spec := testdaemon.ControllerSpec{
		Name: name, Image: shared.image, HostPort: port, MountSocket: true, Start: true,
		Env: map[string]string{"REVISION": "rev-e2e"},
	}
	if mutate != nil {
		mutate(&spec)
	}
	name = spec.Name
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := shared.daemon.RunController(ctx, spec); err != nil {
		t.Fatalf("run controller: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := shared.daemon.RemoveContainer(ctx, name); err != nil {
			t.Errorf("remove controller: %v", err)
		}
	})
	c := controller{name: name, apiURL: fmt.Sprintf("http://127.0.0.1:%d", port)}
	if spec.Start && spec.Env["EXIT_CODE"] == "" && spec.HostPort != 0 {
		waitHealthAnswers(t, c.apiURL)
	}
	return c
}

// waitHealthAnswers waits until the published port forwards to the
// controller (docker-proxy needs a moment after start).
func waitHealthAnswers(t testing.TB, apiURL string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if code, err := httpStatus(apiURL + "/health"); err == nil && code > 0 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("controller at %s never answered", apiURL)
}

// ownDaemonWithController starts a daemon for one test (one it may kill)
// with a published, socket-mounting controller named name that answers.
func ownDaemonWithController(t *testing.T, ctx context.Context, name string) (*testdaemon.Daemon, controller) {
	t.Helper()
	d := testdaemon.StartT(t, testdaemon.Options{})
	if err := d.BuildControllerImage(ctx, shared.image); err != nil {
		t.Fatal(err)
	}
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.RunController(ctx, testdaemon.ControllerSpec{Name: name, Image: shared.image, HostPort: port, MountSocket: true, Start: true,
		Env: map[string]string{"REVISION": "r"}}); err != nil {
		t.Fatal(err)
	}
	c := controller{name: name, apiURL: fmt.Sprintf("http://127.0.0.1:%d", port)}
	waitHealthAnswers(t, c.apiURL)
	return d, c
}
