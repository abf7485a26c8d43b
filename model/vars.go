package model

import (
	"net/url"
	"path"
	"strings"
)

// Vars are the values remediation templates are filled with, and the facts
// that guard their sentences. Templates use values as {{.User}} in prose and
// {{q .User}} in commands (q shell-quotes).
//
// No value is ever empty: what nothing established is a placeholder such as
// <your user> (see the Placeholder constants), which q leaves bare so the
// reader sees it must be substituted, and a shell refuses to run it as is
// ("<" starts a redirection). A sentence that states a fact of this machine
// is guarded by the boolean that holds it ({{if .SocketSeen}}…{{end}}).
type Vars struct {
	// UID and GID are -1 unless User and Group are known (UserKnown,
	// GroupKnown): an int has no placeholder, so no template prints them
	// (truth_test.go checks).
	User       string
	UID        int
	Group      string
	GID        int
	SocketPath string
	SocketDir  string
	Host       string
	Context    string
	APIURL     string
	APIPort    string
	// APIElsewhere: the API URL names another host than this machine
	// (its loopback, or the controller's container name).
	APIElsewhere     bool
	Container        string
	AlternateHost    string
	AlternateProduct string
	AlternatePath    string
	ExpectedRevision string
	Revision         string
	// SSHTarget is the ssh destination of an ssh:// endpoint
	// (ssh://user@host:port, which ssh accepts as is); SSHHost is the name
	// known_hosts files it under ([host]:port when the port is not 22).
	SSHTarget string
	SSHHost   string
	// PlatformVars: the platform and its commands (model/platform_commands.go).
	PlatformVars
	// OverSSH: the endpoint is ssh://, so User, Group and SocketPath are the
	// remote side's (model/remote.go) and commands run through ssh.
	OverSSH bool
	// TLSFailure is the case of a TLS failure (model.TLSFailure); CertDir
	// and KeyFile are the TLS material in use, or placeholders.
	TLSFailure string
	CertDir    string
	KeyFile    string
	// CAInUse: a ca.pem was loaded and the daemon is verified against it.
	CAInUse bool
	// DaemonAddr is host:port of a tcp:// endpoint, or a placeholder.
	DaemonAddr string
	// EndpointSource is the setting that chose the endpoint (DOCKER_HOST,
	// --context, ...); ConfigFile the docker config.json in use. Both are
	// placeholders unless measured.
	EndpointSource string
	ConfigFile     string
	// EndpointTLSFile is the TLS file the docker CLI cannot read for this
	// endpoint (EndpointTLSFileMissing), or a placeholder.
	EndpointTLSFile string
	// StartUnsupervised and LogsUnsupervised start and follow a daemon
	// where no service manager runs (a paste showing systemctl without
	// systemd), whatever this machine's platform.
	StartUnsupervised string
	LogsUnsupervised  string

	// FromPaste is set for findings read from pasted text (explain): the
	// values are what the paste names, the rest placeholders, and no fact of
	// this machine was measured.
	FromPaste bool
	// Measured is set when the values come from probing this machine.
	Measured bool
	// HostKnown: Host is a real endpoint (resolved here, or named by the paste).
	HostKnown bool
	// HostName is the host name of a tcp:// or ssh:// endpoint, or a
	// placeholder.
	HostName string
	// EndpointFromEnv: this shell's DOCKER_HOST or DOCKER_CONTEXT chose
	// the endpoint; EndpointFromFlag: this tool's --host or --context did;
	// EndpointFromConfig: currentContext in ConfigFile did.
	EndpointFromEnv    bool
	EndpointFromFlag   bool
	EndpointFromConfig bool
	// EndpointTLSFileMissing: TLS is on and EndpointTLSFile, which the
	// docker CLI reads before it connects, does not exist.
	EndpointTLSFileMissing bool
	// UnixEndpoint: the endpoint is a unix socket (unix://); Remote: it is
	// tcp:// or ssh://, so no local socket file is involved.
	UnixEndpoint bool
	Remote       bool
	// SocketSeen: stat found something at SocketPath; SocketIsUnix: it is a
	// unix socket; SocketMissing: stat found nothing there.
	SocketSeen    bool
	SocketIsUnix  bool
	SocketMissing bool
	// UserKnown: User is this process's user name.
	UserKnown bool
	// GroupKnown: Group is the socket's group as stat saw it.
	GroupKnown bool
	// DBGroupsRead: the user database's groups for User were read, so
	// UserInDBGroup can be trusted; UserInDBGroup: it lists User in Group.
	DBGroupsRead  bool
	UserInDBGroup bool
	// SessionHasGroup: this process holds Group (primary or supplementary).
	SessionHasGroup bool
	// GroupRW: the socket's mode lets its group read and write it.
	GroupRW bool
	// AlternateSeen: a daemon answered at AlternateHost.
	AlternateSeen bool
	// PastedWording: what the wording of a pasted finding's statements
	// shows beyond its kind (all false for a live finding).
	PastedWording
	// AlternateNamed: the pasted text names AlternateHost as where Docker
	// is (a context, a daemon's -H, a socket found or said to be there).
	AlternateNamed bool
	// AlternateSystemd: the pasted text shows the system's docker.service
	// running, and AlternateHost is the default socket it serves.
	AlternateSystemd bool
	// RevisionKnown: the controller's /health reported Revision;
	// ExpectedRevisionKnown: --expected-revision set ExpectedRevision.
	RevisionKnown         bool
	ExpectedRevisionKnown bool

	// ClientInContainer: the pasted client that found no daemon at a unix
	// socket runs inside a container without the host's socket mounted
	// (Paste.ClientInContainer); ContainerRunMounted is the `docker run`
	// the paste shows starting it, with the host's socket mounted, or a
	// placeholder command.
	ClientInContainer   bool
	ContainerRunMounted string
	// CIJob: the pasted client runs in a job of this CI service
	// (Paste.CIJob); ContainerSocketDenied: the client denied the socket
	// runs in a container it is mounted into (Paste.ContainerSocketDenied).
	CIJob                 CIJob
	ContainerSocketDenied bool
	// AppStartShown: the paste shows the app's own start command (colima
	// start, podman machine start…) failing, the start this finding's
	// platform would give.
	AppStartShown bool

	// ControllerVars: docker-git's controller, checkout and API port.
	ControllerVars
	// ServiceVars: whether the platform's daemon serves the endpoint.
	ServiceVars
}

