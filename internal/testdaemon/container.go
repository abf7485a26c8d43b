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
	// in the scratch image.
	Healthcheck *container.HealthConfig
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
	env := make([]string, 0, len(spec.Env))
	for k, v := range spec.Env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	cfg := &container.Config{
		Image:        spec.Image,
		Env:          env,
		ExposedPorts: network.PortSet{port: {}},
		Healthcheck:  spec.Healthcheck,
		Labels:       map[string]string{"io.docker-git.testdaemon": "controller"},
	}
	hc := &container.HostConfig{}
	if spec.HostPort != 0 {
		hc.PortBindings = network.PortMap{port: {{
			HostIP:   netip.AddrFrom4([4]byte{127, 0, 0, 1}),
			HostPort: strconv.Itoa(spec.HostPort),
		}}}
	}
	if spec.MountSocket {
		hc.Binds = []string{d.SocketPath() + ":/var/run/docker.sock"}
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
