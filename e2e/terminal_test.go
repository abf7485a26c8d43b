//go:build linux

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// restoredTail is what the pane prints once the binary has exited: its exit
// code and the tty's line discipline, which a restored terminal has back in
// canonical mode with echo.
const restoredTail = `; echo EXIT=$?; stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo; sleep 600`

func assertRestored(t *testing.T, p *pane, exit string) {
	t.Helper()
	if got := exitStatus(t, p, 10*time.Second); got != exit {
		t.Fatalf("exit status %s, want %s:\n%s", got, exit, p.capture())
	}
	screen := p.waitForScreen("canonical mode", 5*time.Second, func(s string) bool {
		return strings.Contains(s, "\nicanon") && strings.Contains(s, "\necho") && !strings.Contains(s, "-icanon")
	})
	if strings.Contains(screen, "Controller container") {
		t.Fatalf("the dashboard is still on screen (alternate screen not left):\n%s", screen)
	}
}

// exitStatus waits for the EXIT=<code> line the pane prints after the
// binary and returns the code.
func exitStatus(t *testing.T, p *pane, within time.Duration) string {
	t.Helper()
	var code string
	p.waitFor("the exit status", within, func(s string) bool {
		for _, l := range strings.Split(s, "\n") {
			if c, ok := strings.CutPrefix(strings.TrimSpace(l), "EXIT="); ok {
				code = c
				return true
			}
		}
		return false
	})
	return code
}

func (p *pane) waitForScreen(what string, within time.Duration, cond func(string) bool) string {
	p.t.Helper()
	p.waitFor(what, within, cond)
	return p.capture()
}

// dashboardPane starts the real dashboard as root against the shared
// daemon, with env extra, and returns the pane and the binary's pid.
func dashboardPane(t *testing.T, extra string) (*pane, string) {
	t.Helper()
	c := startController(t, nil)
	var envArgs []string
	for k, v := range baseEnv(t) {
		envArgs = append(envArgs, k+"="+v)
	}
	p := startPane(t, fmt.Sprintf("env -i TERM=xterm-256color %s %s %s --no-sudo --host %s --container %s --api-url %s & echo PID=$!; wait $!%s",
		strings.Join(envArgs, " "), extra, shared.bin, shared.daemon.Host(), c.name, c.apiURL, restoredTail))
	var pid string
	p.waitFor("the pid", 5*time.Second, func(s string) bool {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "PID=") {
				pid = strings.TrimPrefix(l, "PID=")
				return true
			}
		}
		return false
	})
	return p, strings.TrimSpace(pid)
}

// SIGINT, SIGTERM and SIGHUP each end the dashboard through its normal
// shutdown: alternate screen left, tty back in canonical mode, and the exit
// status of its last report (0: Docker access was OK).
func TestSignalsRestoreTheTerminal(t *testing.T) {
	for _, sig := range []string{"INT", "TERM", "HUP"} {
		t.Run(sig, func(t *testing.T) {
			p, pid := dashboardPane(t, "")
			p.waitText("Docker access OK", 15*time.Second)
			if out, err := tmux("run-shell", "kill -"+sig+" "+pid); err != nil {
				t.Fatalf("kill: %v %s", err, out)
			}
			assertRestored(t, p, "0")
		})
	}
}

// A panic inside a command is recovered: the terminal is restored and the
// user is told it is a bug and how to report it.
func TestPanicInACommandRestoresTheTerminal(t *testing.T) {
	p, _ := dashboardPane(t, "DOCKER_GIT_TUI_TEST_PANIC=probe")
	p.waitText("Please report it", 10*time.Second)
	screen := p.capture()
	if !strings.Contains(screen, "test panic in the probe command") {
		t.Fatalf("the panic itself is not shown:\n%s", screen)
	}
	assertRestored(t, p, "2")
}
