//go:build linux

package e2e

import (
	"context"
	"os/exec"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// slowPoll is an interval so long that only a watcher can explain a change
// seen within a second.
const slowPoll = 60 * time.Second

// The socket watcher: with polling at 60s, a chmod that locks the user out
// and the chmod that fixes it each show within a second with watchers, and
// not at all without them. The dashboard starts while access works, so the
// event stream is attached and stays attached (permission is checked at
// connect time): only the socket watch can explain the change. The socket's
// directory is 0711, which inotify cannot watch for this user, so this also
// proves the fallback to watching the socket file.
func TestSocketChmodShowsAtOnceOnlyWithWatchers(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtwatch", shared.group.Name)
	c := startController(t, nil)
	t.Cleanup(func() { chmodSocketNow(0o660) })
	for _, watch := range []bool{true, false} {
		ch := startFixChild(t, u, c, watch, slowPoll)
		mustAwait(t, ch, "ready", 10*time.Second)
		if err := chmodSocketNow(0o600); err != nil {
			t.Fatal(err)
		}
		took, seen := ch.await(t, string(model.KindSocketPermissionDenied), 3*time.Second)
		switch {
		case watch && (!seen || took > time.Second):
			t.Fatalf("with watchers the lock-out took %s (seen=%v), want under 1s", took, seen)
		case !watch && seen:
			t.Fatalf("without watchers the lock-out showed after %s: something else re-probed", took)
		}
		if !watch {
			break
		}
		if err := chmodSocketNow(0o660); err != nil {
			t.Fatal(err)
		}
		if took, seen := ch.await(t, "ready", 3*time.Second); !seen || took > time.Second {
			t.Fatalf("with watchers the fix took %s (seen=%v), want under 1s", took, seen)
		}
	}
}

// The Docker events watcher: stopping the controller shows within a second
// with watchers and not at all without them.
func TestControllerEventsShowAtOnceOnlyWithWatchers(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtevent", shared.group.Name)
	c := startController(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, watch := range []bool{true, false} {
		ch := startFixChild(t, u, c, watch, slowPoll)
		mustAwait(t, ch, "ready", 10*time.Second)
		if err := shared.daemon.StopContainer(ctx, c.name); err != nil {
			t.Fatal(err)
		}
		took, seen := ch.await(t, broken, 3*time.Second)
		switch {
		case watch && (!seen || took > time.Second):
			t.Fatalf("with watchers the stop took %s (seen=%v), want under 1s", took, seen)
		case !watch && seen:
			t.Fatalf("without watchers the stop showed after %s", took)
		}
		if err := shared.daemon.StartContainer(ctx, c.name); err != nil {
			t.Fatal(err)
		}
		waitHealthAnswers(t, c.apiURL)
	}
}

// The group database watcher: adding the user to the socket's group in
// /etc/group re-probes at once. The user's running process still lacks the
// group, so the finding turns from socket-permission-denied into
// group-membership-pending: exactly the moment to show the newgrp advice.
func TestGroupDatabaseChangeShowsAtOnceOnlyWithWatchers(t *testing.T) {
	c := startController(t, nil)
	for _, watch := range []bool{true, false} {
		u := testdaemon.CreateUserT(t, "dgtgdb")
		ch := startFixChildGroups(t, u, c, watch, slowPoll, nil)
		mustAwait(t, ch, string(model.KindSocketPermissionDenied), 10*time.Second)
		if out, err := exec.Command("usermod", "-aG", shared.group.Name, u.Name).CombinedOutput(); err != nil {
			t.Fatalf("usermod: %v: %s", err, out)
		}
		took, seen := ch.await(t, string(model.KindGroupMembershipPending), 3*time.Second)
		switch {
		case watch && (!seen || took > time.Second):
			t.Fatalf("with watchers the group change took %s (seen=%v), want under 1s", took, seen)
		case !watch && seen:
			t.Fatalf("without watchers the group change showed after %s", took)
		}
	}
}
