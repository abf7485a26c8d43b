package tui

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/docker-git/docker-git-tui/model"
)

func TestFirstFrameShowsSpinnerBeforeAnyMessage(t *testing.T) {
	m := New(testOptions())
	if got := content(m); !strings.Contains(got, "probing…") {
		t.Fatalf("first frame = %q, want it to say probing…", got)
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	got := content(m)
	if !strings.Contains(got, "probing…") || !strings.Contains(got, m.spinner.View()) {
		t.Fatalf("sized first frame lacks spinner and probing…:\n%s", got)
	}
	if !m.View().AltScreen {
		t.Fatal("the dashboard should use the alternate screen")
	}
}

func TestInitStartsExactlyOneProbe(t *testing.T) {
	fp := &fakeProbe{report: healthyReport()}
	opts := testOptions()
	opts.Probe = fp.Probe
	m := New(opts)
	msgs := msgsOf(m.Init())
	pm, ok := hasMsg[probeMsg](msgs)
	if !ok {
		t.Fatalf("Init did not run a probe; got %v", msgs)
	}
	if pm.gen != m.inFlightGen || !m.inFlight {
		t.Fatalf("first probe gen %d, model expects in-flight gen %d (inFlight=%v)", pm.gen, m.inFlightGen, m.inFlight)
	}
	if fp.calls != 1 {
		t.Fatalf("probe called %d times, want 1", fp.calls)
	}
}

func TestProbeGetsTheTimeoutAsDeadline(t *testing.T) {
	var left time.Duration
	opts := testOptions()
	opts.Timeout = 3 * time.Second
	opts.Probe = func(ctx context.Context) model.Report {
		d, ok := ctx.Deadline()
		if !ok {
			t.Error("probe context has no deadline")
		}
		left = time.Until(d)
		return healthyReport()
	}
	msgsOf(probeCmd(context.Background(), New(opts).opts, 1, make(chan struct{})))
	if left <= 0 || left > 3*time.Second {
		t.Fatalf("deadline %s away, want within (0, 3s]", left)
	}
}

func TestFirstReportFocusesFirstFailingCheck(t *testing.T) {
	m := withReport(t, daemonDownReport(), 120, 30)
	if got := m.panels.Focused(); got != model.CheckDaemon {
		t.Fatalf("focus = %s, want daemon", got)
	}
}

func TestFocusMovesAndWraps(t *testing.T) {
	all := model.AllChecks()
	m := withReport(t, healthyReport(), 120, 30)
	if m.panels.Focused() != all[0] {
		t.Fatalf("healthy report should leave focus on the first check, got %s", m.panels.Focused())
	}
	m, _ = keys(t, m, "shift+tab")
	if got := m.panels.Focused(); got != all[len(all)-1] {
		t.Fatalf("shift+tab from first = %s, want last (%s)", got, all[len(all)-1])
	}
	m, _ = keys(t, m, "tab")
	if got := m.panels.Focused(); got != all[0] {
		t.Fatalf("tab from last = %s, want first", got)
	}
	for _, k := range []string{"j", "down", "tab"} {
		before := m.panels.focus
		m, _ = keys(t, m, k)
		if m.panels.focus != before+1 {
			t.Fatalf("%s moved focus %d -> %d, want +1", k, before, m.panels.focus)
		}
	}
	for _, k := range []string{"k", "up", "shift+tab"} {
		before := m.panels.focus
		m, _ = keys(t, m, k)
		if m.panels.focus != before-1 {
			t.Fatalf("%s moved focus %d -> %d, want -1", k, before, m.panels.focus)
		}
	}
	m, _ = keys(t, m, "k")
	if got := m.panels.Focused(); got != all[len(all)-1] {
		t.Fatalf("k from first = %s, want last", got)
	}
	m, _ = keys(t, m, "j")
	if got := m.panels.Focused(); got != all[0] {
		t.Fatalf("j from last = %s, want first", got)
	}
}

func TestEnterCollapsesAndExpandsDetail(t *testing.T) {
	m := withReport(t, controllerStoppedReport(), 120, 40)
	if !strings.Contains(content(m), "exit code 137") {
		t.Fatalf("expanded detail should show evidence:\n%s", content(m))
	}
	m, _ = keys(t, m, "enter")
	got := content(m)
	if strings.Contains(got, "exit code 137") || !strings.Contains(got, "Start it again") {
		t.Fatalf("collapsed detail should hide evidence and keep the checklist:\n%s", got)
	}
	m, _ = keys(t, m, "enter")
	if !strings.Contains(content(m), "exit code 137") {
		t.Fatal("enter again should expand the detail")
	}
}

func TestStepCursorMovesWithinChecklist(t *testing.T) {
	m := withReport(t, daemonDownReport(), 120, 40)
	n := len(daemonDownReport().Findings[0].Checklist)
	for _, k := range []string{"J", "]"} {
		before := m.detail.cursor
		m, _ = keys(t, m, k)
		if m.detail.cursor != before+1 {
			t.Fatalf("%s moved step %d -> %d, want +1", k, before, m.detail.cursor)
		}
	}
	for range n + 3 {
		m, _ = keys(t, m, "J")
	}
	if m.detail.cursor != n-1 {
		t.Fatalf("cursor = %d after many J, want last step %d", m.detail.cursor, n-1)
	}
	for _, k := range []string{"K", "["} {
		before := m.detail.cursor
		m, _ = keys(t, m, k)
		if m.detail.cursor != before-1 {
			t.Fatalf("%s moved step %d -> %d, want -1", k, before, m.detail.cursor)
		}
	}
	m, _ = keys(t, m, "tab")
	if m.detail.cursor != 0 {
		t.Fatalf("focusing another check should reset the step cursor, got %d", m.detail.cursor)
	}
}

func TestSpaceTicksManualStepAndKeepsItAcrossReports(t *testing.T) {
	m := withReport(t, daemonDownReport(), 120, 40)
	m, _ = keys(t, m, "space")
	if !strings.Contains(content(m), "[x] Start the Docker daemon") {
		t.Fatalf("space should tick the manual step:\n%s", content(m))
	}
	// A new report rebuilds every step; the hand tick must survive.
	m, _ = deliverAfterRefresh(t, m, daemonDownReport())
	if !strings.Contains(content(m), "[x] Start the Docker daemon") {
		t.Fatalf("manual tick lost after a new report:\n%s", content(m))
	}
	m, _ = keys(t, m, "space")
	if !strings.Contains(content(m), "[ ] Start the Docker daemon") {
		t.Fatal("space again should untick the step")
	}
}

func TestSpaceDoesNotTickVerifiedStep(t *testing.T) {
	m := withReport(t, daemonDownReport(), 120, 40)
	m, _ = keys(t, m, "J", "J", "J") // "The socket exists": verified, not done
	ref, _ := m.focusedStep()
	if ref.step.Done == nil {
		t.Fatalf("test expects a verified step under the cursor, got %q", ref.step.Step)
	}
	m, _ = keys(t, m, "space")
	if len(m.ticks) != 0 {
		t.Fatalf("verified step was ticked by hand: %v", m.ticks)
	}
	if !strings.Contains(content(m), "[ ] The socket exists") || !strings.Contains(m.flash, "checked by the probe") {
		t.Fatalf("verified step should stay unticked with an explanation; flash %q", m.flash)
	}
}

func TestVerifiedStepsTickThemselvesFromReport(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 140, 50)
	if !strings.Contains(content(m), "[ ] Add alice to the socket's group docker") {
		t.Fatal("step should start unticked")
	}
	next := permissionDeniedReport()
	next.Findings[0].Checklist[0].Done = boolp(true)
	m, _ = deliverAfterRefresh(t, m, next)
	if !strings.Contains(content(m), "[✓] Add alice to the socket's group docker") {
		t.Fatalf("step should tick itself from the new report:\n%s", content(m))
	}
}

