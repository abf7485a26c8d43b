//go:build linux

package e2e

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// explainOutput is explain's JSON.
type explainOutput struct {
	Findings []model.Finding `json:"findings"`
	Live     model.LiveCheck `json:"live"`
}

func explainJSON(t *testing.T, paste string, as *testdaemon.User, extra ...string) explainOutput {
	t.Helper()
	args := append([]string{"explain", "--json", "--no-sudo", "--timeout", "2s"}, extra...)
	r := run(t, invocation{args: args, env: baseEnv(t), as: as, withGroups: as != nil, stdin: paste})
	if r.code != 0 {
		t.Fatalf("explain exited %d: %s", r.code, r.stderr)
	}
	var out explainOutput
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("explain --json is not JSON: %v\n%s", err, r.stdout)
	}
	return out
}

func permissionPaste(socket string) string {
	return "$ docker ps\npermission denied while trying to connect to the Docker daemon socket at unix://" + socket +
		": Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/containers/json\": dial unix " + socket + ": connect: permission denied\n" +
		"Hint: sudo usermod -aG docker $USER && newgrp docker\n"
}

// The paste names the private daemon's socket; a user outside its group
// gets the same error live: confirmed.
func TestExplainConfirmsThePasteLive(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtexpl")
	out := explainJSON(t, permissionPaste(shared.daemon.SocketPath()), &u)
	if len(out.Findings) != 1 || out.Findings[0].Kind != model.KindSocketPermissionDenied || out.Findings[0].Source != model.SourcePaste {
		t.Fatalf("findings = %+v", out.Findings)
	}
	if out.Live.Outcome != model.LiveConfirmed || out.Live.Finding == nil || out.Live.Finding.Kind != model.KindSocketPermissionDenied {
		t.Fatalf("live = %+v", out.Live)
	}
	if out.Live.Endpoint != shared.daemon.Host() || out.Live.Finding.Source != model.SourceProbe {
		t.Fatalf("live probed %q (source %q), want %q from the probe", out.Live.Endpoint, out.Live.Finding.Source, shared.daemon.Host())
	}
}

// Root can open the same socket: the paste's cause does not hold here.
func TestExplainNotReproducedLive(t *testing.T) {
	out := explainJSON(t, permissionPaste(shared.daemon.SocketPath()), nil)
	if out.Live.Outcome != model.LiveNotReproduced || out.Live.Line != "on this machine now: not reproduced (Docker access works here)" {
		t.Fatalf("live = %+v", out.Live)
	}
}

// The paste says permission denied, but at that path nothing listens here:
// a different cause, with its own finding.
func TestExplainDifferentCauseLive(t *testing.T) {
	missing := filepath.Join(shortTemp(t), "gone.sock")
	out := explainJSON(t, permissionPaste(missing), nil)
	if out.Live.Outcome != model.LiveDifferentCause || out.Live.Finding == nil || out.Live.Finding.Kind != model.KindDaemonUnreachable {
		t.Fatalf("live = %+v", out.Live)
	}
	if !strings.Contains(out.Live.Line, "a different cause here: daemon-unreachable") {
		t.Fatalf("line = %q", out.Live.Line)
	}
	// The text form prints the line and then this machine's finding.
	r := run(t, invocation{args: []string{"explain", "--no-sudo", "--timeout", "2s"}, env: baseEnv(t), stdin: permissionPaste(missing)})
	live := strings.Index(r.stdout, "on this machine now: a different cause here: daemon-unreachable")
	if live < 0 || !strings.Contains(r.stdout[live:], "[daemon-unreachable]") {
		t.Fatalf("text output lacks the live line and its finding:\n%s", r.stdout)
	}
}

// A Windows named pipe or --no-probe: no probe runs, and the output says so.
func TestExplainSkipsWhatItCannotProbe(t *testing.T) {
	pipe := "error during connect: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version\": open //./pipe/docker_engine: The system cannot find the file specified."
	out := explainJSON(t, pipe, nil)
	if out.Live.Outcome != model.LiveSkipped || !strings.Contains(out.Live.Line, "Windows named pipe") {
		t.Fatalf("live = %+v", out.Live)
	}
	out = explainJSON(t, permissionPaste(shared.daemon.SocketPath()), nil, "--no-probe")
	if out.Live.Outcome != model.LiveSkipped || out.Live.Endpoint != "" {
		t.Fatalf("--no-probe live = %+v", out.Live)
	}
}
