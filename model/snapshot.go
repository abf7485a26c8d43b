package model

import "time"

// Snapshot is everything one probe cycle found out, as plain data. Probes
// fill it; Classify reads it. A zero sub-struct with Attempted false means the
// probe did not run (skipped because something it depends on failed).
type Snapshot struct {
	// Platform is the machine: OS, distribution, WSL, service manager, how
	// Docker is installed (model/platform.go).
	Platform   Platform
	Endpoint   Endpoint
	Identity   Identity
	Socket     SocketFacts
	CLI        CLIFacts
	Daemon     DaemonFacts
	Alternates []AlternateFacts
	Sudo       SudoFacts
	Controller ControllerFacts
	API        APIFacts
	// SSH is the ssh transport of an ssh:// endpoint (model/remote.go).
	SSH SSHFacts
	// TLS is the TLS material and handshake of a tcp:// endpoint
	// (model/tls.go).
	TLS TLSFacts
	// DockerGit is docker-git's CLI, checkout and settings on this machine;
	// Port is who holds the API port.
	DockerGit DockerGitFacts
	Port      PortFacts

	// ExpectedRevision is the controller revision the user asked for
	// (--expected-revision); empty means "any".
	ExpectedRevision string
	// Durations holds how long each check's probes took.
	Durations map[CheckID]time.Duration
}

// Identity is who the probing process is and which groups it holds.
type Identity struct {
	UID  int
	User string
	GID  int
	// Groups are the supplementary groups of this process (getgroups). They
	// decide socket access, not the user database.
	Groups []Group
	// DBGroups are the groups the user database lists the user in; a group in
	// DBGroups but not in Groups is the "needs newgrp" case.
	DBGroups []Group
	Fault    *Fault
}

// Group is a unix group id with its name (empty when unknown).
type Group struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// SocketFacts describes the unix socket of the endpoint. Attempted is false
// for non-unix endpoints.
type SocketFacts struct {
	Attempted bool
	Path      string
	Exists    bool
	// FileType is "socket", "regular", "directory", "symlink", "other" or "".
	FileType string
	// LinkTarget is set when Path is a symlink.
	LinkTarget string
	UID        int
	Owner      string
	GID        int
	Group      string
	// Mode holds the permission bits (0o777 mask).
	Mode  uint32
	Fault *Fault
	// BlockedDir is the highest directory above Path this user may stat
	// but not search (a stat below it fails with a permission error), when
	// Path itself could not be stat-ed for that reason; BlockedDirOwner,
	// BlockedDirGroup and BlockedDirMode describe it.
	BlockedDir      string
	BlockedDirOwner string
	BlockedDirGroup string
	BlockedDirMode  uint32
}

// GroupRW reports whether the socket's group may read and write it.
func (s SocketFacts) GroupRW() bool { return s.Mode&0o060 == 0o060 }

// CLIFacts describes the docker CLI and its compose plugin.
type CLIFacts struct {
	Attempted bool
	Found     bool
	Path      string
	Version   string
	Fault     *Fault
	// WSLShim: the `docker` on PATH is Docker Desktop's WSL shim, which
	// only says the distro's integration is off.
	WSLShim        bool
	ComposeFound   bool
	ComposeVersion string
	ComposeFault   *Fault
}

// DaemonFacts is what talking to the daemon at the main endpoint gave.
type DaemonFacts struct {
	Attempted bool
	OK        bool
	// Connected is true when the transport connection was established, even
	// if the daemon then did not answer: it separates "unresponsive" from
	// "unreachable".
	Connected     bool
	Fault         *Fault
	APIVersion    string
	ServerVersion string
	MinAPIVersion string
	OSType        string
	// ClientMinAPI and ClientMaxAPI are the API range this build speaks.
	ClientMinAPI string
	ClientMaxAPI string
	// InfoFetched says whether /info was read this cycle (it is costly, so it
	// is only fetched on a state change or every Nth cycle).
	InfoFetched bool
	Rootless    bool
	Name        string
}

// AlternateFacts is one of the other known daemon sockets (rootless Docker,
// Docker Desktop, Colima, Podman, ...), tried when the main endpoint fails.
type AlternateFacts struct {
	Product string
	Host    string
	OK      bool
	Fault   *Fault
}

// SudoFacts is the passwordless sudo fallback (sudo -n docker info).
type SudoFacts struct {
	Attempted bool
	OK        bool
	// SkipReason says why it did not run ("--no-sudo", "running as root",
	// "direct access works").
	SkipReason string
	Fault      *Fault
}

// ControllerFacts describes the docker-git-api container.
type ControllerFacts struct {
	Attempted bool
	// Wanted is the configured name (--container,
	// DOCKER_GIT_API_CONTAINER_NAME); Name is the container's real name: the
	// same, or another one when it was found by its compose labels (ByLabels).
	Wanted   string
	Name     string
	ByLabels bool
	Exists   bool
	// Project and Service are its compose labels ("" when absent).
	Project string
	Service string
	// Runtime is DOCKER_GIT_DOCKER_RUNTIME from its env ("" when unset);
	// EnvRevision is DOCKER_GIT_CONTROLLER_REV, ImageRevision the image's
	// controller-rev label (ImageRead: the image was inspected).
	Runtime       string
	EnvRevision   string
	ImageRevision string
	ImageRead     bool
	// SocketSource is the host path bind-mounted at SocketMountTarget.
	// SourceType is what that path is on this host ("socket", "directory",
	// "missing", ...; "" when not looked at: the daemon is not local), and
	// SourceIsDaemon says it is the socket this daemon listens on.
	SocketSource   string
	SourceType     string
	SourceIsDaemon bool
	// Squatter is a container holding the configured name without
	// docker-git's compose labels.
	Squatter     *ContainerRef
	State        string
	ExitCode     int
	OOMKilled    bool
	Error        string
	RestartCount int
	Health       string
	Ports        []PortBinding
	MountsSocket bool
	Mounts       []string
	Fault        *Fault
}

// PortBinding is one published container port.
type PortBinding struct {
	ContainerPort string `json:"container_port"`
	HostIP        string `json:"host_ip"`
	HostPort      string `json:"host_port"`
}

// APIFacts is the controller API health probe.
type APIFacts struct {
	Attempted bool
	URL       string
	Status    int
	Latency   time.Duration
	Revision  string
	// RevisionNull is a "revision": null answer; Revision is then "".
	RevisionNull bool
	// OK, Cwd and ProjectsRoot are the other fields of docker-git's
	// /health answer (OK "" when absent, else "true"/"false").
	OK           string
	Cwd          string
	ProjectsRoot string
	// BodyFault is set when the body was not the expected JSON.
	BodyFault *Fault
	Fault     *Fault
}

// ContainerRef is a container other than the controller, named in evidence.
type ContainerRef struct {
	Name    string
	Image   string
	State   string
	Project string
	Service string
}