// deliverAfterRefresh asks for a probe with r and hands back its result.
func deliverAfterRefresh(t *testing.T, m Model, r model.Report) (Model, tea.Cmd) {
	t.Helper()
	m, _ = keys(t, m, "r")
	if !m.inFlight {
		t.Fatal("r should start a probe")
	}
	return deliver(t, m, r, t0.Add(5*time.Second), 10*time.Millisecond)
}

func TestCopyPutsFocusedCommandOnClipboard(t *testing.T) {
	m := withReport(t, daemonDownReport(), 120, 40)
	m, _ = keys(t, m, "J")
	m, cmd := keys(t, m, "c")
	got, ok := clipboardOf(msgsOf(cmd))
	if !ok || got != "sudo systemctl enable docker" {
		t.Fatalf("clipboard = %q (%v), want the focused step's command", got, ok)
	}
	m, _ = keys(t, m, "J", "J", "J") // "The daemon answers": no command
	_, cmd = keys(t, m, "c")
	if cmd != nil {
		t.Fatal("copying a step without a command should do nothing")
	}
}

func TestExecAsksFirstAndCancelRunsNothing(t *testing.T) {
	for _, cancel := range []string{"n", "esc"} {
		t.Run(cancel, func(t *testing.T) {
			m := withReport(t, controllerStoppedReport(), 120, 40)
			m, _ = keys(t, m, "J")
			m, cmd := keys(t, m, "x")
			if cmd != nil {
				t.Fatal("x must not run anything before confirmation")
			}
			if !m.confirm.open || !strings.Contains(content(m), "$ docker start docker-git-api") {
				t.Fatalf("confirm dialog should show the exact command:\n%s", content(m))
			}
			m, cmd = keys(t, m, cancel)
			if cmd != nil || m.confirm.open {
				t.Fatalf("%s should close the dialog without a command", cancel)
			}
			if strings.Contains(content(m), "Run command?") {
				t.Fatal("dialog still shown after cancel")
			}
		})
	}
}

