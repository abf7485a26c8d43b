//go:build linux

package e2e

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// pane is a tmux session running the real binary in a real terminal.
type pane struct {
	t    testing.TB
	name string
}

func tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", args...).CombinedOutput()
	return string(out), err
}

// startPane runs shellCmd in a new detached 120x40 tmux session.
func startPane(t testing.TB, shellCmd string) *pane {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is not installed (go tool task deps:e2e installs it)")
	}
	p := &pane{t: t, name: fmt.Sprintf("dgt%d", time.Now().UnixNano())}
	if out, err := tmux("new-session", "-d", "-s", p.name, "-x", "120", "-y", "40", shellCmd); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	t.Cleanup(func() { tmux("kill-session", "-t", p.name) })
	return p
}

func (p *pane) capture() string {
	out, err := tmux("capture-pane", "-p", "-t", p.name)
	if err != nil {
		p.t.Fatalf("capture-pane: %v: %s", err, out)
	}
	return out
}

func (p *pane) keys(keys ...string) {
	p.t.Helper()
	if out, err := tmux(append([]string{"send-keys", "-t", p.name}, keys...)...); err != nil {
		p.t.Fatalf("send-keys: %v: %s", err, out)
	}
}

// waitFor polls the screen until cond holds and returns how long it took.
func (p *pane) waitFor(what string, within time.Duration, cond func(screen string) bool) time.Duration {
	p.t.Helper()
	start := time.Now()
	var screen string
	for time.Since(start) < within {
		screen = p.capture()
		if cond(screen) {
			return time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.t.Fatalf("screen never showed %s within %s:\n%s", what, within, screen)
	return 0
}

func (p *pane) waitText(text string, within time.Duration) time.Duration {
	p.t.Helper()
	return p.waitFor(fmt.Sprintf("%q", text), within, func(s string) bool { return strings.Contains(s, text) })
}

func (p *pane) waitGone(text string, within time.Duration) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf("no %q", text), within, func(s string) bool { return !strings.Contains(s, text) })
}

// A group member runs the dashboard while the socket is 0600: the
// permission panel shows; another process fixes the mode and the screen
// turns ready within two intervals with no key pressed; then r, ?, n, p and
// q do what they say, and q gives the terminal back in cooked mode.
func TestDashboardFollowsAFixAndAnswersKeys(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgttmux", shared.group.Name)
	c := startController(t, nil)
	chmodSocket(t, 0o600)
	env := baseEnv(t)
	var envArgs []string
	for k, v := range env {
		if k != "NO_COLOR" {
			envArgs = append(envArgs, k+"="+v)
		}
	}
	const interval = time.Second
	dash := fmt.Sprintf("%s --no-sudo --interval %s --host %s --container %s --api-url %s",
		shared.bin, interval, shared.daemon.Host(), c.name, c.apiURL)
	shell := fmt.Sprintf("setpriv --reuid %d --regid %d --init-groups env -i TERM=xterm-256color %s %s; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; sleep 600",
		u.UID, u.GID, strings.Join(envArgs, " "), dash)
	p := startPane(t, shell)

	p.waitText("Permission denied on the Docker socket", 15*time.Second)
	p.waitText("mode blocks the group", 5*time.Second)

	if err := chmodSocketNow(0o660); err != nil {
		t.Fatal(err)
	}
	took := p.waitText("Docker access OK", 2*interval+time.Second)
	if took > 2*interval {
		t.Fatalf("ready state took %s after the fix, want within two intervals (%s)", took, 2*interval)
	}
	p.waitText(model.CheckSocket.Title(), time.Second)

	// p pauses: the header says so and the probe age grows.
	p.keys("p")
	p.waitText("paused", 2*time.Second)
	p.waitFor("an aging probe", 5*time.Second, func(s string) bool { return strings.Contains(s, "s ago") })
	// r probes once even while paused.
	p.keys("r")
	p.waitText("just now", 3*time.Second)

	// ? opens the full help and closes it again.
	p.keys("?")
	p.waitText("expand/collapse", 2*time.Second)
	p.keys("?")
	p.waitGone("expand/collapse", 2*time.Second)

	// n opens the newgrp help with the socket's real group.
	p.keys("n")
	p.waitText("newgrp "+shared.group.Name, 2*time.Second)
	p.keys("Escape")
	p.waitGone("newgrp "+shared.group.Name, 2*time.Second)

	// p again resumes polling.
	p.keys("p")
	p.waitGone("paused", 3*time.Second)

	// q quits: exit code of the ready state, the alternate screen is left,
	// and the tty is back in canonical mode with echo.
	p.keys("q")
	p.waitText("EXIT=0", 5*time.Second)
	p.waitFor("cooked mode", 5*time.Second, func(s string) bool {
		return strings.Contains(s, "\nicanon") && strings.Contains(s, "\necho") && !strings.Contains(s, "-icanon")
	})
	screen := p.capture()
	if strings.Contains(screen, "Controller container") {
		t.Fatalf("dashboard still on screen after q:\n%s", screen)
	}
}

// chmodSocketNow changes the shared socket's mode from this (another)
// process; chmodSocket's cleanup restores the original.
func chmodSocketNow(mode uint32) error {
	_, err := exec.Command("chmod", fmt.Sprintf("%o", mode), shared.daemon.SocketPath()).CombinedOutput()
	return err
}

// The newgrp case end to end: a user listed in the socket's group runs the
// dashboard from a session without it; n explains, v runs the probe under
// `sg GROUP` and shows that access would then work, and s restarts the
// dashboard under sg, same flags, which then shows the ready state.
func TestDashboardNewgrpVerifyUnderSg(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtsg", shared.group.Name)
	c := startController(t, nil)
	var envArgs []string
	for k, v := range baseEnv(t) {
		envArgs = append(envArgs, k+"="+v)
	}
	dash := fmt.Sprintf("%s --no-sudo --host %s --container %s --api-url %s", shared.bin, shared.daemon.Host(), c.name, c.apiURL)
	p := startPane(t, fmt.Sprintf("setpriv --reuid %d --regid %d --clear-groups env -i TERM=xterm-256color %s %s; sleep 600",
		u.UID, u.GID, strings.Join(envArgs, " "), dash))
	p.waitText("does not hold it", 15*time.Second)
	p.waitText("not in this session", 2*time.Second)
	p.keys("n")
	p.waitText("newgrp "+shared.group.Name, 2*time.Second)
	p.keys("v")
	p.waitText("With group "+shared.group.Name+" Docker access works", 15*time.Second)
	p.waitText("Press s to restart this dashboard", 2*time.Second)
	p.keys("s")
	p.waitText("Docker access OK", 15*time.Second)
	// The session now holds the group: the header no longer lists it as
	// missing.
	p.waitGone("not in this session", 2*time.Second)
}
