package probe

import (
	"context"
	"time"

	"github.com/moby/moby/client"

	"github.com/docker-git/docker-git-tui/model"
)

// controllerEvents are the container actions that change the controller's
// state as docker-git-tui reports it.
func controllerEvents() []string {
	return []string{"create", "start", "die", "stop", "kill", "restart", "pause", "unpause",
		"health_status", "destroy", "oom", "rename"}
}

// EventWatch follows the daemon's event stream, filtered to the controller
// container, and sends a trigger per event. When the stream drops (daemon
// restarted, socket gone) it reconnects with exponential backoff; there is
// never more than one stream.
type EventWatch struct {
	Config     Config
	MinBackoff time.Duration
	MaxBackoff time.Duration
	// Connected, when set, is told each time the stream attaches, so
	// tests and the timeline can see reconnects.
	Connected func()
}

// Run follows events until ctx ends.
func (ew EventWatch) Run(ctx context.Context, out chan<- model.Trigger) {
	if ew.MinBackoff <= 0 {
		ew.MinBackoff = 100 * time.Millisecond
	}
	if ew.MaxBackoff <= 0 {
		ew.MaxBackoff = 5 * time.Second
	}
	backoff := ew.MinBackoff
	for ctx.Err() == nil {
		attached := ew.follow(ctx, out)
		if attached {
			backoff = ew.MinBackoff
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		if !attached {
			backoff = min(backoff*2, ew.MaxBackoff)
		}
	}
}

// follow runs one stream until it ends; it reports whether it attached.
func (ew EventWatch) follow(ctx context.Context, out chan<- model.Trigger) bool {
	ep := ResolveEndpoint(ew.Config)
	d, err := NewDaemonEnv(ep, ew.Config.Env)
	if err != nil {
		sendStatus(ctx, out, model.Trigger{Source: model.TriggerDockerEvent, Lost: true, Detail: err.Error()})
		return false
	}
	defer d.Close()
	// The same TLS material as the probes (tcp:// endpoints).
	d.useTLS(ew.Config, ep)
	// Attach only to a daemon that answers: Events itself has no deadline.
	pingCtx, cancel := context.WithTimeout(ctx, ew.Config.Timeout)
	facts := d.Ping(pingCtx, false)
	cancel()
	if !facts.OK {
		return false
	}
	streamCtx, stop := context.WithCancel(ctx)
	defer stop()
	filters := make(client.Filters).Add("type", "container").Add("container", ew.Config.Container).
		Add("event", controllerEvents()...)
	res := d.Client().Events(streamCtx, client.EventsListOptions{Filters: filters})
	if ew.Connected != nil {
		ew.Connected()
	}
	// The daemon may have changed while we were detached.
	send(out, model.Trigger{Source: model.TriggerDockerEvent, Detail: "event stream attached"})
	for {
		select {
		case <-ctx.Done():
			return true
		case msg := <-res.Messages:
			send(out, model.Trigger{Source: model.TriggerDockerEvent, Detail: "container " + string(msg.Action)})
		case err := <-res.Err:
			if ctx.Err() != nil {
				return true
			}
			// The daemon went away or restarted, or refused the stream:
			// that is news too, and until the stream is back only polling
			// sees the controller change.
			detail := "event stream lost"
			if err != nil {
				detail += ": " + err.Error()
			}
			sendStatus(ctx, out, model.Trigger{Source: model.TriggerDockerEvent, Lost: true, Detail: detail})
			return true
		}
	}
}
