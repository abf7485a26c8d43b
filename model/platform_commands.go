package model

import (
	"path"
	"strings"
)

// PlatformCommands are the checklist commands that differ by platform: how
// to install the Docker CLI and Compose, start, enable, restart and read the
// logs of the daemon. Empty means the step does not exist there (no boot
// setting for a macOS app, no journal without systemd).
type PlatformCommands struct {
	InstallCLI     string
	InstallCompose string
	UpgradeDocker  string
	StartDaemon    string
	EnableDaemon   string
	RestartDaemon  string
	DaemonLogs     string
	// UserSocketHost is, on macOS, the DOCKER_HOST of the app's own socket.
	UserSocketHost string
	// For a VM tool (Install.VMTool): ListVMs shows its machine and state,
	// StartVMDebug starts it telling each step (why it fails to), VMEnv
	// points this shell's docker client at the machine (its address can
	// change when it starts), RegenerateCerts makes docker-machine's
	// certificates for the machine's address again.
	ListVMs         string
	StartVMDebug    string
	VMEnv           string
	RegenerateCerts string
}

// DaemonLogFile is where the sysv and OpenRC services of Docker write the
// daemon's log.
const DaemonLogFile = "/var/log/docker.log"

// unprobedPlatform is the platform assumed when none was probed: Debian
// with systemd.
func unprobedPlatform() Platform {
	return Platform{Attempted: true, OS: "linux", DistroID: "debian", ServiceManager: ServiceSystemd, Install: InstallSystem}
}

// Placeholders for commands no fact decides.
const (
	PlaceholderInstallCLI     = "<install the Docker CLI with your package manager>"
	PlaceholderInstallCompose = "<install the docker compose plugin with your package manager>"
	PlaceholderUpgradeDocker  = "<upgrade Docker with your package manager>"
	PlaceholderStartMac       = "<start Docker Desktop, Colima, OrbStack, Rancher Desktop or Podman>"
	PlaceholderMacSocket      = "<your Docker app's socket>"
	PlaceholderMachine        = "<machine name>"
	PlaceholderDriver         = "<driver, such as virtualbox>"
)

