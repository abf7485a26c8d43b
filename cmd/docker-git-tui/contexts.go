package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
	"github.com/docker-git/docker-git-tui/tui"

	tea "charm.land/bubbletea/v2"
)

// contextReport is one context's report in --all-contexts --json: the
// single-context report with the context's name and whether it is current.
type contextReport struct {
	Context string `json:"context"`
	Current bool   `json:"current"`
	model.Report
}

// probeAllContexts probes "default" and every context in the store at once
// (each with its own deadline) and classifies each.
func probeAllContexts(ctx context.Context, e env, o options, cat model.Catalog) ([]contextReport, error) {
	entries, err := probe.ListContexts(o.probe)
	cs := probe.NewContexts(entries)
	defer cs.Close()
	snaps := cs.Cycle(ctx)
	out := make([]contextReport, len(entries))
	for i, en := range entries {
		out[i] = contextReport{Context: en.Name, Current: en.Current, Report: model.Classify(snaps[i], cat)}
	}
	return out, err
}

// runAllContextsOnce prints one row (or one JSON report) per context and
// exits with the current context's code.
func runAllContextsOnce(ctx context.Context, e env, o options, cat model.Catalog) int {
	reps, err := probeAllContexts(ctx, e, o, cat)
	if err != nil {
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
	}
	if o.json {
		writeJSON(e, reps)
	} else {
		fmt.Fprint(e.stdout, renderContexts(reps))
	}
	for _, r := range reps {
		if r.Current {
			return r.ExitCode()
		}
	}
	return 0
}

// renderContexts is the contexts table: name (current marked *), endpoint,
// daemon version, status and the top finding.
func renderContexts(reps []contextReport) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "  CONTEXT\tENDPOINT\tDAEMON\tSTATUS\tTOP FINDING")
	for _, r := range reps {
		mark := " "
		if r.Current {
			mark = "*"
		}
		version := r.Daemon.Version
		if version == "" {
			version = "-"
		}
		status, top := "ok", "-"
		if f, ok := r.FirstError(); ok {
			status, top = "FAIL", fmt.Sprintf("%s: %s", f.Kind, f.Title)
		} else if len(r.Findings) > 0 {
			status, top = "warn", fmt.Sprintf("%s: %s", r.Findings[0].Kind, r.Findings[0].Title)
		}
		fmt.Fprintf(w, "%s %s\t%s\t%s\t%s\t%s\n", mark, r.Context, r.Endpoint.Host, version, status, top)
	}
	w.Flush()
	return b.String()
}

// runContextsDashboard is --all-contexts in a terminal: the live contexts
// list; enter opens a context's panels, esc returns to the list.
func runContextsDashboard(ctx context.Context, e env, o options, cat model.Catalog) int {
	entries, err := probe.ListContexts(o.probe)
	if err != nil {
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
	}
	cs := probe.NewContexts(entries)
	defer cs.Close()
	rows := make([]tui.ContextRow, len(entries))
	for i, en := range entries {
		rows[i] = tui.ContextRow{Name: en.Name, Host: en.Host, Current: en.Current}
	}
	m := tui.NewContexts(tui.ContextsOptions{
		Rows: rows,
		ProbeAll: func(ctx context.Context) []model.Report {
			snaps := cs.Cycle(ctx)
			reps := make([]model.Report, len(snaps))
			for i, s := range snaps {
				reps[i] = model.Classify(s, cat)
			}
			return reps
		},
		Open: func(i int) tui.Options {
			eng := cs.Engine(i)
			return tui.Options{
				Probe:    func(ctx context.Context) model.Report { return model.Classify(eng.Cycle(ctx), cat) },
				Interval: o.interval,
				Timeout:  o.probe.Timeout + o.probe.Timeout/2,
				NoColor:  e.getenv("NO_COLOR") != "",
				Context:  ctx,
			}
		},
		Interval: o.interval,
		Context:  ctx,
	})
	final, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithFPS(dashboardFPS)).Run()
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		fmt.Fprintln(e.stderr, crashNote("--once --all-contexts --json"))
		return exitCrash
	case err != nil && ctx.Err() == nil && !errors.Is(err, tea.ErrInterrupted):
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
		return exitCrash
	}
	if fm, ok := final.(tui.ContextsModel); ok {
		return fm.CurrentExitCode()
	}
	return model.KindUnknown.ExitCode()
}
