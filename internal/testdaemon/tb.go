//go:build linux

package testdaemon

import (
	"context"
	"os"
	"testing"
	"time"
)

// Require skips the test unless it runs as root, which the private daemon
// needs (bridges, mounts, dockerd). With CI set it fails instead: a CI job
// that silently skipped every end-to-end test would look green.
func Require(t testing.TB) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatal("testdaemon: end-to-end tests need root, and CI is set (refusing to skip)")
	}
	t.Skip("testdaemon: skipping end-to-end test: needs root")
}

// StartT is Require + Start, with Close registered via t.Cleanup; the
// daemon log tail is printed if Close fails.
func StartT(t testing.TB, opts Options) *Daemon {
	t.Helper()
	Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("testdaemon: start: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dockerd log tail (%s):\n%s", d.LogPath(), d.LogTail())
		}
		if err := d.Close(); err != nil {
			t.Errorf("testdaemon: close: %v", err)
		}
	})
	return d
}

// CreateGroupT is CreateGroup with deletion registered via t.Cleanup.
func CreateGroupT(t testing.TB, prefix string) Group {
	t.Helper()
	Require(t)
	g, cleanup, err := CreateGroup(context.Background(), prefix)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := cleanup(); err != nil {
			t.Errorf("testdaemon: delete group: %v", err)
		}
	})
	return g
}

// CreateUserT is CreateUser with deletion registered via t.Cleanup.
func CreateUserT(t testing.TB, prefix string, groups ...string) User {
	t.Helper()
	Require(t)
	u, cleanup, err := CreateUser(context.Background(), prefix, groups...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := cleanup(); err != nil {
			t.Errorf("testdaemon: delete user: %v", err)
		}
	})
	return u
}
