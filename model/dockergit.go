package model

import "strings"

// docker-git's contract, as its source defines it (github.com/ProverCoderAI/docker-git).
const (
	// ComposeProject and ComposeService are the compose labels of docker-git's
	// controller container: `docker compose --project-name docker-git`,
	// service `api`.
	ComposeProject = "docker-git"
	ComposeService = "api"
	// LabelComposeProject and LabelComposeService are the labels compose
	// puts on every container it creates.
	LabelComposeProject = "com.docker.compose.project"
	LabelComposeService = "com.docker.compose.service"
	// LabelControllerRevision is the image label holding the revision the
	// controller image was built from.
	LabelControllerRevision = "io.prover-coder-ai.docker-git.controller-rev"
	// EnvControllerRevision and EnvRuntime are the controller container's
	// environment variables for its revision and its Docker runtime.
	EnvControllerRevision = "DOCKER_GIT_CONTROLLER_REV"
	EnvRuntime            = "DOCKER_GIT_DOCKER_RUNTIME"
	// RuntimeHost uses the host's daemon through a bind-mounted socket;
	// RuntimeIsolated runs its own dockerd inside the controller.
	RuntimeHost     = "host"
	RuntimeIsolated = "isolated"
	// DefaultAPIPort is the port docker-git publishes its API on
	// (DOCKER_GIT_API_PORT).
	DefaultAPIPort = 3334
	// CheckoutMaxDepth is how many directories docker-git walks up from the
	// working directory looking for its docker-compose.yml.
	CheckoutMaxDepth = 20
	// RemoteDockerMessage is what docker-git prints when DOCKER_HOST is
	// tcp:// or ssh:// and DOCKER_GIT_API_URL is unset.
	RemoteDockerMessage = "docker-git host CLI cannot auto-discover the controller over a remote DOCKER_HOST."
)

// DockerGitCommands are the commands of the docker-git CLI (aliases
// included). Remediation files may name no other `docker-git` subcommand.
func DockerGitCommands() []string {
	return []string{"menu", "browser", "create", "init", "clone", "open", "apply", "mcp-playwright",
		"attach", "tmux", "panes", "terms", "scrap", "sessions", "ps", "status", "apply-all",
		"down-all", "auth", "state"}
}

// CtlCommands are the `./ctl` commands of a docker-git checkout this tool
// offers.
func CtlCommands() []string { return []string{"up", "restart", "logs", "health"} }

// DockerGitFacts is what this machine offers docker-git itself: its CLI on
// PATH, a checkout around the working directory, and its API URL setting.
type DockerGitFacts struct {
	Attempted bool
	// CLIPath is `docker-git` found on PATH; "" when it is not there.
	CLIPath  string
	CLIFault *Fault
	// Cwd is the working directory the checkout walk started from.
	Cwd string
	// Checkout is the directory whose docker-compose.yml has service api
	// (found walking up from Cwd, at most CheckoutMaxDepth levels); "" when
	// there is none. HasCtl says its ./ctl is an executable file.
	Checkout string
	HasCtl   bool
	// CtlProject is the compose project ./ctl uses: it passes no
	// --project-name, so compose takes COMPOSE_PROJECT_NAME or the checkout
	// directory's name. Only when it is docker-git does ./ctl manage the
	// same controller as the CLI (which pins --project-name docker-git).
	CtlProject string
	// APIURLSet says DOCKER_GIT_API_URL is set to a URL docker-git treats as
	// explicit: not empty and not the default local URL
	// (http://127.0.0.1|localhost|[::1]:$DOCKER_GIT_API_PORT), which it only
	// adds to its candidates. DockerHost is DOCKER_HOST as docker-git reads
	// it ("" when unset).
	APIURLSet  bool
	DockerHost string
}

// CtlUsable reports whether the checkout's ./ctl manages docker-git's own
// controller (an executable ./ctl whose compose project is docker-git).
func (d DockerGitFacts) CtlUsable() bool {
	return d.Checkout != "" && d.HasCtl && d.CtlProject == ComposeProject
}

// PortFacts is who listens on the API port of this host.
type PortFacts struct {
	Attempted bool
	// Host and Port are the address the API is published on.
	Host string
	Port int
	// Listeners are the TCP sockets listening on Port at Host or a wildcard
	// address.
	Listeners []Listener
	Fault     *Fault
}

// Listener is one listening TCP socket and, when this user may see it,
// the process holding it.
type Listener struct {
	Addr string `json:"addr"`
	UID  int    `json:"uid"`
	// PID is 0 when no process visible to this user holds the socket.
	PID     int    `json:"pid"`
	Command string `json:"command"`
}

// IsDockerProxy reports whether the listener is a port proxy of the daemon
// (docker-proxy, or rootlesskit for a rootless daemon).
func (l Listener) IsDockerProxy() bool {
	exe := l.Command
	if i := strings.IndexByte(exe, ' '); i >= 0 {
		exe = exe[:i]
	}
	exe = exe[strings.LastIndexByte(exe, '/')+1:]
	return exe == "docker-proxy" || exe == "rootlesskit"
}

// RuntimeOfRevision is the runtime part of a docker-git revision
// (<16 hex>-<host|isolated>-<none|all>-skiller<0|1>); "" when the revision
// has another shape.
func RuntimeOfRevision(rev string) string {
	parts := strings.Split(rev, "-")
	if len(parts) != 4 || len(parts[0]) != 16 || !isHex(parts[0]) {
		return ""
	}
	if parts[1] == RuntimeHost || parts[1] == RuntimeIsolated {
		return parts[1]
	}
	return ""
}

func isHex(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return s != ""
}

// RealRevision reports whether rev names a build: not empty, not "unknown".
func RealRevision(rev string) bool { return rev != "" && rev != "unknown" }
