package probe

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A socket behind a directory this user may not search: the directory is
// named, with its mode, whatever the socket's own mode. The stand-in lstat
// refuses what lies below the 0700 directory, as the kernel does for a
// user other than its owner (these tests may run as root, whom it never
// refuses).
func TestBlockedDirNamesTheDirectory(t *testing.T) {
	root := t.TempDir()
	priv := filepath.Join(root, "privdir")
	if err := os.Mkdir(priv, 0o700); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(priv, "docker.sock")
	lstat := func(p string) (fs.FileInfo, error) {
		if strings.HasPrefix(p, priv+string(filepath.Separator)) {
			return nil, &fs.PathError{Op: "lstat", Path: p, Err: fs.ErrPermission}
		}
		return os.Lstat(p)
	}
	s := model.SocketFacts{Attempted: true, Path: sock}
	blockedDir(&s, lstat, os.Stat)
	if s.BlockedDir != priv || s.BlockedDirMode != 0o700 || s.BlockedDirOwner == "" {
		t.Errorf("blocked dir %q mode %o owner %q, want %q 0700", s.BlockedDir, s.BlockedDirMode, s.BlockedDirOwner, priv)
	}

	// Nothing refused: no directory is named.
	s = model.SocketFacts{Attempted: true, Path: sock}
	blockedDir(&s, os.Lstat, os.Stat)
	if s.BlockedDir != "" {
		t.Errorf("nothing refused, yet %q named", s.BlockedDir)
	}
}