func TestExecConfirmedRunsInTerminalThenReprobes(t *testing.T) {
	m := withReport(t, controllerStoppedReport(), 120, 40)
	m, _ = keys(t, m, "J", "x")
	m, cmd := keys(t, m, "q") // dialogs only take y/n/esc (and ctrl+c)
	if cmd != nil || !m.confirm.open {
		t.Fatal("q inside the dialog must neither quit nor close it")
	}
	m, cmd = keys(t, m, "y")
	if cmd == nil || m.confirm.open {
		t.Fatal("y should close the dialog and return the exec command")
	}
	// tea.ExecProcess hands the program an unexported exec message; running
	// the Cmd itself starts nothing.
	msgs := msgsOf(cmd)
	if len(msgs) != 1 || !strings.Contains(reflect.TypeOf(msgs[0]).String(), "execMsg") {
		t.Fatalf("y should produce tea's exec message, got %v", msgs)
	}
	m, cmd = updateCmd(t, m, execMsg{command: "docker start docker-git-api", err: errors.New("exit status 1"), at: t0.Add(9 * time.Second)})
	if _, ok := hasMsg[probeMsg](msgsOf(cmd)); !ok || !m.inFlight {
		t.Fatal("a finished command should trigger a new probe")
	}
	last := m.timeline.Entries()[m.timeline.Len()-1]
	if !strings.Contains(last.text, "docker start docker-git-api") || !strings.Contains(last.text, "exit status 1") {
		t.Fatalf("timeline should record the run, got %q", last.text)
	}
}

func TestExecRefusesCommandWithControlCharacters(t *testing.T) {
	r := controllerStoppedReport()
	r.Findings[0].Checklist[0].Command = "echo hi\x1b[2J; rm -rf /tmp/x"
	m := withReport(t, r, 120, 40)
	m, _ = keys(t, m, "x")
	if m.confirm.open {
		t.Fatal("a command with escape sequences must not be offered to run")
	}
}

// The overlay's sg command runs this tool as the probe found it: by its
// path when PATH does not find it.
func TestNewgrpOverlayRunsThisTool(t *testing.T) {
	r := groupPendingReport()
	r.Platform = &model.PlatformSummary{OS: "linux", Label: "Linux", Self: "/opt/tools/docker-git-tui"}
	m := newTestModel(t, testOptions(), 120, 40)
	m, _ = deliver(t, m, r, t0, time.Millisecond)
	m, _ = keys(t, m, "n")
	if got := content(m); !strings.Contains(got, "-c /opt/tools/docker-git-tui") {
		t.Fatalf("newgrp overlay does not run this tool by its path:\n%s", got)
	}
}

func TestNewgrpOverlayShowsRealGroupAndVerifies(t *testing.T) {
	r := groupPendingReport()
	r.Socket.Group = "dockerroot"
	var asked string
	opts := testOptions()
	opts.VerifyGroup = func(_ context.Context, group string) (model.Report, error) {
		asked = group
		return healthyReport(), nil
	}
	m := newTestModel(t, opts, 120, 40)
	m, _ = deliver(t, m, r, t0, time.Millisecond)
	m, _ = keys(t, m, "n")
	got := content(m)
	for _, want := range []string{"newgrp dockerroot", "sg dockerroot -c docker-git-tui", "log out and back in", "everything it starts"} {
		if !strings.Contains(got, want) {
			t.Fatalf("newgrp overlay lacks %q:\n%s", want, got)
		}
	}
	m, cmd := keys(t, m, "v")
	if !m.newgrp.verifying {
		t.Fatal("v should start verifying")
	}
	vm, ok := hasMsg[verifyMsg](msgsOf(cmd))
	if !ok || asked != "dockerroot" {
		t.Fatalf("VerifyGroup asked for %q (msg %v), want dockerroot", asked, ok)
	}
	// A second v while one runs must not start another.
	if _, cmd2 := keys(t, m, "v"); cmd2 != nil {
		t.Fatal("v while verifying should not start a second check")
	}
	m = update(t, m, vm)
	if !strings.Contains(content(m), "Docker access works") {
		t.Fatalf("verdict missing:\n%s", content(m))
	}
	m, _ = keys(t, m, "esc")
	if m.newgrp.open {
		t.Fatal("esc should close the overlay")
	}
}

func TestNewgrpVerifyFailureAndStaleResults(t *testing.T) {
	opts := testOptions()
	opts.VerifyGroup = func(context.Context, string) (model.Report, error) { return permissionDeniedReport(), nil }
	m := newTestModel(t, opts, 120, 40)
	m, _ = deliver(t, m, groupPendingReport(), t0, time.Millisecond)
	m, _ = keys(t, m, "n", "v")
	stale := verifyMsg{gen: m.newgrp.gen - 1, group: "docker", report: healthyReport(), at: t0}
	m = update(t, m, stale)
	if !m.newgrp.verifying || m.newgrp.result != nil {
		t.Fatal("a verify result of an older request must be dropped")
	}
	m = update(t, m, verifyMsg{gen: m.newgrp.gen, group: "docker", report: permissionDeniedReport(), at: t0})
	if !strings.Contains(content(m), "Even with group docker access fails") {
		t.Fatalf("failing verdict missing:\n%s", content(m))
	}
	m = update(t, m, verifyMsg{gen: m.newgrp.gen, group: "docker", err: errors.New("sg: failed to crypt password"), at: t0})
	if !strings.Contains(content(m), "failed to crypt password") {
		t.Fatal("a verify error should be shown")
	}
}

