//go:build linux

package e2e

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
)

// waitTrigger waits for a trigger whose detail contains want.
func waitTrigger(t *testing.T, ch <-chan model.Trigger, want string) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case tr := <-ch:
			if strings.Contains(tr.Detail, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no trigger mentioning %q", want)
		}
	}
}

// The event stream reports the controller's stop and start, and re-attaches
// by itself after the daemon is killed and started again.
func TestEventWatchFollowsControllerAcrossDaemonRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const name = "dgt-events"
	d, _ := ownDaemonWithController(t, ctx, name)
	cfg := probe.ConfigFromEnv(func(string) string { return "" })
	cfg.HostFlag, cfg.Container, cfg.Timeout = d.Host(), name, time.Second
	var attaches atomic.Int32
	out := make(chan model.Trigger, 64)
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		probe.EventWatch{Config: cfg, MinBackoff: 50 * time.Millisecond, MaxBackoff: 500 * time.Millisecond,
			Connected: func() { attaches.Add(1) }}.Run(wctx, out)
	}()
	defer func() { stop(); <-done }()

	waitTrigger(t, out, "event stream attached")
	if err := d.StopContainer(ctx, name); err != nil {
		t.Fatal(err)
	}
	waitTrigger(t, out, "container die")
	if err := d.StartContainer(ctx, name); err != nil {
		t.Fatal(err)
	}
	waitTrigger(t, out, "container start")

	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	waitTrigger(t, out, "event stream lost")
	if err := d.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	waitTrigger(t, out, "event stream attached")
	if n := attaches.Load(); n != 2 {
		t.Fatalf("stream attached %d times, want 2 (one per daemon life, never doubled)", n)
	}
}
