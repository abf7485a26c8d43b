//go:build linux

package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// Strange things at the socket path each get a precise finding.
func TestStrangeSocketPaths(t *testing.T) {
	dir := shortTemp(t)
	file := filepath.Join(dir, "file.sock")
	os.WriteFile(file, []byte("x"), 0o666)
	sub := filepath.Join(dir, "dir.sock")
	os.Mkdir(sub, 0o755)
	dangling := filepath.Join(dir, "dangling.sock")
	os.Symlink(filepath.Join(dir, "gone"), dangling)
	loopA, loopB := filepath.Join(dir, "la"), filepath.Join(dir, "lb")
	os.Symlink(loopB, loopA)
	os.Symlink(loopA, loopB)
	cases := []struct {
		name, path, evidence string
	}{
		{"regular file", file, "is a regular file, not a socket"},
		{"directory", sub, "is a directory, not a socket"},
		{"dangling symlink", dangling, "is a symlink to " + filepath.Join(dir, "gone")},
		{"symlink loop", loopA, "is a symlink to " + loopB},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, invocation{args: probeArgs("unix://"+tc.path, "docker-git-api", ""), env: baseEnv(t)})
			expectKinds(t, r, model.KindDaemonUnreachable)
			evidenceContains(t, findingOf(t, r, model.KindDaemonUnreachable), tc.evidence)
			checkStatus(t, r, model.CheckSocket, model.StatusFail)
		})
	}
}

// A socket inside a directory the user may not enter: permission denied,
// and the evidence says it is the path, not the socket's own mode.
func TestSocketBehindAnUnreadableDirectory(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtdir", shared.group.Name)
	dir := shortTemp(t)
	locked := filepath.Join(dir, "locked")
	os.Mkdir(locked, 0o700)
	link := filepath.Join(locked, "docker.sock")
	if err := os.Symlink(shared.daemon.SocketPath(), link); err != nil {
		t.Fatal(err)
	}
	r := run(t, invocation{args: probeArgs("unix://"+link, "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: true})
	expectKinds(t, r, model.KindSocketPermissionDenied)
	evidenceContains(t, findingOf(t, r, model.KindSocketPermissionDenied), "directory "+locked+" (owner root, group root, mode rwx------) above the socket does not let this user search it")
}
