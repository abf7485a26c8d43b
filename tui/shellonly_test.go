package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// focusStep puts the step cursor on the first step whose command matches.
func focusStep(t *testing.T, m Model, match func(string) bool) Model {
	t.Helper()
	for i, ref := range stepsOf(m.report, m.panels.Focused()) {
		if match(ref.step.Command) {
			m.detail.cursor = i
			return m
		}
	}
	t.Fatalf("no step matches in %s", m.panels.Focused())
	return m
}

// x on a step that only changes the shell running it (newgrp here) does
// not run it in a child shell: it says so and copies the line. A step that
// changes the machine still asks for confirmation.
func TestExecOnShellOnlyStepCopiesInstead(t *testing.T) {
	m := withReport(t, groupPendingReport(), 120, 40)
	m = focusStep(t, m, func(c string) bool { return strings.HasPrefix(c, "newgrp ") })
	m, cmd := keys(t, m, "x")
	if m.confirm.open {
		t.Fatal("x opened the run confirmation for newgrp")
	}
	if !strings.Contains(m.flash, "run this in your own shell") {
		t.Fatalf("flash %q does not say to run it in your own shell", m.flash)
	}
	if clip, ok := clipboardOf(msgsOf(cmd)); !ok || !strings.HasPrefix(clip, "newgrp ") {
		t.Fatalf("the newgrp line was not copied (%v)", msgsOf(cmd))
	}
	if !strings.Contains(content(m), "run this in your own shell") {
		t.Fatalf("the step is not marked for your own shell:\n%s", content(m))
	}

	m = withReport(t, permissionDeniedReport(), 120, 40)
	m = focusStep(t, m, func(c string) bool { return strings.HasPrefix(c, "sudo usermod") })
	m, _ = keys(t, m, "x")
	if !m.confirm.open {
		t.Fatalf("x on a machine-changing step did not ask to run it (flash %q)", m.flash)
	}
}

// After v says access works under sg, s quits with RestartGroup set so the
// caller restarts the dashboard under sg; before that, s does nothing.
func TestRestartUnderGroupOnlyAfterASuccessfulCheck(t *testing.T) {
	var verified model.Report
	opts := testOptions()
	opts.VerifyGroup = func(context.Context, string) (model.Report, error) { return verified, nil }
	m := newTestModel(t, opts, 100, 30)
	m, _ = deliver(t, m, groupPendingReport(), t0, time.Millisecond)
	m, cmd := keys(t, m, "n", "s")
	if m.quitting || m.RestartGroup() != "" || cmd != nil {
		t.Fatal("s restarted before any check under sg")
	}
	verified = groupPendingReport() // still failing under sg
	m, cmd = keys(t, m, "v")
	vm, _ := hasMsg[verifyMsg](msgsOf(cmd))
	m = update(t, m, vm)
	if m, _ = keys(t, m, "s"); m.quitting || m.RestartGroup() != "" {
		t.Fatal("s restarted although access still fails under sg")
	}
	verified = healthyReport()
	m, cmd = keys(t, m, "v")
	vm, _ = hasMsg[verifyMsg](msgsOf(cmd))
	m = update(t, m, vm)
	m, cmd = keys(t, m, "s")
	if !m.quitting || m.RestartGroup() != "docker" {
		t.Fatalf("s after a good check: quitting=%v group=%q", m.quitting, m.RestartGroup())
	}
	if _, ok := hasMsg[tea.QuitMsg](msgsOf(cmd)); !ok {
		t.Fatal("s did not quit the program")
	}
}
