package model

import (
	"path"
	"strings"
)

// Platform is what the probe found out about the machine it runs on: the
// operating system, the Linux distribution, WSL, the service manager, SELinux
// and how Docker is installed. The classifier reads it as facts; it never
// looks at the machine itself.
type Platform struct {
	Attempted bool
	// OS and Arch are runtime.GOOS and runtime.GOARCH.
	OS   string
	Arch string
	// DistroID, DistroLike and DistroName are ID, ID_LIKE and PRETTY_NAME
	// from /etc/os-release ("" and nil when unread).
	DistroID   string
	DistroLike []string
	DistroName string
	// KernelRelease is uname -r (/proc/sys/kernel/osrelease on Linux).
	KernelRelease string
	// WSL is set inside Windows Subsystem for Linux; WSLVersion is 1 or 2
	// (0 when not WSL).
	WSL        bool
	WSLVersion int
	// ServiceManager is the init system actually running: systemd, openrc,
	// sysv (only the `service` command) or none; "" off Linux.
	ServiceManager ServiceManager
	// SELinuxEnforcing: /sys/fs/selinux/enforce reads 1.
	SELinuxEnforcing bool
	// SnapDocker: /snap/bin/docker exists.
	SnapDocker bool
	// Home is the user's home directory (macOS app sockets live there).
	Home string
	// UserRunDir is this user's runtime directory (/run/user/UID), where a
	// rootless daemon puts its socket.
	UserRunDir string
	// RootlessUnit: the rootless daemon's user unit
	// (~/.config/systemd/user/docker.service) exists, so it was set up.
	RootlessUnit bool
	// MacApps are the Docker apps installed on macOS, in the order the
	// probe looks for them.
	MacApps []Install
	// Install is how the daemon in use is installed, decided by
	// DetectInstall from the other facts of the cycle.
	Install Install
	// DaemonLogMissing: stat found no DaemonLogFile (where the sysv and
	// OpenRC services log), so there is no log to read yet.
	DaemonLogMissing bool
	// Machine is the VM tool's machine a paste names ("default" in
	// "Setting environment variables for machine default..."), "" when it
	// names none: the probe never sets it.
	Machine string
	// VMDriver is the hypervisor driver a paste's VM tool start command
	// names (minishift start --vm-driver virtualbox), "" when none.
	VMDriver string
	// MachineMissing: the paste's docker-machine said Machine does not
	// exist, so it is created, not started.
	MachineMissing bool
	// VirtualizationOff: a paste's statement says the CPU's virtualization
	// extension (VT-x, AMD-V) is not enabled in the firmware, so no virtual
	// machine can start: the probe never sets it.
	VirtualizationOff bool
	// DesktopExe is, on Windows, the program of a Docker Desktop a paste
	// shows older than 4.37, whose CLI has no `docker desktop start`:
	// "Docker Desktop.exe" (2.0 to 4.36) or "Docker for Windows.exe" (its
	// 17.x and 18.x releases); "" when no such version shows. The probe
	// never sets it.
	DesktopExe string
	// Self is how this tool can be run from a shell here: its name when
	// that is on PATH, else the path of the running executable ("" when
	// neither was found).
	Self string
}

// ServiceManager is the running init system.
type ServiceManager string

const (
	ServiceSystemd ServiceManager = "systemd"
	ServiceOpenRC  ServiceManager = "openrc"
	ServiceSysV    ServiceManager = "sysv"
	ServiceNone    ServiceManager = "none"
	// ServiceProcd is OpenWrt's init (procd): Docker's service is its
	// /etc/init.d/dockerd script, run as root (no sudo).
	ServiceProcd ServiceManager = "procd"
)

// Install is how Docker is installed.
type Install string

