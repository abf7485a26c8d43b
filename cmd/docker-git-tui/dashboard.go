package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
	"github.com/docker-git/docker-git-tui/tui"
)

// runDashboard opens the live dashboard: the probe engine on a tick, the
// watchers (socket directory, /etc/group, controller events) re-probing at
// once when something changes.
func runDashboard(ctx context.Context, e env, o options, cat model.Catalog) int {
	eng := probe.NewEngine(o.probe)
	defer eng.Close()

	wctx, stopWatchers := context.WithCancel(ctx)
	triggers := make(chan model.Trigger, 1)
	waitWatchers := probe.Watch(wctx, o.probe, triggers)
	defer func() { stopWatchers(); waitWatchers() }()

	probeFn := func(ctx context.Context) model.Report { return model.Classify(eng.Cycle(ctx), cat) }
	if e.getenv("DOCKER_GIT_TUI_TEST_PANIC") == "probe" {
		// Test hook: proves a crashing command restores the terminal.
		probeFn = func(context.Context) model.Report { panic("test panic in the probe command") }
	}
	m := tui.New(tui.Options{
		Probe:         probeFn,
		VerifyGroup:   func(ctx context.Context, group string) (model.Report, error) { return verifyUnderGroup(ctx, o, group) },
		Interval:      o.interval,
		Timeout:       o.probe.Timeout + o.probe.Timeout/2,
		ExitWhenReady: o.exitWhenReady,
		WaitFor:       o.waitFor,
		NoColor:       e.getenv("NO_COLOR") != "",
		Triggers:      triggers,
		Context:       ctx,
	})
	final, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithFPS(dashboardFPS)).Run()
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		// Bubble Tea has restored the terminal and printed the panic.
		fmt.Fprintln(e.stderr, crashNote("--once --json"))
		return exitCrash
	case err != nil && ctx.Err() == nil && !errors.Is(err, tea.ErrInterrupted):
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
		return exitCrash
	}
	if fm, ok := final.(tui.Model); ok {
		if g := fm.RestartGroup(); g != "" {
			stopWatchers()
			waitWatchers()
			eng.Close()
			return restartUnderGroup(e, g)
		}
		return fm.ExitCode()
	}
	return model.KindUnknown.ExitCode()
}

// selfPath is this binary, for re-running it under sg.
func selfPath() string {
	if p, err := os.Executable(); err == nil {
		return p
	}
	return os.Args[0]
}

// crashNote is what follows a recovered panic (Bubble Tea has restored the
// terminal and printed it): where to report it, and the command, run by this
// binary's own path (it need not be on PATH), whose output shows what was
// probed.
func crashNote(flags string) string {
	return "\ndocker-git-tui crashed: this is a bug. Please report it at " +
		"https://github.com/docker-git/docker-git-tui/issues with the panic above and the output of: " +
		model.ShellQuote(selfPath()) + " " + flags
}

// exitCrash is the exit code after an internal error or a recovered panic.
const exitCrash = 2

// dashboardFPS caps redraws (tui.FPS, where it is explained).
const dashboardFPS = tui.FPS
