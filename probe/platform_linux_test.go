package probe

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// InspectPlatform against the fixture roots in testdata/platform: what each
// distribution ships in /etc/os-release, which service manager's run
// directory exists, WSL's kernel, SELinux, the snap.
func TestInspectPlatformFixtures(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "testdata", "platform"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		fixture string
		env     map[string]string
		want    model.Platform
		family  model.Family
	}{
		{"debian", nil, model.Platform{DistroID: "debian", ServiceManager: model.ServiceSystemd}, model.FamilyDebian},
		{"ubuntu", nil, model.Platform{DistroID: "ubuntu", ServiceManager: model.ServiceSystemd}, model.FamilyDebian},
		{"fedora", nil, model.Platform{DistroID: "fedora", ServiceManager: model.ServiceSystemd, SELinuxEnforcing: true}, model.FamilyFedora},
		{"arch", nil, model.Platform{DistroID: "arch", ServiceManager: model.ServiceSystemd}, model.FamilyArch},
		{"opensuse", nil, model.Platform{DistroID: "opensuse-tumbleweed", ServiceManager: model.ServiceSystemd}, model.FamilySUSE},
		{"alpine", nil, model.Platform{DistroID: "alpine", ServiceManager: model.ServiceOpenRC}, model.FamilyAlpine},
		{"wsl", nil, model.Platform{DistroID: "ubuntu", ServiceManager: model.ServiceSysV, WSL: true, WSLVersion: 2}, model.FamilyDebian},
		{"debian", map[string]string{"WSL_DISTRO_NAME": "Debian"}, model.Platform{DistroID: "debian", ServiceManager: model.ServiceSystemd, WSL: true}, model.FamilyDebian},
		{"snap", nil, model.Platform{DistroID: "ubuntu", ServiceManager: model.ServiceSystemd, SnapDocker: true}, model.FamilyDebian},
	}
	for _, c := range cases {
		home := t.TempDir()
		cfg := Config{PlatformRoot: filepath.Join(root, c.fixture), Env: envOf(c.env), Home: home}
		p := InspectPlatform(cfg, 1000)
		if !p.Attempted || p.OS != "linux" || p.DistroID != c.want.DistroID || p.Family() != c.family ||
			p.ServiceManager != c.want.ServiceManager || p.SELinuxEnforcing != c.want.SELinuxEnforcing ||
			p.WSL != c.want.WSL || p.WSLVersion != c.want.WSLVersion || p.SnapDocker != c.want.SnapDocker {
			t.Errorf("%s %v: got %+v (family %s), want %+v (family %s)", c.fixture, c.env, p, p.Family(), c.want, c.family)
		}
		if want := filepath.Join(root, c.fixture, "run", "user", "1000"); p.UserRunDir != want {
			t.Errorf("%s: UserRunDir %q, want %q", c.fixture, p.UserRunDir, want)
		}
	}

	// An empty root: no os-release, no service manager, not WSL.
	p := InspectPlatform(Config{PlatformRoot: t.TempDir(), Env: envOf(nil)}, 0)
	if p.DistroID != "" || p.ServiceManager != model.ServiceNone || p.WSL || p.SELinuxEnforcing {
		t.Errorf("empty root: %+v", p)
	}

	// The rootless user unit marks rootless Docker as set up.
	home := t.TempDir()
	unit := filepath.Join(home, ".config", "systemd", "user", "docker.service")
	if err := os.MkdirAll(filepath.Dir(unit), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(unit, []byte("[Service]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := InspectPlatform(Config{PlatformRoot: filepath.Join(root, "debian"), Env: envOf(nil), Home: home}, 1000); !p.RootlessUnit {
		t.Errorf("rootless unit at %s not seen", unit)
	}
}

// Docker Desktop's WSL shim is a `docker` that only prints its message: the
// CLI probe records it as the shim, not as a CLI.
func TestInspectCLIWSLShim(t *testing.T) {
	dir := t.TempDir()
	shim := "#!/bin/sh\necho\necho \"The command 'docker' could not be found in this WSL 2 distro.\"\n" +
		"echo \"We recommend to activate the WSL integration in Docker Desktop settings.\"\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "docker"), []byte(shim), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	f := InspectCLI(ctx, []string{"PATH=" + dir + ":/usr/bin:/bin"}, dir)
	if !f.Found || !f.WSLShim || f.Fault == nil || f.ComposeFound {
		t.Fatalf("shim: %+v", f)
	}
}
