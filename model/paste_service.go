package model

import (
	"regexp"
	"strings"
	"sync"
)

// What a paste shows of the service that runs the daemon, for a daemon
// finding: the init system its lines come from (systemd's units and
// journal, upstart's jobs and log, OpenRC's rc-service, the SysV script's
// output), the daemon log it names, the start it shows failing, and the
// cause the daemon or systemd stated for it. Only statements and commands
// count: advice ("Hint: run `systemctl start docker`") shows nothing.

// serviceUpstart is upstart, which no probe reports (no current system
// runs it) but old pastes show.
const serviceUpstart ServiceManager = "upstart"

// StartCause is why the paste says the daemon did not start ("" when it
// says no cause this file knows).
type StartCause string

const (
	// CauseConfig: dockerd refused its configuration file.
	CauseConfig StartCause = "config"
	// CausePidFile: dockerd found another daemon's pid file.
	CausePidFile StartCause = "pid-file"
	// CauseIptables: dockerd could not set up its iptables (NAT) chains.
	CauseIptables StartCause = "iptables"
	// CauseCgroupMount: the cgroup file system could not be mounted.
	CauseCgroupMount StartCause = "cgroup-mount"
	// CauseNoActivationSockets: dockerd was told to listen on fd:// (the
	// sockets systemd's socket activation hands it) and was handed none.
	CauseNoActivationSockets StartCause = "no-activation-sockets"
	// CauseGroupLookup: systemd could not resolve the group docker.socket
	// gives its socket (a directory service not answering, or no such
	// group).
	CauseGroupLookup StartCause = "group-lookup"
	// CauseBadOption: dockerd printed its usage (its list of options):
	// it was given an option it does not accept.
	CauseBadOption StartCause = "bad-option"
	// CauseRootlessAsRoot: rootless Docker's setup or RootlessKit was run
	// as root, which it does not support (root has no subordinate IDs).
	CauseRootlessAsRoot StartCause = "rootless-as-root"
	// CausePidDirMissing: dockerd on Windows could not create its pid file,
	// as the directory for it does not exist.
	CausePidDirMissing StartCause = "pid-dir-missing"
	// CauseContainersFeature: dockerd on Windows could not load
	// vmcompute.dll: Windows' Containers feature is not installed.
	CauseContainersFeature StartCause = "containers-feature"
	// CauseUnprivileged: Docker-in-Docker's entrypoint could not mount
	// what dockerd needs, as its container is not privileged.
	CauseUnprivileged StartCause = "unprivileged"
)

// causeStartLimit marks the pattern of systemd's start limit, which is
// read into StartLimitHit (it follows failures of another cause).
const causeStartLimit StartCause = "start-limit"

// Placeholders of the files a start cause names, when the paste does not.
const (
	PlaceholderDaemonConfig = "<daemon.json>"
	PlaceholderPidFile      = "<docker.pid>"
)

// PasteService is what a paste shows of Docker's service and why it did
// not start (see the top of this file). Its strings are never empty.
type PasteService struct {
	// Init is the one init system the paste shows running Docker's
	// service ("" when it shows none, or several: a paste that
	// contradicts itself shows none).
	Init ServiceManager
	// LogFile is the daemon log file the paste names (or a
	// placeholder); LogFileNamed is set when it names one.
	LogFile      string
	LogFileNamed bool
	// StartFailedShown: the paste shows a start of Docker's service (or
	// of dockerd) run, and it failing: starting it again, as is, fails
	// again.
	StartFailedShown bool
	// StartRunShown: the paste shows a start of Docker's system service
	// (or of dockerd) run, whatever followed.
	StartRunShown bool
	// Cause is why the paste says the daemon did not start.
	Cause StartCause
	// StartLimitHit: the paste shows systemd refusing further starts of
	// docker.service (its start limit was hit, after failed starts).
	StartLimitHit bool
	// ConfigFile is the configuration file dockerd refused (CauseConfig),
	// ConfigSyntax set when it said the file is not valid JSON.
	ConfigFile   string
	ConfigSyntax bool
	// PidFile is the pid file dockerd found (CausePidFile), or could not
	// create (CausePidDirMissing: PidDir is its directory).
	PidFile string
	PidDir  string
	// Group is the group systemd could not resolve (CauseGroupLookup).
	Group string
	// ServiceSaid: the statements are only Docker's service manager's
	// (or its script's) report of the service failing or stopped (no
	// client's error). ServiceScriptSaid: only the SysV service
	// script's report that Docker is not running;
	// DiagnoseSaid: only Docker Desktop's diagnostics' failed checks;
	// UnavailableSaid: only a tool's words that Docker is not
	// available.
	ServiceSaid       bool
	ServiceScriptSaid bool
	DiagnoseSaid      bool
	UnavailableSaid   bool
	// EngineBadResponse: the statements are only Docker Desktop's proxy
	// answering that its engine gave a bad response (it answered; the
	// engine behind it did not, properly).
	EngineBadResponse bool
	// DaemonSaid: the statements are only dockerd's own, stating why it
	// did not start (no client's error).
	DaemonSaid bool
}

