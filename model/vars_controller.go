package model

import (
	"strconv"
	"strings"
)

// ControllerVars are the template values of docker-git's controller, its
// checkout and its port. Vars embeds them, so templates read {{.Checkout}}.
type ControllerVars struct {
	// Wanted is the controller name this tool looks for (--container,
	// DOCKER_GIT_API_CONTAINER_NAME); Container is the one found.
	Wanted string
	// Checkout is the docker-git checkout around the working directory;
	// InCheckout says there is one whose ./ctl manages docker-git's own
	// controller (DockerGitFacts.CtlUsable), and Ctl is how to run it from
	// the working directory ("./ctl" there, "cd <checkout> && ./ctl" below
	// it), so {{.Ctl}} up is a real command.
	Checkout   string
	InCheckout bool
	Ctl        string
	// ControllerExists and ControllerRunning are what the inspect saw.
	ControllerExists  bool
	ControllerRunning bool
	// ControllerPaused: the inspect saw it paused; ControllerNotPaused:
	// it saw another state (exited, created, dead, running).
	ControllerPaused    bool
	ControllerNotPaused bool
	// ControllerNameTaken: a container that is not docker-git's holds the
	// controller's name.
	ControllerNameTaken bool
	// HealthForeign: the container was made for the expected revision, but
	// /health reports another one that is neither the container's nor its
	// image's: what answers on the API port is not this controller.
	HealthForeign bool
	// SocketSource is the host path the controller mounts at
	// /var/run/docker.sock.
	SocketSource string
	// PortPID is the pid holding the API port; PortOwnerKnown says it was
	// visible to this user.
	PortPID        string
	PortOwnerKnown bool
	// DockerHostEnv is DOCKER_HOST as docker-git reads it (its process
	// environment, redacted), or a placeholder when it is unset.
	DockerHostEnv string
}

// Placeholders of the controller values.
const (
	PlaceholderCheckout     = "<your docker-git checkout>"
	PlaceholderSocketSource = "<mounted path>"
	PlaceholderPID          = "<pid>"
	PlaceholderCtl          = "cd <your docker-git checkout> && ./ctl"
	PlaceholderDockerHost   = "<DOCKER_HOST value>"
)

func controllerPlaceholders() ControllerVars {
	return ControllerVars{Wanted: PlaceholderContainer, Checkout: PlaceholderCheckout,
		SocketSource: PlaceholderSocketSource, PortPID: PlaceholderPID, Ctl: PlaceholderCtl,
		DockerHostEnv: PlaceholderDockerHost}
}

// controllerVars fills the controller values from a snapshot into v.
func controllerVars(s Snapshot, v *Vars) {
	cv := &v.ControllerVars
	if w := s.Controller.Wanted; w != "" {
		cv.Wanted = w
	}
	if h := strings.TrimSpace(s.DockerGit.DockerHost); h != "" {
		cv.DockerHostEnv = RedactHost(h)
	}
	if d := s.DockerGit; d.CtlUsable() {
		cv.Checkout, cv.InCheckout, cv.Ctl = d.Checkout, true, "./ctl"
		if d.Cwd != d.Checkout {
			cv.Ctl = "cd " + quoteValue(d.Checkout) + " && ./ctl"
		}
	}
	if ct := s.Controller; s.Daemon.OK && ct.Attempted {
		cv.ControllerExists = ct.Exists
		cv.ControllerRunning = ct.Exists && ct.State == ContainerRunning
		cv.ControllerPaused = ct.Exists && ct.State == ContainerPaused
		cv.ControllerNotPaused = ct.Exists && ct.State != "" && ct.State != ContainerPaused
		cv.ControllerNameTaken = ct.Squatter != nil
	}
	cv.HealthForeign = healthForeign(s)
	if src := s.Controller.SocketSource; src != "" {
		cv.SocketSource = src
	}
	if p := s.Port; p.Attempted && p.Port > 0 {
		if IsPlaceholder(v.APIPort) {
			v.APIPort = strconv.Itoa(p.Port)
		}
		for _, l := range p.Listeners {
			if l.PID > 0 && !l.IsDockerProxy() {
				cv.PortPID, cv.PortOwnerKnown = strconv.Itoa(l.PID), true
				break
			}
		}
	}
}
