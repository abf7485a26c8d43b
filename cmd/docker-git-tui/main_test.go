package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// runWith runs the command in-process with a fake terminal answer.
func runWith(t *testing.T, args []string, env map[string]string, stdin string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(env_(args, env, stdin, &out, &errOut))
	return code, out.String(), errOut.String()
}

func env_(args []string, vars map[string]string, stdin string, out, errOut *bytes.Buffer) env {
	return env{
		args: args, stdin: strings.NewReader(stdin), stdout: out, stderr: errOut,
		getenv:     func(k string) string { return vars[k] },
		isTerminal: func() bool { return false },
	}
}

func TestBadFlagValuesNameTheFlagAndExit1(t *testing.T) {
	cases := map[string][]string{
		"--timeout":  {"--timeout", "soon"},
		"--interval": {"--interval", "1ms"},
		"--api-url":  {"--api-url", "ftp://x"},
		"--context":  {"--host", "unix:///x.sock", "--context", "y"},
		"frobnicate": {"--frobnicate"},
		"explain":    {"stray"},
	}
	for name, args := range cases {
		code, out, errOut := runWith(t, args, nil, "")
		if code != model.ExitUsage {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		if strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, strings.TrimPrefix(name, "--")) {
			t.Errorf("%v: want one line naming %s, got %q", args, name, errOut)
		}
		if out != "" {
			t.Errorf("%v: printed to stdout: %q", args, out)
		}
	}
}

func TestBadEnvAPIURLNamesTheVariable(t *testing.T) {
	cases := []struct {
		env           map[string]string
		want, wantNot string
	}{
		{map[string]string{"DOCKER_GIT_API_URL": "nope"}, "DOCKER_GIT_API_URL", "DOCKER_GIT_API_PORT"},
		// The URL built from DOCKER_GIT_API_PORT: that is the variable to fix.
		{map[string]string{"DOCKER_GIT_API_PORT": "abc"}, `DOCKER_GIT_API_PORT="abc"`, "DOCKER_GIT_API_URL"},
		{map[string]string{"DOCKER_GIT_API_BIND_HOST": "a b"}, `DOCKER_GIT_API_BIND_HOST="a b"`, "DOCKER_GIT_API_URL"},
	}
	for _, tc := range cases {
		code, _, errOut := runWith(t, []string{"--once"}, tc.env, "")
		if code != model.ExitUsage || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, tc.wantNot) {
			t.Errorf("%v: exit %d, stderr %q; want it to name %s, not %s", tc.env, code, errOut, tc.want, tc.wantNot)
		}
	}
}

func TestExplainReadsStdinAndPrintsChecklist(t *testing.T) {
	msg := "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/info\": dial unix /var/run/docker.sock: connect: permission denied"
	code, out, _ := runWith(t, []string{"explain", "--no-probe"}, map[string]string{"HOME": t.TempDir()}, msg)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"[socket-permission-denied]", "Fix:", "usermod -aG", "newgrp", "pasted: permission denied", "on this machine now: not checked (--no-probe)"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

func TestExplainJSON(t *testing.T) {
	code, out, _ := runWith(t, []string{"explain", "--json", "--no-probe", "Cannot", "connect", "to", "the", "Docker", "daemon", "at", "unix:///var/run/docker.sock.", "Is", "the", "docker", "daemon", "running?"}, map[string]string{"HOME": t.TempDir()}, "")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Findings []model.Finding
		Live     model.LiveCheck
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got.Findings) == 0 || got.Findings[0].Kind != model.KindDaemonUnreachable || len(got.Findings[0].Checklist) == 0 {
		t.Fatalf("findings = %+v", got.Findings)
	}
	if got.Findings[0].Source != model.SourcePaste || got.Live.Outcome != model.LiveSkipped {
		t.Fatalf("source %q, live %+v", got.Findings[0].Source, got.Live)
	}
}

func TestExplainNeverEmitsEscapes(t *testing.T) {
	evil := "Cannot connect to the Docker daemon \x1b]0;owned\x07\x1b[2J\x1b[H"
	for _, args := range [][]string{{"explain", "--no-probe"}, {"explain", "--json", "--no-probe"}} {
		_, out, _ := runWith(t, args, map[string]string{"HOME": t.TempDir()}, evil)
		if strings.ContainsAny(out, "\x1b\x07") || strings.Contains(out, `\u001b`) {
			t.Errorf("%v output carries an escape sequence: %q", args, out)
		}
	}
}

func TestExplainWithoutInputIsUsageError(t *testing.T) {
	if code, _, _ := runWith(t, []string{"explain"}, nil, "  \n"); code != model.ExitUsage {
		t.Fatalf("exit %d, want 1", code)
	}
}

func TestVersionFlag(t *testing.T) {
	code, out, _ := runWith(t, []string{"--version"}, nil, "")
	if code != 0 || !strings.HasPrefix(out, "docker-git-tui ") {
		t.Fatalf("exit %d, out %q", code, out)
	}
}

// The help is generated from the flag set, and the README's flag table
// must name the same flags: a flag added without documenting it fails here.
func TestHelpAndREADMEListEveryFlag(t *testing.T) {
	code, help, _ := runWith(t, []string{"--help"}, nil, "")
	if code != 0 {
		t.Fatalf("--help exit %d", code)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(readme)
	start := strings.Index(section, "| flag | default | meaning |")
	if start < 0 {
		t.Fatal("README has no flag table")
	}
	section = section[start:]
	section = section[:strings.Index(section, "\n\n")]
	inTable := map[string]bool{}
	for _, m := range regexp.MustCompile("`--([a-z-]+)").FindAllStringSubmatch(section, -1) {
		inTable[m[1]] = true
	}
	var o options
	names := map[string]bool{}
	newFlagSet(&o).VisitAll(func(f *flag.Flag) {
		names[f.Name] = true
		if !strings.Contains(help, "  --"+f.Name+" ") || f.Usage == "" {
			t.Errorf("--help does not describe --%s", f.Name)
		}
		if !inTable[f.Name] {
			t.Errorf("README's flag table lacks --%s", f.Name)
		}
	})
	for name := range inTable {
		if !names[name] {
			t.Errorf("README's flag table names --%s, which is not a flag", name)
		}
	}
	if len(names) < 10 {
		t.Fatalf("only %d flags found", len(names))
	}
}