// pasteServiceDefaults is what a paste that shows nothing of the service
// gives.
func pasteServiceDefaults() PasteService {
	return PasteService{LogFile: DaemonLogFile, ConfigFile: PlaceholderDaemonConfig, PidFile: PlaceholderPidFile,
		PidDir: "<pid file directory>", Group: PlaceholderGroup}
}

// initSigns are an init system's signs in a line, and the words by which
// a paste shows it not running (then it is not the paste's, whatever else
// names it).
type initSigns struct {
	init       ServiceManager
	re         *regexp.Regexp
	notRunning *regexp.Regexp
}

type servicePatterns struct {
	inits         []initSigns
	logFile       *regexp.Regexp
	startRun      *regexp.Regexp
	badResponse   *regexp.Regexp
	scriptStatus  *regexp.Regexp
	jobFailed     *regexp.Regexp
	serviceLine   *regexp.Regexp
	serviceAbsent *regexp.Regexp
	diagnose      *regexp.Regexp
	unavailable   *regexp.Regexp
	causes        []struct {
		cause StartCause
		re    *regexp.Regexp
	}
	configSyntax *regexp.Regexp
}

var servicePatternsOnce = sync.OnceValue(func() servicePatterns {
	ci := func(p string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + p) }
	p := servicePatterns{
		// A log file of the daemon under /var/log: the SysV and OpenRC
		// scripts' /var/log/docker.log, upstart's job log.
		logFile: regexp.MustCompile(`(^|[\s"'\x60(=:])(/var/log/(upstart/)?dockerd?\.log)\b`),
		// A start of Docker's service, or of dockerd, run (a command, or
		// one the writer says they ran).
		startRun: regexp.MustCompile(`\bsystemctl\s+(-\S+\s+)*(re)?start\s+docker(\.service)?\b|\b(service|rc-service)\s+docker\s+(re)?start\b|/etc/init\.d/docker\s+(re)?start\b|(^|[\x60'"]|[$#]\s*)(sudo\s+(-\S+\s+)*)?(\S*/)?dockerd(\s+-|\s*[\x60'"]?$)`),
		// systemctl's answer to a start of Docker's unit that failed.
		jobFailed: regexp.MustCompile(`\bJob for docker\.(service|socket) failed\b|\bFailed to start Docker Application Container Engine\b|^\W*Active: (inactive \(dead\)|failed) \(Result: exit-code\)`),
		// The SysV script's status line, alone.
		scriptStatus: regexp.MustCompile(`(?i)^\W*\*\s*Docker is not running\W*$`),
		// systemd's report of the unit, and its journal's lines of it.
		serviceLine: regexp.MustCompile(`^\W*Active: failed\b|\bsystemd\[1\]: |\bJob for docker\.(service|socket) failed\b|\bdocker\.(service|socket): |\bExecStart=\S*dockerd\b.*\(code=exited|^\W*docker stop/waiting\s*$`),
		// No service to start at all: reading why a start failed does
		// not apply.
		serviceAbsent: regexp.MustCompile(`\bUnit \S+ not found\b|\bunrecognized service\b|\bnot present or not executable\b|\bUnit \S+ (is masked|failed to load)\b`),
		// Docker Desktop's diagnostics (com.docker.diagnose check).
		diagnose: regexp.MustCompile(`\bDD\d{4}: `),
		// Docker Desktop's proxy's answer when its engine does not
		// answer it properly.
		badResponse: regexp.MustCompile(`Error response from daemon: Bad response from Docker engine`),
		// A tool's words that Docker is not available.
		unavailable:  regexp.MustCompile(`(?i)\bDocker (is )?not available\b`),
		configSyntax: regexp.MustCompile(`(?i)unable to configure the Docker daemon with file \S+: (invalid character|unexpected end of JSON input|looking for beginning)`),
	}
	p.inits = []initSigns{
		// systemd: its commands (not a user unit's), its units, its own
		// lines and the journal's prefix of dockerd's, dockerd given the
		// socket systemd activates.
		{ServiceSystemd, regexp.MustCompile(`\b(systemctl|journalctl)\b|\bdocker\.(service|socket)\b|\bsystemd\[1\]:|\bdockerd\[\d+\]:|(--host[= ]|-H\s*)fd://|\bservice-start-limit-hit\b`),
			ci(systemdNotRunning)},
		{serviceUpstart, regexp.MustCompile(`/var/log/upstart/|\binitctl\b|^\s*docker (start|stop)/(running|waiting)\b`),
			ci(`Unable to connect to Upstart`)},
		{ServiceOpenRC, regexp.MustCompile(`\brc-(service|update)\b[^\n]*\bdocker\b|\bOpenRC\b|^\W*\*?\s*status: crashed\s*$`), nil},
		// The SysV script's own output (service docker … prints it
		// where no upstart or systemd takes the command over).
		{ServiceSysV, regexp.MustCompile(`^\W*\*\s*(Starting|Stopping) Docker: docker\b|^\W*\*\s*Docker is (not )?running\b`), nil},
	}
	p.causes = []struct {
		cause StartCause
		re    *regexp.Regexp
	}{
		{CauseConfig, ci(`unable to configure the Docker daemon with file (\S+): `)},
		{CausePidFile, ci(`(pid file found, )?ensure docker is not running or delete (\S+\.pid)\b`)},
		{causeStartLimit, ci(`\bdocker\.(service|socket): Start request repeated too quickly|start request repeated too quickly for docker\.service|\bdocker\.(service|socket): Failed with result '(service-)?start-limit-hit'|^\W*Active: failed \(Result: start-limit(-hit)?\)`)},
		{CauseIptables, ci(`failed to (create|program) NAT chain DOCKER|\biptables failed: |Perhaps iptables or your kernel needs to be upgraded|iptables v[\d.]+: can't initialize iptables table`)},
		{CauseCgroupMount, ci(`\bmount: cannot mount block device cgroup\b|\bcgroup mountpoint does not exist\b|\bDevices cgroup isn't mounted\b|\bfailed to mount cgroup`)},
		{CauseNoActivationSockets, ci(`ServeAPI error: No sockets found|no sockets found via socket activation`)},
		{CauseGroupLookup, ci(`\bdocker\.socket: Failed to resolve group (\S+?):`)},
		// dockerd's usage, printed when an option is not one it accepts.
		{CauseBadOption, ci(`\bRun '(\S*/)?dockerd(-current)? COMMAND --help' for more\b|^\W*(\S+\s+\S+\s+\S+\s+)?dockerd(-current)?(\[\d+\])?:?\s*Usage:\s+dockerd(-current)? \[OPTIONS\]|\bdockerd(-current)?(\[\d+\])?: unknown (shorthand )?flag:`)},
		{CauseRootlessAsRoot, ci(`\bRunning RootlessKit as the root user is unsupported\b|\bNo subuid ranges found for user 0\b|\bRootless mode needs to be executed as a non-root user\b`)},
		{CausePidDirMissing, ci(`\bopen ([A-Z]:\\\S+\.pid): The system cannot find the path specified\b`)},
		{CauseContainersFeature, ci(`\bfailed to load vmcompute\.dll\b|\bensure that the containers feature is installed\b`)},
		// The dind image's entrypoint mounting securityfs and /tmp.
		{CauseUnprivileged, ci(dindMountDenied)},
	}
	return p
})

