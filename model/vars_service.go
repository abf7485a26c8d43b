package model

import (
	"net"
	"path"
	"regexp"
)

// ServiceVars say whether the platform's start, restart and log commands
// reach the endpoint in use, and what selects that endpoint when they do
// not. All false for a pasted finding: its commands are the platform's.
type ServiceVars struct {
	// ServiceElsewhere: the endpoint is one the daemon those commands act
	// on does not serve (a tcp:// or ssh:// endpoint, or a socket other
	// than its own), so starting, restarting or reading that daemon does
	// not make anything answer there.
	ServiceElsewhere bool
	// FromDockerHost, FromContextEnv, FromConfigContext, FromFlag: the
	// endpoint was selected by DOCKER_HOST, by DOCKER_CONTEXT, by
	// config.json's currentContext, or by this tool's --host or --context
	// flag.
	FromDockerHost    bool
	FromContextEnv    bool
	FromConfigContext bool
	FromFlag          bool
	// HostUnresolved: the endpoint's host name did not resolve (DNS), so no
	// host was contacted.
	HostUnresolved bool
	// CLIFails: the docker CLI on PATH was found but `docker --version`
	// failed (it crashed or hung), so it does not run.
	CLIFails bool
	// NotWSL: the platform was probed and is not WSL.
	NotWSL bool
	// DaemonLogMissing: the platform's daemon log file does not exist.
	DaemonLogMissing bool
	// DirBlocks: a directory above the socket, BlockedDir, does not let
	// this user search it, so the socket cannot be reached at all.
	DirBlocks  bool
	BlockedDir string
	// PortHere: the endpoint is tcp:// on this machine's loopback, at
	// LocalPort.
	PortHere  bool
	LocalPort string
	// Self is the command that runs this tool here (Platform.Self), or
	// its name when that was not probed.
	Self string
	// Pasted is what a paste shows of Docker's service and why the
	// daemon did not start (model/paste_service.go); nothing for a live
	// finding.
	Pasted PasteService
}

// PlaceholderPort is a port nothing established.
const PlaceholderPort = "<port>"

// SelfName is this tool's command name.
const SelfName = "docker-git-tui"

// serviceDefaults are the ServiceVars of a finding nothing was probed for.
func serviceDefaults() ServiceVars {
	return ServiceVars{Self: SelfName, BlockedDir: PlaceholderSocketDir, LocalPort: PlaceholderPort, Pasted: pasteServiceDefaults()}
}

// serviceSockets are the sockets a system daemon's service listens on
// when nothing configures it otherwise (/var/run is /run on current
// systems).
var serviceSockets = []string{DefaultSocketPath, "/run/docker.sock"}

// ServiceServes reports whether the daemon that the platform's start,
// restart and log commands act on serves the endpoint in use: the system
// service its default socket (or a link to it), a rootless daemon, Docker
// Desktop or a macOS app the socket it was recognised by, Docker Desktop
// on Windows its pipes.
func ServiceServes(s Snapshot) bool {
	e := s.Endpoint
	switch e.Proto {
	case "npipe":
		return true
	case "unix":
	default:
		return false
	}
	sock := e.Address
	target := s.Socket.LinkTarget
	if target != "" && !path.IsAbs(target) {
		target = path.Join(path.Dir(sock), target)
	}
	for _, p := range []string{sock, target} {
		for _, def := range serviceSockets {
			if p == def {
				return true
			}
		}
	}
	if s.Platform.MacOS() {
		return macInstallOf(sock) != "" || macInstallOf(target) != ""
	}
	switch s.Platform.Install {
	case InstallRootless, InstallDesktopLinux:
		// DetectInstall recognised them by this socket (or the context).
		return true
	}
	return false
}

