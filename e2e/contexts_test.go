//go:build linux

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// writeContextMeta adds a context without TLS material to the store.
func writeContextMeta(t testing.TB, dockerConfig, name, host string) {
	t.Helper()
	writeContext(t, dockerConfig, name, host, testdaemon.User{}, nil, nil, nil)
}

// writeContext adds a context to the store under dockerConfig, with TLS
// material when ca is given, readable by owner.
func writeContext(t testing.TB, dockerConfig, name, host string, owner testdaemon.User, ca, cert, key []byte) {
	t.Helper()
	sum := sha256.Sum256([]byte(name))
	id := hex.EncodeToString(sum[:])
	meta, err := json.Marshal(map[string]any{"Name": name, "Metadata": map[string]any{},
		"Endpoints": map[string]any{"docker": map[string]any{"Host": host, "SkipTLSVerify": false}}})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(dockerConfig, "contexts", "meta", id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), meta, 0o644); err != nil {
		t.Fatal(err)
	}
	if ca == nil {
		return
	}
	tlsDir := filepath.Join(dockerConfig, "contexts", "tls", id, "docker")
	if err := testdaemon.WriteCertDir(tlsDir, ca, cert, key); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"ca.pem", "cert.pem", "key.pem"} {
		if err := os.Chown(filepath.Join(tlsDir, f), owner.UID, owner.GID); err != nil {
			t.Fatal(err)
		}
	}
}

// Five contexts (unix ok as DOCKER_HOST, unix missing, tcp+TLS ok, ssh ok,
// ssh refused) give five correct rows within one deadline, and the exit
// code is the current context's.
// contextsStore is the five-context setup: the env the client user runs
// the binary with, and the ssh setup (client user, sshd).
func contextsStore(t *testing.T) (map[string]string, *sshSetup) {
	t.Helper()
	tl := startTLSDaemon(t)
	s := startSSH(t, sshOptions{remoteGroups: []string{shared.group.Name}, clientGroups: []string{shared.group.Name}})
	refused, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	env := baseEnv(t)
	env["HOME"] = s.home
	env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
	env["DOCKER_GIT_API_URL"] = "http://127.0.0.1:9"
	env["DOCKER_HOST"] = shared.daemon.Host()
	cfg := env["DOCKER_CONFIG"]
	missing := filepath.Join(shortTemp(t), "none.sock")
	writeContext(t, cfg, "unix-missing", "unix://"+missing, s.client, nil, nil, nil)
	writeContext(t, cfg, "tls-ok", tl.host, s.client, tl.ca.PEM, tl.cert, tl.key)
	writeContext(t, cfg, "ssh-ok", s.sshd.Target(s.remote.Name), s.client, nil, nil, nil)
	writeContext(t, cfg, "ssh-refused", fmt.Sprintf("ssh://%s@127.0.0.1:%d", s.remote.Name, refused), s.client, nil, nil, nil)
	return env, s
}

