package model_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// osRelease reads a fixture's os-release (testdata/platform/<name>), as the
// distribution ships it.
func osRelease(t *testing.T, name string) (id string, like []string, pretty string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "platform", name, "etc", "os-release"))
	if err != nil {
		t.Fatal(err)
	}
	return model.ParseOSRelease(string(data))
}

func linuxPlatform(t *testing.T, fixture string, sm model.ServiceManager) model.Platform {
	p := model.Platform{Attempted: true, OS: "linux", ServiceManager: sm, Install: model.InstallSystem,
		Home: "/home/ada", UserRunDir: "/run/user/1000"}
	p.DistroID, p.DistroLike, p.DistroName = osRelease(t, fixture)
	return p
}

func TestOSReleaseFamilies(t *testing.T) {
	for fixture, want := range map[string]model.Family{
		"debian": model.FamilyDebian, "ubuntu": model.FamilyDebian, "neon": model.FamilyDebian,
		"fedora": model.FamilyFedora, "arch": model.FamilyArch, "opensuse": model.FamilySUSE,
		"alpine": model.FamilyAlpine,
	} {
		p := linuxPlatform(t, fixture, model.ServiceSystemd)
		if got := p.Family(); got != want {
			t.Errorf("%s: family %q (ID %q, ID_LIKE %q), want %q", fixture, got, p.DistroID, p.DistroLike, want)
		}
		if p.DistroName == "" || !strings.Contains(p.Label(), p.DistroName) {
			t.Errorf("%s: label %q lacks PRETTY_NAME %q", fixture, p.Label(), p.DistroName)
		}
	}
	if got := (model.Platform{Attempted: true, OS: "linux", DistroID: "nixos"}).Family(); got != "" {
		t.Errorf("unknown distribution got family %q", got)
	}
}

func TestDetectWSL(t *testing.T) {
	for _, c := range []struct {
		kernel, env string
		wsl         bool
		version     int
	}{
		{"5.15.153.1-microsoft-standard-WSL2", "", true, 2},
		{"6.6.36.3-microsoft-standard-WSL2+", "Ubuntu", true, 2},
		{"4.4.0-19041-Microsoft", "", true, 1},
		{"6.8.0-45-generic", "", false, 0},
		{"6.8.0-45-generic", "Ubuntu-24.04", true, 0},
	} {
		wsl, v := model.DetectWSL(c.kernel, c.env)
		if wsl != c.wsl || v != c.version {
			t.Errorf("DetectWSL(%q, %q) = %v, %d; want %v, %d", c.kernel, c.env, wsl, v, c.wsl, c.version)
		}
	}
	shim := "\nThe command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.\n"
	if !model.IsWSLShimOutput(shim) || model.IsWSLShimOutput("Docker version 27.3.1, build ce12230") {
		t.Error("IsWSLShimOutput does not tell the shim from a CLI")
	}
}

func unixEndpoint(p string) model.Endpoint {
	return model.Endpoint{Host: "unix://" + p, Source: model.SourceDockerHost, Proto: "unix", Address: p}
}

