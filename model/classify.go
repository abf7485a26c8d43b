package model

import (
	"fmt"
	"sort"
	"strings"
)

// diagnosis is a finding before its remediation content is attached.
type diagnosis struct {
	kind     Kind
	check    CheckID
	evidence []string
	// severity overrides kind.Severity() when set (a warning that blocks
	// docker-git in this situation becomes an error).
	severity Severity
}

// classifier accumulates diagnoses and check outcomes for one snapshot.
type classifier struct {
	s         Snapshot
	diagnoses []diagnosis
	checks    map[CheckID]*Check
}

// Classify turns a snapshot into a report: findings in priority order with
// their filled checklists, and one check per area. It is pure: the same
// snapshot always gives the same report.
func Classify(s Snapshot, cat Catalog) Report {
	c := &classifier{s: s, checks: map[CheckID]*Check{}}
	for _, id := range AllChecks() {
		c.checks[id] = &Check{ID: id, Status: StatusSkipped, Duration: s.Durations[id]}
	}
	c.cli()
	c.endpoint()
	c.socket()
	c.daemon()
	c.alternates()
	c.sudo()
	c.dockerGit()
	c.controller()
	c.controllerAPI()
	return c.report(cat)
}

// add records a diagnosis, merging evidence into an existing one of the same
// kind so a cause is reported once.
func (c *classifier) add(k Kind, check CheckID, evidence ...string) {
	for i := range c.diagnoses {
		if c.diagnoses[i].kind == k {
			c.diagnoses[i].evidence = appendUnique(c.diagnoses[i].evidence, evidence...)
			return
		}
	}
	c.diagnoses = append(c.diagnoses, diagnosis{kind: k, check: check, evidence: appendUnique(nil, evidence...)})
}

// escalate makes an existing diagnosis of kind k an error, adding evidence
// for why; it does nothing when there is none.
func (c *classifier) escalate(k Kind, evidence ...string) {
	for i := range c.diagnoses {
		if c.diagnoses[i].kind == k {
			c.diagnoses[i].severity = SeverityError
			c.diagnoses[i].evidence = appendUnique(c.diagnoses[i].evidence, evidence...)
		}
	}
}

func (c *classifier) has(k Kind) bool {
	for _, d := range c.diagnoses {
		if d.kind == k {
			return true
		}
	}
	return false
}

func (c *classifier) drop(k Kind) {
	out := c.diagnoses[:0]
	for _, d := range c.diagnoses {
		if d.kind != k {
			out = append(out, d)
		}
	}
	c.diagnoses = out
}

// set records a check's status and detail.
func (c *classifier) set(id CheckID, st Status, format string, args ...any) {
	ch := c.checks[id]
	ch.Status = st
	ch.Detail = fmt.Sprintf(format, args...)
}

func (c *classifier) report(cat Catalog) Report {
	s := c.s
	sort.SliceStable(c.diagnoses, func(i, j int) bool {
		return c.diagnoses[i].kind.priority() < c.diagnoses[j].kind.priority()
	})
	facts := FactsFrom(s)
	vars := VarsFrom(s)
	r := Report{
		OK:       true,
		Platform: s.Platform.Summary(),
		Endpoint: EndpointSummary{
			Host:    endpointLabel(s.Endpoint),
			Source:  s.Endpoint.Source,
			Context: s.Endpoint.Context,
		},
		Identity: IdentitySummary{
			UID: s.Identity.UID, User: userLabel(s.Identity), GID: s.Identity.GID,
			Groups: nonNil(s.Identity.Groups), DBGroups: nonNil(s.Identity.DBGroups),
		},
		Daemon: DaemonSummary{
			Version: s.Daemon.ServerVersion, APIVersion: s.Daemon.APIVersion, Rootless: s.Daemon.Rootless,
		},
		Findings: []Finding{},
	}
	if sock := s.Socket; sock.Attempted && sock.Exists {
		r.Socket = &SocketSummary{Path: sock.Path, Owner: sock.Owner, UID: sock.UID,
			Group: sock.Group, GID: sock.GID, Mode: fmt.Sprintf("%04o", sock.Mode)}
	}
	for _, d := range c.diagnoses {
		rem := cat.Remedy(d.kind)
		title, expl := rem.Filled(vars)
		sev := d.kind.Severity()
		if d.severity != "" {
			sev = d.severity
		}
		if sev == SeverityError {
			r.OK = false
		}
		r.Findings = append(r.Findings, Finding{
			Kind:        d.kind,
			Severity:    sev,
			Check:       d.check,
			Source:      SourceProbe,
			Title:       title,
			Explanation: expl,
			Evidence:    RedactAll(d.evidence),
			Checklist:   rem.Render(vars, facts),
		})
		ch := c.checks[d.check]
		ch.Kinds = append(ch.Kinds, d.kind)
		switch {
		case sev == SeverityError:
			ch.Status = StatusFail
		case ch.Status != StatusFail:
			ch.Status = StatusWarn
		}
	}
	for _, id := range AllChecks() {
		ch := *c.checks[id]
		ch.Detail = Redact(orWord(ch.Detail, CheckNotRun))
		r.Checks = append(r.Checks, ch)
	}
	return r
}

// CheckNotRun is the detail of a check that nothing ran or set.
const CheckNotRun = "not checked"

func appendUnique(dst []string, items ...string) []string {
next:
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			continue
		}
		for _, d := range dst {
			if d == it {
				continue next
			}
		}
		dst = append(dst, it)
	}
	return dst
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// faultText renders a fault for evidence.
func faultText(f *Fault) string {
	switch {
	case f == nil:
		return ""
	case f.Class == "":
		return f.Message
	case f.Message == "":
		return fmt.Sprintf("an error of class %s, with no message", f.Class)
	}
	return fmt.Sprintf("%s (%s)", f.Message, f.Class)
}
