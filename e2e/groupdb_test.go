//go:build linux

package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// An unreadable /etc/group: the probe still answers within its deadline
// with a finding and raw evidence, never a panic or a hang. The file's
// mode is restored when the test ends, even if it fails.
func TestUnreadableGroupDatabase(t *testing.T) {
	u := testdaemon.CreateUserT(t, "dgtgdb")
	st, err := os.Stat("/etc/group")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod("/etc/group", st.Mode().Perm()) })
	if err := os.Chmod("/etc/group", 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: baseEnv(t), as: &u, withGroups: false})
	os.Chmod("/etc/group", st.Mode().Perm())
	if r.elapsed > 3*time.Second {
		t.Fatalf("took %s with an unreadable group database", r.elapsed)
	}
	if len(r.report.Findings) == 0 || r.report.OK {
		t.Fatalf("no finding: %s", r.stdout)
	}
	f := r.report.Findings[0]
	if f.Kind != model.KindSocketPermissionDenied {
		t.Fatalf("first finding %s, want socket-permission-denied:\n%s", f.Kind, r.stdout)
	}
	all := strings.Join(f.Evidence, "\n")
	if !strings.Contains(all, "permission denied") {
		t.Fatalf("evidence lacks the raw error:\n%s", all)
	}
	t.Logf("evidence:\n%s", all)
}