func TestDetectInstall(t *testing.T) {
	mac := model.Platform{Attempted: true, OS: "darwin", Home: "/Users/ada"}
	linux := model.Platform{Attempted: true, OS: "linux", Home: "/home/ada", UserRunDir: "/run/user/1000"}
	withApps := func(p model.Platform, apps ...model.Install) model.Platform { p.MacApps = apps; return p }
	cases := []struct {
		name string
		s    model.Snapshot
		want model.Install
	}{
		{"macOS Docker Desktop socket", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/Users/ada/.docker/run/docker.sock")}, model.InstallDockerDesktop},
		{"macOS Colima socket", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/Users/ada/.colima/default/docker.sock")}, model.InstallColima},
		{"macOS OrbStack socket", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/Users/ada/.orbstack/run/docker.sock")}, model.InstallOrbStack},
		{"macOS Rancher Desktop socket", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/Users/ada/.rd/docker.sock")}, model.InstallRancherDesktop},
		{"macOS Podman machine socket", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/Users/ada/.local/share/containers/podman/machine/podman.sock")}, model.InstallPodmanMachine},
		{"macOS /var/run/docker.sock links to Colima", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/var/run/docker.sock"),
			Socket: model.SocketFacts{Attempted: true, Path: "/var/run/docker.sock", LinkTarget: "/Users/ada/.colima/default/docker.sock"}}, model.InstallColima},
		{"macOS default socket missing, OrbStack installed", model.Snapshot{Platform: withApps(mac, model.InstallOrbStack), Endpoint: unixEndpoint("/var/run/docker.sock")}, model.InstallOrbStack},
		{"macOS nothing installed", model.Snapshot{Platform: mac, Endpoint: unixEndpoint("/var/run/docker.sock")}, ""},
		{"rootless socket", model.Snapshot{Platform: linux, Endpoint: unixEndpoint("/run/user/1000/docker.sock")}, model.InstallRootless},
		{"rootless by the daemon's security options", model.Snapshot{Platform: linux, Endpoint: unixEndpoint("/var/run/docker.sock"), Daemon: model.DaemonFacts{Rootless: true}}, model.InstallRootless},
		{"podman under /run/user is not rootless docker", model.Snapshot{Platform: linux, Endpoint: unixEndpoint("/run/user/1000/podman/podman.sock")}, model.InstallSystem},
		{"Desktop for Linux context", model.Snapshot{Platform: linux, Endpoint: model.Endpoint{Host: "unix:///home/ada/.docker/desktop/docker.sock", Context: "desktop-linux", Proto: "unix", Address: "/home/ada/.docker/desktop/docker.sock"}}, model.InstallDesktopLinux},
		{"snap CLI", model.Snapshot{Platform: linux, Endpoint: unixEndpoint("/var/run/docker.sock"), CLI: model.CLIFacts{Path: "/snap/bin/docker"}}, model.InstallSnap},
		{"snap installed, CLI elsewhere on PATH", model.Snapshot{Platform: func() model.Platform { p := linux; p.SnapDocker = true; return p }(), Endpoint: unixEndpoint("/var/run/docker.sock")}, model.InstallSnap},
		{"system daemon", model.Snapshot{Platform: linux, Endpoint: unixEndpoint("/var/run/docker.sock"), CLI: model.CLIFacts{Path: "/usr/bin/docker"}}, model.InstallSystem},
	}
	for _, c := range cases {
		if got := model.DetectInstall(c.s); got != c.want {
			t.Errorf("%s: DetectInstall = %q, want %q", c.name, got, c.want)
		}
	}
}

// platformFixture is one machine a docker-git user has.
type platformFixture struct {
	name     string
	platform model.Platform
	socket   string // the endpoint's socket
	// forbidden matches commands that do not exist or are wrong there.
	forbidden []string
	// want are commands some kind's checklist must show there (kind: command).
	want map[model.Kind]string
}

// Programs a checklist command runs; a fixture forbids those that do not
// exist on it or are the wrong tool there.
const (
	notApt    = "apt-get"
	notDnf    = "dnf"
	notPacman = "pacman"
	notZypper = "zypper"
	notApk    = "apk"
	notSystem = "systemctl journalctl"
	notGroup  = "usermod newgrp sg getent addgroup adduser chmod"
	notLinux  = "ss service rc-service snap loginctl"
	notOpenRC = "rc-service rc-update"
	notSnap   = "snap"
	// notSudoSC forbids the system instance of systemd (a rootless or
	// Desktop daemon is a user unit).
	notSudoSC = "sudo-systemctl sudo-journalctl"
)

// programs are the programs a command line runs, split at && || ; and |,
// with a leading sudo folded in as "sudo-<program>" as well.
func programs(cmd string) []string {
	var out []string
	for _, seg := range regexp.MustCompile(`&&|\|\||;|\|`).Split(cmd, -1) {
		f := strings.Fields(seg)
		if len(f) == 0 {
			continue
		}
		if f[0] == "sudo" && len(f) > 1 {
			out = append(out, "sudo", "sudo-"+f[1], f[1])
			continue
		}
		out = append(out, f[0])
	}
	return out
}

// others lists every package manager but the family's own.
func others(own string) []string {
	var out []string
	for _, re := range []string{notApt, notDnf, notPacman, notZypper, notApk} {
		if re != own {
			out = append(out, re)
		}
	}
	return out
}

func platformFixtures(t *testing.T) []platformFixture {
	sys := func(fixture string, sm model.ServiceManager) model.Platform { return linuxPlatform(t, fixture, sm) }
	with := func(p model.Platform, f func(*model.Platform)) model.Platform { f(&p); return p }
	mac := func(app model.Install) model.Platform {
		return model.Platform{Attempted: true, OS: "darwin", Home: "/Users/ada", MacApps: []model.Install{app}}
	}
	macForbidden := append(others(""), notSystem, notGroup, notLinux, notOpenRC)
	var fx []platformFixture
	for fixture, pm := range map[string]string{"debian": notApt, "ubuntu": notApt, "fedora": notDnf, "arch": notPacman, "opensuse": notZypper} {
		want := map[model.Kind]string{model.KindDaemonUnreachable: "sudo systemctl start docker",
			model.KindSocketPermissionDenied: "sudo usermod -aG docker ada"}
		switch fixture {
		case "fedora":
			want[model.KindDockerCLIMissing] = "sudo dnf install -y docker-cli"
			want[model.KindComposePluginMissing] = "sudo dnf install -y docker-compose"
		case "arch":
			want[model.KindDockerCLIMissing] = "sudo pacman -S --needed docker"
		case "opensuse":
			want[model.KindDockerCLIMissing] = "sudo zypper install -y docker"
		default:
			want[model.KindDockerCLIMissing] = "sudo apt-get install -y docker.io"
		}
		fx = append(fx, platformFixture{name: fixture, platform: sys(fixture, model.ServiceSystemd), socket: "/var/run/docker.sock",
			forbidden: append(others(pm), notOpenRC, notSnap), want: want})
	}
	fx = append(fx,
		platformFixture{name: "alpine (OpenRC)", platform: sys("alpine", model.ServiceOpenRC), socket: "/var/run/docker.sock",
			forbidden: append(others(notApk), notSystem, notSnap, "usermod newgrp sg"),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "sudo rc-service docker start",
				model.KindSocketPermissionDenied: "sudo addgroup ada docker", model.KindGroupMembershipPending: "su - ada",
				model.KindDockerCLIMissing: "sudo apk add docker-cli", model.KindComposePluginMissing: "sudo apk add docker-cli-compose"}},
		platformFixture{name: "WSL2 Ubuntu without systemd", platform: with(sys("wsl", model.ServiceSysV), func(p *model.Platform) { p.WSL, p.WSLVersion = true, 2 }),
			socket: "/var/run/docker.sock", forbidden: append(others(notApt), notSystem, notOpenRC, notSnap),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "sudo service docker start"}},
		platformFixture{name: "container without a service manager", platform: sys("debian", model.ServiceNone), socket: "/var/run/docker.sock",
			forbidden: append(others(notApt), notSystem, notOpenRC, "service"),
			want:      map[model.Kind]string{model.KindDaemonUnreachable: "dockerd"}},
		platformFixture{name: "snap", platform: with(sys("ubuntu", model.ServiceSystemd), func(p *model.Platform) { p.SnapDocker, p.Install = true, model.InstallSnap }),
			socket: "/var/run/docker.sock", forbidden: append(others(notApt), notSystem, "usermod chmod"),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "sudo snap start docker",
				model.KindSocketPermissionDenied: "sudo snap disable docker && sudo snap enable docker"}},
		platformFixture{name: "rootless, set up", platform: with(sys("debian", model.ServiceSystemd), func(p *model.Platform) { p.Install, p.RootlessUnit = model.InstallRootless, true }),
			socket: "/run/user/1000/docker.sock", forbidden: append(others(notApt), notSudoSC, notGroup),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "systemctl --user start docker"}},
		platformFixture{name: "rootless, never set up", platform: with(sys("fedora", model.ServiceSystemd), func(p *model.Platform) { p.Install = model.InstallRootless }),
			socket: "/run/user/1000/docker.sock", forbidden: append(others(notDnf), notSudoSC, notGroup),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "dockerd-rootless-setuptool.sh install"}},
		platformFixture{name: "Docker Desktop for Linux", platform: with(sys("ubuntu", model.ServiceSystemd), func(p *model.Platform) { p.Install = model.InstallDesktopLinux }),
			socket: "/home/ada/.docker/desktop/docker.sock", forbidden: append(others(notApt), notSudoSC, notGroup),
			want: map[model.Kind]string{model.KindDaemonUnreachable: "systemctl --user start docker-desktop"}},
	)
	fx = append(fx, platformFixture{name: "Windows", platform: model.Platform{Attempted: true, OS: "windows", Arch: "amd64"},
		socket: "", // the engine's named pipe forbidden: append(others(""), notSystem, notGroup, notLinux, notOpenRC, "sudo lsof"),
		want:   map[model.Kind]string{model.KindDaemonUnreachable: "docker desktop start", model.KindDockerCLIMissing: "winget install"}})
	for app, start := range map[model.Install]string{model.InstallDockerDesktop: "open -a Docker", model.InstallColima: "colima start",
		model.InstallOrbStack: "orb start", model.InstallRancherDesktop: "rdctl start", model.InstallPodmanMachine: "podman machine start"} {
		p := mac(app)
		p.Install = app
		want := map[model.Kind]string{model.KindDaemonUnreachable: start, model.KindDockerCLIMissing: "brew install docker"}
		if app == model.InstallColima {
			want[model.KindSocketPermissionDenied] = "export DOCKER_HOST=unix:///Users/ada/.colima/default/docker.sock"
		}
		fx = append(fx, platformFixture{name: "macOS " + app.Name(), platform: p, socket: "/var/run/docker.sock",
			forbidden: macForbidden, want: want})
	}
	return fx
}

