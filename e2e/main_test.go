//go:build linux

// Package e2e runs the real docker-git-tui binary against a private dockerd
// (never the host's), real controller containers built from
// testdata/controller, real users and groups, and a real terminal (tmux).
// It needs root; with CI set, not being root is a failure, not a skip.
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
)

// suite is what every scenario shares: one private daemon whose socket is
// owned by a dedicated group, the controller image and the built binary.
type suite struct {
	daemon *testdaemon.Daemon
	group  testdaemon.Group
	bin    string // the docker-git-tui binary, world-executable
	binDir string
	// testBin is a copy of this test binary other users can run (the
	// fix-to-screen child).
	testBin string
	image   string
}

// shared is set once by TestMain before any test runs and never changed.
var shared *suite

func TestMain(m *testing.M) {
	if os.Getenv("DGT_FIX_CHILD") != "" {
		os.Exit(fixChild())
	}
	if os.Getenv("DGT_STATIC_CHILD") != "" {
		os.Exit(staticChild())
	}
	if os.Geteuid() != 0 {
		if os.Getenv("CI") != "" {
			fmt.Fprintln(os.Stderr, "e2e: needs root (it starts a private dockerd), and CI is set: failing")
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "e2e: skipped: needs root (it starts a private dockerd)")
		os.Exit(0)
	}
	s, cleanup, err := setup()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: setup:", err)
		cleanup()
		os.Exit(1)
	}
	shared = s
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// setup starts the shared daemon and builds what the scenarios run. The
// returned cleanup undoes whatever part of it succeeded.
func setup() (*suite, func(), error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var undo []func() error
	cleanup := func() {
		for i := len(undo) - 1; i >= 0; i-- {
			if err := undo[i](); err != nil {
				fmt.Fprintln(os.Stderr, "e2e: cleanup:", err)
			}
		}
	}
	s := &suite{image: "docker-git-api-test:e2e"}
	g, delGroup, err := testdaemon.CreateGroup(ctx, "dgtsock")
	if err != nil {
		return nil, cleanup, err
	}
	undo = append(undo, delGroup)
	s.group = g

	dir, err := os.MkdirTemp("/tmp", "dgtbin")
	if err != nil {
		return nil, cleanup, err
	}
	undo = append(undo, func() error { return os.RemoveAll(dir) })
	// Other users run the binary from here.
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, cleanup, err
	}
	s.binDir, s.bin = dir, filepath.Join(dir, "docker-git-tui")
	s.testBin = filepath.Join(dir, "e2e.test")
	if err := copyFile(os.Args[0], s.testBin, 0o755); err != nil {
		return nil, cleanup, err
	}
	root, err := testdaemon.RepoRoot()
	if err != nil {
		return nil, cleanup, err
	}
	build := exec.CommandContext(ctx, "go", "build", "-o", s.bin, "./cmd/docker-git-tui")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return nil, cleanup, fmt.Errorf("go build: %v\n%s", err, out)
	}

	d, err := testdaemon.Start(ctx, daemonOptions(g.Name))
	if err != nil {
		return nil, cleanup, err
	}
	undo = append(undo, d.Close)
	s.daemon = d
	if err := d.BuildControllerImage(ctx, s.image); err != nil {
		return nil, cleanup, err
	}
	return s, cleanup, nil
}

func copyFile(src, dst string, mode os.FileMode) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, mode)
}

// daemonOptions are the shared daemon's options. DGT_DAEMON_IPTABLES=1
// runs it with iptables, as a stock install does, and
// DGT_DAEMON_USERLAND_PROXY=false then publishes ports by NAT alone,
// without docker-proxy: the benchmarks compare the two paths.
func daemonOptions(group string) testdaemon.Options {
	o := testdaemon.Options{Group: group, IPTables: os.Getenv("DGT_DAEMON_IPTABLES") == "1"}
	if v := os.Getenv("DGT_DAEMON_USERLAND_PROXY"); v != "" {
		o.ExtraArgs = append(o.ExtraArgs, "--userland-proxy="+v)
	}
	return o
}
