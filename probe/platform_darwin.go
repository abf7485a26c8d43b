package probe

import (
	"path/filepath"

	"github.com/docker-git/docker-git-tui/model"
)

// inspectOS fills the macOS facts: which Docker apps are installed, so a
// checklist starts the one this machine has.
func inspectOS(p *model.Platform, cfg Config, _ int) {
	path := cfg.Env("PATH")
	onPath := func(name string) bool { _, err := lookPath(name, path); return err == nil }
	app := func(name string) bool {
		return exists(filepath.Join("/Applications", name)) ||
			cfg.Home != "" && exists(filepath.Join(cfg.Home, "Applications", name))
	}
	if app("Docker.app") {
		p.MacApps = append(p.MacApps, model.InstallDockerDesktop)
	}
	if onPath("colima") {
		p.MacApps = append(p.MacApps, model.InstallColima)
	}
	if app("OrbStack.app") || onPath("orb") {
		p.MacApps = append(p.MacApps, model.InstallOrbStack)
	}
	if app("Rancher Desktop.app") || onPath("rdctl") {
		p.MacApps = append(p.MacApps, model.InstallRancherDesktop)
	}
	if onPath("podman") {
		p.MacApps = append(p.MacApps, model.InstallPodmanMachine)
	}
}