// TestCommandTable renders every kind's checklist on every platform fixture
// and fails when a command does not exist there or is the wrong one.
func TestCommandTable(t *testing.T) {
	cat := catalog(t)
	for _, fx := range platformFixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			s := healthy()
			s.Platform = fx.platform
			s.Endpoint = unixEndpoint(fx.socket)
			s.Socket.Path = fx.socket
			if fx.socket == "" {
				s.Endpoint = model.Endpoint{Host: model.DefaultWindowsHost, Source: model.SourceDefault, Proto: "npipe", Address: "//./pipe/docker_engine"}
				s.Socket = model.SocketFacts{}
			}
			if fx.platform.MacOS() {
				s.CLI.Path = "/usr/local/bin/docker"
			}
			v := model.VarsFrom(s)
			facts := model.FactsFrom(s)
			forbidden := map[string]bool{}
			for _, list := range fx.forbidden {
				for _, prog := range strings.Fields(list) {
					forbidden[prog] = true
				}
			}
			seen := map[model.Kind][]string{}
			for _, k := range model.AllKinds() {
				for _, st := range cat.Remedy(k).Render(v, facts) {
					if st.Command == "" {
						continue
					}
					seen[k] = append(seen[k], st.Command)
					if strings.HasPrefix(st.Command, "ssh ") {
						// Runs on the remote host, whose platform is not probed.
						continue
					}
					if k == model.KindTLSKeyReadable {
						// chmod of the user's own key file fits every platform.
						continue
					}
					for _, prog := range programs(st.Command) {
						if forbidden[prog] {
							t.Errorf("%s: %q does not fit %s (runs %s)", k, st.Command, fx.name, prog)
						}
					}
				}
			}
			for k, want := range fx.want {
				if !containsSub(seen[k], want) {
					t.Errorf("%s: checklist %q lacks %q", k, seen[k], want)
				}
			}
		})
	}
}

