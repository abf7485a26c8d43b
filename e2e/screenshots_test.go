//go:build linux

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
)

// TestScreenshots captures the real dashboard, against the private daemon,
// in the README's main states as ANSI screen dumps; `go tool task
// docs:screenshots` turns them into SVG with freeze. It only runs when
// DGT_SCREENSHOTS names the output directory.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("DGT_SCREENSHOTS")
	if dir == "" {
		t.Skip("set DGT_SCREENSHOTS=<dir> to capture the README screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	outsider := testdaemon.CreateUserT(t, "dgtshot", shared.group.Name)
	stranger := testdaemon.CreateUserT(t, "dgtalien")
	running := startController(t, nil)
	exited := startController(t, func(s *testdaemon.ControllerSpec) { s.Name += "-exited"; s.Env["EXIT_CODE"] = "3" })
	states := []struct {
		file, wait string
		as         *testdaemon.User
		groups     string // setpriv group flag
		host       string
		container  string
		apiURL     string
	}{
		{"healthy", "docker-git is ready", nil, "", shared.daemon.Host(), running.name, running.apiURL},
		{"socket-permission-denied", "not in group", &stranger, "--init-groups", shared.daemon.Host(), running.name, running.apiURL},
		{"group-membership-pending", "does not hold it", &outsider, "--clear-groups", shared.daemon.Host(), running.name, running.apiURL},
		{"daemon-down", "no daemon is listening", nil, "", "unix:///tmp/dgt-gone/docker.sock", running.name, running.apiURL},
		{"controller-stopped", "exit code 3", nil, "", shared.daemon.Host(), exited.name, exited.apiURL},
	}
	for _, st := range states {
		t.Run(st.file, func(t *testing.T) {
			dash := fmt.Sprintf("%s --no-sudo --host %s --container %s --api-url %s", shared.bin, st.host, st.container, st.apiURL)
			env := baseEnv(t)
			delete(env, "NO_COLOR")
			// Each picture shows one state: a user's machine has Compose v2
			// and the docker-git CLI installed, so the test plugin and a
			// docker-git on PATH keep their (correct) findings out of it.
			composePluginInto(t, env["DOCKER_CONFIG"])
			env["PATH"] = dockerGitOnPath(t) + ":" + env["PATH"]
			var envArgs []string
			for k, v := range env {
				envArgs = append(envArgs, k+"="+v)
			}
			prefix := ""
			if st.as != nil {
				prefix = fmt.Sprintf("setpriv --reuid %d --regid %d %s ", st.as.UID, st.as.GID, st.groups)
			}
			p := startPane(t, fmt.Sprintf("%senv -i TERM=xterm-256color COLORTERM=truecolor %s %s; sleep 600", prefix, strings.Join(envArgs, " "), dash))
			p.waitText(st.wait, 15*time.Second)
			time.Sleep(300 * time.Millisecond) // let the background-colour reply restyle the frame
			out, err := exec.Command("tmux", "capture-pane", "-e", "-p", "-t", p.name).Output()
			if err != nil {
				t.Fatal(err)
			}
			// freeze keeps the previous colour on SGR 39 (default foreground);
			// spell the dark theme's text colour out so plain text stays plain.
			out = []byte(strings.ReplaceAll(string(out), "\x1b[39m", "\x1b[38;2;230;237;243m"))
			if err := os.WriteFile(filepath.Join(dir, st.file+".ansi"), out, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// dockerGitOnPath returns a directory, readable by every test user, holding
// an executable named docker-git (the probe only looks it up on PATH).
func dockerGitOnPath(t *testing.T) string {
	t.Helper()
	dir := shortTemp(t)
	if err := os.WriteFile(filepath.Join(dir, "docker-git"), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