// CommandsFor computes the platform's commands. A platform that was not
// probed (a pasted message) gets the Debian and systemd commands, the most
// common docker-git host, as before platforms were told apart.
func CommandsFor(p Platform) PlatformCommands {
	if !p.Attempted {
		p = unprobedPlatform()
	}
	if p.Install.VMTool() || p.VirtualizationOff {
		return vmCommands(p)
	}
	if p.MacOS() {
		return macCommands(p)
	}
	if p.OS == "windows" {
		// Docker on Windows is Docker Desktop (WSL2 users run the Linux
		// build inside their distro instead), unless another app that
		// runs there serves it.
		c := PlatformCommands{InstallCLI: "winget install -e --id Docker.DockerDesktop",
			InstallCompose: "winget upgrade -e --id Docker.DockerDesktop",
			UpgradeDocker:  "winget upgrade -e --id Docker.DockerDesktop",
			// Docker Desktop's own CLI (4.37 and later) starts it from any
			// shell (cmd's `start` would fail in PowerShell).
			StartDaemon: "docker desktop start", RestartDaemon: "docker desktop restart"}
		if p.Install == InstallWindowsService {
			// Docker Engine as a Windows service (Windows Server, Docker
			// EE, Mirantis): no Docker Desktop; the service's commands in
			// an administrator's PowerShell, its log in the Application
			// event log under the service's name (Get-WinEvent, which
			// PowerShell 7 has too).
			return PlatformCommands{InstallCLI: PlaceholderInstallCLI, InstallCompose: PlaceholderInstallCompose,
				UpgradeDocker: PlaceholderUpgradeDocker,
				StartDaemon:   "Start-Service docker", EnableDaemon: "Set-Service docker -StartupType Automatic",
				RestartDaemon: "Restart-Service docker",
				DaemonLogs:    "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='docker'} -MaxEvents 50 | Format-List TimeCreated, LevelDisplayName, Message"}
		}
		if p.DesktopExe != "" {
			// An older Docker Desktop: its program, where its installer
			// puts it, and its process, named after it.
			exe := `"$env:ProgramFiles\Docker\Docker\` + p.DesktopExe + `"`
			c.StartDaemon = "Start-Process " + exe
			c.RestartDaemon = `Stop-Process -Name "` + strings.TrimSuffix(p.DesktopExe, ".exe") + `"; Start-Process ` + exe
		}
		if p.Install != InstallDockerDesktop {
			c.useApp(p.Install)
		}
		return c
	}
	c := packageCommands(p.Family())
	if c.useApp(p.Install) {
		// An app's VM that serves Docker on Linux too (Colima, Rancher
		// Desktop, Podman's machine): its own command starts it; no
		// service of this system does.
		return c
	}
	switch p.Install {
	case InstallRootless:
		if p.RootlessUnit {
			c.StartDaemon = "systemctl --user start docker"
			c.EnableDaemon = "systemctl --user enable docker && sudo loginctl enable-linger \"$USER\""
			c.RestartDaemon = "systemctl --user restart docker"
			c.DaemonLogs = "journalctl --user -u docker --no-pager -n 50"
		} else {
			c.StartDaemon = "dockerd-rootless-setuptool.sh install"
		}
		return c
	case InstallDesktopLinux:
		c.StartDaemon = "systemctl --user start docker-desktop"
		c.EnableDaemon = "systemctl --user enable docker-desktop"
		c.RestartDaemon = "systemctl --user restart docker-desktop"
		c.DaemonLogs = "journalctl --user -u docker-desktop --no-pager -n 50"
		return c
	case InstallSnap:
		c.InstallCLI = "sudo snap install docker"
		c.InstallCompose = "sudo snap refresh docker"
		c.UpgradeDocker = "sudo snap refresh docker"
		c.StartDaemon = "sudo snap start docker"
		c.EnableDaemon = "sudo snap start --enable docker"
		c.RestartDaemon = "sudo snap restart docker"
		c.DaemonLogs = "sudo snap logs docker -n 50"
		return c
	}
	switch p.ServiceManager {
	case ServiceSystemd:
		c.StartDaemon = "sudo systemctl start docker"
		c.EnableDaemon = "sudo systemctl enable docker"
		c.RestartDaemon = "sudo systemctl restart docker"
		c.DaemonLogs = "sudo journalctl -u docker --no-pager -n 50"
	case ServiceOpenRC:
		c.StartDaemon = "sudo rc-service docker start"
		c.EnableDaemon = "sudo rc-update add docker default"
		c.RestartDaemon = "sudo rc-service docker restart"
		c.DaemonLogs = "sudo tail -n 50 " + DaemonLogFile
	case ServiceProcd:
		// OpenWrt: opkg's packages, dockerd's init script, run as root
		// (OpenWrt has no sudo); procd's log goes to logread.
		c = PlatformCommands{InstallCLI: "opkg update && opkg install docker", InstallCompose: "opkg update && opkg install docker-compose",
			UpgradeDocker: "opkg update && opkg upgrade docker dockerd",
			StartDaemon:   "/etc/init.d/dockerd start", EnableDaemon: "/etc/init.d/dockerd enable",
			RestartDaemon: "/etc/init.d/dockerd restart", DaemonLogs: "logread -e dockerd | tail -n 50"}
	case ServiceSysV:
		c.StartDaemon = "sudo service docker start"
		c.RestartDaemon = "sudo service docker restart"
		c.DaemonLogs = "sudo tail -n 50 " + DaemonLogFile
	default:
		// Nothing supervises services (a container, WSL without systemd):
		// run the daemon in the background and keep its log.
		c.StartDaemon, c.DaemonLogs = unsupervisedCommands()
	}
	return c
}

// unsupervisedCommands start a daemon that nothing supervises (a
// container, WSL without systemd) in the background, and read the log it
// keeps.
func unsupervisedCommands() (start, logs string) {
	return "sudo sh -c 'nohup dockerd >/var/log/dockerd.log 2>&1 &'", "sudo tail -n 50 /var/log/dockerd.log"
}

