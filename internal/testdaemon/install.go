//go:build linux

package testdaemon

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// sbinDirs are searched in addition to PATH: dockerd lives in /usr/sbin and
// also needs containerd, runc and docker-proxy from these dirs.
func sbinDirs() []string {
	return []string{"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"}
}

// dockerdPath returns the dockerd binary, or "dockerd" if none is found (so
// that exec reports a clear "not found").
func dockerdPath() string {
	if p, err := exec.LookPath("dockerd"); err == nil {
		return p
	}
	for _, dir := range sbinDirs() {
		p := dir + "/dockerd"
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	return "dockerd"
}

func haveDockerd() bool { return dockerdPath() != "dockerd" }

// withSbinPath returns env with the sbin dirs appended to PATH, so dockerd
// finds its helpers even when the test runs with a minimal PATH.
func withSbinPath(env []string) []string {
	out := make([]string, 0, len(env)+1)
	path := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
			continue
		}
		out = append(out, kv)
	}
	for _, dir := range sbinDirs() {
		if !strings.Contains(":"+path+":", ":"+dir+":") {
			if path != "" {
				path += ":"
			}
			path += dir
		}
	}
	return append(out, "PATH="+path)
}

// ensureDockerd installs Debian's docker.io package when dockerd is missing.
// A file lock serialises concurrent test binaries, which would otherwise
// fight over the dpkg lock.
func ensureDockerd(ctx context.Context) error {
	if haveDockerd() {
		return nil
	}
	lock, err := os.OpenFile("/tmp/dgt-install.lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("testdaemon: install lock: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("testdaemon: install lock: %w", err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if haveDockerd() {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	env := append(withSbinPath(os.Environ()), "DEBIAN_FRONTEND=noninteractive")
	for _, args := range [][]string{
		{"apt-get", "update"},
		{"apt-get", "install", "-y", "docker.io"},
	} {
		cmd := exec.CommandContext(ctx, args[0], args[1:]...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("testdaemon: dockerd missing and %q failed: %w\n%s", strings.Join(args, " "), err, tail(out, 2000))
		}
	}
	if !haveDockerd() {
		return fmt.Errorf("testdaemon: docker.io installed but dockerd still not found")
	}
	return nil
}

// tail returns at most n trailing bytes of b, for error messages.
func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
