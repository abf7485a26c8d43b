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

func startFileWatch(t *testing.T, fw FileWatch) <-chan model.Trigger {
	t.Helper()
	out := make(chan model.Trigger, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); fw.Run(ctx, out) }()
	t.Cleanup(func() { cancel(); <-done })
	time.Sleep(50 * time.Millisecond) // let the watch attach
	return out
}

func expectTrigger(t *testing.T, ch <-chan model.Trigger, src model.TriggerSource) {
	t.Helper()
	select {
	case tr := <-ch:
		if tr.Source != src {
			t.Fatalf("trigger from %s (%s), want %s", tr.Source, tr.Detail, src)
		}
	case <-time.After(2 * time.Second):
		t.Fatalf("no %s trigger", src)
	}
}

func TestFileWatchSeesSocketChmodCreateAndRemove(t *testing.T) {
	dir := shortDir(t)
	sock := filepath.Join(dir, "docker.sock")
	ch := startFileWatch(t, FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "group")})

	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	expectTrigger(t, ch, model.TriggerSocket)
	os.Chmod(sock, 0o600)
	expectTrigger(t, ch, model.TriggerSocket)
	l.Close()
	expectTrigger(t, ch, model.TriggerSocket)
}

func TestFileWatchSeesGroupDBReplaced(t *testing.T) {
	dir := shortDir(t)
	db := filepath.Join(dir, "group")
	os.WriteFile(db, []byte("docker:x:998:\n"), 0o644)
	ch := startFileWatch(t, FileWatch{SocketPath: filepath.Join(dir, "docker.sock"), GroupDB: db})
	// usermod writes group+ and renames it over group.
	tmp := db + "+"
	os.WriteFile(tmp, []byte("docker:x:998:ada\n"), 0o644)
	os.Rename(tmp, db)
	expectTrigger(t, ch, model.TriggerGroupDB)
}

func TestFileWatchIgnoresUnrelatedFiles(t *testing.T) {
	dir := shortDir(t)
	ch := startFileWatch(t, FileWatch{SocketPath: filepath.Join(dir, "docker.sock"), GroupDB: filepath.Join(dir, "group")})
	os.WriteFile(filepath.Join(dir, "other"), []byte("x"), 0o644)
	select {
	case tr := <-ch:
		t.Fatalf("unexpected trigger %+v", tr)
	case <-time.After(200 * time.Millisecond):
	}
}

func TestFileWatchDebouncesABurst(t *testing.T) {
	dir := shortDir(t)
	sock := filepath.Join(dir, "docker.sock")
	os.WriteFile(sock, nil, 0o660)
	ch := make(chan model.Trigger, 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "g"), Debounce: 100 * time.Millisecond}.Run(ctx, ch)
	}()
	defer func() { cancel(); <-done }()
	time.Sleep(50 * time.Millisecond)
	for i := 0; i < 20; i++ {
		os.Chmod(sock, os.FileMode(0o600+i%2*0o60))
	}
	time.Sleep(400 * time.Millisecond)
	if n := len(ch); n != 1 {
		t.Fatalf("%d triggers for one burst, want 1", n)
	}
}

// A socket that appears after the watch started (daemon not yet running,
// directory not yet created) is picked up by the retry.
func TestFileWatchRetriesMissingDirectories(t *testing.T) {
	dir := shortDir(t)
	sub := filepath.Join(dir, "later")
	sock := filepath.Join(sub, "docker.sock")
	out := make(chan model.Trigger, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		FileWatch{SocketPath: sock, GroupDB: filepath.Join(dir, "group"), Retry: 50 * time.Millisecond}.Run(ctx, out)
	}()
	defer func() { cancel(); <-done }()
	time.Sleep(100 * time.Millisecond)
	os.Mkdir(sub, 0o755)
	time.Sleep(150 * time.Millisecond) // a retry attaches the new directory
	os.WriteFile(sock, nil, 0o660)
	expectTrigger(t, out, model.TriggerSocket)
}
