package main

import (
	"os"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// TestCrashNoteRunsThisBinary: the command a crash asks for runs this very
// binary by its path, not a name that may not be on PATH.
func TestCrashNoteRunsThisBinary(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, flags := range []string{"--once --json", "--once --all-contexts --json"} {
		note := crashNote(flags)
		if want := model.ShellQuote(self) + " " + flags; !strings.HasSuffix(note, want) {
			t.Errorf("crash note %q does not end with the command %q", note, want)
		}
		if strings.Contains(note, "`docker-git-tui ") {
			t.Errorf("crash note %q names a command by a name that may not be on PATH", note)
		}
	}
}
