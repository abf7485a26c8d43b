package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
)

// runOnce probes once and prints the report: the mode for scripts, CI and
// any stdout that is not a terminal.
func runOnce(ctx context.Context, e env, o options, cat model.Catalog) int {
	eng := probe.NewEngine(o.probe)
	defer eng.Close()
	rep := model.Classify(eng.Cycle(ctx), cat)
	if o.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
		}
	} else {
		fmt.Fprint(e.stdout, renderText(rep))
	}
	return rep.ExitCode()
}
