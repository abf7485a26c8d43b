package probe

import (
	"context"
	"fmt"
	"sync"

	"github.com/docker-git/docker-git-tui/model"
)

// Watch runs every watcher for cfg (the endpoint's socket directory, the
// group database, the controller's events) until ctx ends, sending triggers
// to out. The returned func waits until they have all stopped.
func Watch(ctx context.Context, cfg Config, out chan<- model.Trigger) (wait func()) {
	ep := ResolveEndpoint(cfg)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer survive(out)
		_ = FileWatch{SocketPath: ep.SocketPath(), GroupDB: GroupDBPath}.Run(ctx, out)
	}()
	go func() {
		defer wg.Done()
		defer survive(out)
		EventWatch{Config: cfg}.Run(ctx, out)
	}()
	return wg.Wait
}

// survive keeps a failing watcher from taking the process (and the user's
// terminal) down with it: the watcher stops, polling carries on, and one
// last re-probe is asked for.
func survive(out chan<- model.Trigger) {
	if r := recover(); r != nil {
		send(out, model.Trigger{Source: model.TriggerDockerEvent, Detail: fmt.Sprintf("watcher stopped: %v", r)})
	}
}
