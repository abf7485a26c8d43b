//go:build linux

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// The daemon is killed and started again while the dashboard runs: the
// dashboard shows daemon-unreachable, recovers by itself, and its event
// stream is attached again (a controller stop then shows within a second
// although polling is at 60s).
func TestDashboardRecoversFromADaemonRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const name = "dgt-restart"
	d, c := ownDaemonWithController(t, ctx, name)

	ch := startFixChildOn(t, d.Host(), nil, c, true, slowPoll)
	mustAwait(t, ch, "ready", 15*time.Second)
	if err := d.Kill(); err != nil {
		t.Fatal(err)
	}
	mustAwait(t, ch, string(model.KindDaemonUnreachable), 3*time.Second)
	if err := d.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	// Killed with the daemon, the controller is restarted by hand, as its
	// restart policy would.
	if err := d.StartContainer(ctx, name); err != nil {
		t.Fatal(err)
	}
	waitHealthAnswers(t, c.apiURL)
	mustAwait(t, ch, "ready", 15*time.Second)
	if err := d.StopContainer(ctx, name); err != nil {
		t.Fatal(err)
	}
	if took, ok := ch.await(t, string(model.KindControllerNotRunning), 3*time.Second); !ok || took > time.Second {
		t.Fatalf("after the restart a controller stop took %s (seen=%v): the event stream did not re-attach", took, ok)
	}
}