// setService fills ServiceVars from a probed snapshot.
func (v *Vars) setService(s Snapshot) {
	cli := s.CLI
	v.CLIFails = cli.Attempted && cli.Found && !cli.WSLShim && cli.Fault != nil
	v.NotWSL = s.Platform.Attempted && !s.Platform.WSL
	v.DaemonLogMissing = s.Platform.DaemonLogMissing
	if d := s.Socket.BlockedDir; s.Socket.Attempted && d != "" {
		v.DirBlocks, v.BlockedDir = true, d
	}
	if s.Platform.Self != "" {
		v.Self = s.Platform.Self
	}
	if s.Endpoint.Fault != nil || s.Endpoint.Host == "" {
		return
	}
	v.ServiceElsewhere = s.Platform.Attempted && !ServiceServes(s)
	switch s.Endpoint.Source {
	case SourceDockerHost:
		v.FromDockerHost = true
	case SourceDockerContext:
		v.FromContextEnv = true
	case SourceConfigFile:
		v.FromConfigContext = true
	case SourceHostFlag, SourceContextFlag:
		v.FromFlag = true
	}
	if e := s.Endpoint; e.Proto == "tcp" && !hostElsewhere(e.Host) {
		if _, port, err := net.SplitHostPort(e.Address); err == nil && port != "" {
			v.PortHere, v.LocalPort = true, port
		}
	}
	if f := s.Daemon.Fault; f != nil && f.Class == ErrDNS {
		v.HostUnresolved = true
	}
}

// ServicePasted reports a pasted finding whose service steps follow what
// the paste shows of Docker's service (its init system, its log, a start
// it shows failing, the cause it states): the daemon is a system service
// of Linux reached here, not over ssh, not on another host, not an app's,
// and not one the paste shows no service manager for (nor Docker-in-
// Docker's, which its container's entrypoint starts).
func (v Vars) ServicePasted() bool {
	s := v.Pasted
	return v.FromPaste && !v.OverSSH && !v.ServiceElsewhere && !v.NoSystemd && s.Cause != CauseUnprivileged &&
		(v.OS == "" || v.OS == "linux") && (v.Install == "" || v.Install == InstallSystem) &&
		(s.Init != "" || s.LogFileNamed || s.StartFailedShown || s.Cause != "" || s.StartLimitHit)
}

// ReadWhyFirst: the log comes before any start, as the paste shows a start
// failing for a reason it does not state, or systemd refusing further
// starts (the reason is in the earlier ones' log).
func (v Vars) ReadWhyFirst() bool {
	s := v.Pasted
	return v.ServicePasted() && s.Cause == "" && (s.StartFailedShown || s.StartLimitHit)
}

// pastedServiceCommands are the start, enable and log commands of the
// init system the paste shows, when its steps follow the paste; else the
// platform's.
func (v Vars) pastedServiceCommands() (start, enable, logs string) {
	start, enable, logs = v.StartDaemon, v.EnableDaemon, v.DaemonLogs
	if !v.ServicePasted() {
		return start, enable, logs
	}
	s := v.Pasted
	if s.Init != "" {
		start, enable, logs = serviceCommands(s.Init, s.LogFile)
	}
	// The daemon's log file the paste names, where no journal keeps it.
	if s.LogFileNamed && s.Init != ServiceSystemd {
		logs = "sudo tail -n 50 " + s.LogFile
	}
	return start, enable, logs
}

// ServiceStart, ServiceEnable and ServiceLogs start Docker's service, make
// it start at boot and read its log ("" where the step does not exist).
func (v Vars) ServiceStart() string  { s, _, _ := v.pastedServiceCommands(); return s }
func (v Vars) ServiceEnable() string { _, e, _ := v.pastedServiceCommands(); return e }
func (v Vars) ServiceLogs() string   { _, _, l := v.pastedServiceCommands(); return l }

// rootRuntimeSocket is a docker socket in root's runtime directory
// (/run/user/0), where a rootless daemon of root's would listen: rootless
// Docker does not run as root, so none does.
var rootRuntimeSocket = regexp.MustCompile(`^/(var/)?run/user/0/docker\.sock$`)

// RootRuntimeSocket reports a pasted client pointed at a socket in root's
// runtime directory (a per-user, rootless socket path that root's client
// got through DOCKER_HOST or its context): the system service does not
// listen there, so starting it makes nothing answer there.
func (v Vars) RootRuntimeSocket() bool {
	return v.FromPaste && v.UnixEndpoint && !v.OverSSH && rootRuntimeSocket.MatchString(v.SocketPath)
}