// Placeholders: what a value reads as when nothing established it.
const (
	PlaceholderUser             = "<your user>"
	PlaceholderJenkinsUser      = "<the user Jenkins runs as>"
	PlaceholderMinimumAPI       = "<the daemon's minimum API version>"
	PlaceholderGroup            = "<socket group>"
	PlaceholderSocketPath       = "<socket path>"
	PlaceholderSocketDir        = "<socket directory>"
	PlaceholderHost             = "<daemon endpoint>"
	PlaceholderContext          = "<context>"
	PlaceholderAPIURL           = "<API URL>"
	PlaceholderAPIPort          = "<API port>"
	PlaceholderContainer        = "<controller name>"
	PlaceholderAlternateHost    = "<other endpoint>"
	PlaceholderAlternateProduct = "<other daemon>"
	PlaceholderAlternatePath    = "<other socket>"
	PlaceholderExpectedRevision = "<expected revision>"
	PlaceholderRevision         = "<revision>"
	PlaceholderHostName         = "<daemon host name>"
	PlaceholderSSHHost          = "<ssh host>"
	PlaceholderEndpointSource   = "<endpoint setting>"
	PlaceholderConfigFile       = "<docker config.json>"
	PlaceholderCAFile           = "<ca.pem>"
)

// placeholderVars is a Vars with every value a placeholder and no fact held.
func placeholderVars() Vars {
	v := Vars{
		User: PlaceholderUser, UID: -1, Group: PlaceholderGroup, GID: -1,
		SocketPath: PlaceholderSocketPath, SocketDir: PlaceholderSocketDir, Host: PlaceholderHost,
		Context: PlaceholderContext, APIURL: PlaceholderAPIURL, APIPort: PlaceholderAPIPort,
		Container: PlaceholderContainer, AlternateHost: PlaceholderAlternateHost,
		AlternateProduct: PlaceholderAlternateProduct, AlternatePath: PlaceholderAlternatePath,
		ExpectedRevision: PlaceholderExpectedRevision, Revision: PlaceholderRevision, HostName: PlaceholderHostName,
		SSHTarget: PlaceholderSSHHost, SSHHost: PlaceholderSSHHost,
		TLSFailure: TLSNone, CertDir: PlaceholderCertDir, KeyFile: PlaceholderKeyFile, DaemonAddr: PlaceholderDaemonAddr,
		EndpointSource: PlaceholderEndpointSource, ConfigFile: PlaceholderConfigFile, EndpointTLSFile: PlaceholderCAFile,
		ContainerRunMounted: "docker run -v " + DefaultSocketPath + ":" + DefaultSocketPath + " <image> <command>",
		PastedWording:       PastedWording{MinimumAPI: PlaceholderMinimumAPI},
		ControllerVars:      controllerPlaceholders(),
		ServiceVars:         serviceDefaults(),
		PlatformVars:        platformPlaceholders(),
	}
	v.StartUnsupervised, v.LogsUnsupervised = unsupervisedCommands()
	return v
}

