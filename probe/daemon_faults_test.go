package probe

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// shortDir returns a temp dir whose socket paths stay under the 107-byte
// sun_path limit.
func shortDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("/tmp", "dgtp")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

func pingPath(t *testing.T, path string, timeout time.Duration) model.DaemonFacts {
	t.Helper()
	d, err := NewDaemon(model.Endpoint{Host: "unix://" + path, Proto: "unix", Address: path})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return d.Ping(ctx, true)
}

func TestPingMissingSocketKeepsENOENT(t *testing.T) {
	f := pingPath(t, filepath.Join(shortDir(t), "none.sock"), time.Second)
	if f.OK || !f.Fault.Is(model.ErrNotExist) || f.Connected {
		t.Fatalf("got %+v, want not-exist and not connected", f)
	}
}

func TestPingStaleSocketIsRefused(t *testing.T) {
	path := filepath.Join(shortDir(t), "stale.sock")
	l, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	l.SetUnlinkOnClose(false) // leave the file like a crashed daemon does
	l.Close()
	f := pingPath(t, path, time.Second)
	if f.OK || !f.Fault.Is(model.ErrRefused) || f.Connected {
		t.Fatalf("got %+v, want refused and not connected", f)
	}
}

func TestPingRegularFileIsRefused(t *testing.T) {
	path := filepath.Join(shortDir(t), "file.sock")
	os.WriteFile(path, []byte("not a socket"), 0o666)
	f := pingPath(t, path, time.Second)
	if f.OK || f.Fault == nil || f.Connected {
		t.Fatalf("got %+v, want a dial failure", f)
	}
	s := InspectSocket(path)
	if !s.Exists || s.FileType != "regular file" {
		t.Fatalf("socket facts = %+v, want an existing regular file", s)
	}
}

// A peer that accepts and never answers: the ping must end at its deadline
// and say it was connected (daemon-unresponsive, not unreachable).
func TestPingHungSocketEndsAtDeadline(t *testing.T) {
	path := filepath.Join(shortDir(t), "hung.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() { <-done; c.Close() }()
		}
	}()
	start := time.Now()
	f := pingPath(t, path, 300*time.Millisecond)
	if el := time.Since(start); el > 2*time.Second {
		t.Fatalf("ping took %s past a 300ms deadline", el)
	}
	if f.OK || !f.Fault.Is(model.ErrTimeout) || !f.Connected {
		t.Fatalf("got %+v, want timeout while connected", f)
	}
}

func TestInspectSocketDanglingSymlink(t *testing.T) {
	dir := shortDir(t)
	path := filepath.Join(dir, "link.sock")
	os.Symlink(filepath.Join(dir, "gone.sock"), path)
	s := InspectSocket(path)
	if !s.Exists || s.FileType != "symlink" || s.LinkTarget == "" || !s.Fault.Is(model.ErrNotExist) {
		t.Fatalf("got %+v", s)
	}
}

func TestInspectSocketSymlinkLoop(t *testing.T) {
	dir := shortDir(t)
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.Symlink(b, a)
	os.Symlink(a, b)
	s := InspectSocket(a)
	if !s.Exists || s.FileType != "symlink" || s.Fault == nil || s.Fault.Class != model.ErrInvalid {
		t.Fatalf("got %+v, want a symlink with an ELOOP fault", s)
	}
}
