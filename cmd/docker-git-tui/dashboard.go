package main

import (
	"context"

	"github.com/docker-git/docker-git-tui/model"
)

// runDashboard opens the live dashboard. Until the TUI is wired it falls
// back to the one-shot report.
func runDashboard(ctx context.Context, e env, o options, cat model.Catalog) int {
	return runOnce(ctx, e, o, cat)
}
