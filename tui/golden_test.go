package tui

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/docker-git/docker-git-tui/model"
)

// TestGolden pins whole frames as plain text (colour off). Run
// `go test ./tui -run TestGolden -update` after an intended change and
// review the diff of tui/testdata.
func TestGolden(t *testing.T) {
	cases := []struct {
		name   string
		w, h   int
		report *model.Report
		keys   []string
	}{
		{name: "probing", w: 100, h: 24},
		{name: "healthy", w: 120, h: 30, report: ptr(healthyReport())},
		{name: "socket-permission-denied", w: 120, h: 40, report: ptr(permissionDeniedReport())},
		{name: "group-membership-pending", w: 120, h: 40, report: ptr(groupPendingReport())},
		{name: "group-membership-pending-newgrp", w: 100, h: 30, report: ptr(groupPendingReport()), keys: []string{"n"}},
		{name: "daemon-down", w: 120, h: 36, report: ptr(daemonDownReport()), keys: []string{"space"}},
		{name: "controller-stopped", w: 120, h: 36, report: ptr(controllerStoppedReport()), keys: []string{"J", "x"}},
		{name: "controller-stopped-collapsed", w: 100, h: 24, report: ptr(controllerStoppedReport()), keys: []string{"enter"}},
		{name: "narrow-60x20", w: 60, h: 20, report: ptr(permissionDeniedReport())},
		{name: "minimum-60x15", w: 60, h: 15, report: ptr(groupPendingReport())},
		{name: "full-help-80x24", w: 80, h: 24, report: ptr(healthyReport()), keys: []string{"?"}},
		{name: "timeline-80x24", w: 80, h: 24, report: ptr(permissionDeniedReport()), keys: []string{"l"}},
		{name: "tiny-10x3", w: 10, h: 3, report: ptr(permissionDeniedReport())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newTestModel(t, testOptions(), c.w, c.h)
			if c.report != nil {
				m, _ = deliver(t, m, *c.report, t0, 42*time.Millisecond)
				m = update(t, m, tickMsg{at: t0.Add(3 * time.Second)})
			}
			m, _ = keys(t, m, c.keys...)
			out := content(m)
			assertFits(t, out, c.w, c.h)
			golden.RequireEqual(t, out)
		})
	}
}

func TestGoldenNewgrpVerified(t *testing.T) {
	opts := testOptions()
	opts.VerifyGroup = func(context.Context, string) (model.Report, error) { return healthyReport(), nil }
	m := newTestModel(t, opts, 100, 30)
	m, _ = deliver(t, m, groupPendingReport(), t0, 42*time.Millisecond)
	m, cmd := keys(t, m, "n", "v")
	vm, ok := hasMsg[verifyMsg](msgsOf(cmd))
	if !ok {
		t.Fatal("v did not verify")
	}
	m = update(t, m, vm, tea.WindowSizeMsg{Width: 100, Height: 30})
	out := content(m)
	assertFits(t, out, 100, 30)
	golden.RequireEqual(t, out)
}

func ptr[T any](v T) *T { return &v }