// packageCommands are the package manager's commands for a family.
func packageCommands(f Family) PlatformCommands {
	switch f {
	case FamilyDebian:
		return PlatformCommands{InstallCLI: "sudo apt-get install -y docker.io",
			InstallCompose: "sudo apt-get install -y docker-compose-plugin || sudo apt-get install -y docker-compose-v2",
			UpgradeDocker:  "sudo apt-get install --only-upgrade -y docker.io"}
	case FamilyFedora:
		return PlatformCommands{InstallCLI: "sudo dnf install -y docker-cli",
			InstallCompose: "sudo dnf install -y docker-compose",
			UpgradeDocker:  "sudo dnf upgrade -y docker-cli moby-engine"}
	case FamilyArch:
		return PlatformCommands{InstallCLI: "sudo pacman -S --needed docker",
			InstallCompose: "sudo pacman -S --needed docker-compose",
			UpgradeDocker:  "sudo pacman -Syu docker"}
	case FamilySUSE:
		return PlatformCommands{InstallCLI: "sudo zypper install -y docker",
			InstallCompose: "sudo zypper install -y docker-compose",
			UpgradeDocker:  "sudo zypper update -y docker"}
	case FamilyAlpine:
		return PlatformCommands{InstallCLI: "sudo apk add docker-cli",
			InstallCompose: "sudo apk add docker-cli-compose",
			UpgradeDocker:  "sudo apk upgrade docker"}
	}
	return PlatformCommands{InstallCLI: PlaceholderInstallCLI, InstallCompose: PlaceholderInstallCompose,
		UpgradeDocker: PlaceholderUpgradeDocker}
}

// macCommands: Homebrew for the CLI, the installed app for the daemon. No
// app starts at boot through a command, so EnableDaemon stays empty.
func macCommands(p Platform) PlatformCommands {
	c := PlatformCommands{InstallCLI: "brew install docker", InstallCompose: "brew install docker-compose",
		UpgradeDocker: PlaceholderUpgradeDocker, StartDaemon: PlaceholderStartMac, UserSocketHost: PlaceholderMacSocket}
	home := p.Home
	sock := func(rel string) string {
		if home == "" {
			return PlaceholderMacSocket
		}
		return "unix://" + path.Join(home, rel)
	}
	c.useApp(p.Install)
	switch p.Install {
	case InstallDockerDesktop:
		c.StartDaemon, c.RestartDaemon = "open -a Docker", "osascript -e 'quit app \"Docker\"' && open -a Docker"
		c.UpgradeDocker = "open -a Docker  # then Docker menu → Check for Updates"
		c.UserSocketHost = sock(".docker/run/docker.sock")
	case InstallColima:
		c.UpgradeDocker = "brew upgrade colima docker"
		c.UserSocketHost = sock(".colima/default/docker.sock")
	case InstallOrbStack:
		c.UpgradeDocker = "orb update"
		c.UserSocketHost = sock(".orbstack/run/docker.sock")
	case InstallRancherDesktop:
		c.UserSocketHost = sock(".rd/docker.sock")
	case InstallPodmanMachine:
		c.UpgradeDocker = "brew upgrade podman"
	}
	return c
}

// useApp takes the start, restart and log commands of the app that serves
// Docker, when i is one (see appCommands); it reports whether it was.
func (c *PlatformCommands) useApp(i Install) bool {
	app, ok := appCommands(i)
	if ok {
		c.StartDaemon, c.RestartDaemon, c.DaemonLogs = app.StartDaemon, app.RestartDaemon, app.DaemonLogs
	}
	return ok
}

// appCommands start, restart and show why the VM of an app that serves
// Docker fails, with the app's own tools, the same wherever the app runs:
// Colima keeps its VM's host agent log, Podman's machine tells why with
// debug logging.
func appCommands(i Install) (PlatformCommands, bool) {
	switch i {
	case InstallColima:
		return PlatformCommands{StartDaemon: "colima start", RestartDaemon: "colima restart",
			DaemonLogs: "tail -n 50 ~/.colima/_lima/colima/ha.stderr.log"}, true
	case InstallOrbStack:
		return PlatformCommands{StartDaemon: "orb start", RestartDaemon: "orb restart"}, true
	case InstallRancherDesktop:
		return PlatformCommands{StartDaemon: "rdctl start", RestartDaemon: "rdctl shutdown && rdctl start"}, true
	case InstallPodmanMachine:
		return PlatformCommands{StartDaemon: "podman machine start", RestartDaemon: "podman machine stop && podman machine start",
			DaemonLogs: "podman machine start --log-level=debug"}, true
	case InstallDockerDesktop:
		// Docker Desktop's own CLI (4.37 and later), the same on macOS,
		// Windows and Linux: where the paste does not tell which.
		return PlatformCommands{StartDaemon: "docker desktop start", RestartDaemon: "docker desktop restart"}, true
	}
	return PlatformCommands{}, false
}

