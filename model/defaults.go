package model

// Every default of docker-git-tui is defined once, here (docker-git's own
// contract, such as DefaultAPIPort, lives in dockergit.go). probe, tui and
// cmd refer to these names; none repeats the value.
const (
	// DefaultGroup is the group a Docker socket conventionally belongs to,
	// named in the newgrp help when the report names no group.
	DefaultGroup = "docker"
	// DefaultContainer is docker-git's controller container
	// (DOCKER_GIT_API_CONTAINER_NAME overrides it).
	DefaultContainer = "docker-git-api"
	// DefaultSocketPath is the daemon's socket when nothing else is
	// configured (DefaultHost is its unix:// URL).
	DefaultSocketPath = "/var/run/docker.sock"
	// DefaultInfoEvery is how often, in probe cycles, /version, /info and
	// the sudo fallback are asked again while nothing changed: /info costs
	// about 100 pings.
	DefaultInfoEvery = 30
)

// Container states as the daemon reports them (the values of moby's
// container.ContainerState, which model cannot import).
const (
	ContainerRunning    = "running"
	ContainerPaused     = "paused"
	ContainerRestarting = "restarting"
)
