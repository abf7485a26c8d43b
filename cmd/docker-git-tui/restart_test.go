package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// The restart under sg runs this binary with exactly the flags it was
// started with, each word quoted for the shell sg hands -c to.
func TestRestartUnderGroupKeepsTheFlags(t *testing.T) {
	argv := sgArgv("/usr/bin/sg", "/opt/my tools/docker-git-tui", "docker", []string{"--interval", "1s", "--api-url", "http://127.0.0.1:3334", "--container", "it's"})
	if len(argv) != 4 || argv[0] != "/usr/bin/sg" || argv[1] != "docker" || argv[2] != "-c" {
		t.Fatalf("argv %q, want sg GROUP -c COMMAND", argv)
	}
	// The -c string, run by sh, gives back the same words.
	words, err := exec.Command("sh", "-c", "set -- "+argv[3]+`; for w in "$@"; do printf '[%s]' "$w"; done`).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := string(words); got != "[/opt/my tools/docker-git-tui][--interval][1s][--api-url][http://127.0.0.1:3334][--container][it's]" {
		t.Fatalf("sh reads the -c string as %s", got)
	}
}

func TestRestartUnderGroupExecsSgOrSaysWhy(t *testing.T) {
	if _, err := exec.LookPath("sg"); err != nil {
		t.Fatal("sg is not installed (login package)")
	}
	var gotArgv []string
	var errOut bytes.Buffer
	e := env{args: []string{"--interval", "1s"}, stderr: &errOut,
		execve: func(argv0 string, argv, envv []string) error {
			gotArgv = argv
			return errors.New("exec refused")
		}}
	code := restartUnderGroup(e, "docker")
	if len(gotArgv) != 4 || gotArgv[1] != "docker" || !strings.HasSuffix(gotArgv[3], " --interval 1s") {
		t.Fatalf("exec'd %q", gotArgv)
	}
	if code != exitCrash || !strings.Contains(errOut.String(), "exec refused") || !strings.Contains(errOut.String(), "sg docker -c "+model.ShellQuote(model.ShellQuote(selfPath()))) {
		t.Fatalf("failed exec: exit %d, stderr %q", code, errOut.String())
	}
}