// vmCommands are a VM tool's own commands, in the shell of the platform it
// runs on (PowerShell on Windows), for its machine (a placeholder when the
// paste names none); the package commands stay the platform's. The
// daemon's log is inside the machine: no command of this system reads it,
// the tool's debug output tells why the machine does not start. A CPU
// whose virtualization is off in the firmware starts no machine: nothing
// is started, restarted or read then.
func vmCommands(p Platform) PlatformCommands {
	tool, off := p.Install, p.VirtualizationOff
	p.Install, p.VirtualizationOff = "", false
	c := CommandsFor(p)
	c.StartDaemon, c.EnableDaemon, c.RestartDaemon, c.DaemonLogs = "", "", "", ""
	if tool.VMTool() && !off {
		c.StartDaemon, c.RestartDaemon, c.StartVMDebug, c.ListVMs, c.VMEnv, c.RegenerateCerts = vmToolCommands(tool, p.Machine, p.VMDriver, p.MachineMissing, p.OS == "windows")
	}
	return c
}

// vmToolCommands start, restart and debug a VM tool's machine, list it, and
// point the client at it; minishift starts with the driver the paste's
// start named, and a docker-machine the paste says does not exist is
// created with the driver the paste shows. docker-machine and minishift print the
// variables for the shell named (PowerShell's form on Windows, where their
// detection of it is unreliable); boot2docker's shellinit (1.3 and later)
// detects it.
func vmToolCommands(tool Install, machine, driver string, missing, windows bool) (start, restart, debug, list, env, certs string) {
	then := " && "
	if windows {
		// Windows PowerShell 5 has no &&.
		then = "; "
	}
	switch tool {
	case InstallDockerMachine:
		m := PlaceholderMachine
		if machine != "" {
			m = quoteValue(machine)
		}
		env = `eval "$(docker-machine env ` + m + `)"`
		if windows {
			env = "& docker-machine env --shell powershell " + m + " | Invoke-Expression"
		}
		start = "start " + m
		if missing {
			// No such machine: it is created (and started).
			d := PlaceholderDriver
			if driver != "" {
				d = quoteValue(driver)
			}
			start = "create --driver " + d + " " + m
		}
		return "docker-machine " + start, "docker-machine restart " + m, "docker-machine --debug " + start,
			"docker-machine ls", env, "docker-machine regenerate-certs " + m
	case InstallBoot2Docker:
		env = `eval "$(boot2docker shellinit)"`
		if windows {
			env = "boot2docker shellinit | Invoke-Expression"
		}
		return "boot2docker up", "boot2docker restart", "", "boot2docker status", env, ""
	case InstallMinishift:
		env = `eval "$(minishift docker-env)"`
		if windows {
			env = "& minishift docker-env --shell powershell | Invoke-Expression"
		}
		start = "minishift start"
		if driver != "" {
			// The driver it was started with (its default may differ).
			start += " --vm-driver " + quoteValue(driver)
		}
		return start, "minishift stop" + then + start, start + " --show-libmachine-logs -v 5", "minishift status", env, ""
	}
	return "", "", "", "", "", ""
}