func TestVerdict(t *testing.T) {
	partly := controllerStoppedReport()
	cases := []struct {
		name string
		r    model.Report
		ok   bool
	}{
		{"ready", healthyReport(), true},
		{"socket opens, controller down", partly, true},
		{"still denied", permissionDeniedReport(), false},
		{"still pending", groupPendingReport(), false},
	}
	for _, c := range cases {
		if ok, text := verdict(c.r, "docker"); ok != c.ok {
			t.Errorf("%s: verdict %v (%s), want %v", c.name, ok, text, c.ok)
		}
	}
}

func TestSocketGroupComesFromTheReportsSocket(t *testing.T) {
	pending := groupPendingReport()
	pending.Socket.Group = "dockerroot"
	numeric := groupPendingReport()
	numeric.Socket.Group = ""
	noSocket := healthyReport()
	noSocket.Socket = nil
	cases := []struct {
		name     string
		r        *model.Report
		fallback string
		want     string
	}{
		{"socket group", &pending, "x", "dockerroot"},
		{"unnamed group uses its gid", &numeric, "x", "998"},
		{"no socket: fallback", &noSocket, "wheel", "wheel"},
		{"no report", nil, "", "docker"},
	}
	for _, c := range cases {
		if got := socketGroup(c.r, c.fallback); got != c.want {
			t.Errorf("%s: socketGroup = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestStaleProbeResultIsDropped(t *testing.T) {
	m := newTestModel(t, testOptions(), 120, 30)
	old := m.inFlightGen
	m, _ = keys(t, m, "r") // newer request while gen `old` still runs
	if !m.pending || m.probeGen == old {
		t.Fatalf("r during a probe should queue a newer request (pending=%v gen %d)", m.pending, m.probeGen)
	}
	m, cmd := updateCmd(t, m, probeMsg{gen: old, report: permissionDeniedReport(), started: t0, finished: t0})
	if m.report != nil {
		t.Fatal("a result older than the newest request must be dropped")
	}
	if _, ok := hasMsg[probeMsg](msgsOf(cmd)); !ok || !m.inFlight || m.pending {
		t.Fatal("the queued re-probe should start once the stale cycle ended")
	}
	m, _ = deliver(t, m, healthyReport(), t0.Add(time.Second), time.Millisecond)
	if m.report == nil || !m.report.OK {
		t.Fatal("the newest result should be applied")
	}
	// A late duplicate of any older generation changes nothing.
	m = update(t, m, probeMsg{gen: old, report: permissionDeniedReport(), started: t0, finished: t0})
	if !m.report.OK {
		t.Fatal("a late stale result replaced a newer one")
	}
}

func TestTickWhileProbeRunsDoesNotStartAnother(t *testing.T) {
	fp := &fakeProbe{report: healthyReport()}
	opts := testOptions()
	opts.Probe = fp.Probe
	m := newTestModel(t, opts, 120, 30) // first probe in flight
	gen := m.probeGen
	m, cmd := updateCmd(t, m, tickMsg{gen: m.tickGen, d: m.interval})
	if cmd == nil {
		t.Fatal("a tick should re-arm the schedule")
	}
	if countMsg[probeMsg](msgsOf(cmd)) != 0 || fp.calls != 0 || m.probeGen != gen {
		t.Fatalf("a tick during a running probe started another (calls %d)", fp.calls)
	}
	m, _ = deliver(t, m, healthyReport(), t0, time.Millisecond)
	_, cmd = updateCmd(t, m, tickMsg{gen: m.tickGen, d: m.interval})
	if countMsg[probeMsg](msgsOf(cmd)) != 1 || fp.calls != 1 {
		t.Fatalf("a tick while idle should probe once (calls %d)", fp.calls)
	}
}

func TestStaleTickIsIgnored(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	m, _ = keys(t, m, "+") // new schedule
	_, cmd := updateCmd(t, m, tickMsg{gen: m.tickGen - 1})
	if cmd != nil {
		t.Fatal("a tick of an old schedule must end its chain")
	}
}

func TestPauseStopsRearmingAndResumeProbes(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	live := m.tickGen
	m, cmd := keys(t, m, "p")
	if cmd != nil || !m.paused {
		t.Fatal("p should pause without scheduling anything")
	}
	if !strings.Contains(content(m), "paused") {
		t.Fatalf("header should say paused:\n%s", content(m))
	}
	// The clock goes on (the tick re-arms) but nothing is probed, however
	// long the pause.
	for range 5 {
		var cmd tea.Cmd
		m, cmd = updateCmd(t, m, tickMsg{gen: live, d: m.interval})
		if cmd == nil || countMsg[probeMsg](msgsOf(cmd)) != 0 || m.inFlight {
			t.Fatal("a tick while paused probed, or stopped the clock")
		}
	}
	m, cmd = keys(t, m, "p")
	if m.paused || countMsg[probeMsg](msgsOf(cmd)) != 1 {
		t.Fatal("resuming should probe at once and re-arm")
	}
}

func TestRefreshWhilePausedProbesOnce(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	m, _ = keys(t, m, "p")
	m, cmd := keys(t, m, "r")
	if countMsg[probeMsg](msgsOf(cmd)) != 1 || !m.paused {
		t.Fatal("r while paused should probe once and stay paused")
	}
}

func TestIntervalDoublesHalvesWithinBounds(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	m, cmd := keys(t, m, "+")
	if m.interval != 4*time.Second || cmd == nil {
		t.Fatalf("+ from 2s = %s, want 4s and a new tick", m.interval)
	}
	for range 10 {
		m, _ = keys(t, m, "+")
	}
	if m.interval != MaxInterval {
		t.Fatalf("interval = %s, want capped at %s", m.interval, MaxInterval)
	}
	for range 12 {
		m, _ = keys(t, m, "-")
	}
	if m.interval != MinInterval {
		t.Fatalf("interval = %s, want floored at %s", m.interval, MinInterval)
	}
	gen := m.tickGen
	m, cmd = keys(t, m, "-")
	if cmd != nil || m.tickGen != gen {
		t.Fatal("at the floor, - should change nothing")
	}
	if !strings.Contains(content(m), "every 500ms") {
		t.Fatalf("header should show the interval:\n%s", content(m))
	}
	opts := testOptions()
	opts.Interval = time.Hour
	if got := New(opts).interval; got != MaxInterval {
		t.Fatalf("Options.Interval is not clamped: %s", got)
	}
}

func TestReadyRingsBellOncePerTransition(t *testing.T) {
	m := newTestModel(t, testOptions(), 120, 30)
	step := func(r model.Report) int {
		t.Helper()
		var cmd tea.Cmd
		m, cmd = deliverAfterRefreshOrFirst(t, m, r)
		return bells(msgsOf(cmd))
	}
	if n := step(permissionDeniedReport()); n != 0 {
		t.Fatalf("failing report rang %d bells", n)
	}
	if n := step(healthyReport()); n != 1 {
		t.Fatalf("turning ready rang %d bells, want 1", n)
	}
	if !strings.Contains(content(m), "Docker access OK: docker-git is ready") {
		t.Fatalf("ready banner missing:\n%s", content(m))
	}
	if n := step(healthyReport()); n != 0 {
		t.Fatalf("staying ready rang %d bells, want 0", n)
	}
	step(daemonDownReport())
	if n := step(healthyReport()); n != 1 {
		t.Fatalf("becoming ready again rang %d bells, want 1", n)
	}
	if m.ExitCode() != 0 {
		t.Fatalf("exit code when ready = %d", m.ExitCode())
	}
}

// deliverAfterRefreshOrFirst answers the first in-flight probe, then
// refreshes for later ones.
func deliverAfterRefreshOrFirst(t *testing.T, m Model, r model.Report) (Model, tea.Cmd) {
	t.Helper()
	if m.inFlight {
		return deliver(t, m, r, t0, time.Millisecond)
	}
	return deliverAfterRefresh(t, m, r)
}

func TestExitWhenReadyQuitsWithZero(t *testing.T) {
	opts := testOptions()
	opts.ExitWhenReady = true
	m := newTestModel(t, opts, 120, 30)
	m, cmd := deliver(t, m, groupPendingReport(), t0, time.Millisecond)
	if _, quit := hasMsg[tea.QuitMsg](msgsOf(cmd)); quit {
		t.Fatal("must not quit while access fails")
	}
	if m.ExitCode() != model.KindGroupMembershipPending.ExitCode() {
		t.Fatalf("exit code while pending = %d", m.ExitCode())
	}
	m, cmd = deliverAfterRefresh(t, m, healthyReport())
	msgs := msgsOf(cmd)
	if _, quit := hasMsg[tea.QuitMsg](msgs); !quit {
		t.Fatalf("ExitWhenReady should quit on ready, got %v", msgs)
	}
	if bells(msgs) != 1 {
		t.Fatal("the bell should ring before quitting")
	}
	if m.ExitCode() != 0 {
		t.Fatalf("ExitCode = %d, want 0", m.ExitCode())
	}
}

func TestQuitKeysAndExitCodes(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, testOptions(), 120, 30)
		m, cmd := keys(t, m, k)
		if _, ok := hasMsg[tea.QuitMsg](msgsOf(cmd)); !ok {
			t.Fatalf("%s should quit", k)
		}
		if m.ExitCode() != model.KindUnknown.ExitCode() {
			t.Fatalf("quit before any report: exit %d, want %d", m.ExitCode(), model.KindUnknown.ExitCode())
		}
	}
	m := withReport(t, permissionDeniedReport(), 120, 30)
	m, _ = keys(t, m, "n") // overlays let q quit too
	m, cmd := keys(t, m, "q")
	if _, ok := hasMsg[tea.QuitMsg](msgsOf(cmd)); !ok {
		t.Fatal("q in the newgrp overlay should quit")
	}
	if m.ExitCode() != 15 {
		t.Fatalf("quit with socket-permission-denied: exit %d, want 15", m.ExitCode())
	}
	m = withReport(t, permissionDeniedReport(), 120, 30)
	m, _ = keys(t, m, "x") // confirm dialog open
	if _, cmd := keys(t, m, "ctrl+c"); cmd == nil {
		t.Fatal("ctrl+c must quit even from a dialog")
	}
}

func TestHelpToggle(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	if strings.Contains(content(m), "expand/collapse") {
		t.Fatal("short help should not list every key")
	}
	m, _ = keys(t, m, "?")
	got := content(m)
	for _, want := range []string{"expand/collapse", "tick manual step", "poll slower", "timeline", "newgrp help"} {
		if !strings.Contains(got, want) {
			t.Fatalf("full help lacks %q:\n%s", want, got)
		}
	}
	m, _ = keys(t, m, "?")
	if strings.Contains(content(m), "expand/collapse") {
		t.Fatal("? again should close full help")
	}
}

func TestTimelineRecordsTransitionsAndScrolls(t *testing.T) {
	m := newTestModel(t, testOptions(), 120, 30)
	m, _ = deliver(t, m, permissionDeniedReport(), t0, time.Millisecond)
	m, _ = keys(t, m, "r")
	m, _ = deliver(t, m, healthyReport(), t0.Add(7*time.Second), time.Millisecond)
	focus := m.panels.focus
	m, _ = keys(t, m, "l")
	got := content(m)
	for _, want := range []string{
		"14:02:11 first probe: socket-permission-denied",
		"14:02:18 socket-permission-denied → ok",
		"14:02:18 Socket: fail → ok",
		"14:02:18 Controller container: skipped → ok",
		"14:02:18 Docker access OK: docker-git is ready",
	} {
		if !strings.Contains(got, want) {
			t.Fatalf("timeline lacks %q:\n%s", want, got)
		}
	}
	for i := range 60 {
		m.timeline.Add(t0, fmt.Sprintf("filler %d", i))
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 120, Height: 30})
	if !strings.Contains(content(m), "filler 59") {
		t.Fatal("timeline should follow the newest entry")
	}
	m, _ = keys(t, m, "k", "k", "up", "pgup")
	if strings.Contains(content(m), "filler 59") {
		t.Fatal("k/up/pgup should scroll the timeline up")
	}
	m, _ = keys(t, m, "pgdown", "j", "down", "j", "j")
	if !strings.Contains(content(m), "filler 59") {
		t.Fatal("j/down/pgdown should scroll back down")
	}
	if m.panels.focus != focus {
		t.Fatal("j/k inside the timeline must not move panel focus")
	}
	m, _ = keys(t, m, "l")
	if strings.Contains(content(m), "Timeline") {
		t.Fatal("l should close the timeline")
	}
}

