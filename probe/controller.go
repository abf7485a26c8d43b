package probe

import (
	"context"
	"fmt"
	"sort"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectController reads the controller container's state, health, ports
// and mounts from the daemon.
func InspectController(ctx context.Context, cli *client.Client, name string) model.ControllerFacts {
	f := model.ControllerFacts{Attempted: true, Name: name}
	res, err := cli.ContainerInspect(ctx, name, client.ContainerInspectOptions{})
	if err != nil {
		f.Fault = model.NewFault(err)
		if cerrdefs.IsNotFound(err) {
			f.Fault.Class = model.ErrNotExist
		}
		return f
	}
	c := res.Container
	f.Exists = true
	f.RestartCount = c.RestartCount
	if st := c.State; st != nil {
		f.State = string(st.Status)
		f.ExitCode = st.ExitCode
		f.OOMKilled = st.OOMKilled
		f.Error = st.Error
		if st.Health != nil {
			f.Health = string(st.Health.Status)
		}
	}
	if ns := c.NetworkSettings; ns != nil {
		for port, bindings := range ns.Ports {
			for _, b := range bindings {
				ip := ""
				if b.HostIP.IsValid() {
					ip = b.HostIP.String()
				}
				f.Ports = append(f.Ports, model.PortBinding{ContainerPort: port.String(), HostIP: ip, HostPort: b.HostPort})
			}
		}
		sort.Slice(f.Ports, func(i, j int) bool {
			return f.Ports[i].ContainerPort+f.Ports[i].HostPort < f.Ports[j].ContainerPort+f.Ports[j].HostPort
		})
	}
	for _, m := range c.Mounts {
		f.Mounts = append(f.Mounts, fmt.Sprintf("%s:%s (%s)", m.Source, m.Destination, m.Type))
		if m.Destination == model.SocketMountTarget {
			f.MountsSocket = true
		}
	}
	return f
}