const (
	// InstallSystem is a system dockerd from the distribution or docker.com
	// packages: the default.
	InstallSystem         Install = "system"
	InstallSnap           Install = "snap"
	InstallRootless       Install = "rootless"
	InstallDesktopLinux   Install = "docker-desktop-linux"
	InstallDockerDesktop  Install = "docker-desktop"
	InstallColima         Install = "colima"
	InstallOrbStack       Install = "orbstack"
	InstallRancherDesktop Install = "rancher-desktop"
	InstallPodmanMachine  Install = "podman-machine"
	// The VM tools that run the daemon in a VirtualBox (or other
	// hypervisor's) machine and point the client at it over TCP: Docker
	// Machine (Docker Toolbox's), the boot2docker CLI before it, and
	// Minishift (OpenShift 3's). Only a paste shows them; the probe
	// detects none.
	InstallDockerMachine Install = "docker-machine"
	InstallBoot2Docker   Install = "boot2docker"
	InstallMinishift     Install = "minishift"
	// InstallWindowsService is Docker Engine as a Windows service
	// (dockerd.exe, Docker EE, Mirantis Container Runtime on Windows
	// Server), without Docker Desktop.
	InstallWindowsService Install = "windows-service"
)

// VMTool reports a VM tool that serves Docker from a machine of its own
// (docker-machine, boot2docker, minishift), reached over TCP.
func (i Install) VMTool() bool {
	return i == InstallDockerMachine || i == InstallBoot2Docker || i == InstallMinishift
}

// Name is the product's name as users know it.
func (i Install) Name() string {
	switch i {
	case InstallSnap:
		return "the docker snap"
	case InstallRootless:
		return "rootless Docker"
	case InstallDesktopLinux:
		return "Docker Desktop for Linux"
	case InstallDockerDesktop:
		return "Docker Desktop"
	case InstallColima:
		return "Colima"
	case InstallOrbStack:
		return "OrbStack"
	case InstallRancherDesktop:
		return "Rancher Desktop"
	case InstallPodmanMachine:
		return "Podman machine"
	case InstallSystem:
		return "the system Docker daemon"
	case InstallDockerMachine:
		return "the docker-machine VM"
	case InstallBoot2Docker:
		return "the boot2docker VM"
	case InstallMinishift:
		return "the Minishift VM"
	case InstallWindowsService:
		return "the Docker service"
	}
	return "Docker"
}

// Family is a Linux distribution family: the one whose package manager the
// distribution uses.
type Family string

const (
	FamilyDebian Family = "debian"
	FamilyFedora Family = "fedora"
	FamilyArch   Family = "arch"
	FamilySUSE   Family = "suse"
	FamilyAlpine Family = "alpine"
)

// familyOf maps os-release IDs to their family.
var familyOf = map[string]Family{
	"debian": FamilyDebian, "ubuntu": FamilyDebian, "linuxmint": FamilyDebian, "pop": FamilyDebian,
	"raspbian": FamilyDebian, "elementary": FamilyDebian, "kali": FamilyDebian, "zorin": FamilyDebian,
	"fedora": FamilyFedora, "rhel": FamilyFedora, "centos": FamilyFedora, "rocky": FamilyFedora,
	"almalinux": FamilyFedora, "ol": FamilyFedora, "amzn": FamilyFedora,
	"arch": FamilyArch, "manjaro": FamilyArch, "endeavouros": FamilyArch, "garuda": FamilyArch,
	"opensuse": FamilySUSE, "opensuse-leap": FamilySUSE, "opensuse-tumbleweed": FamilySUSE,
	"suse": FamilySUSE, "sles": FamilySUSE, "sled": FamilySUSE,
	"alpine": FamilyAlpine,
}

// Family is the distribution family from ID, then ID_LIKE; "" when none is
// known (or off Linux).
func (p Platform) Family() Family {
	if f, ok := familyOf[p.DistroID]; ok {
		return f
	}
	for _, like := range p.DistroLike {
		if f, ok := familyOf[like]; ok {
			return f
		}
	}
	return ""
}

// MacOS reports whether the probe ran on macOS.
func (p Platform) MacOS() bool { return p.OS == "darwin" }

