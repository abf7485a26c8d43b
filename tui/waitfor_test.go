package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// notCreatedReport: Docker access and Compose v2 work, the controller does
// not exist yet: docker-git can run (it creates the controller).
func notCreatedReport() model.Report {
	s := healthySnapshot()
	s.Controller = model.ControllerFacts{Attempted: true, Wanted: model.DefaultContainer, Name: model.DefaultContainer,
		Fault: model.FaultOf(model.ErrNotExist, "no container named "+model.DefaultContainer)}
	s.API = model.APIFacts{}
	return classified(s)
}

func TestWaitForControllerWaitsForAHealthyController(t *testing.T) {
	r := notCreatedReport()
	if !r.OK || !r.Has(model.KindControllerNotCreated) {
		t.Fatalf("fixture: OK %v, kinds %v", r.OK, r.Findings)
	}
	// Default: docker-git can run, so the dashboard is ready and quits.
	opts := testOptions()
	opts.ExitWhenReady = true
	m := newTestModel(t, opts, 120, 30)
	if _, cmd := deliver(t, m, r, t0, time.Millisecond); !quits(cmd) {
		t.Fatal("--exit-when-ready: docker-git can run, the dashboard should quit")
	}
	// --wait-for controller: not before the controller answers /health.
	opts.WaitFor = model.WaitController
	m = newTestModel(t, opts, 120, 30)
	m, cmd := deliver(t, m, r, t0, time.Millisecond)
	if quits(cmd) || m.Ready() {
		t.Fatal("--wait-for controller quit before the controller was healthy")
	}
	m, cmd = deliverAfterRefresh(t, m, healthyReport())
	if !quits(cmd) || m.ExitCode() != 0 {
		t.Fatalf("--wait-for controller: healthy controller should quit with 0 (exit %d)", m.ExitCode())
	}
}

func quits(cmd tea.Cmd) bool {
	_, ok := hasMsg[tea.QuitMsg](msgsOf(cmd))
	return ok
}
