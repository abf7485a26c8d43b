package main

import (
	"fmt"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// statusWord marks a check readably without colour.
func statusWord(s model.Status) string {
	switch s {
	case model.StatusOK:
		return "[ ok ]"
	case model.StatusFail:
		return "[FAIL]"
	case model.StatusWarn:
		return "[warn]"
	case model.StatusSkipped:
		return "[skip]"
	case model.StatusInfo:
		return "[info]"
	}
	return "[ ?? ]"
}

// renderText is the --once report: verdict, findings with evidence and a
// numbered checklist, then every check.
func renderText(r model.Report) string {
	var b strings.Builder
	if r.OK {
		b.WriteString(r.OKVerdict() + ".\n")
	} else {
		fmt.Fprintf(&b, "Docker access is broken (%d problem%s).\n", countErrors(r), plural(countErrors(r)))
	}
	if r.Platform != nil {
		fmt.Fprintf(&b, "Platform: %s\n", r.Platform.Label)
	}
	fmt.Fprintf(&b, "Endpoint: %s (from %s)\n", r.Endpoint.Host, r.Endpoint.Source)
	fmt.Fprintf(&b, "User: %s (uid %d, gid %d)\n", r.Identity.User, r.Identity.UID, r.Identity.GID)
	if r.Daemon.Version != "" {
		fmt.Fprintf(&b, "Daemon: Docker %s, API %s\n", r.Daemon.Version, r.Daemon.APIVersion)
	}
	for _, f := range r.Findings {
		b.WriteString("\n")
		writeFinding(&b, f)
	}
	b.WriteString("\nChecks:\n")
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "  %s %-21s %s\n", statusWord(c.Status), c.ID.Title(), c.Detail)
	}
	return b.String()
}

// writeFinding prints one finding: title, kind, explanation, evidence and
// the numbered checklist with each step's state.
func writeFinding(b *strings.Builder, f model.Finding) {
	fmt.Fprintf(b, "%s: %s [%s]\n", strings.ToUpper(string(f.Severity)), f.Title, f.Kind)
	fmt.Fprintf(b, "  %s\n", f.Explanation)
	if len(f.Evidence) > 0 {
		b.WriteString("  Evidence:\n")
		for _, ev := range f.Evidence {
			fmt.Fprintf(b, "    - %s\n", ev)
		}
	}
	b.WriteString("  Fix:\n")
	for i, s := range f.Checklist {
		mark := "[ ]"
		switch {
		case s.Done == nil:
			mark = "[ ]"
		case *s.Done:
			mark = "[x]"
		default:
			mark = "[!]"
		}
		fmt.Fprintf(b, "    %d. %s %s\n", i+1, mark, s.Step)
		if s.Command != "" {
			fmt.Fprintf(b, "         $ %s\n", s.Command)
		}
	}
}

func countErrors(r model.Report) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == model.SeverityError {
			n++
		}
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