func TestTimelineIsBounded(t *testing.T) {
	tl := newTimeline(timelineCap)
	for i := range timelineCap + 100 {
		tl.Add(t0, fmt.Sprintf("entry %d", i))
	}
	es := tl.Entries()
	if len(es) != timelineCap {
		t.Fatalf("timeline holds %d entries, want %d", len(es), timelineCap)
	}
	if es[0].text != "entry 100" || es[len(es)-1].text != fmt.Sprintf("entry %d", timelineCap+99) {
		t.Fatalf("ring order wrong: first %q last %q", es[0].text, es[len(es)-1].text)
	}
}

func TestHeaderShowsAgeLatencyAndSpinner(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 30)
	got := content(m)
	if !strings.Contains(got, "last probe 3s ago, took 42ms") {
		t.Fatalf("header lacks age and latency:\n%s", got)
	}
	m, _ = keys(t, m, "r")
	if strings.Contains(content(m), " probing") {
		t.Fatalf("header shows probing before the probe was slow:\n%s", content(m))
	}
	m = update(t, m, slowProbeMsg{gen: m.inFlightGen})
	if !strings.Contains(content(m), m.spinner.View()+" probing") {
		t.Fatalf("header should show the spinner while probing:\n%s", content(m))
	}
	// The spinner advances only while busy.
	m2, cmd := updateCmd(t, m, m.spinner.Tick())
	if cmd == nil || m2.spinner.View() == m.spinner.View() {
		t.Fatal("spinner should advance while probing")
	}
	m2, _ = deliver(t, m2, healthyReport(), t0.Add(4*time.Second), time.Millisecond)
	if _, cmd := updateCmd(t, m2, m2.spinner.Tick()); cmd != nil {
		t.Fatal("spinner ticks should stop while idle")
	}
}

