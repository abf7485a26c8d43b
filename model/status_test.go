package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A check that found no fault of its own but offers no way out is "info",
// never "ok": "ok" beside "sudo -n docker info fails too" reads as "sudo
// works". Each case checks the neutral status and, as the control, the
// status the same check has when it does offer a way out.
func TestChecksWithNoWayOutAreInfoNotOK(t *testing.T) {
	perm := model.FaultOf(model.ErrPermission, "connect: permission denied")
	cases := []struct {
		name    string
		check   model.CheckID
		edit    func(*model.Snapshot)
		want    model.Status
		control func(*model.Snapshot)
		ctlWant model.Status
	}{
		{"sudo fails too", model.CheckSudo,
			func(s *model.Snapshot) {
				daemonFails(s, perm, false)
				s.Sudo = model.SudoFacts{Attempted: true, Fault: model.FaultOf(model.ErrOther, "sudo: a password is required")}
			}, model.StatusInfo,
			func(s *model.Snapshot) {
				daemonFails(s, perm, false)
				s.Sudo = model.SudoFacts{Attempted: true, OK: true}
			}, model.StatusWarn},
		{"no other socket answers", model.CheckAlternates,
			func(s *model.Snapshot) {
				daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false)
				s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock"}}
			}, model.StatusInfo,
			func(s *model.Snapshot) {
				daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false)
				s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock", OK: true}}
			}, model.StatusFail},
		{"no other socket exists", model.CheckAlternates,
			func(s *model.Snapshot) { daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false) },
			model.StatusInfo, nil, ""},
	}
	cat := catalog(t)
	for _, c := range cases {
		s := healthy()
		c.edit(&s)
		if got := statusOf(model.Classify(s, cat), c.check); got != c.want {
			t.Errorf("%s: %s is %q, want %q", c.name, c.check, got, c.want)
		}
		if c.control == nil {
			continue
		}
		s = healthy()
		c.control(&s)
		if got := statusOf(model.Classify(s, cat), c.check); got != c.ctlWant {
			t.Errorf("%s (control): %s is %q, want %q", c.name, c.check, got, c.ctlWant)
		}
	}
}

func statusOf(r model.Report, id model.CheckID) model.Status {
	c, _ := r.Check(id)
	return c.Status
}