// PasteVars is a Vars of placeholders only, for text read from a paste:
// FromPaste is set and no fact of this machine is held.
func PasteVars() Vars {
	v := placeholderVars()
	v.FromPaste = true
	return v
}

// IsPlaceholder reports whether s is a placeholder (<...>) rather than a
// value: commands holding one must be edited before they can run.
func IsPlaceholder(s string) bool {
	return len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s[1:len(s)-1], "<>")
}

// setHost records a daemon endpoint (redacted) and what its scheme says:
// its socket path for unix://, Remote for tcp:// and ssh://, and the ssh
// destination. It is used for a resolved endpoint and for one a paste names.
func (v *Vars) setHost(host string) {
	if strings.TrimSpace(host) == "" {
		return
	}
	v.Host, v.HostKnown = RedactHost(host), true
	proto, addr, err := ParseHost(host)
	if err != nil {
		return
	}
	switch proto {
	case "unix":
		v.UnixEndpoint = true
		v.SocketPath, v.SocketDir = addr, path.Dir(addr)
	case "tcp", "ssh":
		v.Remote = true
		if u, err := url.Parse(host); err == nil && u.Hostname() != "" {
			v.HostName = u.Hostname()
		}
	}
	if proto == "ssh" {
		if u, err := url.Parse(host); err == nil && u.Hostname() != "" {
			v.SSHTarget = RedactHost(host)
			v.SSHHost = u.Hostname()
			if p := u.Port(); p != "" && p != "22" {
				v.SSHHost = "[" + u.Hostname() + "]:" + p
			}
		}
	}
}

// setAPIURL records the controller API URL and its port.
func (v *Vars) setAPIURL(raw string) {
	if raw == "" {
		return
	}
	v.APIURL = RedactHost(raw)
	if p := portOf(raw); p != "" {
		v.APIPort = p
	}
	if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
		h := u.Hostname()
		v.APIElsewhere = !thisMachine(h) && h != controllerName
	}
}