// Label is the platform in a few words, for the header: "Fedora Linux 40
// (systemd)", "Ubuntu 24.04 on WSL2 (no service manager)", "macOS".
func (p Platform) Label() string {
	if !p.Attempted {
		return ""
	}
	var b strings.Builder
	switch {
	case p.MacOS():
		b.WriteString("macOS")
	case p.OS == "windows":
		b.WriteString("Windows")
	case p.OS != "linux":
		b.WriteString(p.OS)
	case p.DistroName != "":
		b.WriteString(p.DistroName)
	case p.DistroID != "":
		b.WriteString(p.DistroID)
	default:
		b.WriteString("Linux")
	}
	if p.WSL {
		b.WriteString(" on WSL")
		if p.WSLVersion > 0 {
			b.WriteString(string(rune('0' + p.WSLVersion)))
		}
	}
	var extra []string
	if p.ServiceManager != "" {
		if p.ServiceManager == ServiceNone {
			extra = append(extra, "no service manager")
		} else {
			extra = append(extra, string(p.ServiceManager))
		}
	}
	if p.SELinuxEnforcing {
		extra = append(extra, "SELinux enforcing")
	}
	if p.Install != "" && p.Install != InstallSystem {
		extra = append(extra, p.Install.Name())
	}
	if len(extra) > 0 {
		b.WriteString(" (" + strings.Join(extra, ", ") + ")")
	}
	return b.String()
}

// ParseOSRelease reads ID, ID_LIKE and PRETTY_NAME from the text of an
// os-release file (shell-style KEY=value lines, values optionally quoted).
func ParseOSRelease(text string) (id string, like []string, name string) {
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		switch k {
		case "ID":
			id = strings.ToLower(v)
		case "ID_LIKE":
			like = strings.Fields(strings.ToLower(v))
		case "PRETTY_NAME":
			name = v
		}
	}
	return id, like, name
}

// DetectWSL decides WSL from the kernel release and WSL_DISTRO_NAME. WSL2
// kernels are "…-microsoft-standard-WSL2"; WSL1 reports "…-Microsoft".
func DetectWSL(kernelRelease, distroEnv string) (wsl bool, version int) {
	k := strings.ToLower(kernelRelease)
	switch {
	case strings.Contains(k, "wsl2"), strings.Contains(k, "microsoft-standard"):
		return true, 2
	case strings.Contains(k, "microsoft"):
		return true, 1
	case distroEnv != "":
		// The variable without a Microsoft kernel: WSL, version unknown.
		return true, 0
	}
	return false, 0
}

// wslShimText is what Docker Desktop's `docker` shim prints inside a WSL 2
// distro whose integration is off.
const wslShimText = "could not be found in this WSL 2 distro"

// IsWSLShimOutput reports whether the output of `docker --version` is
// Docker Desktop's WSL shim rather than a Docker CLI.
func IsWSLShimOutput(out string) bool { return strings.Contains(out, wslShimText) }

// DetectInstall decides how the daemon in use is installed, from the
// platform facts, the endpoint and its socket, the CLI's path and the
// daemon's answer.
func DetectInstall(s Snapshot) Install {
	p := s.Platform
	sock := s.Endpoint.SocketPath()
	target := s.Socket.LinkTarget
	if target != "" && !path.IsAbs(target) {
		target = path.Join(path.Dir(sock), target)
	}
	if p.MacOS() {
		for _, cand := range []string{target, sock} {
			if i := macInstallOf(cand); i != "" {
				return i
			}
		}
		if s.Endpoint.Context == "desktop-linux" {
			return InstallDockerDesktop
		}
		if len(p.MacApps) > 0 {
			return p.MacApps[0]
		}
		return ""
	}
	if p.OS != "linux" {
		return ""
	}
	switch {
	case s.Daemon.Rootless, p.UserRunDir != "" && strings.HasPrefix(sock, p.UserRunDir+"/") && !strings.Contains(sock, "/podman/"):
		return InstallRootless
	case s.Endpoint.Context == "desktop-linux", strings.HasSuffix(sock, "/.docker/desktop/docker.sock"):
		return InstallDesktopLinux
	case p.SnapDocker, strings.HasPrefix(s.CLI.Path, "/snap/"):
		return InstallSnap
	}
	return InstallSystem
}

// macInstallOf names the macOS app whose socket p is.
func macInstallOf(p string) Install {
	switch {
	case p == "":
		return ""
	case strings.Contains(p, "/.colima/"):
		return InstallColima
	case strings.Contains(p, "/.orbstack/") || strings.Contains(p, "/OrbStack/"):
		return InstallOrbStack
	case strings.Contains(p, "/.rd/"):
		return InstallRancherDesktop
	case strings.Contains(p, "podman"):
		return InstallPodmanMachine
	case strings.Contains(p, "/.docker/run/") || strings.Contains(p, "/.docker/desktop/") || strings.Contains(p, "/Docker.app/"):
		return InstallDockerDesktop
	}
	return ""
}