func TestBackgroundColourPicksStylesAndNoColorStaysPlain(t *testing.T) {
	opts := testOptions()
	opts.NoColor = false
	m := newTestModel(t, opts, 120, 30)
	m, _ = deliver(t, m, permissionDeniedReport(), t0, time.Millisecond)
	dark := content(m)
	if dark == ansi.Strip(dark) {
		t.Fatal("with colour on, the frame should carry colour")
	}
	m = update(t, m, tea.BackgroundColorMsg{Color: lightBackground{}})
	if m.isDark {
		t.Fatal("a light background should switch to light styles")
	}
	light := content(m)
	if light == dark {
		t.Fatal("light and dark frames should differ in colour")
	}
	plain := withReport(t, permissionDeniedReport(), 120, 30)
	if got := content(plain); got != ansi.Strip(got) {
		t.Fatal("NoColor frame holds escape sequences")
	}
}

// lightBackground is a white terminal background.
type lightBackground struct{}

func (lightBackground) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

func TestColourDoesNotChangeLayout(t *testing.T) {
	for name, r := range fixtureReports() {
		for _, size := range [][2]int{{120, 36}, {80, 24}, {60, 15}} {
			opts := testOptions()
			opts.NoColor = false
			colored := newTestModel(t, opts, size[0], size[1])
			colored, _ = deliver(t, colored, r, t0, 42*time.Millisecond)
			plain := newTestModel(t, testOptions(), size[0], size[1])
			plain, _ = deliver(t, plain, r, t0, 42*time.Millisecond)
			if got, want := ansi.Strip(content(colored)), content(plain); got != want {
				t.Errorf("%s %v: coloured frame differs from plain once stripped:\n%s\n---\n%s", name, size, got, want)
			}
		}
	}
}

