package tui

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// The header names the platform the probe recorded, before the user.
func TestHeaderShowsPlatform(t *testing.T) {
	r := healthyReport()
	r.Platform = model.Platform{Attempted: true, OS: "linux", DistroID: "fedora", DistroName: "Fedora Linux 40",
		ServiceManager: model.ServiceSystemd, SELinuxEnforcing: true, Install: model.InstallRootless}.Summary()
	got := content(withReport(t, r, 160, 30))
	if !strings.Contains(got, "Fedora Linux 40 (systemd, SELinux enforcing, rootless Docker) · user ") {
		t.Fatalf("header lacks the platform:\n%s", got)
	}
}