func containsSub(cmds []string, want string) bool {
	for _, c := range cmds {
		if strings.Contains(c, want) {
			return true
		}
	}
	return false
}

// The platform reaches the checklist through Classify: a Fedora machine
// missing the CLI is told dnf, a rootless daemon that is down is told
// systemctl --user, macOS gets no group steps.
func TestClassifyUsesPlatformCommands(t *testing.T) {
	cat := catalog(t)
	fedora := linuxPlatform(t, "fedora", model.ServiceSystemd)
	s := healthy()
	s.Platform = fedora
	s.CLI = model.CLIFacts{Attempted: true, Fault: model.FaultOf(model.ErrNotExist, `"docker": executable file not found in $PATH`)}
	r := model.Classify(s, cat)
	if f, ok := r.FirstError(); !ok || f.Kind != model.KindDockerCLIMissing || !containsSub(commands(f), "sudo dnf install -y docker-cli") {
		t.Errorf("Fedora without CLI: %+v", r.Findings)
	}
	if r.Platform == nil || r.Platform.Family != model.FamilyFedora {
		t.Errorf("report platform = %+v", r.Platform)
	}

	s = healthy()
	s.Platform = linuxPlatform(t, "debian", model.ServiceSystemd)
	s.Platform.RootlessUnit = true
	s.Endpoint = unixEndpoint("/run/user/1000/docker.sock")
	s.Socket = model.SocketFacts{Attempted: true, Path: "/run/user/1000/docker.sock", Fault: model.FaultOf(model.ErrNotExist, "no such file")}
	daemonFails(&s, model.FaultOf(model.ErrNotExist, "dial unix /run/user/1000/docker.sock: connect: no such file or directory"), false)
	s.Platform.Install = model.DetectInstall(s)
	r = model.Classify(s, cat)
	f, ok := r.FirstError()
	if !ok || f.Kind != model.KindDaemonUnreachable || !containsSub(commands(f), "systemctl --user start docker") || containsSub(commands(f), "sudo systemctl") {
		t.Errorf("rootless daemon down: %+v", r.Findings)
	}

	s = healthy()
	s.Platform = model.Platform{Attempted: true, OS: "darwin", Home: "/Users/ada", Install: model.InstallDockerDesktop}
	s.Identity.Groups = []model.Group{{ID: 20, Name: "staff"}}
	s.Identity.DBGroups = s.Identity.Groups
	s.Socket.GID, s.Socket.Group = 1, "daemon"
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
	r = model.Classify(s, cat)
	f, ok = r.FirstError()
	if !ok || f.Kind != model.KindSocketPermissionDenied {
		t.Fatalf("macOS permission denied: %+v", r.Findings)
	}
	for _, st := range f.Checklist {
		if strings.Contains(st.Command, "usermod") || strings.Contains(st.Command, "newgrp") || strings.Contains(st.Command, "chmod") {
			t.Errorf("macOS checklist has %q", st.Command)
		}
	}
	if !containsSub(commands(f), "export DOCKER_HOST=unix:///Users/ada/.docker/run/docker.sock") {
		t.Errorf("macOS checklist lacks the user socket: %q", commands(f))
	}
}

