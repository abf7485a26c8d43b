package probe

import (
	"os"
	"path/filepath"

	"github.com/docker-git/docker-git-tui/model"
)

// inspectOS fills the Linux facts: os-release, WSL, the service manager
// that runs (a systemctl binary alone proves nothing: containers and WSL
// without systemd ship one), SELinux, snap and rootless set-up.
func inspectOS(p *model.Platform, cfg Config, uid int) {
	p.DistroID, p.DistroLike, p.DistroName = model.ParseOSRelease(readTrimmed(sysPath(cfg, "/etc/os-release")))
	if p.DistroID == "" {
		p.DistroID, p.DistroLike, p.DistroName = model.ParseOSRelease(readTrimmed(sysPath(cfg, "/usr/lib/os-release")))
	}
	p.KernelRelease = readTrimmed(sysPath(cfg, "/proc/sys/kernel/osrelease"))
	p.WSL, p.WSLVersion = model.DetectWSL(p.KernelRelease, cfg.Env("WSL_DISTRO_NAME"))
	switch {
	case exists(sysPath(cfg, "/run/systemd/system")):
		p.ServiceManager = model.ServiceSystemd
	case exists(sysPath(cfg, "/run/openrc")):
		p.ServiceManager = model.ServiceOpenRC
	case exists(sysPath(cfg, "/usr/sbin/service")), exists(sysPath(cfg, "/sbin/service")):
		p.ServiceManager = model.ServiceSysV
	default:
		p.ServiceManager = model.ServiceNone
	}
	if p.ServiceManager == model.ServiceSysV || p.ServiceManager == model.ServiceOpenRC {
		_, err := os.Stat(sysPath(cfg, model.DaemonLogFile))
		p.DaemonLogMissing = os.IsNotExist(err)
	}
	p.SELinuxEnforcing = readTrimmed(sysPath(cfg, "/sys/fs/selinux/enforce")) == "1"
	p.SnapDocker = exists(sysPath(cfg, "/snap/bin/docker"))
	p.UserRunDir = userRunDir(cfg, uid)
	if cfg.Home != "" {
		p.RootlessUnit = exists(filepath.Join(cfg.Home, ".config", "systemd", "user", "docker.service"))
	}
}
