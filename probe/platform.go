package probe

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectPlatform records the machine's platform facts: the OS and, per
// OS (platform_linux.go, platform_darwin.go), the distribution, WSL, the
// running service manager, SELinux, and which Docker installs are present.
// It only stats and reads small files; Install is decided later, from the
// whole cycle, by model.DetectInstall.
func InspectPlatform(cfg Config, uid int) model.Platform {
	p := model.Platform{Attempted: true, OS: runtime.GOOS, Arch: runtime.GOARCH, Home: cfg.Home}
	inspectOS(&p, cfg, uid)
	p.Self = selfCommand(os.Executable, exec.LookPath)
	return p
}

// selfCommand is how a shell here runs this tool: its name when PATH finds
// this very executable under it, else the executable's path.
func selfCommand(executable func() (string, error), lookPath func(string) (string, error)) string {
	self, err := executable()
	if err != nil {
		return ""
	}
	if real, err := filepath.EvalSymlinks(self); err == nil {
		self = real
	}
	if found, err := lookPath(model.SelfName); err == nil {
		if real, err := filepath.EvalSymlinks(found); err == nil && real == self {
			return model.SelfName
		}
	}
	return self
}

// sysPath is a system path under the test root (cfg.PlatformRoot).
func sysPath(cfg Config, p string) string {
	if cfg.PlatformRoot == "" {
		return p
	}
	return filepath.Join(cfg.PlatformRoot, p)
}

// exists reports whether p exists (following symlinks).
func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// readTrimmed reads a small file and trims it; "" when unreadable.
func readTrimmed(p string) string {
	data, err := readSmall(p)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// userRunDir is /run/user/UID (under the test root).
func userRunDir(cfg Config, uid int) string {
	if uid < 0 {
		return ""
	}
	return sysPath(cfg, filepath.Join("/run/user", strconv.Itoa(uid)))
}