// readPasteService reads what a paste's lines show of Docker's service,
// for its daemon-unreachable cause (nothing when it has none).
func readPasteService(lines []pasteLine, causes []PasteCause) PasteService {
	s := pasteServiceDefaults()
	var statements []string
	for _, c := range causes {
		if c.Kind == KindDaemonUnreachable {
			statements = c.Statements
		}
	}
	if len(statements) == 0 {
		return s
	}
	pat := servicePatternsOnce()
	var shown []string
	for _, l := range lines {
		if l.role == roleStatement || l.role == roleCommand {
			shown = append(shown, l.raw)
		}
	}

	// The init system: the one whose signs the lines show, unless they
	// also show it not running; none when they show several.
	for _, in := range pat.inits {
		if !in.shown(shown) {
			continue
		}
		if s.Init != "" {
			s.Init = ""
			break
		}
		s.Init = in.init
	}
	for _, l := range shown {
		if m := pat.logFile.FindStringSubmatch(l); m != nil {
			s.LogFile, s.LogFileNamed = m[2], true
			break
		}
	}

	// The cause the lines state (the first, in the paste's order), and
	// systemd's start limit, hit after the failures that cause made. A cause may be printed beside the statements the finding
	// quotes (the daemon's log read after the service's status).
	for _, l := range shown {
		for _, c := range pat.causes {
			m := c.re.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			switch {
			case c.cause == causeStartLimit:
				s.StartLimitHit = true
			case s.Cause == "":
				s.Cause = c.cause
			}
			switch {
			case c.cause == CauseConfig && s.ConfigFile == PlaceholderDaemonConfig:
				s.ConfigFile = strings.TrimRight(m[1], ":")
				s.ConfigSyntax = pat.configSyntax.MatchString(l)
			case c.cause == CausePidFile && s.PidFile == PlaceholderPidFile:
				s.PidFile = m[2]
			case c.cause == CausePidDirMissing && s.PidFile == PlaceholderPidFile:
				s.PidFile = m[1]
				s.PidDir = m[1][:strings.LastIndex(m[1], `\`)]
			case c.cause == CauseGroupLookup && s.Group == PlaceholderGroup:
				s.Group = m[1]
			}
		}
	}
	if s.StartLimitHit || s.Cause == CauseNoActivationSockets {
		// Only systemd limits starts, and hands dockerd its sockets.
		if s.Init == "" && !pat.otherInitShown(shown) {
			s.Init = ServiceSystemd
		}
	}

	// Who says it, when no client does.
	s.DaemonSaid = true
	for _, st := range statements {
		if !pat.daemonCause(st) {
			s.DaemonSaid = false
		}
	}
	s.ServiceScriptSaid = allMatch(pat.scriptStatus, statements)
	s.ServiceSaid = s.ServiceScriptSaid
	for _, st := range statements {
		s.ServiceSaid = s.ServiceSaid || pat.serviceLine.MatchString(st)
	}
	for _, st := range statements {
		if !pat.serviceLine.MatchString(st) && !pat.scriptStatus.MatchString(st) {
			s.ServiceSaid = false
		}
	}
	s.DiagnoseSaid = allMatch(pat.diagnose, statements)
	s.UnavailableSaid = allMatch(pat.unavailable, statements)
	s.EngineBadResponse = allMatch(pat.badResponse, statements)

	// A start shown run, and the daemon failing: dockerd or the service
	// stating it, or the service script reporting Docker not running.
	failed := s.Cause != "" || s.StartLimitHit || s.ServiceScriptSaid || anyMatch(pasteValuesOnce().daemonStartFailed, statements)
	s.StartRunShown = anyMatch(pat.startRun, shown)
	// systemctl's own "Job for docker.service failed" is the answer to a
	// start (or restart) of the unit: the start is shown by its failure.
	s.StartFailedShown = (failed && anyMatch(pat.startRun, shown) || anyMatch(pat.jobFailed, statements)) && !anyMatch(pat.serviceAbsent, statements)
	return s
}

// daemonCause reports a line of dockerd stating why it did not start.
func (p servicePatterns) daemonCause(line string) bool {
	for _, c := range p.causes {
		if c.cause != causeStartLimit && c.re.MatchString(line) {
			return true
		}
	}
	return false
}

// elsewhereCommand is a command run in another machine or a container
// (ssh, a VM's shell, docker exec or run): the init it shows is theirs.
var elsewhereCommand = regexp.MustCompile(`\b(limactl|colima|multipass|vagrant|docker-machine) (shell|ssh|exec)\b|\bssh\s|\bdocker (exec|run)\b`)

// shown reports whether one of lines shows the init system, and none
// shows it not running.
func (in initSigns) shown(lines []string) bool {
	seen := false
	for _, l := range lines {
		if in.notRunning != nil && in.notRunning.MatchString(l) {
			return false
		}
		// (A user unit's systemctl --user is the user's manager, not
		// the system's; a command run in another machine or a
		// container shows theirs.)
		seen = seen || in.re.MatchString(l) && !(in.init == ServiceSystemd && strings.Contains(l, "--user")) &&
			!elsewhereCommand.MatchString(l)
	}
	return seen
}

// otherInitShown reports lines that show an init system other than
// systemd, or systemd not running.
func (p servicePatterns) otherInitShown(lines []string) bool {
	for _, in := range p.inits {
		if in.init != ServiceSystemd && in.shown(lines) {
			return true
		}
		if in.init == ServiceSystemd && anyMatch(in.notRunning, lines) {
			return true
		}
	}
	return false
}

// serviceCommands are the start, enable and log commands of Docker's
// system service under an init system ("" where a step does not exist:
// upstart and the SysV script have no boot setting here).
func serviceCommands(init ServiceManager, logFile string) (start, enable, logs string) {
	tail := "sudo tail -n 50 " + logFile
	switch init {
	case ServiceSystemd:
		return "sudo systemctl start docker", "sudo systemctl enable docker", "sudo journalctl -u docker --no-pager -n 50"
	case ServiceOpenRC:
		return "sudo rc-service docker start", "sudo rc-update add docker default", tail
	case serviceUpstart:
		if logFile == DaemonLogFile {
			tail = "sudo tail -n 50 /var/log/upstart/docker.log"
		}
		return "sudo service docker start", "", tail
	case ServiceSysV:
		return "sudo service docker start", "", tail
	}
	return "", "", ""
}
