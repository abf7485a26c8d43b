package model

// PastedWording is what the wording of a paste's statements shows beyond
// their kind, so that its finding says no more and no less than the paste:
// ReadPaste sets it from the pasteWordings table (and from the commands the
// paste shows run), varsFromPaste hands it to the templates unchanged.
type PastedWording struct {
	// ComposeV1Missing: the paste shows Compose v1's docker-compose
	// program missing or not runnable (not `docker compose` failing).
	ComposeV1Missing bool
	// CLINotRunnable: the paste shows the docker program there but
	// not runnable (a library it needs is missing).
	CLINotRunnable bool
	// CLIAtPathMissing: the paste shows no runnable docker program at the
	// path it was run by (no file there, or no loader for it; no PATH was
	// searched).
	CLIAtPathMissing bool
	// WSLIntegrationStopped: the paste shows Docker Desktop's
	// integration with a WSL distro stopping (not turned off).
	WSLIntegrationStopped bool
	// NoSystemd: the paste shows systemctl, asked to start docker,
	// finding no systemd running.
	NoSystemd bool
	// HostNotResolved: the paste shows a client whose daemon's host
	// name did not resolve (nothing was connected to).
	HostNotResolved bool
	// CLIRelativePath: the paste shows docker found only through a
	// relative PATH entry, which the program refuses to run.
	CLIRelativePath bool
	// DesktopCLIShimBroken: the paste shows Docker Desktop's docker
	// command finding no com.docker.cli to run.
	DesktopCLIShimBroken bool
	// ClientTooOld: the paste shows the daemon refusing a client older
	// than it accepts (and not a client newer than the daemon).
	ClientTooOld bool
	// CLINewEnough: the paste also shows the docker CLI speaking an API
	// version at or above the daemon's minimum: the old client is a tool's
	// or library's own.
	CLINewEnough bool
	// CLIMadeRequest: the paste shows a docker CLI command right before
	// the refusal (the docker CLI made the refused request, not a tool).
	CLIMadeRequest bool
	// ComposeV1Client: the old client the paste shows is Compose v1
	// (docker-compose 1.x), which picks its API version from the compose
	// file's format or COMPOSE_API_VERSION; MinimumAPI is the daemon's
	// minimum the message names ("" when it names none).
	ComposeV1Client bool
	MinimumAPI      string
	// SessionInGroup: the paste shows `groups` or `id` listing the docker
	// group in the shell that ran them (UserSaidInGroup is set too).
	SessionInGroup bool
	// WSLUpdateNeeded: Docker Desktop on Windows says WSL needs an update
	// (or its installation is incomplete) before its engine can run.
	WSLUpdateNeeded bool
	// UsermodThenDenied: the paste shows its own usermod adding the user
	// to the group, then the socket refused in the same shell.
	UsermodThenDenied bool
	// SSHChannelRefused: sshd refused a channel on a connection it
	// accepted (paramiko's ChannelException, "open failed: Connect
	// failed").
	SSHChannelRefused bool
	// DaemonPackageMissing: the paste shows OpenWrt's docker package
	// holding the client only (its daemon is the dockerd package).
	DaemonPackageMissing bool
	// WSLMountUnknown: wsl.exe printed its usage for the --mount --vhd
	// Docker Desktop ran (an option this WSL does not have).
	WSLMountUnknown bool
	// DaemonTooOld: the paste shows a client asking for a newer API than
	// the daemon supports (and not the other way).
	DaemonTooOld bool
	// SELinuxDenied: the paste shows SELinux refusing a process the
	// daemon's socket (not its owner, group or mode).
	SELinuxDenied bool
	// SELinuxSuspected: the paste shows a tool, refused the daemon's
	// socket, saying that this may be SELinux's doing (its guess, not
	// SELinux's denial).
	SELinuxSuspected bool
	// SELinuxContainer: the denied process is a container's (its SELinux
	// type is container_t).
	SELinuxContainer bool
	// ServiceMasked: the paste shows systemd refusing to start the
	// docker unit because it is masked.
	ServiceMasked bool
	// DaemonStartFailed: the paste shows the daemon, or what runs it,
	// failing to start (not a client finding no daemon).
	DaemonStartFailed bool
	// ProxyAnswered: the paste shows a proxy in front of the engine
	// (Docker Desktop's, a socket proxy) answering a server error for it:
	// something listened, the engine behind it did not answer.
	ProxyAnswered bool
	// ConnectReasonUnsaid: the paste shows a client's or tool's message
	// that it could not connect, one it also prints for other causes (a
	// socket that refuses the user), and no reason.
	ConnectReasonUnsaid bool
	// ShellWithGroupAnswered: the paste shows Docker refusing the socket,
	// then answering in a shell started with the group (sg, newgrp).
	ShellWithGroupAnswered bool
	// DockerFailureUnsaid: the paste shows a tool saying only that a
	// docker command failed, without its error.
	DockerFailureUnsaid bool
	// ScriptMessageShown: the statements are a script's own message as
	// its source prints it (an echo line), not output: nothing shows it
	// run, nor why its check of Docker failed.
	ScriptMessageShown bool
	// MacOSTooOld: the paste shows Docker Desktop refusing to run on a
	// macOS older than the release it requires ("The application requires
	// macOS 11.0 or later"): starting it again fails the same way.
	MacOSTooOld bool
	// SSHFailureUnsaid: the paste shows ssh ending with its own
	// failure status (255) and not ssh's message.
	SSHFailureUnsaid bool
	// TLSFilesMissing: the paste shows a client that cannot read the
	// TLS files it is told to use (no handshake was tried).
	TLSFilesMissing bool
	// ClientRejectsEndpoint: the paste shows one client refusing the
	// form of an endpoint other clients may take.
	ClientRejectsEndpoint bool
	// PodmanConnectionInvalid: the paste shows Podman's own
	// connection setting unusable (no URI, or a machine that does not
	// exist).
	PodmanConnectionInvalid bool
	// UserSaidInGroup: the writer says the user is already a member of
	// the group (so no step tells them to join it).
	UserSaidInGroup bool
	// AlternateInEnv: the paste shows the shell's DOCKER_HOST already set
	// to the other endpoint (echo $DOCKER_HOST).
	AlternateInEnv bool
	// PermissionFindingToo: the paste also gives a socket-permission or
	// group finding, whose steps restore direct access.
	PermissionFindingToo bool
}

// seLinuxSuspected is a tool's message that a refused socket may be
// SELinux's doing (collectd's docker plugin: "Unable to access Docker
// daemon at … This may indicate SELinux problems").
const seLinuxSuspected = `\bThis may indicate SELinux problems\b`

// scriptMessage is a line of a script's source printing its own message
// (echo "Error: Docker is not running or not accessible").
const scriptMessage = `^[\s>]{0,3}(echo|printf|Write-(Host|Error|Output))\s+(-\w+\s+)*["']`
