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
		writeJSON(e, rep)
	} else {
		fmt.Fprint(e.stdout, renderText(rep))
	}
	return rep.ExitCode()
}

// writeJSON prints v as indented JSON, the form of every --json output.
func writeJSON(e env, v any) {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
	}
}
