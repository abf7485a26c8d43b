package probe

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// watched is a running FileWatch with its triggers and its trace.
type watched struct {
	out   chan model.Trigger
	trace chan [2]string
}

// startFileWatch runs fw until the test ends and returns once its first
// watches are in place (Ready), so no change is made before it can be seen.
func startFileWatch(t *testing.T, fw FileWatch) watched {
	t.Helper()
	w := watched{out: make(chan model.Trigger, 10), trace: make(chan [2]string, 1000)}
	fw.trace = func(what, path string) {
		select {
		case w.trace <- [2]string{what, path}:
		default:
			panic("trace channel full")
		}
	}
	ready := make(chan struct{})
	fw.Ready = func() { close(ready) }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); fw.Run(ctx, w.out) }()
	t.Cleanup(func() { cancel(); <-done })
	select {
	case <-ready:
	case <-done:
		t.Fatal("file watch ended before it was ready")
	case <-time.After(5 * time.Second):
		t.Fatal("file watch never became ready")
	}
	return w
}

// expect waits for a trigger from src whose detail names path.
func (w watched) expect(t *testing.T, src model.TriggerSource, path string) model.Trigger {
	t.Helper()
	select {
	case tr := <-w.out:
		if tr.Source != src || !strings.Contains(tr.Detail, path) {
			t.Fatalf("trigger from %s (%s), want %s naming %s", tr.Source, tr.Detail, src, path)
		}
		return tr
	case <-time.After(5 * time.Second):
		t.Fatalf("no %s trigger", src)
	}
	return model.Trigger{}
}

// waitTrace waits until the watcher reports what for path ("" matches any).
func (w watched) waitTrace(t *testing.T, what, path string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case got := <-w.trace:
			if got[0] == what && (path == "" || got[1] == path) {
				return
			}
			if got[0] == "relevant" && what == "ignored" && got[1] == path {
				t.Fatalf("%s was taken as relevant", path)
			}
		case <-deadline:
			t.Fatalf("watcher never reported %q %s", what, path)
		}
	}
}

func TestFileWatchSeesSocketChmodCreateAndRemove(t *testing.T) {
	dir := shortDir(t)
	sock := filepath.Join(dir, "docker.sock")
	w := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "group")})

	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	w.expect(t, model.TriggerSocket, sock)
	os.Chmod(sock, 0o600)
	if tr := w.expect(t, model.TriggerSocket, sock); !strings.HasPrefix(tr.Detail, "chmod ") {
		t.Fatalf("detail %q, want the operation first (chmod …)", tr.Detail)
	}
	l.Close()
	w.expect(t, model.TriggerSocket, sock)
}

func TestFileWatchSeesGroupDBReplaced(t *testing.T) {
	dir := shortDir(t)
	db := filepath.Join(dir, "group")
	os.WriteFile(db, []byte("docker:x:998:\n"), 0o644)
	w := startFileWatch(t, FileWatch{SocketPath: filepath.Join(dir, "docker.sock"), GroupDB: db})
	// usermod writes group+ and renames it over group.
	tmp := db + "+"
	os.WriteFile(tmp, []byte("docker:x:998:ada\n"), 0o644)
	os.Rename(tmp, db)
	w.expect(t, model.TriggerGroupDB, db)
}

// The watch is proven live first (a related change fires), then an
// unrelated file in the same directory is seen and ignored, and the next
// trigger is the next related change, not the unrelated one.
func TestFileWatchIgnoresUnrelatedFiles(t *testing.T) {
	dir := shortDir(t)
	sock, db := filepath.Join(dir, "docker.sock"), filepath.Join(dir, "group")
	// Single-event changes (chmod of existing files), so each gives
	// exactly one trigger.
	os.WriteFile(db, []byte("docker:x:998:\n"), 0o644)
	os.WriteFile(sock, nil, 0o660)
	w := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: db})
	os.Chmod(db, 0o640)
	w.expect(t, model.TriggerGroupDB, db)

	other := filepath.Join(dir, "other")
	os.WriteFile(other, []byte("x"), 0o644)
	w.waitTrace(t, "ignored", other)
	os.Chmod(sock, 0o600)
	w.expect(t, model.TriggerSocket, sock)
	select {
	case tr := <-w.out:
		t.Fatalf("unexpected trigger %+v", tr)
	default:
	}
}

// A burst of changes gives one trigger: the next trigger after it is a
// different change, not a second one for the burst.
func TestFileWatchDebouncesABurst(t *testing.T) {
	dir := shortDir(t)
	sock, db := filepath.Join(dir, "docker.sock"), filepath.Join(dir, "g")
	os.WriteFile(sock, nil, 0o660)
	os.WriteFile(db, []byte("docker:x:998:\n"), 0o644)
	w := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: db, Debounce: 100 * time.Millisecond})
	for i := 0; i < 20; i++ {
		os.Chmod(sock, os.FileMode(0o600+i%2*0o60))
	}
	w.expect(t, model.TriggerSocket, sock)
	os.Chmod(db, 0o640)
	w.expect(t, model.TriggerGroupDB, db)
}

// A socket that appears after the watch started (daemon not yet running,
// directory not yet created) is picked up by the retry, and the retry stops
// once nothing is missing.
func TestFileWatchRetriesMissingDirectories(t *testing.T) {
	dir := shortDir(t)
	sub := filepath.Join(dir, "later")
	sock := filepath.Join(sub, "docker.sock")
	w := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "group"), Retry: 20 * time.Millisecond})
	w.waitTrace(t, "retry on", "")
	os.Mkdir(sub, 0o755)
	w.waitTrace(t, "attached", sub)
	w.waitTrace(t, "retry off", "")
	os.WriteFile(sock, nil, 0o660)
	w.expect(t, model.TriggerSocket, sock)
}

// With every path watched from the start, the retry ticker never runs; it
// starts when the watched directory goes away and stops when it is back.
func TestFileWatchRetriesOnlyWhileSomethingIsMissing(t *testing.T) {
	dir := shortDir(t)
	sub := filepath.Join(dir, "run")
	os.Mkdir(sub, 0o755)
	sock := filepath.Join(sub, "docker.sock")
	w := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "group"), Retry: 20 * time.Millisecond})
	// Run emits its start-up trace before Ready, so it is all queued now.
	for len(w.trace) > 0 {
		if got := <-w.trace; got[0] == "retry on" {
			t.Fatal("retry started although every path is watched")
		}
	}
	os.Remove(sub)
	w.waitTrace(t, "retry on", "")
	os.Mkdir(sub, 0o755)
	w.waitTrace(t, "retry off", "")
	os.WriteFile(sock, nil, 0o660)
	w.expect(t, model.TriggerSocket, sock)
}

// A file watcher that cannot start is reported as its own source, never as
// a Docker event.
func TestWatchReportsAWatcherThatCannotRun(t *testing.T) {
	out := make(chan model.Trigger, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	func() {
		defer survive(ctx, out, model.TriggerFileWatch)
		panic(errors.New("inotify exploded"))
	}()
	tr := <-out
	if !tr.Lost || tr.Source != model.TriggerFileWatch || !strings.Contains(tr.Detail, "inotify exploded") {
		t.Fatalf("trigger %+v, want a lost file watch naming the panic", tr)
	}
}
