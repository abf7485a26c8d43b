package probe

import (
	"context"
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
		_ = FileWatch{SocketPath: ep.SocketPath(), GroupDB: GroupDBPath}.Run(ctx, out)
	}()
	go func() {
		defer wg.Done()
		EventWatch{Config: cfg}.Run(ctx, out)
	}()
	return wg.Wait
}
