//go:build linux

package testdaemon_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
)

// requireProbeEnv makes the test binary run only TestRequireAsNonRoot's
// child: a test that calls Require.
const requireProbeEnv = "DGT_REQUIRE_CHILD"

func TestRequireChild(t *testing.T) {
	if os.Getenv(requireProbeEnv) == "" {
		t.Skip("child of TestRequireFailsWithoutRootUnderCI")
	}
	testdaemon.Require(t)
	t.Log("require passed")
}

// The promise behind .ci/run: with CI set, a non-root run fails instead of
// skipping; without CI it skips. The test binary is re-run as nobody.
func TestRequireFailsWithoutRootUnderCI(t *testing.T) {
	testdaemon.Require(t)
	// A directory nobody can enter (t.TempDir is 0700); the sweep removes
	// /tmp/dgtbin* if this run is interrupted.
	dir, err := os.MkdirTemp("/tmp", "dgtbin")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "testdaemon.test")
	data, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(ci string) (string, int) {
		cmd := exec.Command(bin, "-test.run", "^TestRequireChild$", "-test.v")
		cmd.Dir = dir
		cmd.Env = []string{requireProbeEnv + "=1", "CI=" + ci, "PATH=/usr/bin:/bin"}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("run as nobody: %v", err)
		}
		return string(out), code
	}
	out, code := run("true")
	if code == 0 || !strings.Contains(out, "refusing to skip") {
		t.Fatalf("CI=true as nobody: exit %d, want a failure naming the refusal:\n%s", code, out)
	}
	out, code = run("")
	if code != 0 || !strings.Contains(out, "SKIP: TestRequireChild") {
		t.Fatalf("without CI as nobody: exit %d, want a skip:\n%s", code, out)
	}
}
