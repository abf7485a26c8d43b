//go:build linux

package testdaemon

import (
	"context"
	"fmt"
	"net/netip"
	"sort"
	"strconv"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/mount"
	"github.com/moby/moby/api/types/network"
	"github.com/moby/moby/client"
)

// ControllerSpec describes a controller container for RunController.
type ControllerSpec struct {
	Name  string // container name; empty lets dockerd pick one
	Image string // usually the tag passed to BuildControllerImage
	// HostPort publishes 127.0.0.1:HostPort -> 3334/tcp (via docker-proxy);
	// 0 publishes nothing.
	HostPort int
	// MountSocket bind-mounts this daemon's socket to /var/run/docker.sock,
	// as the real controller is deployed.
	MountSocket bool
	// Env is passed to the container, e.g. REVISION, HEALTH_STATUS, EXIT_CODE.
	Env map[string]string
	// Start false only creates the container (state "created").
	Start bool
	// Healthcheck is optional; ControllerHealthcheck returns one that works
	// in the scratch image. docker-git's own image has none.
	Healthcheck *container.HealthConfig

	// Plain creates a bare container. Otherwise it is created the way
	// docker-git's `docker compose --project-name docker-git up` creates its
	// controller: compose's labels (project docker-git, service api), the
	// env DOCKER_GIT_API_PORT, DOCKER_GIT_CONTROLLER_REV and
	// DOCKER_GIT_DOCKER_RUNTIME, and for the isolated runtime a volume at
	// /var/lib/docker instead of the socket. (compose's restart policy
	// unless-stopped is left out, so a crashing test controller stays
	// exited.)
	Plain bool
	// Runtime is DOCKER_GIT_DOCKER_RUNTIME: "host" (the default) or
	// "isolated".
	Runtime string
	// Revision is DOCKER_GIT_CONTROLLER_REV (default
	// DefaultControllerRevision, the label of BuildControllerImage's image).
	Revision string
	// SocketSource bind-mounts this host path at /var/run/docker.sock
	// instead of the daemon's own socket (with MountSocket).
	SocketSource string
}

// ControllerHealthcheck is a fast Docker healthcheck for the controller image:
// the binary itself probes /health (scratch images have no curl or shell).
func ControllerHealthcheck() *container.HealthConfig {
	return &container.HealthConfig{
		Test:     []string{"CMD", "/controller", "healthcheck"},
		Interval: time.Second,
		Timeout:  2 * time.Second,
		Retries:  1,
	}
}

// RunController creates (and, if spec.Start, starts) a controller container
// and returns its id. If starting fails, the id is still returned so the
// caller can inspect the container; Close removes it either way.
func (d *Daemon) RunController(ctx context.Context, spec ControllerSpec) (string, error) {
	port := network.MustParsePort(strconv.Itoa(containerPort) + "/tcp")
	labels := map[string]string{"io.docker-git.testdaemon": "controller"}
	vars := map[string]string{}
	if !spec.Plain {
		if spec.Runtime == "" {
			spec.Runtime = "host"
		}
		if spec.Revision == "" {
			spec.Revision = DefaultControllerRevision
		}
		// What compose puts on the containers it creates.
		labels["com.docker.compose.project"] = "docker-git"
		labels["com.docker.compose.service"] = "api"
		labels["com.docker.compose.oneoff"] = "False"
		labels["com.docker.compose.container-number"] = "1"
		vars["DOCKER_GIT_API_PORT"] = strconv.Itoa(containerPort)
		vars["DOCKER_GIT_CONTROLLER_REV"] = spec.Revision
		vars["DOCKER_GIT_DOCKER_RUNTIME"] = spec.Runtime
	}
	for k, v := range spec.Env {
		vars[k] = v
	}
	env := make([]string, 0, len(vars))
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	cfg := &container.Config{
		Image:        spec.Image,
		Env:          env,
		ExposedPorts: network.PortSet{port: {}},
		Healthcheck:  spec.Healthcheck,
		Labels:       labels,
	}
	hc := &container.HostConfig{}
	if !spec.Plain {
		if spec.Runtime == "isolated" {
			// docker-git's isolated runtime: its own dockerd's data in a
			// volume, no socket from the host.
			hc.Mounts = []mount.Mount{{Type: mount.TypeVolume, Source: "dgt-docker-data-" + spec.Name, Target: "/var/lib/docker"}}
		}
	}
	if spec.HostPort != 0 {
		hc.PortBindings = network.PortMap{port: {{
			HostIP:   netip.AddrFrom4([4]byte{127, 0, 0, 1}),
			HostPort: strconv.Itoa(spec.HostPort),
		}}}
	}
	if spec.MountSocket {
		src := d.SocketPath()
		if spec.SocketSource != "" {
			src = spec.SocketSource
		}
		hc.Binds = []string{src + ":/var/run/docker.sock"}
	}
	res, err := d.cli.ContainerCreate(ctx, client.ContainerCreateOptions{Name: spec.Name, Config: cfg, HostConfig: hc})
	if err != nil {
		return "", fmt.Errorf("testdaemon: create %q: %w", spec.Name, err)
	}
	if spec.Start {
		if err := d.StartContainer(ctx, res.ID); err != nil {
			return res.ID, err
		}
	}
	return res.ID, nil
}

// StartContainer starts a created or stopped container (name or id).
func (d *Daemon) StartContainer(ctx context.Context, name string) error {
	if _, err := d.cli.ContainerStart(ctx, name, client.ContainerStartOptions{}); err != nil {
		return fmt.Errorf("testdaemon: start %q: %w", name, err)
	}
	return nil
}

// StopContainer stops a container (SIGTERM, SIGKILL after 10s; the
// controller handles SIGTERM, so this is normally immediate).
func (d *Daemon) StopContainer(ctx context.Context, name string) error {
	timeout := 10
	if _, err := d.cli.ContainerStop(ctx, name, client.ContainerStopOptions{Timeout: &timeout}); err != nil {
		return fmt.Errorf("testdaemon: stop %q: %w", name, err)
	}
	return nil
}

// RemoveContainer force-removes a container, running or not.
func (d *Daemon) RemoveContainer(ctx context.Context, name string) error {
	if _, err := d.cli.ContainerRemove(ctx, name, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
		return fmt.Errorf("testdaemon: remove %q: %w", name, err)
	}
	return nil
}

// WaitExited blocks until the container is not running and returns its exit
// code. A container that was only created counts as not running.
func (d *Daemon) WaitExited(ctx context.Context, name string) (int, error) {
	res := d.cli.ContainerWait(ctx, name, client.ContainerWaitOptions{Condition: container.WaitConditionNotRunning})
	select {
	case r := <-res.Result:
		if r.Error != nil && r.Error.Message != "" {
			return int(r.StatusCode), fmt.Errorf("testdaemon: wait %q: %s", name, r.Error.Message)
		}
		return int(r.StatusCode), nil
	case err := <-res.Error:
		return 0, fmt.Errorf("testdaemon: wait %q: %w", name, err)
	}
}

// ContainerState returns the container's inspected state.
func (d *Daemon) ContainerState(ctx context.Context, name string) (*container.State, error) {
	res, err := d.cli.ContainerInspect(ctx, name, client.ContainerInspectOptions{})
	if err != nil {
		return nil, fmt.Errorf("testdaemon: inspect %q: %w", name, err)
	}
	if res.Container.State == nil {
		return nil, fmt.Errorf("testdaemon: inspect %q: no state", name)
	}
	return res.Container.State, nil
}
