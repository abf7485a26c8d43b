//go:build linux

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// invocation is one run of the real binary.
type invocation struct {
	args []string
	env  map[string]string
	// as runs the binary as this user; nil runs as root.
	as *testdaemon.User
	// withGroups gives the user the groups the user database lists (a fresh
	// login); without it the process has no supplementary groups (a session
	// started before the user was added: the newgrp case).
	withGroups bool
	stdin      string
}

// result is what the binary did.
type result struct {
	code    int
	stdout  string
	stderr  string
	elapsed time.Duration
	report  model.Report
}

// baseEnv isolates the binary from this machine's Docker settings: its own
// HOME, DOCKER_CONFIG and XDG_RUNTIME_DIR, and no probing of system-wide
// sockets.
func baseEnv(t testing.TB) map[string]string {
	t.Helper()
	home, err := os.MkdirTemp("/tmp", "dgth")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(home, 0o755)
	t.Cleanup(func() { os.RemoveAll(home) })
	return map[string]string{
		"PATH":                               os.Getenv("PATH"),
		"HOME":                               home,
		"DOCKER_CONFIG":                      home + "/.docker",
		"XDG_RUNTIME_DIR":                    home + "/run",
		"DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS": "1",
		"NO_COLOR":                           "1",
	}
}

// run executes the binary and decodes its JSON report when it printed one.
func run(t *testing.T, inv invocation) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, shared.bin, inv.args...)
	if inv.as != nil {
		u := inv.as
		cred := &syscall.Credential{Uid: uint32(u.UID), Gid: uint32(u.GID), Groups: []uint32{}}
		if inv.withGroups {
			c, err := testdaemon.CommandAs(ctx, *u, shared.bin, inv.args...)
			if err != nil {
				t.Fatal(err)
			}
			cmd = c
		} else {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
	}
	cmd.Dir = "/"
	for k, v := range inv.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Stdin = strings.NewReader(inv.stdin)
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), elapsed: time.Since(start)}
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		r.code = exitErr.ExitCode()
	case err != nil:
		t.Fatalf("running %v: %v\nstderr: %s", inv.args, err, r.stderr)
	}
	if strings.HasPrefix(strings.TrimSpace(r.stdout), "{") {
		if err := json.Unmarshal(stdout.Bytes(), &r.report); err != nil {
			t.Fatalf("stdout is not a JSON report: %v\n%s", err, r.stdout)
		}
	}
	return r
}

// probeArgs are the flags every scenario passes: the private daemon, the
// given controller and API, no sudo.
func probeArgs(host, container, apiURL string, extra ...string) []string {
	args := []string{"--once", "--json", "--no-sudo", "--timeout", "2s", "--host", host, "--container", container}
	if apiURL != "" {
		args = append(args, "--api-url", apiURL)
	}
	return append(args, extra...)
}

func errorKinds(r model.Report) []model.Kind { return kindsOfSeverity(r, model.SeverityError) }

func warningKinds(r model.Report) []model.Kind { return kindsOfSeverity(r, model.SeverityWarning) }

// kindsOfSeverity lists the report's finding kinds of one severity, in order.
func kindsOfSeverity(r model.Report, sev model.Severity) []model.Kind {
	var ks []model.Kind
	for _, f := range r.Findings {
		if f.Severity == sev {
			ks = append(ks, f.Kind)
		}
	}
	return ks
}

// expectKinds asserts the error findings are exactly want (in priority
// order) and the exit code is the first one's.
func expectKinds(t *testing.T, r result, want ...model.Kind) {
	t.Helper()
	got := errorKinds(r.report)
	if strings.Join(kindStrings(got), ",") != strings.Join(kindStrings(want), ",") {
		t.Fatalf("error kinds = %v, want %v\nstdout: %s\nstderr: %s", got, want, r.stdout, r.stderr)
	}
	wantCode := 0
	if len(want) > 0 {
		wantCode = want[0].ExitCode()
	}
	if r.code != wantCode {
		t.Fatalf("exit code = %d, want %d", r.code, wantCode)
	}
	if r.report.OK != (len(want) == 0) {
		t.Fatalf("ok = %v with error kinds %v", r.report.OK, got)
	}
}

func kindStrings(ks []model.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

func findingOf(t *testing.T, r result, k model.Kind) model.Finding {
	t.Helper()
	for _, f := range r.report.Findings {
		if f.Kind == k {
			return f
		}
	}
	t.Fatalf("no %s finding:\n%s", k, r.stdout)
	return model.Finding{}
}

func evidenceContains(t *testing.T, f model.Finding, sub string) {
	t.Helper()
	for _, e := range f.Evidence {
		if strings.Contains(e, sub) {
			return
		}
	}
	t.Fatalf("evidence of %s lacks %q: %q", f.Kind, sub, f.Evidence)
}

func checkStatus(t *testing.T, r result, id model.CheckID, want model.Status) {
	t.Helper()
	for _, c := range r.report.Checks {
		if c.ID == id {
			if c.Status != want {
				t.Fatalf("check %s = %s (%s), want %s", id, c.Status, c.Detail, want)
			}
			return
		}
	}
	t.Fatalf("no check %s", id)
}
