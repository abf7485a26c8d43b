package probe

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// The command this tool suggests for running itself is its name only when
// PATH finds this very executable; otherwise the executable's path.
func TestSelfCommand(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "dgt")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, model.SelfName)
	if err := os.WriteFile(other, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(exe, link); err != nil {
		t.Fatal(err)
	}
	executable := func() (string, error) { return exe, nil }
	found := func(p string) func(string) (string, error) {
		return func(string) (string, error) { return p, nil }
	}
	notFound := func(string) (string, error) { return "", errors.New("not found") }
	cases := []struct {
		name string
		look func(string) (string, error)
		want string
	}{
		{"not on PATH", notFound, exe},
		{"another docker-git-tui on PATH", found(other), exe},
		{"this executable on PATH through a link", found(link), model.SelfName},
	}
	for _, c := range cases {
		if got := selfCommand(executable, c.look); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if got := selfCommand(func() (string, error) { return "", errors.New("unknown") }, notFound); got != "" {
		t.Errorf("no executable: %q", got)
	}
}