func fixtureReports() map[string]model.Report {
	return map[string]model.Report{
		"healthy":                  healthyReport(),
		"socket-permission-denied": permissionDeniedReport(),
		"group-membership-pending": groupPendingReport(),
		"daemon-down":              daemonDownReport(),
		"controller-stopped":       controllerStoppedReport(),
	}
}

func TestUntrustedTextCannotEscape(t *testing.T) {
	r := daemonDownReport()
	r.Findings[0].Evidence = append(r.Findings[0].Evidence, "boom\x1b[2J\x1b]0;pwned\x07\r\ttabbed")
	m := withReport(t, r, 120, 40)
	got := content(m)
	if strings.Contains(got, "\x1b") || strings.Contains(got, "\r") || strings.Contains(got, "\t") {
		t.Fatalf("raw control characters reached the frame: %q", got)
	}
}

func TestPageKeysScrollDetail(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 80, 20)
	if m.detail.offset != 0 {
		t.Fatal("detail should start at the top")
	}
	m, _ = keys(t, m, "pgdown")
	if m.detail.offset == 0 {
		t.Fatal("pgdown should scroll the detail")
	}
	// A clock tick must not undo the user's scrolling.
	off := m.detail.offset
	m = update(t, m, tickMsg{at: t0.Add(10 * time.Second)})
	if m.detail.offset != off {
		t.Fatal("a clock tick moved the detail")
	}
	m, _ = keys(t, m, "pgup")
	if m.detail.offset != 0 {
		t.Fatalf("pgup should scroll back, offset %d", m.detail.offset)
	}
}

func TestStepCursorScrollsIntoView(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 80, 20)
	for range 4 {
		m, _ = keys(t, m, "J")
	}
	lines, span := m.detail.render(m.report, m.panels.Focused(), m.ticks, m.styles)
	if !m.detail.Visible(span.start, len(lines)) || span.start < 0 {
		t.Fatalf("cursor line %d not visible at offset %d of %d", span.start, m.detail.offset, len(lines))
	}
	if !strings.Contains(content(m), "› [ ] Docker answers without sudo") {
		t.Fatalf("focused last step should be on screen:\n%s", content(m))
	}
}

func TestQuitLeavesSummaryOnNormalScreen(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 80, 24)
	m, _ = keys(t, m, "q")
	v := m.View()
	if v.AltScreen {
		t.Fatal("the final frame should leave the alternate screen")
	}
	if !strings.Contains(v.Content, "Docker access fails (socket-permission-denied)") {
		t.Fatalf("final frame = %q", v.Content)
	}
	assertFits(t, v.Content, 80, 24)
}

func TestExecScriptKeepsCommandAndStatus(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	c := exec.Command("sh", "-c", execPause, "docker-git-tui", `printf '%s|' "a  b" 'c'; exit 3`)
	c.Stdin = strings.NewReader("\n")
	out, err := c.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("exit = %v, want status 3", err)
	}
	if !strings.HasPrefix(string(out), "a  b|c|") || !strings.Contains(string(out), "[exit 3]") {
		t.Fatalf("output = %q", out)
	}
}

func TestFocusFollowsNewFailureUntilUserMoves(t *testing.T) {
	m := update(t, New(Options{Probe: func(context.Context) model.Report { return model.Report{} }}),
		tea.WindowSizeMsg{Width: 120, Height: 40})
	m = update(t, m, probeMsg{gen: 1, report: model.Report{OK: true}})
	broken := model.Report{Findings: []model.Finding{{Kind: model.KindControllerNotRunning, Severity: model.SeverityError, Check: model.CheckController}}}
	m.probeGen, m.inFlightGen, m.inFlight = 2, 2, true
	m = update(t, m, probeMsg{gen: 2, report: broken})
	if got := m.panels.Focused(); got != model.CheckController {
		t.Fatalf("focus = %s, want the new failure's check", got)
	}
	m = update(t, m, press("k"))
	pinned := m.panels.Focused()
	daemon := model.Report{Findings: []model.Finding{{Kind: model.KindDaemonUnreachable, Severity: model.SeverityError, Check: model.CheckDaemon}}}
	m.probeGen, m.inFlightGen, m.inFlight = 3, 3, true
	m = update(t, m, probeMsg{gen: 3, report: daemon})
	if got := m.panels.Focused(); got != pinned {
		t.Fatalf("focus moved to %s after the user chose %s", got, pinned)
	}
}

