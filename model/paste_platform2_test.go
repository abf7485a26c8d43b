package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A paste's own words show where its error happened, beyond its OS: a
// systemd distribution it names as its own, macOS in an issue template's
// "Operating System" line, Docker Desktop for Linux's or Rancher Desktop's
// socket, a WSL distro with Docker Desktop, Docker Engine as a Windows
// service, OpenWrt. Its findings' commands are that system's and that
// runtime's, whatever init this machine runs.
func TestPasteShowsItsRuntime(t *testing.T) {
	cat := catalog(t)
	sysv := model.Platform{Attempted: true, OS: "linux", DistroID: "debian", ServiceManager: model.ServiceSysV, Install: model.InstallSystem}
	linuxOnes := []string{"sudo ", "service docker", "/var/log/docker.log", "usermod", "newgrp"}
	cases := []struct {
		id        string
		kind      model.Kind
		want, not []string
	}{
		// "I tried it in my Arch Linux": systemd's commands, Arch's packages.
		{"v141-compose-wordpress-quickstart-arch-filenotfound", model.KindDaemonUnreachable,
			[]string{"sudo systemctl start docker", "sudo journalctl -u docker --no-pager -n 50"}, []string{"service docker", "/var/log/docker.log"}},
		// "Operating System: macOS": no docker group to join.
		{"v22-coder-macbook-perm", model.KindSocketPermissionDenied,
			[]string{"export DOCKER_HOST="}, []string{"usermod", "newgrp", "chmod 660"}},
		// Docker Desktop for Linux's socket: its user unit.
		{"v30-vscode-ddl-desktop-sock", model.KindDaemonUnreachable,
			[]string{"systemctl --user start docker-desktop"}, []string{"service docker", "/var/log/docker.log"}},
		// Rancher Desktop's socket: its own start.
		{"v101-rd-switch-to-moby-no-dockerd", model.KindDaemonUnreachable,
			[]string{"rdctl start"}, []string{"service docker", "/var/log/docker.log"}},
		// A WSL distro with Docker Desktop 3.1.0: Docker Desktop started on
		// Windows, not a service of the distro.
		{"v17-forwin-10459-wsl2", model.KindDaemonUnreachable,
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker Desktop.exe"`}, linuxOnes},
		// Docker EE on Windows Server: the Windows service and its event
		// log, not Docker Desktop.
		{"v70-virt-docs-945-vmcompute-dll", model.KindDaemonUnreachable,
			[]string{"Start-Service docker", "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='docker'}"}, append([]string{"docker desktop"}, linuxOnes...)},
		// OpenWrt (Turris): dockerd's init script, as root.
		{"v136-turris-opkg-client-only", model.KindDaemonUnreachable,
			[]string{"/etc/init.d/dockerd start"}, []string{"sudo ", "service docker", "/var/log/docker.log"}},
		// "OS:centos7" and "Armbian 20.12 Buster": systemd releases.
		{"v72-dnmp-compose-fnf-zh", model.KindDaemonUnreachable,
			[]string{"sudo systemctl start docker", "journalctl -u docker"}, []string{"service docker", "/var/log/docker.log"}},
		{"v73-casaos-armbian-appcenter-zh", model.KindDaemonUnreachable,
			[]string{"sudo systemctl start docker", "journalctl -u docker"}, []string{"service docker", "/var/log/docker.log"}},
		// Docker Desktop's own error, its system not shown: its own CLI.
		{"v72-financeapp-ddunable-ja", model.KindDaemonUnreachable,
			[]string{"docker desktop start"}, linuxOnes},
		{"v109-formac-m1-lifecycle-6713", model.KindDaemonUnreachable,
			[]string{"docker desktop start"}, linuxOnes},
		// Python's errno 61 (ECONNREFUSED on macOS and BSD).
		{"v50-gruntwork-quickstart-refused", model.KindDaemonUnreachable,
			nil, linuxOnes},
		// Podman's client on Windows (PowerShell): Podman's machine.
		{"v103-podman-25284-azure-agent-cannot-connect", model.KindDaemonUnreachable,
			[]string{"podman machine start"}, append([]string{"docker desktop"}, linuxOnes...)},
		// Fedora's default host name in the prompt: systemd.
		{"v94-agoncal27-fedora-compose-v1-errno2", model.KindDaemonUnreachable,
			[]string{"sudo systemctl start docker"}, []string{"service docker", "/var/log/docker.log"}},
		// Linux Mint 22 (systemd), ImmortalWrt (OpenWrt's fork), "on
		// Darwin 10.15.3" (macOS).
		{"v7-kptv-compose-v1-mint", model.KindDaemonUnreachable,
			[]string{"sudo systemctl start docker"}, []string{"service docker", "/var/log/docker.log"}},
		{"v144-zh-immortalwrt-dockerman-socket-path", model.KindDaemonUnreachable,
			[]string{"/etc/init.d/dockerd start"}, []string{"sudo ", "service docker"}},
		{"v8-minikube-mac-not-running", model.KindDaemonUnreachable,
			nil, linuxOnes},
		// Docker's snap, named by the writer: the snap's commands.
		{"v56-kali-snap-search", model.KindDaemonUnreachable,
			[]string{"sudo snap start docker"}, []string{"service docker", "/var/log/docker.log"}},
		// Docker Engine - Enterprise on Windows at the engine's pipe: its
		// Windows service.
		{"v89-compose8414-pipe-version", model.KindDaemonUnreachable,
			[]string{"Start-Service docker"}, append([]string{"docker desktop"}, linuxOnes...)},
		// docker-machine's own check of its machine's certificates.
		{"v74-toolbox-faq-2376-io-timeout", model.KindDaemonUnreachable,
			[]string{"docker-machine ls"}, linuxOnes},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			fs := model.ExplainOn(corpusPaste(t, c.id), cat, sysv)
			for _, f := range fs {
				if f.Kind == c.kind {
					commandsHoldAndLack(t, commands(f), c.want, c.not)
					return
				}
			}
			t.Errorf("no %s finding: %v", c.kind, fs)
		})
	}
}

// A distribution named in advice, in a URL or beside another one does not
// tell the paste's init: this machine's commands stay.
func TestDistroNamedElsewhereKeepsInit(t *testing.T) {
	cat := catalog(t)
	sysv := model.Platform{Attempted: true, OS: "linux", DistroID: "debian", ServiceManager: model.ServiceSysV, Install: model.InstallSystem}
	err := "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
	for _, text := range []string{
		err + "Try the steps at https://wiki.archlinux.org/title/Docker for Arch Linux\n",
		err + "I use Arch Linux on my laptop and Ubuntu on this server\n",
	} {
		f := findingOfKind(t, model.ExplainOn(text, cat, sysv), model.KindDaemonUnreachable)
		commandsHoldAndLack(t, commands(f), []string{"sudo service docker start"}, []string{"systemctl"})
	}
}