// SELinux enforcing is evidence when the group and mode allow access and
// the kernel still denies it, and the checklist shows the denials.
func TestSELinuxDenialEvidence(t *testing.T) {
	cat := catalog(t)
	s := healthy()
	s.Platform = linuxPlatform(t, "fedora", model.ServiceSystemd)
	s.Platform.SELinuxEnforcing = true
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
	r := model.Classify(s, cat)
	f, ok := r.FirstError()
	if !ok || f.Kind != model.KindSocketPermissionDenied {
		t.Fatalf("findings %+v", r.Findings)
	}
	if !containsSub(f.Evidence, "SELinux is enforcing") || !containsSub(commands(f), "ausearch -m avc") {
		t.Fatalf("evidence %q, commands %q", f.Evidence, commands(f))
	}
	s.Platform.SELinuxEnforcing = false
	f, _ = model.Classify(s, cat).FirstError()
	if containsSub(f.Evidence, "SELinux is enforcing") || containsSub(commands(f), "ausearch") {
		t.Fatalf("SELinux named without being enforcing: %q %q", f.Evidence, commands(f))
	}
}

func commands(f model.Finding) []string {
	var out []string
	for _, s := range f.Checklist {
		out = append(out, s.Command)
	}
	return out
}

// A `when:` naming no condition is a parse error, so a typo cannot drop a
// step everywhere.
func TestWhenConditionsParse(t *testing.T) {
	good := "# T\nWhy.\n## Steps\n- Start\n  run: x\n  when: !macos\n"
	r, err := model.ParseRemedy(model.KindUnknown, []byte(good))
	if err != nil || r.Steps[0].When != "!macos" {
		t.Fatalf("ParseRemedy: %+v, %v", r, err)
	}
	v := model.VarsFrom(model.Snapshot{Platform: model.Platform{Attempted: true, OS: "darwin"}})
	if len(r.Render(v, nil)) != 0 {
		t.Error("a !macos step rendered on macOS")
	}
	v = model.VarsFrom(model.Snapshot{Platform: model.Platform{Attempted: true, OS: "linux"}})
	if len(r.Render(v, nil)) != 1 {
		t.Error("a !macos step dropped on Linux")
	}
	if _, err := model.ParseRemedy(model.KindUnknown, []byte(strings.Replace(good, "!macos", "mac-os", 1))); err == nil {
		t.Error("unknown condition accepted")
	}
}

// TestAppsTellWhyTheirVMFails: an app whose VM serves Docker gets its own
// way to read why the VM does not start, on macOS and on Linux alike.
func TestAppsTellWhyTheirVMFails(t *testing.T) {
	for app, logs := range map[model.Install]string{model.InstallColima: "tail -n 50 ~/.colima/_lima/colima/ha.stderr.log",
		model.InstallPodmanMachine: "podman machine start --log-level=debug"} {
		for _, p := range []model.Platform{{Attempted: true, OS: "darwin", Install: app},
			{Attempted: true, OS: "linux", DistroID: "debian", ServiceManager: model.ServiceSystemd, Install: app}} {
			if got := model.CommandsFor(p).DaemonLogs; got != logs {
				t.Errorf("%s on %s: DaemonLogs = %q, want %q", app, p.OS, got, logs)
			}
		}
	}
}