// conditions are the platform conditions a remediation step's `when:` line
// may name (prefixed with ! to negate). A step whose condition is false
// does not exist on this platform and is dropped from the checklist.
var conditions = map[string]func(Vars) bool{
	// linux: not macOS or Windows (a platform not probed counts as Linux).
	"linux": func(v Vars) bool { return v.OS == "" || v.OS == "linux" },
	"macos": func(v Vars) bool { return v.OS == "darwin" },
	"wsl":   func(v Vars) bool { return v.WSL },
	// unix-group: access to the socket goes through its unix group (a
	// system daemon or the snap), not through the user owning it.
	"unix-group": func(v Vars) bool {
		return (v.OS == "" || v.OS == "linux") && (v.Install == "" || v.Install == InstallSystem || v.Install == InstallSnap)
	},
	// docker-group: the group is managed with usermod (not the snap's way).
	"docker-group": func(v Vars) bool {
		return (v.OS == "" || v.OS == "linux") && (v.Install == "" || v.Install == InstallSystem)
	},
	// sg: sg(1) exists (shadow; not on Alpine's busybox).
	"sg": func(v Vars) bool {
		return (v.OS == "" || v.OS == "linux") && v.Family != FamilyAlpine &&
			(v.Install == "" || v.Install == InstallSystem || v.Install == InstallSnap)
	},
	// apt: the package commands are apt-get's (Debian's family, or a
	// platform not probed, which gets them).
	"apt": func(v Vars) bool {
		return (v.OS == "" || v.OS == "linux") && (v.Family == FamilyDebian || v.Family == "") && strings.HasPrefix(v.InstallCompose, "sudo apt-get")
	},
	"snap":          func(v Vars) bool { return v.Install == InstallSnap },
	"rootless":      func(v Vars) bool { return v.Install == InstallRootless },
	"desktop-linux": func(v Vars) bool { return v.Install == InstallDesktopLinux },
	"selinux":       func(v Vars) bool { return v.SELinux },
	"enable":        func(v Vars) bool { return v.EnableDaemon != "" },
	"restart":       func(v Vars) bool { return v.RestartDaemon != "" },
	"logs":          func(v Vars) bool { return v.DaemonLogs != "" },
	// logs-now: the daemon's log can be read now (a service that never
	// ran has written no log file yet).
	"logs-now": func(v Vars) bool { return v.DaemonLogs != "" && !v.DaemonLogMissing },

	// vm-tool: a VM tool (docker-machine, boot2docker, minishift) serves
	// the daemon; virt-off: the CPU's virtualization is off in the
	// firmware, so no VM starts.
	"vm-tool":  func(v Vars) bool { return v.Install.VMTool() },
	"virt-off": func(v Vars) bool { return v.VirtualizationOff },
}

// knownCondition reports whether a `when:` value names a condition.
func knownCondition(when string) bool {
	_, ok := conditions[trimNot(when)]
	return ok
}

func trimNot(when string) string {
	if len(when) > 0 && when[0] == '!' {
		return when[1:]
	}
	return when
}

// Applies reports whether a step with the `when:` value holds under v
// ("" always holds).
func Applies(when string, v Vars) bool {
	if when == "" {
		return true
	}
	if v.OverSSH {
		// The commands run on the remote host, whose platform is not
		// probed: judge them as on an unprobed platform.
		v.PlatformVars = platformPlaceholders()
	}
	f, ok := conditions[trimNot(when)]
	if !ok {
		return false
	}
	return f(v) != (when[0] == '!')
}

// PlatformVars are the template values of the platform: what it is, and
// its commands (CommandsFor), empty where a step does not exist; the steps
// using those carry a `when:` condition.
type PlatformVars struct {
	// OS, Family, WSL and Install are the platform's ("" when not
	// probed). Alpine's busybox has addgroup and su, not usermod, newgrp
	// or sg (shadow): the group steps use those there.
	OS      string
	Family  Family
	WSL     bool
	Install Install
	// SELinux: SELinux is enforcing.
	SELinux bool
	// VirtualizationOff and MachineMissing: see Platform's.
	VirtualizationOff, MachineMissing bool
	// DaemonName is how users know the daemon in use ("Colima", "rootless
	// Docker", "the Docker daemon").
	DaemonName string
	PlatformCommands
}

// platformPlaceholders are the values of a platform not probed: the
// Debian and systemd commands (see CommandsFor).
func platformPlaceholders() PlatformVars {
	return PlatformVars{DaemonName: "the Docker daemon", PlatformCommands: CommandsFor(Platform{})}
}

// setPlatform fills the platform values and commands from probed facts.
func (v *Vars) setPlatform(p Platform) {
	if !p.Attempted {
		return
	}
	v.PlatformVars = PlatformVars{OS: p.OS, Family: p.Family(), WSL: p.WSL, Install: p.Install, SELinux: p.SELinuxEnforcing,
		VirtualizationOff: p.VirtualizationOff, MachineMissing: p.MachineMissing, DaemonName: "the Docker daemon", PlatformCommands: CommandsFor(p)}
	if p.Install != "" && p.Install != InstallSystem {
		v.DaemonName = p.Install.Name()
	}
	if p.Install.VMTool() {
		// The tool's machine serves the endpoint, at an address of its
		// own, and the tool's commands here start it.
		v.ServiceElsewhere = false
	}
}
