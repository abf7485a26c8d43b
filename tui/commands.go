package tui

import (
	"context"
	"os/exec"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// This file holds every tea.Cmd constructor. It is the only place that calls
// the Options funcs, the clock or the terminal, so Update and View stay free
// of IO and never wait.

// probeCmd runs one probe cycle under the per-cycle deadline, within ctx
// (the dashboard's: quitting cancels it). done is closed when it ends.
func probeCmd(ctx context.Context, opts Options, gen int, done chan<- struct{}) tea.Cmd {
	probe, now, timeout := opts.Probe, opts.Now, opts.Timeout
	return func() tea.Msg {
		defer close(done)
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		started := now()
		r := probe(ctx)
		return probeMsg{gen: gen, report: r, started: started, finished: now()}
	}
}

// waitTriggerCmd waits for the next watcher signal. It is re-armed after
// each one, so at most one wait is outstanding.
func waitTriggerCmd(ch <-chan model.Trigger) tea.Cmd {
	return func() tea.Msg {
		t, ok := <-ch
		if !ok {
			return nil
		}
		return triggerMsg{trigger: t}
	}
}

// followUps are the delays of the extra probes after a watcher trigger.
func followUps() []time.Duration {
	return []time.Duration{100 * time.Millisecond, 300 * time.Millisecond, 700 * time.Millisecond}
}

// followUpCmd asks for a re-probe after d.
func followUpCmd(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return followUpMsg{} })
}

// spinnerDelay is how long a probe runs before the spinner animates.
const spinnerDelay = 150 * time.Millisecond

// slowProbeCmd reports that probe gen has been running for spinnerDelay.
// Its timer lives only while the probe runs: a cycle that ends first
// (most take about a millisecond) stops it, so a fast probe costs no
// wake-up.
func slowProbeCmd(gen int, done <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		t := time.NewTimer(spinnerDelay)
		defer t.Stop()
		select {
		case <-t.C:
			return slowProbeMsg{gen: gen}
		case <-done:
			return nil
		}
	}
}

// tickCmd schedules the next tick of schedule gen after d: one timer both
// moves the clock and, when due, polls. It reads the clock from
// Options.Now so tests control every time shown.
func tickCmd(opts Options, d time.Duration, gen int) tea.Cmd {
	now := opts.Now
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{gen: gen, d: d, at: now()} })
}

// verifyCmd probes again in a subprocess that holds group, to show whether
// newgrp would fix access before the user commits to a new shell.
func verifyCmd(ctx context.Context, opts Options, group string, gen int) tea.Cmd {
	verify, now, timeout := opts.VerifyGroup, opts.Now, opts.Timeout
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		r, err := verify(ctx, group)
		return verifyMsg{gen: gen, group: group, report: r, err: err, at: now()}
	}
}

// execPause runs "$1" with sh -c, then waits for enter so the user can read
// its output before the dashboard takes the screen back; the command's exit
// status is kept.
const execPause = `sh -c "$1"; s=$?; printf '\n[exit %s] press enter to return to docker-git-tui ' "$s"; read -r _; exit "$s"`

// execCmd runs a checklist command in the real terminal: the program gives
// up the screen until the command ends, so sudo can ask for a password. The
// command is passed as an argument, never spliced into the script.
func execCmd(opts Options, command string) tea.Cmd {
	now := opts.Now
	c := exec.Command("sh", "-c", execPause, "docker-git-tui", command)
	return tea.ExecProcess(c, func(err error) tea.Msg {
		return execMsg{command: command, err: err, at: now()}
	})
}

// copyCmd puts s on the system clipboard with OSC 52, which also works over
// ssh where no local clipboard tool exists.
func copyCmd(s string) tea.Cmd { return tea.SetClipboard(s) }

// bellCmd rings the terminal bell.
func bellCmd() tea.Cmd { return tea.Raw("\a") }

// noProbe stands in for a missing Options.Probe so a wiring mistake shows on
// screen instead of crashing the program.
func noProbe(context.Context) model.Report {
	return model.Report{Findings: []model.Finding{{
		Kind:        model.KindUnknown,
		Severity:    model.SeverityError,
		Check:       model.CheckDaemon,
		Title:       "No probe is configured",
		Explanation: "The dashboard was started without a probe function, so it cannot check Docker access.",
	}}}
}
