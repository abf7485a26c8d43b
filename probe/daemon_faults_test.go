package probe

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
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

// hostileDaemon serves handle on a unix socket: a peer that is not a
// working daemon, to prove each failure ends within the deadline.
func hostileDaemon(t *testing.T, handle func(c net.Conn)) string {
	t.Helper()
	path := filepath.Join(shortDir(t), "evil.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { close(done); l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				go func() { <-done; c.Close() }()
				handle(c)
			}()
		}
	}()
	return path
}

// readRequest consumes one request's head so the reply is read as a reply.
func readRequest(c net.Conn) bool {
	_, ok := readRequestHead(c)
	return ok
}

// readRequestHead reads one request's head and returns it.
func readRequestHead(c net.Conn) (string, bool) {
	buf := make([]byte, 4096)
	var got []byte
	for !strings.Contains(string(got), "\r\n\r\n") {
		n, err := c.Read(buf)
		if err != nil {
			return "", false
		}
		got = append(got, buf[:n]...)
	}
	return string(got), true
}

// okPing answers the client's HEAD /_ping (no body for HEAD).
const okPing = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 0\r\n\r\n"

func TestPingHostileDaemons(t *testing.T) {
	cases := []struct {
		name   string
		handle func(c net.Conn)
		want   model.ErrClass
		// deadline defaults to 500ms; the endless body needs time to
		// reach the 8 MiB cap (slow under -race) before the deadline.
		deadline time.Duration
	}{
		{"headers then a stalled body", func(c net.Conn) {
			// A HEAD answer carries no body: a byte after it would be left
			// on the connection for the next request to trip over.
			for {
				head, ok := readRequestHead(c)
				if !ok {
					return
				}
				if strings.HasPrefix(head, "HEAD ") {
					c.Write([]byte("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 1000\r\n\r\n"))
					continue
				}
				c.Write([]byte("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 1000\r\n\r\n{"))
			}
		}, model.ErrTimeout, 0},
		{"closes mid-header", func(c net.Conn) {
			readRequest(c)
			c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Le"))
		}, model.ErrProtocol, 0},
		{"closes mid-body", func(c net.Conn) {
			readRequest(c)
			c.Write([]byte(okPing))
			readRequest(c)
			c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Vers"))
		}, model.ErrReset, 0},
		{"garbage", func(c net.Conn) {
			readRequest(c)
			c.Write([]byte("\x00\x01\x02 this is not HTTP at all\r\n\r\n"))
		}, model.ErrProtocol, 0},
		{"pings fine, then an endless /version", func(c net.Conn) {
			for readRequest(c) {
				c.Write([]byte(okPing))
				if !readRequest(c) {
					return
				}
				c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"Version\":\""))
				chunk := []byte(strings.Repeat("x", 64<<10))
				for {
					if _, err := c.Write(chunk); err != nil {
						return
					}
				}
			}
		}, model.ErrProtocol, 20 * time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := hostileDaemon(t, tc.handle)
			deadline := tc.deadline
			if deadline == 0 {
				deadline = 500 * time.Millisecond
			}
			start := time.Now()
			f := pingPath(t, path, deadline)
			if el := time.Since(start); el > deadline+1500*time.Millisecond {
				t.Fatalf("took %s past a %s deadline", el, deadline)
			}
			if f.OK || f.Fault == nil || f.Fault.Class != tc.want {
				t.Fatalf("got OK=%v fault=%+v, want class %s", f.OK, f.Fault, tc.want)
			}
			if !f.Connected {
				t.Fatal("a peer that accepted the connection must count as connected")
			}
		})
	}
}
