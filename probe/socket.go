package probe

import (
	"errors"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectSocket gathers the facts about a unix socket path: whether it
// exists, what kind of file it is, and who may open it. It only stats; it
// never connects. Lookups of owner and group names go through os/user.
func InspectSocket(path string) model.SocketFacts {
	s := model.SocketFacts{Attempted: true, Path: path, UID: -1, GID: -1}
	lst, err := os.Lstat(path)
	if err != nil {
		s.Fault = model.NewFault(err)
		if errors.Is(err, fs.ErrPermission) {
			blockedDir(&s, os.Lstat, os.Stat)
		}
		return s
	}
	if lst.Mode()&fs.ModeSymlink != 0 {
		s.LinkTarget, _ = os.Readlink(path)
	}
	st, err := os.Stat(path)
	if err != nil {
		// A dangling symlink or a loop: the link exists, its target does not.
		s.Exists = true
		s.FileType = "symlink"
		s.Fault = model.NewFault(err)
		fillOwner(&s, lst)
		return s
	}
	s.Exists = true
	s.FileType = fileType(st.Mode())
	fillOwner(&s, st)
	return s
}

// blockedDir finds the directory above s.Path that stops this user: the
// first, from the root down, whose entry below it cannot be stat-ed for
// lack of permission (it may not be searched). lstat and stat are os's
// (tests stand in for a user the permissions stop).
func blockedDir(s *model.SocketFacts, lstat, stat func(string) (fs.FileInfo, error)) {
	var chain []string // the socket's directory up to the root
	for d := filepath.Dir(s.Path); ; d = filepath.Dir(d) {
		chain = append(chain, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		below := s.Path
		if i > 0 {
			below = chain[i-1]
		}
		if _, err := lstat(below); !errors.Is(err, fs.ErrPermission) {
			continue
		}
		fi, err := stat(chain[i])
		if err != nil {
			return
		}
		s.BlockedDir, s.BlockedDirMode = chain[i], uint32(fi.Mode().Perm())
		if uid, gid, ok := fileOwner(fi); ok {
			s.BlockedDirOwner, s.BlockedDirGroup = orNumber(userName(uid), uid), orNumber(groupName(gid), gid)
		}
		return
	}
}

// orNumber is a name, or the id when it has none.
func orNumber(name string, id int) string {
	if name == "" {
		return strconv.Itoa(id)
	}
	return name
}

func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeSocket != 0:
		return "socket"
	case m.IsRegular():
		return "regular file"
	case m.IsDir():
		return "directory"
	case m&fs.ModeSymlink != 0:
		return "symlink"
	}
	return "special file"
}

func fillOwner(s *model.SocketFacts, fi fs.FileInfo) {
	s.Mode = uint32(fi.Mode().Perm())
	uid, gid, ok := fileOwner(fi)
	if !ok {
		return
	}
	s.UID, s.GID = uid, gid
	s.Owner = userName(s.UID)
	s.Group = groupName(s.GID)
}

func userName(uid int) string {
	if u, err := user.LookupId(strconv.Itoa(uid)); err == nil {
		return u.Username
	}
	return ""
}

func groupName(gid int) string {
	if g, err := user.LookupGroupId(strconv.Itoa(gid)); err == nil {
		return g.Name
	}
	return ""
}
