//go:build linux

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// A user who cannot open the socket but has passwordless sudo: the report
// names the permission cause and, as a warning, that only sudo works.
func TestPasswordlessSudoIsReportedAsFallbackOnly(t *testing.T) {
	if _, err := os.Stat("/usr/bin/sudo"); err != nil {
		t.Fatal("sudo is not installed (go tool task deps:e2e installs it)")
	}
	u := testdaemon.CreateUserT(t, "dgtsudo")
	rule := filepath.Join("/etc/sudoers.d", u.Name)
	if err := os.WriteFile(rule, []byte(u.Name+" ALL=(root) NOPASSWD: ALL\n"), 0o440); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(rule) })

	args := []string{"--once", "--json", "--timeout", "5s", "--host", shared.daemon.Host(), "--container", "docker-git-api"}
	r := run(t, invocation{args: args, env: baseEnv(t), as: &u, withGroups: true})
	expectKinds(t, r, model.KindSocketPermissionDenied)
	f := findingOf(t, r, model.KindSudoFallbackOnly)
	if f.Severity != model.SeverityWarning {
		t.Fatalf("sudo-fallback-only severity = %s, want warning", f.Severity)
	}
	checkStatus(t, r, model.CheckSudo, model.StatusWarn)

	// With --no-sudo the probe never runs.
	r = run(t, invocation{args: append(args, "--no-sudo"), env: baseEnv(t), as: &u, withGroups: true})
	checkStatus(t, r, model.CheckSudo, model.StatusSkipped)
}

// In the dashboard, with a real terminal that sudo could prompt on, a user
// without a sudo rule never sees a password prompt: the probe only runs
// `sudo -n`, which fails instead of asking. The screen is watched for the
// whole life of the dashboard (several probe cycles at --interval 500ms,
// ended by SIGINT after 6s), and it exits with the permission finding's
// code.
func TestDashboardNeverPromptsForASudoPassword(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtnopw")
	var envArgs []string
	for k, v := range baseEnv(t) {
		envArgs = append(envArgs, k+"="+v)
	}
	p := startPane(t, fmt.Sprintf("setpriv --reuid %d --regid %d --init-groups env -i TERM=xterm-256color %s timeout --foreground --preserve-status -s INT 6 %s --interval 500ms --host %s; echo EXIT=$?; sleep 600",
		u.UID, u.GID, strings.Join(envArgs, " "), shared.bin, shared.daemon.Host()))
	var sawPanel, sudoRan bool
	var last string
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(last, "EXIT=") {
		if time.Now().After(deadline) {
			t.Fatalf("the dashboard did not exit within 20s:\n%s", last)
		}
		last = p.capture()
		if strings.Contains(strings.ToLower(last), "password") {
			t.Fatalf("a password prompt reached the screen:\n%s", last)
		}
		if strings.Contains(last, "Permission denied on the Docker socket") {
			sawPanel = true
			sudoRan = sudoRan || (strings.Contains(last, "Sudo fallback") && !strings.Contains(last, "- skip Sudo fallback"))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !sawPanel || !sudoRan {
		t.Fatalf("the permission finding (%v) or a sudo probe that ran (%v) never showed:\n%s", sawPanel, sudoRan, last)
	}
	want := fmt.Sprint(model.KindSocketPermissionDenied.ExitCode())
	if got := exitStatus(t, p, time.Second); got != want {
		t.Fatalf("exit status %s, want %s (socket-permission-denied):\n%s", got, want, last)
	}
}
