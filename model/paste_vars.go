package model

import (
	"net"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// varsFromPaste fills templates for a finding read from a paste: only values
// the paste names are real; everything else is a placeholder the reader
// recognises as one.
func varsFromPaste(p Paste) Vars {
	v := PasteVars()
	v.setHost(p.Host)
	if p.Group != "" {
		v.Group = p.Group
	}
	if p.Container != "" {
		v.Container = p.Container
	}
	// The user the paste's shell shows is this side's: over ssh the
	// remote user is another.
	if p.User != "" && !strings.HasPrefix(p.Host, "ssh://") {
		v.User = p.User
	}
	v.setAPIURL(p.APIURL)
	v.PastedWording = p.PastedWording
	v.Pasted = p.Service
	if p.OtherFromSystemd {
		v.AlternateHost, v.AlternatePath, v.AlternateSystemd = p.OtherHost, DefaultSocketPath, true
	} else if p.OtherHost != "" && socketEndpoint(p.OtherHost) {
		v.AlternateHost, v.AlternateNamed = RedactHost(p.OtherHost), true
		if _, addr, err := ParseHost(p.OtherHost); err == nil && strings.HasPrefix(p.OtherHost, "unix://") {
			v.AlternatePath = addr
		}
	}
	if p.APIPort != "" && p.APIURL == "" {
		v.APIPort = p.APIPort
	}
	if proto, addr, err := ParseHost(p.Host); err == nil && proto == "tcp" {
		v.DaemonAddr = addr
	}
	// A daemon reached over ssh: its commands run there, through ssh.
	if strings.HasPrefix(p.Host, "ssh://") && v.SSHTarget != PlaceholderSSHHost {
		v.OverSSH = true
		if p.RemoteSocket != "" {
			v.SocketPath = p.RemoteSocket
		}
	}
	// A daemon on another host: this machine's service commands do not
	// reach it (over ssh, its own commands run there).
	if hostElsewhere(p.Host) && !strings.HasPrefix(p.Host, "ssh://") {
		v.ServiceElsewhere = true
	}
	if p.CertPath != "" {
		v.CertDir = p.CertPath
	}
	if p.NameTaken != "" {
		v.Wanted = p.NameTaken
	}
	if p.Revision != "" {
		v.Revision = p.Revision
	}
	if p.ExpectedRevision != "" {
		v.ExpectedRevision = p.ExpectedRevision
	}
	if !v.OverSSH {
		v.CIJob, v.ContainerSocketDenied = p.CIJob, p.ContainerSocketDenied
		if p.CIJob == CIJenkins && p.User == "" {
			// A build's commands run as Jenkins' (or its agent's) user,
			// not the reader's.
			v.User = PlaceholderJenkinsUser
		}
	}
	// A client in a container, at a unix socket (or one not named): the
	// host's socket, mounted where it looks.
	if p.ClientInContainer && (p.Host == "" || strings.HasPrefix(p.Host, "unix://")) {
		v.ClientInContainer = true
		inside := DefaultSocketPath
		if v.UnixEndpoint && !maskedHost.MatchString(v.SocketPath) {
			inside = v.SocketPath
		}
		mount := "-v " + DefaultSocketPath + ":" + inside
		v.ContainerRunMounted = "docker run " + mount + " <image> <command>"
		if m := containerRunCmd.FindString(p.ContainerRun); m != "" {
			v.ContainerRunMounted = m + mount + " " + strings.TrimSpace(p.ContainerRun[len(m):])
		}
	}
	return v
}

// pastedTLSFailures are the words by which a TLS failure's statements say
// which side failed, in the order they are read (the peer's alert first:
// "remote error: tls: unknown certificate authority" is the daemon
// refusing the client's certificate, not the client refusing the
// daemon's).
var pastedTLSFailures = []struct {
	failure TLSFailure
	re      *regexp.Regexp
}{
	{TLSClientMissing, regexp.MustCompile(`(?i)remote error: tls: certificate required`)},
	{TLSClientExpired, regexp.MustCompile(`(?i)remote error: tls: expired certificate`)},
	{TLSClientRejected, regexp.MustCompile(`(?i)remote error: (tls: )?(bad certificate|unknown certificate authority)|\b(sslv3|tlsv1) alert (bad certificate|unknown ca)\b`)},
	// Go's words, and OpenSSL's (Node, Python, curl) for a peer that
	// answered a TLS client in plain text.
	{TLSToPlain, regexp.MustCompile(`(?i)server gave HTTP response to HTTPS client|first record does not look like a TLS handshake|\bwrong[ _]version[ _]number\b`)},
	{TLSHTTPToTLS, regexp.MustCompile(`(?i)Client sent an HTTP request to an HTTPS server`)},
	{TLSNameMismatch, regexp.MustCompile(`(?i)certificate is valid for .*, not |doesn't contain any IP SANs|certificate is not valid for any names`)},
	// The daemon's own log: it could not verify the client's certificate.
	{TLSClientExpired, regexp.MustCompile(`(?i)failed to verify client'?s certificate: x509: certificate has expired`)},
	{TLSServerExpired, regexp.MustCompile(`(?i)x509: certificate has expired|certificate verify failed: certificate has expired`)},
	{TLSServerNotYetValid, regexp.MustCompile(`(?i)x509: certificate is not yet valid`)},
	{TLSUnknownAuthority, regexp.MustCompile(`(?i)certificate signed by unknown authority|certificate verify failed: (self[- ]signed certificate|unable to get local issuer certificate)`)},
}

// tlsFailureOfStatements is the one TLS failure the statements say ("" when
// they say none, or several).
func tlsFailureOfStatements(statements []string) TLSFailure {
	var found TLSFailure
	for _, s := range statements {
		for _, t := range pastedTLSFailures {
			if t.re.MatchString(s) {
				if found != "" && found != t.failure {
					return ""
				}
				found = t.failure
				break
			}
		}
	}
	return found
}

// platformOfPaste is the platform whose commands a pasted finding gives:
// the reader's (on), as a paste usually comes from the machine explain runs
// on, unless the paste's endpoint shows another one, a Windows named pipe
// or a macOS app's socket under /Users: then that platform's commands are
// the ones that can run where the error happened.
func platformOfPaste(p Paste, on Platform) Platform {
	if proto, addr, err := ParseHostOn(p.Host, "windows"); err == nil {
		switch {
		case proto == "npipe" && on.OS != "windows":
			if p.Shown.WindowsService && pipeInstallOf(addr) == "" {
				// The engine's pipe, served by Docker Engine as a
				// Windows service the paste shows, not Docker Desktop.
				return Platform{Attempted: true, OS: "windows", Install: InstallWindowsService}
			}
			return Platform{Attempted: true, OS: "windows", Install: pipeInstallOf(addr)}
		case proto == "unix" && strings.HasPrefix(addr, "/Users/") && macInstallOf(addr) != "" && !on.MacOS():
			return Platform{Attempted: true, OS: "darwin", Install: macInstallOf(addr)}
		}
	}
	// The shell or the client the paste shows ran on another system (not
	// Windows when its client dialled a unix socket).
	unixHost := strings.HasPrefix(p.Host, "unix://")
	// Docker Engine as a Windows service (Windows Server, Docker EE): its
	// own service, not Docker Desktop.
	if p.Shown.WindowsService && (p.ClientOS == "" || p.ClientOS == "windows") && !unixHost {
		return Platform{Attempted: true, OS: "windows", Install: InstallWindowsService}
	}
	if p.ClientOS != "" && p.ClientOS != on.OS && !(p.ClientOS == "windows" && unixHost) {
		return Platform{Attempted: true, OS: p.ClientOS}
	}
	if p.ClientOS != "" && p.ClientOS != "linux" {
		return on
	}
	linux := !on.Attempted || on.OS == "linux" && !on.WSL
	switch {
	case !linux:
	case p.Shown.Snap && !p.Shown.OpenWrt && !p.Shown.WindowsService:
		// Docker's snap: its own commands, on this system's distro.
		if !on.Attempted {
			on = unprobedPlatform()
		}
		on.Install = InstallSnap
		return on
	case p.Shown.OpenWrt && !p.Shown.WindowsService && p.Shown.DistroID == "":
		// OpenWrt (Turris): opkg and dockerd's init script, as root.
		return Platform{Attempted: true, OS: "linux", DistroID: "openwrt", ServiceManager: ServiceProcd, Install: InstallSystem}
	case p.Shown.DistroID != "" && on.Attempted &&
		(on.ServiceManager != ServiceSystemd || on.Family() != (Platform{DistroID: p.Shown.DistroID}).Family()) &&
		(p.Service.Init == "" || p.Service.Init == ServiceSystemd):
		// A systemd distribution the paste names as its own, where this
		// machine runs another init or is of another family: systemd's
		// commands, the distro's packages.
		return Platform{Attempted: true, OS: "linux", DistroID: p.Shown.DistroID, ServiceManager: ServiceSystemd, Install: InstallSystem}
	}
	return on
}

// rootlessDaemon is a rootless daemon's own statement (rootlesskit, its
// dockerd-rootless wrapper) or its socket in the user's runtime directory.
// (root's runtime directory, /run/user/0, holds no rootless daemon's.)
var rootlessDaemon = regexp.MustCompile(`\brootlesskit\b|\bdockerd-rootless|\bfailed to setup UID/GID map\b|^unix:///run/user/[1-9]\d*/docker\.sock$`)

// rootlessShown reports a daemon finding whose statements or endpoint show
// a rootless daemon.
func rootlessShown(c PasteCause, p Paste) bool {
	if rootlessDaemon.MatchString(p.Host) {
		return true
	}
	for _, s := range c.Statements {
		if rootlessDaemon.MatchString(s) {
			return true
		}
	}
	return false
}

// pipeInstallOf is the app whose named pipe addr is, by its name ("" when
// the name does not say): Podman's machine names its pipe after itself.
func pipeInstallOf(addr string) Install {
	if strings.HasPrefix(path.Base(strings.ReplaceAll(addr, `\`, "/")), "podman-machine-") {
		return InstallPodmanMachine
	}
	return ""
}

// signScope is what a sign of a system tells: the system the paste's
// commands ran on (its shell, its client's errors), the same unless a WSL
// distro is named (the writer's words for Windows, and its paths: a WSL
// distro runs on Windows too), or only the system Docker Desktop runs on
// (a WSL shell's Docker Desktop runs on Windows).
type signScope int

const (
	signShell signScope = iota
	signWriter
	signDesktop
)

// platformSigns are the signs by which a paste shows a system, read
// wherever they are in its text: clientOS reads those of the shell and the
// writer, osShown all of them.
var platformSigns = []struct {
	os    string
	scope signScope
	re    *regexp.Regexp
}{
	// Windows' shells, their errors and Windows' own error wording (the
	// CLI's hint when its named pipe is missing), the client's OS line,
	// and a path the shell typed with Windows' separators.
	{"windows", signShell, regexp.MustCompile(`(?im)^\s*PS [A-Z]:\\|^\s*[A-Z]:\\[^>\n]*>|is not recognized as an internal or external command|is not recognized as the name of a cmdlet|CommandNotFoundException|executable file not found in %PATH%|\$env:[A-Z_]+|\bWindows named pipe error\b|^\s*OS: win32\b|\bThe system cannot find the (file|path) specified\b|\berror during connect: this error may (also )?indicate\b|\bthis error may (also )?indicate that the docker daemon is not running\b|\\\\\.\\pipe\\|(^|[\s"'(=:\\])\.docker\\`)},
	{"windows", signWriter, regexp.MustCompile(`(^|[\s"'(=])[A-Z]:\\(Users|Program Files( \(x86\))?|ProgramData|Windows)\\|\bWindows PowerShell\b|\b(from|in) (the )?command prompt\b|\b(on|using|running) Windows( (10|11|Server( \d+)?))?\b|\bWindows (10|11) (Pro|Home|Enterprise|Education)\b|(?i:\bwindows[- ]containers?\b)|\bdocker-compose\.windows\.ya?ml\b|\bDocker\.(Backend|Core)\.[A-Z]|(?m:^\W*(Operating System|OS|System info|Host OS|Platform)( version)?( \([^)\n]*\))?\s*:\s*\**Windows\b)`)},
	{"windows", signDesktop, regexp.MustCompile(`(?i)\\pipe\\|//\./pipe/|%2F%2F\.%2Fpipe%2F|(^|[\s"'(=])[A-Z]:\\|\bHyper-V\b|\bwindows/amd64\b|\bWSL 2 based engine\b|\bwsl update failed\b|\bWSL ?2 (installation is incomplete|requires an update)`)},
	// macOS's paths, its kernel, its log (a dynamic library's name) and
	// the client's OS line.
	{"darwin", signShell, regexp.MustCompile(`(?im)^\s*OS: darwin\b|\bDarwin Kernel Version\b|/Applications/Docker\.app\b|/opt/homebrew/|/usr/local/Cellar/|(^|[\s"'(=])/Users/[^/\s]+/|\bDocker (Desktop )?for Mac\b|(~|/Users/[^/\s]+)/Library/(Containers|Group Containers)/|\.dylib\b|^Filtering the log data using\b|^\W*(Operating System|OS)( version)?\s*:\s*(macOS|Mac ?OS ?X|OS X)\b|\[Errno 61\] Connection refused|\bon Darwin \d|\bbrew (install|reinstall|upgrade)\b|\bruns-on:\s*\[?\s*macos\b`)},
	{"darwin", signDesktop, regexp.MustCompile(`(?i)docker\.raw\.sock|(^|[\s"'(=])/Users/|\.app/Contents\b|com\.docker\.(vmnetd|virtualization|hyperkit)\b|\bmacOS\b|\bdarwin/(arm64|amd64)\b`)},
	// Docker Desktop for Linux by name or unit.
	{"linux", signDesktop, regexp.MustCompile(`(?i)\bDocker Desktop for Linux\b|\bsystemctl --user\b[^\n]*docker-desktop`)},
}

// linuxShellShown are the signs of a Linux shell in a paste (a WSL distro
// beside Windows too): with them, the paste's system is not told.
var linuxShellShown = regexp.MustCompile(`(?m)^\S+@[\w.-]+:[~/]\S*[$#] |(^|\s)/home/\w|/mnt/[a-z]/|\bapt(-get)? (install|update)\b|\bsystemctl\b|\bjournalctl\b|\b(Ubuntu|Debian|Fedora|CentOS|Arch Linux|Manjaro|openSUSE|NixOS|Alpine|Raspbian|Linux Mint|Rocky Linux|AlmaLinux)\b`)

// wslNamed is a WSL distro named, whose shell is Linux's.
var wslNamed = regexp.MustCompile(`(?i)\bWSL`)

// clientOSArch is the first OS/Arch line of `docker version`: the client's.
var clientOSArch = regexp.MustCompile(`(?m)^\s*OS/Arch:\s+(\w+)/`)

// clientOS is the one system the paste shows its commands ran on ("" when
// it shows none, several, or a Linux shell).
func clientOS(whole string) string {
	if linuxShellShown.MatchString(whole) {
		return ""
	}
	shown := ""
	if m := clientOSArch.FindStringSubmatch(whole); m != nil && (m[1] == "windows" || m[1] == "darwin") {
		shown = m[1]
	}
	wsl := wslNamed.MatchString(whole)
	for _, s := range platformSigns {
		if s.scope == signDesktop || s.scope == signWriter && wsl || !s.re.MatchString(whole) {
			continue
		}
		if shown != "" && shown != s.os {
			return ""
		}
		shown = s.os
	}
	return shown
}

// platformOfCause is the platform whose commands start what a daemon
// finding's statements show stopped: the one app whose state they report
// ("colima is not running"), whose own start command printed one of
// them, or else whose own report of its state the paste shows (Docker
// Desktop's diagnostics or log, see appShown), on the platform the paste's
// endpoint gives (OrbStack runs on macOS only; Docker Desktop only where
// the paste shows its system: a macOS path, a Windows pipe or drive,
// "Docker Desktop for Linux"). Other findings, a
// daemon on another host, or no app named, keep the paste's platform: an
// app named in advice or in a question is no evidence, and an app's
// commands would drop steps (the socket's group) that other findings need.
func platformOfCause(c PasteCause, p Paste, base Platform) Platform {
	if vm, ok := vmPlatformOfCause(c, p, base); ok {
		return vm
	}
	if c.Kind != KindDaemonUnreachable && c.Kind != KindDaemonUnresponsive || hostElsewhere(p.Host) {
		return base
	}
	if rootlessShown(c, p) {
		// A rootless daemon, this user's own: its own start, not the
		// system's service.
		if !base.Attempted {
			base = unprobedPlatform()
		}
		if base.OS == "linux" && !base.WSL {
			base.Install = InstallRootless
			// Its user unit, when the paste shows it.
			base.RootlessUnit = base.RootlessUnit || p.RootlessUnit
			return base
		}
	}
	if (p.WSLUpdateNeeded || p.WSLMountUnknown) && base.OS != "windows" {
		// Only Docker Desktop for Windows says WSL needs an update.
		return Platform{Attempted: true, OS: "windows", Install: InstallDockerDesktop}
	}
	if p.Shown.DesktopWSL && base.OS != "windows" {
		// A WSL distro whose Docker is Docker Desktop's: the daemon is
		// Docker Desktop's, started on Windows, not a service of the
		// distro.
		if n, _ := appNamed(c.Statements); n == "" || n == InstallDockerDesktop {
			return Platform{Attempted: true, OS: "windows", Install: InstallDockerDesktop}
		}
	}
	named, os := appNamed(c.Statements)
	if named == "" && (base.OS == "windows" || base.OS == "darwin") && anyMatch(podmanRefused, c.Statements) {
		// Podman's client on Windows or macOS, where its engine runs in
		// Podman's machine.
		named = InstallPodmanMachine
	}
	if named == "" {
		named = p.AppRun
	}
	if named == "" {
		named = p.AppShown
	}
	if named == "" {
		return base
	}
	if !base.Attempted {
		base = unprobedPlatform()
	}
	if os == "" && named == InstallDockerDesktop {
		os = p.OSShown
	}
	switch {
	case named == InstallDesktopLinux:
		// Docker Desktop for Linux's own socket or context: its user
		// unit (it runs under systemd's user manager).
		if base.OS != "linux" || base.WSL {
			return base
		}
		base.Install, base.ServiceManager = InstallDesktopLinux, ServiceSystemd
	case named == InstallDockerDesktop && os == "linux":
		// Docker Desktop for Linux: its user unit, on this system's
		// distro (only where systemd runs it).
		if base.OS != "linux" || base.WSL || base.ServiceManager != ServiceSystemd {
			return base
		}
		base.Install = InstallDesktopLinux
	case os != "" && os != base.OS:
		return Platform{Attempted: true, OS: os, Install: named}
	case named == InstallOrbStack && !base.MacOS():
		return Platform{Attempted: true, OS: "darwin", Install: named}
	case named == InstallDockerDesktop && (base.MacOS() || base.OS == "windows"):
		base.Install = named
	case named == InstallDockerDesktop:
		// Docker Desktop named without a word of which system it runs
		// on: its own CLI's start, which each system's has (4.37 and
		// later), not this machine's service.
		base.Install = named
	default:
		base.Install = named
	}
	return base
}

// hostElsewhere reports an endpoint on another machine (ssh://, or tcp://
// to a host other than this one's loopback): no app here starts it.
func hostElsewhere(host string) bool {
	proto, addr, err := ParseHost(host)
	if err != nil {
		return false
	}
	switch proto {
	case "ssh":
		return true
	case "tcp":
		h, _, err := net.SplitHostPort(addr)
		if err != nil {
			h = addr
		}
		return !thisMachine(h)
	}
	return false
}

// thisMachine reports a host name that names this machine: localhost, a
// loopback address, or the unspecified address.
func thisMachine(h string) bool {
	ip := net.ParseIP(h)
	return h == "localhost" || ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// appNames are the words by which a statement names the app serving
// Docker, and the system it runs on when the name says.
var appNames = []struct {
	install Install
	os      string
	re      *regexp.Regexp
}{
	{InstallColima, "", regexp.MustCompile(`(?i)\bcolima\b`)},
	{InstallOrbStack, "", regexp.MustCompile(`(?i)\borb(stack|ctl)\b`)},
	{InstallRancherDesktop, "", regexp.MustCompile(`(?i)\bRancher Desktop\b|\brdctl\b`)},
	{InstallPodmanMachine, "", regexp.MustCompile(`(?i)\bpodman machine\b|\bpodman-machine-\w+`)},
	{InstallDockerDesktop, "", regexp.MustCompile(`(?i)\bDocker Desktop\b|\bcom\.docker\.(backend|virtualization)\b`)},
	{InstallDockerDesktop, "darwin", regexp.MustCompile(`(?i)\bDocker (Desktop )?for Mac\b`)},
	{InstallDockerDesktop, "windows", regexp.MustCompile(`(?i)\bDocker (Desktop )?for Windows\b`)},
	{InstallDockerDesktop, "linux", regexp.MustCompile(`(?i)\bDocker Desktop for Linux\b`)},
}

// appState is a statement reporting an app's own state: stopped, not
// running, starting, or failing to start its VM or engine. Only such a
// statement names the app that serves Docker; a name elsewhere (a feature
// such as "Docker Desktop integration", a path) does not.
var appState = regexp.MustCompile(`(?i)` + daemonStartFailure + `|\bis starting\b|\b(failed|unable|fails) to start\b|\bcannot start\b|\bstopped\b`)

// appNameAfterAsked and appNameBeforeAdvice find a name in a question ("Is
// Docker Desktop running?") or in advice inside the statement ("… try
// `podman machine start`"), read in the part of its sentence after and
// before the name.
var (
	appNameAfterAsked   = regexp.MustCompile(`^[^.!\n]*\?`)
	appNameBeforeAdvice = regexp.MustCompile(`(?i)(^|[\s(\x60'"])(try|run|use|please|verify|check|make sure|ensure|is|are|if|whether|start|started|open|launch|restart|install|installed)\b[^.!?:]*$`)
)

// appNamed is the one app a finding's statements name ("colima is not
// running", "Docker Desktop is starting"), with the system its name gives,
// or "" when they name none or several.
func appNamed(statements []string) (Install, string) {
	var named Install
	var os string
	for _, s := range statements {
		if !appState.MatchString(s) {
			continue
		}
		for _, a := range appNames {
			loc := a.re.FindStringIndex(s)
			if loc == nil || appNameAfterAsked.MatchString(s[loc[1]:]) || appNameBeforeAdvice.MatchString(s[:loc[0]]) {
				continue
			}
			if named != "" && (named != a.install || os != "" && a.os != "" && os != a.os) {
				return "", ""
			}
			named = a.install
			if a.os != "" {
				os = a.os
			}
		}
	}
	return named, os
}

// podmanRefused is Podman's client finding no engine to connect to.
var podmanRefused = regexp.MustCompile(`\bCannot connect to Podman\b`)

// appStarted is an app's own word that it started.
var appStarted = regexp.MustCompile(`(?i)\bstarted successfully\b|\bmsg="?done"?|^INFO\[\d+\] done\b|\bis (now )?running\b`)

// appStart is a line running an app's own start command, and the app.
var appStart = regexp.MustCompile(`^(?:sudo )?(colima|orb|orbctl|rdctl|podman machine) (?:start|restart)\b`)

// appRun is the one app whose own start command printed one of the daemon
// findings' statements (a prompted command, or the command alone on its
// line, then its output up to the next command), or "" when none or
// several did: an app that started is no evidence, nor advice to run one.
func appRun(lines []pasteLine, causes []PasteCause) Install {
	said := map[string]bool{}
	for _, c := range causes {
		if c.Kind == KindDaemonUnreachable || c.Kind == KindDaemonUnresponsive {
			for _, s := range c.Statements {
				said[s] = true
			}
		}
	}
	tools := map[string]Install{"colima": InstallColima, "orb": InstallOrbStack, "orbctl": InstallOrbStack,
		"rdctl": InstallRancherDesktop, "podman machine": InstallPodmanMachine}
	vals := pasteValuesOnce()
	var run, current Install
	for _, l := range lines {
		cmd := commandText(l)
		if cmd == "" && l.role != roleAdvice && (appStart.MatchString(l.text) || vals.bareDockerCommand.MatchString(l.text)) {
			cmd = l.text
		}
		if appStarted.MatchString(l.text) {
			// The app said it started: what follows is not its failure.
			current = ""
		}
		if cmd != "" {
			current = ""
			if m := appStart.FindStringSubmatch(cmd); m != nil {
				current = tools[m[1]]
			}
			continue
		}
		if current == "" || !said[l.raw] && !said[l.text] {
			continue
		}
		if run != "" && run != current {
			return ""
		}
		run = current
	}
	return run
}

// appReports are the lines by which an app serving Docker reports its own
// state: Docker Desktop's diagnostics (com.docker.diagnose, its DDnnnn
// checks, the old "Docker for Mac: version" header), its errors ("running
// engine: …"), its processes' log lines and its Windows backend's
// exceptions, its engine's socket or one in its data directory, or its
// whale icon's state as the writer reads it; Podman's machine by its name.
var appReports = []struct {
	install Install
	re      *regexp.Regexp
}{
	{InstallDockerDesktop, regexp.MustCompile(`\bcom\.docker\.diagnose\b|^\s*\[(PASS|FAIL|WARN)\]\s+DD\d{4}:|^\s*Docker (Desktop|Desktop for Mac|Desktop for Windows|for Mac|for Windows): (version\b|\d)|\brunning engine: |\bdocker\.raw\.sock\b|\bcom\.docker\.(backend|vmnetd|hyperkit|virtualization|driver\.amd64-linux)\[\d+\]|\bDocker\.(Backend|Core)\.[A-Z]|/Library/Containers/com\.docker\.docker/|\bwhale (icon|menu)\b`)},
	{InstallPodmanMachine, regexp.MustCompile(`\bpodman-machine-[\w-]+`)},
	// Docker Desktop for Linux's socket in the user's home, its context.
	{InstallDesktopLinux, regexp.MustCompile(`(~|/home/[^/\s]+)/\.docker/desktop/docker\.sock\b|\bcontext\b[^\n]*\bdesktop-linux\b|\bdesktop-linux\b[^\n]*\bcontext\b`)},
	// Rancher Desktop's socket.
	{InstallRancherDesktop, regexp.MustCompile(`(~|/home/[^/\s]+|/Users/[^/\s]+)/\.rd/docker\.sock\b`)},
}

// appShown is the one app serving Docker whose own report of its state the
// paste shows (see appReports), or "" when none, or when the paste names
// another app too ("Colima will not work …"): a line of advice ("run
// com.docker.diagnose check") is no evidence.
func appShown(lines []pasteLine) Install {
	var shown Install
	named := map[Install]bool{}
	for _, l := range lines {
		if l.role == roleAdvice {
			continue
		}
		for _, a := range appReports {
			if a.re.MatchString(l.raw) {
				if shown != "" && shown != a.install {
					return ""
				}
				shown = a.install
			}
		}
		for _, a := range appNames {
			if a.re.MatchString(l.raw) {
				named[a.install] = true
			}
		}
	}
	for app := range named {
		// Docker Desktop by name is Docker Desktop for Linux's too.
		if app != shown && !(app == InstallDockerDesktop && shown == InstallDesktopLinux) {
			return ""
		}
	}
	return shown
}

// desktopVersionShown is a Docker Desktop version as pastes show it
// ("Docker Desktop 4.18.0", "Docker Desktop Version: 4.18.0", "Server:
// Docker Desktop 4.52.0 (210994)"); oldDesktopVersion the version string of
// Docker for Windows' 17.x and 18.x releases ("17.12.0-ce-win47").
var (
	desktopVersionShown = regexp.MustCompile(`(?i)\bDocker Desktop(?: for Windows)?:?,? (?:version:?\s*|v)?(\d+)\.(\d+)\.\d+`)
	oldDesktopVersion   = regexp.MustCompile(`\b1[78]\.\d+\.\d+(?:-ce)?-win\d+\b`)
)

// desktopExeShown is the program of the Docker Desktop for Windows the
// paste shows the version of, when that version has no `docker desktop`
// command (before 4.37); "" when it shows none, a newer one, or several.
// cliPipeRequestAPI is the docker CLI's failed request to the engine's
// named pipe, and the API version of its URL.
var cliPipeRequestAPI = regexp.MustCompile(`(?i)error during connect: \w+ "?http://%2F%2F\.%2Fpipe%2Fdocker_engine/v1\.(\d+)/`)

func desktopExeShown(whole string) string {
	exe := ""
	set := func(e string) bool {
		if exe != "" && exe != e {
			return false
		}
		exe = e
		return true
	}
	if oldDesktopVersion.MatchString(whole) && !set("Docker for Windows.exe") {
		return ""
	}

	for _, m := range desktopVersionShown.FindAllStringSubmatch(whole, -1) {
		major, _ := strconv.Atoi(m[1])
		minor, _ := strconv.Atoi(m[2])
		e := "Docker Desktop.exe"
		if major > 4 || major == 4 && minor >= 37 {
			e = "new"
		}
		if !set(e) {
			return ""
		}
	}
	if exe == "" {
		// No version named: the docker CLI's request to the engine's
		// pipe names its API version, Docker Desktop's own CLI's: older
		// than 4.37 (API 1.47) below it, older than Docker Desktop 2.0
		// (API 1.39), Docker for Windows.
		for _, m := range cliPipeRequestAPI.FindAllStringSubmatch(whole, -1) {
			minor, _ := strconv.Atoi(m[1])
			e := "new"
			switch {
			case minor < 39:
				e = "Docker for Windows.exe"
			case minor < 47:
				e = "Docker Desktop.exe"
			}
			if !set(e) {
				return ""
			}
		}
	}
	if exe == "new" {
		return ""
	}
	return exe
}

// osShown is the one system the signs of platformSigns show ("" when they
// show none or several): where Docker Desktop runs, when a finding names
// it.
func osShown(whole string) string {
	shown := ""
	for _, s := range platformSigns {
		if s.re.MatchString(whole) {
			if shown != "" && shown != s.os {
				return ""
			}
			shown = s.os
		}
	}
	return shown
}

// PastedPlatform is what a paste's own words (not its advice, not a URL)
// show of the system it happened on, beyond its OS (see platformShown).
type PastedPlatform struct {
	// DistroID is the one systemd distribution the paste names as its
	// system ("I tried it in my Arch Linux"), "" when it names none, or
	// another distribution too, or an older one without systemd.
	DistroID string
	// WindowsService: Docker Engine runs as a Windows service there
	// (dockerd.exe, `net start docker`, Docker EE, Windows Server), and no
	// Docker Desktop is named.
	WindowsService bool
	// OpenWrt: opkg or OpenWrt's dockerd init script (OpenWrt, Turris).
	OpenWrt bool
	// Snap: the paste shows Docker installed as the snap package.
	Snap bool
	// DesktopWSL: a WSL distro whose Docker is Docker Desktop's (its
	// version shown, its WSL 2 backend).
	DesktopWSL bool
}

// Signs of platformShown, read in a paste's own lines.
var (
	// systemdDistro names a distribution that runs systemd (CentOS and
	// RHEL from 7); its capital letters keep an image's name ("FROM
	// fedora", "centos:7") out.
	systemdDistro = regexp.MustCompile(`\b(Arch Linux|Manjaro|EndeavourOS|Fedora|CentOS(?: Linux)?(?: release)?(?: Stream)?|Red Hat Enterprise Linux(?: Server)?(?: release)?|RHEL|Rocky Linux|AlmaLinux|openSUSE|SUSE Linux Enterprise|SLES)\b(?: ?(\d+))?`)
	// otherDistro names a distribution whose init the name does not tell
	// (or that is not systemd): with it, the paste's init is unresolved.
	otherDistro = regexp.MustCompile(`\b(Ubuntu|Debian|Alpine|Devuan|Gentoo|Raspbian|Linux Mint|NixOS|Void Linux|Slackware|Amazon Linux|Oracle Linux|boot2docker|CoreOS)\b`)
	// systemdDebian names a Debian (8 and later) or Ubuntu (16.04 and
	// later) release, all of which run systemd.
	systemdDebian    = regexp.MustCompile(`\bUbuntu (1[6-9]|2\d)\.\d\d\b|\bLinux Mint (1[89]|2\d)\b|\bDebian( GNU/Linux)? (8|9|1\d)\b|\b(Debian|Armbian|Raspbian|Raspberry Pi OS)( [\d.]+)? \(?(?i:jessie|stretch|buster|bullseye|bookworm|trixie)\b`)
	promptDistroHost = regexp.MustCompile(`^\s*\[?[\w.-]+@(fedora|archlinux|manjaro)[\s:\]]`)
	centosJoined     = regexp.MustCompile(`(?i)\bcentos ?(\d+)\b`)
	imageLine        = regexp.MustCompile(`(?i)^\s*(FROM\s|image:|docker (run|pull)\b)`)
	urlText          = regexp.MustCompile(`\b(https?|ftp)://\S+|\b[\w.-]+\.(com|org|io|net)/\S*`)
	winService       = regexp.MustCompile(`(?i)\bdockerd\.exe\b|\bnet (start|stop) docker\b|\b(Start|Restart|Stop)-Service docker\b|\bDocker (EE|Enterprise( Edition)?)\b|\bDocker Engine - Enterprise\b|\bMirantis Container Runtime\b|\bDockerMsftProvider\b|\bWindows Server\b`)
	snapSign         = regexp.MustCompile(`(?i)\bsnap (install|version of|package of|refresh|start|restart) docker\b|/snap/bin/docker\b|\bsnap\.docker\.dockerd\b|\bdocker snap\b|/var/snap/docker/`)
	openWrtSign      = regexp.MustCompile(`\bopkg\b|\bOpenWrt\b|\bImmortalWrt\b|\bTurris\b|/etc/init\.d/dockerd\b`)
	wslBackend       = regexp.MustCompile(`(?i)\bWSL ?2\b[^\n]*\bbackend\b|\bbackend\b[^\n]*\bWSL ?2\b`)
	desktopNamed     = regexp.MustCompile(`(?i)\bDocker Desktop\b|\bDocker for (Windows|Mac)\b`)
)

// platformShown reads what a paste's own lines show of its system (see
// PastedPlatform): advice, a URL or an image's name is no evidence.
func platformShown(lines []pasteLine, whole string) PastedPlatform {
	var shown PastedPlatform
	distro, conflict := "", false
	for _, l := range lines {
		if l.role == roleAdvice || imageLine.MatchString(l.text) {
			continue
		}
		text := urlText.ReplaceAllString(l.raw, " ")
		named := systemdDistro.FindAllStringSubmatch(text, -1)
		// Debian and Ubuntu releases that run systemd, named by number or
		// by a Debian code name after the distribution's name, and
		// "centos7".
		for _, m := range systemdDebian.FindAllStringSubmatch(text, -1) {
			named = append(named, []string{m[0], debianIDOf(m[0]), ""})
		}
		for _, m := range centosJoined.FindAllStringSubmatch(text, -1) {
			named = append(named, []string{m[0], "CentOS", m[1]})
		}
		// A prompt's host named by a systemd distribution's installer
		// default ([me@fedora dir]$).
		if m := promptDistroHost.FindStringSubmatch(l.raw); m != nil {
			named = append(named, []string{m[0], map[string]string{"fedora": "Fedora", "archlinux": "Arch Linux", "manjaro": "Manjaro"}[m[1]], ""})
		}
		text = systemdDebian.ReplaceAllString(text, " ")
		for _, m := range named {
			id := distroIDOf(m[1])
			if n, err := strconv.Atoi(m[2]); err == nil && (id == "centos" || id == "rhel") && n < 7 {
				// CentOS and RHEL 6 ran upstart.
				conflict = true
			}
			if distro != "" && distro != id {
				conflict = true
			}
			distro = id
		}
		if otherDistro.MatchString(text) {
			conflict = true
		}
		if winService.MatchString(text) {
			shown.WindowsService = true
		}
		if openWrtSign.MatchString(text) {
			shown.OpenWrt = true
		}
		if snapSign.MatchString(text) {
			shown.Snap = true
		}
	}
	// A WSL distro's init is not its name's.
	if !conflict && !wslNamed.MatchString(whole) {
		shown.DistroID = distro
	}
	if desktopNamed.MatchString(whole) || linuxShellShown.MatchString(whole) {
		// Docker Desktop named, or a Linux shell (a WSL distro's client):
		// not a Windows service's paste alone.
		shown.WindowsService = false
	}
	shown.DesktopWSL = wslNamed.MatchString(whole) && (desktopVersionShown.MatchString(whole) || wslBackend.MatchString(whole))
	return shown
}

// debianIDOf is the os-release ID of a release systemdDebian names.
func debianIDOf(named string) string {
	if strings.HasPrefix(named, "Ubuntu") {
		return "ubuntu"
	}
	if strings.HasPrefix(named, "Linux Mint") {
		return "linuxmint"
	}
	return "debian"
}

// distroIDOf is the os-release ID of a distribution's name.
func distroIDOf(name string) string {
	switch {
	case strings.HasPrefix(name, "Arch"):
		return "arch"
	case strings.HasPrefix(name, "CentOS"):
		return "centos"
	case strings.HasPrefix(name, "Red Hat"), name == "RHEL":
		return "rhel"
	case strings.HasPrefix(name, "Rocky"):
		return "rocky"
	case strings.HasPrefix(name, "SUSE"), name == "SLES":
		return "sles"
	}
	return strings.ToLower(name)
}
