//go:build linux

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
)

// platformRoot is a fixture tree of testdata/platform, which the binary
// reads instead of / through DOCKER_GIT_TUI_TEST_PLATFORM_ROOT.
func platformRoot(t *testing.T, fixture string) string {
	t.Helper()
	root, err := testdaemon.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(root, "testdata", "platform", fixture)
}

func commandsOf(f model.Finding) string {
	var b strings.Builder
	for _, s := range f.Checklist {
		b.WriteString(s.Command + "\n")
	}
	return b.String()
}

// A Fedora machine (its os-release, systemd, SELinux enforcing) without the
// docker CLI is told to install it with dnf, never apt-get.
func TestFedoraWithoutCLIGetsDnf(t *testing.T) {
	env := baseEnv(t)
	env["PATH"] = shortTemp(t) // an empty directory
	env["DOCKER_GIT_TUI_TEST_PLATFORM_ROOT"] = platformRoot(t, "fedora")
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: env})
	f := findingOf(t, r, model.KindDockerCLIMissing)
	cmds := commandsOf(f)
	if !strings.Contains(cmds, "sudo dnf install -y docker-cli") || strings.Contains(cmds, "apt-get") {
		t.Fatalf("Fedora checklist:\n%s", cmds)
	}
	p := r.report.Platform
	if p == nil || p.OS != "linux" || p.Distro != "fedora" || p.Family != model.FamilyFedora ||
		p.ServiceManager != model.ServiceSystemd || !p.SELinuxEnforcing || p.WSL {
		t.Fatalf("platform in the JSON report = %+v", p)
	}
	if !strings.Contains(p.Label, "Fedora Linux 40") {
		t.Fatalf("platform label %q", p.Label)
	}
}

// In a WSL 2 distro whose Docker Desktop integration is off, `docker` is
// Desktop's shim that only prints a message: wsl-integration-disabled.
func TestWSLShimIsIntegrationDisabled(t *testing.T) {
	bin := shortTemp(t)
	shim := "#!/bin/sh\necho\necho \"The command 'docker' could not be found in this WSL 2 distro.\"\n" +
		"echo \"We recommend to activate the WSL integration in Docker Desktop settings.\"\necho\n" +
		"echo \"For details about using Docker Desktop with WSL 2, visit:\"\necho\n" +
		"echo \"https://docs.docker.com/go/wsl2/\"\necho\nexit 1\n"
	if err := os.WriteFile(filepath.Join(bin, "docker"), []byte(shim), 0o755); err != nil {
		t.Fatal(err)
	}
	env := baseEnv(t)
	env["PATH"] = bin + ":/usr/bin:/bin"
	env["DOCKER_GIT_TUI_TEST_PLATFORM_ROOT"] = platformRoot(t, "wsl")
	env["WSL_DISTRO_NAME"] = "Ubuntu"
	r := run(t, invocation{args: probeArgs(shared.daemon.Host(), "docker-git-api", ""), env: env})
	if first, ok := r.report.FirstError(); !ok || first.Kind != model.KindWSLIntegrationDisabled {
		t.Fatalf("first error = %+v, want wsl-integration-disabled\n%s", first, r.stdout)
	}
	if r.code != model.KindWSLIntegrationDisabled.ExitCode() {
		t.Fatalf("exit code %d", r.code)
	}
	evidenceContains(t, findingOf(t, r, model.KindWSLIntegrationDisabled), "could not be found in this WSL 2 distro")
	if p := r.report.Platform; p == nil || !p.WSL || p.WSLVersion != 2 || p.ServiceManager != model.ServiceSysV {
		t.Fatalf("platform = %+v", p)
	}
}

// A rootless daemon's socket under the user's runtime directory (a test
// /run/user/UID) is recognised as rootless Docker; when it is gone, the
// checklist starts it with systemctl --user (set up) or sets it up, never
// with sudo systemctl or group changes.
func TestRootlessSocketGetsUserSystemctl(t *testing.T) {
	root := shortTemp(t)
	runDir := filepath.Join(root, "run", "user", "0")
	if err := os.MkdirAll(runDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "run", "systemd", "system"), 0o755); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(runDir, "docker.sock")
	// The private daemon answers at the rootless path.
	if err := os.Symlink(shared.daemon.SocketPath(), sock); err != nil {
		t.Fatal(err)
	}
	env := baseEnv(t)
	env["DOCKER_GIT_TUI_TEST_PLATFORM_ROOT"] = root
	unit := filepath.Join(env["HOME"], ".config", "systemd", "user", "docker.service")
	if err := os.MkdirAll(filepath.Dir(unit), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(unit, []byte("[Service]\nExecStart=dockerd-rootless.sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, invocation{args: probeArgs("unix://"+sock, "docker-git-api", ""), env: env})
	checkStatus(t, r, model.CheckDaemon, model.StatusOK)
	if p := r.report.Platform; p == nil || p.Install != model.InstallRootless {
		t.Fatalf("platform = %+v, want install rootless", p)
	}

	// The daemon is gone: start it as the user's unit.
	if err := os.Remove(sock); err != nil {
		t.Fatal(err)
	}
	r = run(t, invocation{args: probeArgs("unix://"+sock, "docker-git-api", ""), env: env})
	expectKinds(t, r, model.KindDaemonUnreachable)
	cmds := commandsOf(findingOf(t, r, model.KindDaemonUnreachable))
	if !strings.Contains(cmds, "systemctl --user start docker") || strings.Contains(cmds, "sudo systemctl") {
		t.Fatalf("rootless checklist:\n%s", cmds)
	}

	// Never set up (no user unit): set it up.
	if err := os.Remove(unit); err != nil {
		t.Fatal(err)
	}
	r = run(t, invocation{args: probeArgs("unix://"+sock, "docker-git-api", ""), env: env})
	cmds = commandsOf(findingOf(t, r, model.KindDaemonUnreachable))
	if !strings.Contains(cmds, "dockerd-rootless-setuptool.sh install") || strings.Contains(cmds, "sudo systemctl") {
		t.Fatalf("rootless, not set up, checklist:\n%s", cmds)
	}
}