func TestTriggerReprobesAtOnceAndRearms(t *testing.T) {
	ch := make(chan model.Trigger, 1)
	m := update(t, New(Options{Probe: func(context.Context) model.Report { return model.Report{} }, Triggers: ch}),
		tea.WindowSizeMsg{Width: 120, Height: 40})
	m = update(t, m, probeMsg{gen: 1, report: model.Report{OK: true}})
	if m.inFlight {
		t.Fatal("probe still in flight after its result")
	}
	m, cmd := updateCmd(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerSocket}})
	if !m.inFlight || cmd == nil {
		t.Fatal("a trigger did not start a probe")
	}
	// While paused a trigger only re-arms the wait.
	m = update(t, m, probeMsg{gen: m.probeGen, report: model.Report{OK: true}})
	m = update(t, m, press("p"))
	m, cmd = updateCmd(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerSocket}})
	if m.inFlight || cmd == nil {
		t.Fatalf("paused: inFlight=%v, re-armed=%v", m.inFlight, cmd != nil)
	}
}

func TestSpinnerAnimatesOnlyForSlowProbes(t *testing.T) {
	m := withReport(t, healthyReport(), 120, 40)
	m, _ = keys(t, m, "r")
	gen := m.inFlightGen
	// The probe finishes before the spinner delay: the late message starts nothing.
	m, _ = deliver(t, m, healthyReport(), t0.Add(time.Second), time.Millisecond)
	if _, cmd := updateCmd(t, m, slowProbeMsg{gen: gen}); cmd != nil {
		t.Fatal("spinner started for a probe that already finished")
	}
	// A probe still running after the delay animates the spinner.
	m, _ = keys(t, m, "r")
	if _, cmd := updateCmd(t, m, slowProbeMsg{gen: m.inFlightGen}); cmd == nil {
		t.Fatal("no spinner for a slow probe")
	}
}

// Resizing to 1x1 and back, and a burst of 1,000 resize events, leave the
// same frame as a model that only ever saw the final size.
func TestResizeBurstRendersLikeAFreshModel(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 120, 40)
	m = update(t, m, tea.WindowSizeMsg{Width: 1, Height: 1})
	if got := content(m); strings.Count(got, "\n") != 0 || len([]rune(got)) > 1 {
		t.Fatalf("1x1 frame is %q, want at most one cell", got)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		m = update(t, m, tea.WindowSizeMsg{Width: r.IntN(300), Height: r.IntN(120)})
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	fresh := withReport(t, permissionDeniedReport(), 100, 30)
	if got, want := content(m), content(fresh); got != want {
		t.Fatalf("after the burst the frame differs from a fresh 100x30 model:\n--- got\n%s\n--- want\n%s", got, want)
	}
}

func TestTriggerSchedulesFollowUpProbes(t *testing.T) {
	ch := make(chan model.Trigger, 1)
	m := update(t, New(Options{Probe: func(context.Context) model.Report { return model.Report{} }, Triggers: ch}),
		tea.WindowSizeMsg{Width: 120, Height: 40})
	m = update(t, m, probeMsg{gen: 1, report: model.Report{OK: true}})
	m = update(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerDockerEvent}})
	m = update(t, m, probeMsg{gen: m.probeGen, report: model.Report{}})
	before := m.probeGen
	m = update(t, m, followUpMsg{})
	if !m.inFlight || m.probeGen == before {
		t.Fatal("a follow-up after a trigger did not probe again")
	}
	m = update(t, m, probeMsg{gen: m.probeGen, report: model.Report{}})
	m = update(t, m, press("p"))
	before = m.probeGen
	m = update(t, m, followUpMsg{})
	if m.inFlight || m.probeGen != before {
		t.Fatal("a follow-up probed while paused")
	}
}

// TestReadyVerdictNeedsTheDockerGitCLI: Docker access works, but docker-git
// is not ready while its CLI is not on PATH, and the header says so.
func TestReadyVerdictNeedsTheDockerGitCLI(t *testing.T) {
	s := healthySnapshot()
	s.DockerGit = model.DockerGitFacts{Attempted: true, CLIFault: model.FaultOf(model.ErrNotExist, `exec: "docker-git": executable file not found in $PATH`)}
	m := newTestModel(t, testOptions(), 120, 30)
	m, _ = deliverAfterRefreshOrFirst(t, m, classified(s))
	got := content(m)
	if strings.Contains(got, "docker-git is ready") || !strings.Contains(got, "Docker access OK; the docker-git CLI is not on PATH") {
		t.Fatalf("the header does not say docker-git's CLI is missing:\n%s", got)
	}
	m, _ = deliverAfterRefreshOrFirst(t, m, healthyReport())
	if !strings.Contains(content(m), "Docker access OK: docker-git is ready") {
		t.Fatalf("with the CLI found, docker-git is ready:\n%s", content(m))
	}
}
