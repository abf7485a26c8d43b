package probe

import (
	"os"
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
	return p
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