// VarsFrom collects template values and facts from a snapshot. A value no
// probe established stays a placeholder: nothing is filled in by convention.
func VarsFrom(s Snapshot) Vars {
	v := placeholderVars()
	v.Measured = true
	v.setPlatform(s.Platform)
	v.setService(s)
	if s.Endpoint.Fault == nil {
		v.setHost(s.Endpoint.Host)
	} else if s.Endpoint.Host != "" {
		v.Host, v.HostKnown = RedactHost(s.Endpoint.Host), true
	}
	if s.Endpoint.Context != "" {
		v.Context = s.Endpoint.Context
	}
	endpointSourceVars(&v, s.Endpoint)
	id := s.Identity
	if id.User != "" {
		v.User, v.UID, v.UserKnown = id.User, id.UID, true
	}
	if sock := s.Socket; sock.Attempted {
		if sock.Path != "" {
			v.SocketPath, v.SocketDir = sock.Path, path.Dir(sock.Path)
		}
		v.SocketMissing = !sock.Exists && sock.Fault.Is(ErrNotExist)
		if sock.Exists {
			v.SocketSeen = true
			v.SocketIsUnix = sock.FileType == "socket"
			v.GID, v.GroupKnown = sock.GID, true
			v.Group = orID(sock.Group, sock.GID)
			v.GroupRW = sock.GroupRW()
			inSession, inDB := groupMembership(id, sock.GID)
			v.SessionHasGroup = inSession
			v.DBGroupsRead = len(id.DBGroups) > 0 && id.Fault == nil
			v.UserInDBGroup = v.DBGroupsRead && inDB
		}
	}
	if s.Controller.Name != "" {
		v.Container = s.Controller.Name
	}
	v.setAPIURL(s.API.URL)
	controllerVars(s, &v)
	if s.ExpectedRevision != "" {
		v.ExpectedRevision, v.ExpectedRevisionKnown = s.ExpectedRevision, true
	}
	if s.API.Revision != "" {
		v.Revision, v.RevisionKnown = s.API.Revision, true
	}
	for _, a := range s.Alternates {
		if a.OK && a.Host != "" {
			v.AlternateHost, v.AlternateSeen = a.Host, true
			v.AlternatePath = strings.TrimPrefix(a.Host, "unix://")
			if a.Product != "" {
				v.AlternateProduct = a.Product
			}
			break
		}
	}
	remoteVars(&v, s)
	tlsVars(&v, s)
	return v
}

// portOf returns the port of an http URL, defaulting by scheme; "" when the
// URL does not parse.
func portOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return ""
	}
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "https" {
		return "443"
	}
	return "80"
}

// Facts are the verifiable statements remediation steps can be ticked by.
// A fact absent from the map is unknown and leaves its step manual.
type Facts map[string]bool

// Fact names used by `verify:` lines in the remediation files.
const (
	FactCLIFound            = "cli-found"
	FactComposeFound        = "compose-found"
	FactEndpointValid       = "endpoint-valid"
	FactSocketExists        = "socket-exists"
	FactDaemonAnswers       = "daemon-answers"
	FactUserInSocketGroup   = "user-in-socket-group"
	FactSessionHasGroup     = "session-has-socket-group"
	FactSocketGroupRW       = "socket-group-rw"
	FactControllerExists    = "controller-exists"
	FactControllerRunning   = "controller-running"
	FactControllerHealthy   = "controller-healthy"
	FactControllerMounts    = "controller-mounts-socket"
	FactAPIAnswers          = "api-answers"
	FactRevisionMatches     = "revision-matches"
	FactEndpointIsAlternate = "endpoint-is-alternate"
)

func knownFact(name string) bool {
	switch name {
	case FactCLIFound, FactComposeFound, FactEndpointValid, FactSocketExists, FactDaemonAnswers,
		FactUserInSocketGroup, FactSessionHasGroup, FactSocketGroupRW, FactControllerExists,
		FactControllerRunning, FactControllerHealthy, FactControllerMounts, FactAPIAnswers,
		FactRevisionMatches, FactEndpointIsAlternate:
		return true
	}
	return false
}

// endpointSourceVars records which setting chose the endpoint, and the
// config.json in use.
func endpointSourceVars(v *Vars, e Endpoint) {
	if e.ConfigFile != "" {
		v.ConfigFile = e.ConfigFile
	}
	if e.TLSFile != "" && e.Fault != nil {
		v.EndpointTLSFile, v.EndpointTLSFileMissing = e.TLSFile, true
	}
	if e.Source == "" {
		return
	}
	v.EndpointSource = string(e.Source)
	switch e.Source {
	case SourceDockerHost, SourceDockerContext:
		v.EndpointFromEnv = true
	case SourceHostFlag, SourceContextFlag:
		v.EndpointFromFlag = true
	case SourceConfigFile:
		v.EndpointFromConfig = true
	}
}
