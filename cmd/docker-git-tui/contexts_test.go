package main

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestAllContextsTakesNoHostOrContext(t *testing.T) {
	getenv := func(string) string { return "" }
	for _, args := range [][]string{{"--all-contexts", "--host", "unix:///x.sock"}, {"--all-contexts", "--context", "ctx"}} {
		_, err := parseFlags(args, getenv)
		if _, ok := err.(usageError); !ok || !strings.Contains(err.Error(), "--all-contexts") {
			t.Errorf("%v: err = %v, want a usage error naming --all-contexts", args, err)
		}
	}
	if o, err := parseFlags([]string{"--all-contexts", "--once", "--json"}, getenv); err != nil || !o.allContexts {
		t.Fatalf("--all-contexts --once --json: %+v, %v", o, err)
	}
}

func TestRenderContextsMarksCurrentAndTopFinding(t *testing.T) {
	ok := model.Report{OK: true, Endpoint: model.EndpointSummary{Host: "unix:///var/run/docker.sock"},
		Daemon: model.DaemonSummary{Version: "28.2.2"}}
	bad := model.Report{Endpoint: model.EndpointSummary{Host: "ssh://ada@build"},
		Findings: []model.Finding{{Kind: model.KindSSHUnreachable, Severity: model.SeverityError, Title: "The ssh connection to the Docker host failed"}}}
	out := renderContexts([]contextReport{{Context: "default", Current: true, Report: ok}, {Context: "build", Report: bad}})
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and two rows:\n%s", out)
	}
	if !strings.HasPrefix(lines[1], "* default") || !strings.Contains(lines[1], "28.2.2") || !strings.Contains(lines[1], " ok ") {
		t.Errorf("default row: %q", lines[1])
	}
	if !strings.HasPrefix(lines[2], "  build") || !strings.Contains(lines[2], "FAIL") || !strings.Contains(lines[2], "ssh-unreachable: The ssh connection to the Docker host failed") {
		t.Errorf("build row: %q", lines[2])
	}
}
