package probe

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A hostile ssh: it refuses like ssh does and exits 255 on its own, but a
// child it leaves behind holds its stderr open, so its status is still
// being collected when the client closes the connection. That close must
// not count as our kill: the refusal is the finding.
func TestSSHEndedByItselfIsNotKilled(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\n" +
		"case \" $* \" in *' -G '*) printf 'user ada\\nhostname box\\nport 22\\n'; exit 0;; esac\n" +
		"echo 'ssh: connect to host box port 22: Connection refused' >&2\n" +
		"sleep 30 &\n" +
		"exit 255\n"
	if err := os.WriteFile(filepath.Join(dir, "ssh"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d := newSSHDialer(sshSpec{User: "ada", Host: "box"}, os.Environ())
	conn, err := d.dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := conn.(*sshConn)
	// Ready signal: the script has exited and been reaped (Wait reaps it
	// first), while its child keeps stderr open so Wait has not returned.
	proc := filepath.Join("/proc", strconv.Itoa(c.cmd.Process.Pid))
	for {
		if _, err := os.Stat(proc); os.IsNotExist(err) {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("ssh script never exited")
		case <-time.After(2 * time.Millisecond):
		}
	}
	select {
	case <-c.done:
		t.Fatal("status already collected: the race under test did not arise")
	default:
	}
	conn.Close()

	f := d.facts(ctx)
	if f.Killed || !f.Exited || f.ExitCode != 255 || !strings.Contains(f.Stderr, "Connection refused") {
		t.Fatalf("facts = %+v, want exited by itself with 255 and ssh's refusal", f)
	}
}
