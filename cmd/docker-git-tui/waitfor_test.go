package main

import (
	"errors"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestWaitForFlag(t *testing.T) {
	getenv := func(string) string { return "" }
	o, err := parseFlags(nil, getenv)
	if err != nil || o.waitFor != model.WaitDockerGit || o.exitWhenReady {
		t.Fatalf("default: %v, wait for %q, exit when ready %v", err, o.waitFor, o.exitWhenReady)
	}
	o, err = parseFlags([]string{"--wait-for", "controller"}, getenv)
	if err != nil || o.waitFor != model.WaitController || !o.exitWhenReady {
		t.Fatalf("--wait-for controller: %v, wait for %q, exit when ready %v", err, o.waitFor, o.exitWhenReady)
	}
	var ue usageError
	if _, err := parseFlags([]string{"--wait-for", "daemon"}, getenv); !errors.As(err, &ue) {
		t.Fatalf("--wait-for daemon: %v, want a usage error", err)
	}
}
