package probe

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"

	"github.com/docker-git/docker-git-tui/model"
)

// ControllerLookup says where the controller is looked for and what this
// host can check about it.
type ControllerLookup struct {
	// Name is the configured container name.
	Name string
	// DaemonSocket is the socket the daemon listens on when it is local
	// (a unix endpoint); "" otherwise, and then the controller's mount
	// source is not looked at on this host.
	DaemonSocket string
}

// imageRevisions caches the controller-rev label by image id: an image's
// labels never change.
type imageRevisions map[string]string

// InspectController finds docker-git's controller the way docker-git names
// it: by the configured name, else by its compose labels (project
// docker-git, service api). A container holding the name without those
// labels is recorded as a squatter. It reads the controller's state,
// ports, mounts, runtime and revisions.
func InspectController(ctx context.Context, cli *client.Client, look ControllerLookup, cache imageRevisions) model.ControllerFacts {
	f := model.ControllerFacts{Attempted: true, Wanted: look.Name, Name: look.Name}
	res, err := cli.ContainerInspect(ctx, look.Name, client.ContainerInspectOptions{})
	switch {
	case err != nil && !cerrdefs.IsNotFound(err):
		f.Fault = model.NewFault(err)
		return f
	case err == nil:
		c := res.Container
		project, service := composeLabels(c.Config)
		if project == model.ComposeProject && service == model.ComposeService {
			fill(ctx, cli, &f, c, look, cache)
			return f
		}
		f.Squatter = &model.ContainerRef{Name: strings.TrimPrefix(c.Name, "/"), Project: project, Service: service}
		if c.Config != nil {
			f.Squatter.Image = c.Config.Image
		}
		if c.State != nil {
			f.Squatter.State = string(c.State.Status)
		}
	}
	// Not under its name: look for compose's labels.
	list, err := cli.ContainerList(ctx, client.ContainerListOptions{All: true, Filters: client.Filters{}.
		Add("label", model.LabelComposeProject+"="+model.ComposeProject, model.LabelComposeService+"="+model.ComposeService)})
	if err != nil {
		f.Fault = model.NewFault(err)
		return f
	}
	items := list.Items
	// A running one first, then by name, so the choice is stable.
	sort.Slice(items, func(i, j int) bool {
		ri, rj := items[i].State == container.StateRunning, items[j].State == container.StateRunning
		if ri != rj {
			return ri
		}
		return strings.Join(items[i].Names, ",") < strings.Join(items[j].Names, ",")
	})
	for _, it := range items {
		res, err := cli.ContainerInspect(ctx, it.ID, client.ContainerInspectOptions{})
		if err != nil {
			continue // removed in between
		}
		fill(ctx, cli, &f, res.Container, look, cache)
		f.ByLabels = f.Name != f.Wanted
		return f
	}
	f.Fault = model.FaultOf(model.ErrNotExist, fmt.Sprintf("no container named %s and none labelled %s=%s, %s=%s",
		look.Name, model.LabelComposeProject, model.ComposeProject, model.LabelComposeService, model.ComposeService))
	return f
}

func composeLabels(cfg *container.Config) (project, service string) {
	if cfg == nil {
		return "", ""
	}
	return cfg.Labels[model.LabelComposeProject], cfg.Labels[model.LabelComposeService]
}

// fill records an inspected controller container.
func fill(ctx context.Context, cli *client.Client, f *model.ControllerFacts, c container.InspectResponse, look ControllerLookup, cache imageRevisions) {
	f.Exists = true
	f.Name = strings.TrimPrefix(c.Name, "/")
	f.RestartCount = c.RestartCount
	f.Project, f.Service = composeLabels(c.Config)
	if st := c.State; st != nil {
		f.State = string(st.Status)
		f.ExitCode = st.ExitCode
		f.OOMKilled = st.OOMKilled
		f.Error = st.Error
		if st.Health != nil {
			f.Health = string(st.Health.Status)
		}
	}
	if c.Config != nil {
		for _, kv := range c.Config.Env {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case model.EnvRuntime:
				f.Runtime = v
			case model.EnvControllerRevision:
				f.EnvRevision = v
			}
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
			f.SocketSource = m.Source
		}
	}
	if f.SocketSource != "" && look.DaemonSocket != "" {
		f.SourceType, f.SourceIsDaemon = mountSource(f.SocketSource, look.DaemonSocket)
	}
	if rev, ok := cache[c.Image]; ok {
		f.ImageRevision, f.ImageRead = rev, true
	} else if img, err := cli.ImageInspect(ctx, c.Image); err == nil {
		if img.Config != nil {
			f.ImageRevision = img.Config.Labels[model.LabelControllerRevision]
		}
		f.ImageRead = true
		cache[c.Image] = f.ImageRevision
	}
}

// mountSource says what the controller's socket mount source is on this
// host, and whether it is the daemon's own socket.
func mountSource(src, daemonSocket string) (kind string, isDaemon bool) {
	fi, err := os.Stat(src)
	if err != nil {
		if os.IsNotExist(err) {
			return "missing", false
		}
		return "unreadable path", false
	}
	kind = fileType(fi.Mode())
	if fi.IsDir() {
		if entries, err := os.ReadDir(src); err == nil && len(entries) == 0 {
			kind = "empty directory"
		}
	}
	if d, err := os.Stat(daemonSocket); err == nil {
		isDaemon = os.SameFile(fi, d)
	}
	return kind, isDaemon
}
