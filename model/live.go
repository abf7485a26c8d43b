package model

import "fmt"

// LiveOutcome is what one live probe of this machine says about a paste.
type LiveOutcome string

const (
	// LiveConfirmed: this machine fails now for a cause the paste shows.
	LiveConfirmed LiveOutcome = "confirmed"
	// LiveNotReproduced: what the paste is about works here now.
	LiveNotReproduced LiveOutcome = "not-reproduced"
	// LiveDifferentCause: it fails here, for another cause.
	LiveDifferentCause LiveOutcome = "different-cause"
	// LiveSkipped: no probe ran (--no-probe, or an endpoint this machine
	// cannot reach).
	LiveSkipped LiveOutcome = "skipped"
)

// LiveCheck is the truth about this machine beside a paste's findings.
type LiveCheck struct {
	Outcome LiveOutcome `json:"outcome"`
	// Line is the one line printed for it.
	Line string `json:"line"`
	// Endpoint is the daemon endpoint that was probed.
	Endpoint string `json:"endpoint,omitempty"`
	// Finding is this machine's finding: the confirmed one, or the
	// different cause.
	Finding *Finding `json:"finding,omitempty"`
}

// SkippedLive is the live check that did not run, with why.
func SkippedLive(reason string) LiveCheck {
	return LiveCheck{Outcome: LiveSkipped, Line: "on this machine now: not checked (" + reason + ")"}
}

// CompareLive sets a live report of this machine against the kinds a paste
// shows. Pasted Docker-access causes are compared with this machine's
// Docker-access findings, pasted controller causes with its controller
// findings; a paste with no recognised cause with the whole report.
func CompareLive(pasted []Kind, r Report) LiveCheck {
	lc := LiveCheck{Endpoint: r.Endpoint.Host}
	families := map[string]bool{}
	for _, k := range pasted {
		if k != KindUnknown {
			families[k.family()] = true
		}
	}
	inScope := func(f Finding) bool {
		return len(families) == 0 || families[f.Kind.family()]
	}
	for _, f := range r.Findings {
		for _, k := range pasted {
			if f.Kind == k && k != KindUnknown {
				f := f
				lc.Outcome, lc.Finding = LiveConfirmed, &f
				lc.Line = fmt.Sprintf("on this machine now: confirmed (%s at %s)", f.Kind, orWord(r.Endpoint.Host, "<daemon endpoint>"))
				return lc
			}
		}
	}
	for _, f := range r.Findings {
		if f.Severity == SeverityError && inScope(f) {
			f := f
			lc.Outcome, lc.Finding = LiveDifferentCause, &f
			lc.Line = fmt.Sprintf("on this machine now: a different cause here: %s", f.Kind)
			return lc
		}
	}
	lc.Outcome = LiveNotReproduced
	what := "Docker access works here"
	if families["controller"] && !families["access"] {
		what = "docker-git's controller works here"
	}
	lc.Line = fmt.Sprintf("on this machine now: not reproduced (%s)", what)
	return lc
}
