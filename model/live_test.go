package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// CompareLive reads reports that Classify made from snapshots, as the
// explain command does after its probe.
func TestCompareLiveOutcomes(t *testing.T) {
	cat := catalog(t)
	ok := model.Classify(healthy(), cat)
	down := healthy()
	daemonFails(&down, model.FaultOf(model.ErrRefused, "connect: connection refused"), false)
	refused := model.Classify(down, cat)
	stopped := healthy()
	stopped.Controller.State, stopped.Controller.ExitCode = "exited", 3
	stopped.API = model.APIFacts{}
	ctlStopped := model.Classify(stopped, cat)

	cases := []struct {
		name    string
		pasted  []model.Kind
		report  model.Report
		outcome model.LiveOutcome
		line    string
		finding model.Kind
	}{
		{"same cause here", []model.Kind{model.KindDaemonUnreachable}, refused, model.LiveConfirmed,
			"on this machine now: confirmed (daemon-unreachable at unix:///var/run/docker.sock)", model.KindDaemonUnreachable},
		{"works here", []model.Kind{model.KindSocketPermissionDenied}, ok, model.LiveNotReproduced,
			"on this machine now: not reproduced (Docker access works here)", ""},
		{"another cause here", []model.Kind{model.KindSocketPermissionDenied}, refused, model.LiveDifferentCause,
			"on this machine now: a different cause here: daemon-unreachable", model.KindDaemonUnreachable},
		{"a controller paste is compared with the controller", []model.Kind{model.KindControllerAPIUnreachable}, ok, model.LiveNotReproduced,
			"on this machine now: not reproduced (docker-git's controller works here)", ""},
		{"an access paste ignores controller findings", []model.Kind{model.KindSocketPermissionDenied}, ctlStopped, model.LiveNotReproduced,
			"on this machine now: not reproduced (Docker access works here)", ""},
		{"a controller paste meets a stopped controller", []model.Kind{model.KindControllerAPIUnreachable}, ctlStopped, model.LiveDifferentCause,
			"on this machine now: a different cause here: controller-not-running", model.KindControllerNotRunning},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lc := model.CompareLive(tc.pasted, tc.report)
			if lc.Outcome != tc.outcome || lc.Line != tc.line {
				t.Errorf("got %s %q, want %s %q", lc.Outcome, lc.Line, tc.outcome, tc.line)
			}
			switch {
			case tc.finding == "" && lc.Finding != nil:
				t.Errorf("finding %s, want none", lc.Finding.Kind)
			case tc.finding != "" && (lc.Finding == nil || lc.Finding.Kind != tc.finding):
				t.Errorf("finding %+v, want %s", lc.Finding, tc.finding)
			}
			if lc.Finding != nil && lc.Finding.Source != model.SourceProbe {
				t.Errorf("live finding source %q, want probe", lc.Finding.Source)
			}
		})
	}
	if s := model.SkippedLive("--no-probe"); s.Outcome != model.LiveSkipped || !strings.Contains(s.Line, "--no-probe") {
		t.Errorf("skipped = %+v", s)
	}
}