func TestAllContexts(t *testing.T) {
	env, s := contextsStore(t)

	const timeout = 5 * time.Second
	args := []string{"--once", "--json", "--no-sudo", "--all-contexts", "--timeout", timeout.String()}
	r := run(t, invocation{args: args, env: env, as: &s.client, withGroups: true})
	var reps []struct {
		Context string `json:"context"`
		Current bool   `json:"current"`
		model.Report
	}
	if err := json.Unmarshal([]byte(r.stdout), &reps); err != nil {
		t.Fatalf("not a JSON array: %v\n%s\nstderr: %s", err, r.stdout, r.stderr)
	}
	if r.elapsed > timeout+2*time.Second {
		t.Fatalf("five contexts took %s with a %s deadline each", r.elapsed, timeout)
	}
	want := map[string]model.Kind{"default": "", "unix-missing": model.KindDaemonUnreachable, "tls-ok": "",
		"ssh-ok": "", "ssh-refused": model.KindSSHUnreachable}
	if len(reps) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(reps), len(want), r.stdout)
	}
	for _, rep := range reps {
		k, ok := want[rep.Context]
		if !ok {
			t.Fatalf("unexpected context %q", rep.Context)
		}
		if rep.Current != (rep.Context == "default") {
			t.Errorf("%s: current = %v", rep.Context, rep.Current)
		}
		if k == "" {
			if c, _ := rep.Check(model.CheckDaemon); c.Status != model.StatusOK {
				t.Errorf("%s: daemon check %s (%s), want ok", rep.Context, c.Status, c.Detail)
			}
			if rep.Daemon.Version == "" {
				t.Errorf("%s: no daemon version", rep.Context)
			}
			continue
		}
		if f, ok := rep.FirstError(); !ok || f.Kind != k {
			t.Errorf("%s: first error %v, want %s", rep.Context, f.Kind, k)
		}
	}
	// The exit code is the current context's (default's: its daemon works,
	// its other findings are this machine's, such as a missing compose).
	for _, rep := range reps {
		if rep.Current && r.code != rep.ExitCode() {
			t.Fatalf("exit code %d, want the current context's %d", r.code, rep.ExitCode())
		}
	}
	if pids, _ := s.sshd.ClientProcesses(); len(pids) > 0 {
		t.Fatalf("ssh processes left: %v", pids)
	}

	// The text form: one row per context, the current one marked.
	r = run(t, invocation{args: []string{"--once", "--no-sudo", "--all-contexts", "--timeout", timeout.String()}, env: env, as: &s.client, withGroups: true})
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1+len(want) || !strings.HasPrefix(lines[1], "* default") {
		t.Fatalf("table:\n%s", r.stdout)
	}
	for _, l := range lines[1:] {
		if strings.Contains(l, "ssh-refused") && !strings.Contains(l, "ssh-unreachable") {
			t.Fatalf("ssh-refused row: %q", l)
		}
	}
	t.Logf("\n%s", r.stdout)
}

// The live contexts list in a real terminal: rows for every context, enter
// opens one context's panels, esc returns, q quits leaving no ssh behind.
func TestAllContextsDashboard(t *testing.T) {
	env, s := contextsStore(t)
	var envArgs []string
	for k, v := range env {
		envArgs = append(envArgs, k+"="+v)
	}
	sort.Strings(envArgs)
	shell := fmt.Sprintf("setpriv --reuid %d --regid %d --init-groups env -i TERM=xterm-256color %s %s --all-contexts --no-sudo --interval 1s --timeout 5s; echo EXIT=$?; sleep 600",
		s.client.UID, s.client.GID, strings.Join(envArgs, " "), shared.bin)
	p := startPane(t, shell)
	p.waitText("5 contexts", 15*time.Second)
	p.waitText("ssh-unreachable", 5*time.Second)
	p.waitText("daemon-unreachable", 5*time.Second)
	t.Logf("contexts view:\n%s", p.capture())
	if dir := os.Getenv("DGT_SCREENSHOTS"); dir != "" {
		// The README's picture of the contexts view (docs:screenshots).
		out, err := exec.Command("tmux", "capture-pane", "-e", "-p", "-t", p.name).Output()
		if err != nil {
			t.Fatal(err)
		}
		screen := strings.TrimRight(string(out), "\n ") + "\n"
		if err := os.WriteFile(filepath.Join(dir, "contexts.ansi"), []byte(screen), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// default, then ssh-ok: open ssh-ok's panels.
	p.keys("j")
	p.keys("Enter")
	p.waitText("endpoint "+s.sshd.Target(s.remote.Name), 15*time.Second)
	p.keys("Escape")
	p.waitText("5 contexts", 10*time.Second)
	p.keys("q")
	p.waitText("EXIT=", 10*time.Second)
	if pids, _ := s.sshd.ClientProcesses(); len(pids) > 0 {
		t.Fatalf("ssh processes left after quitting: %v", pids)
	}
}
