package probe

import (
	"context"
	"fmt"
	"sync"

	"github.com/docker-git/docker-git-tui/model"
)

// Watch runs every watcher for cfg (the endpoint's socket directory, the
// group database, the controller's events) until ctx ends, sending triggers
// to out. A watcher that cannot run or stops says so with a Lost trigger of
// its own source, so the dashboard can show that only polling is left. The
// returned func waits until they have all stopped.
func Watch(ctx context.Context, cfg Config, out chan<- model.Trigger) (wait func()) {
	ep := ResolveEndpoint(cfg)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer survive(ctx, out, model.TriggerFileWatch)
		err := FileWatch{SocketPath: ep.SocketPath(), GroupDB: GroupDBPath}.Run(ctx, out)
		if err != nil {
			sendStatus(ctx, out, model.Trigger{Source: model.TriggerFileWatch, Lost: true, Detail: err.Error()})
		}
	}()
	go func() {
		defer wg.Done()
		defer survive(ctx, out, model.TriggerDockerEvent)
		EventWatch{Config: cfg}.Run(ctx, out)
	}()
	return wg.Wait
}

// survive keeps a failing watcher from taking the process (and the user's
// terminal) down with it: the watcher stops, polling carries on, and the
// dashboard is told which watcher was lost.
func survive(ctx context.Context, out chan<- model.Trigger, src model.TriggerSource) {
	if r := recover(); r != nil {
		sendStatus(ctx, out, model.Trigger{Source: src, Lost: true, Detail: fmt.Sprintf("stopped: %v", r)})
	}
}
