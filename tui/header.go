package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// header shows what the dashboard is looking at (endpoint, identity,
// daemon) and how fresh that view is.
type header struct {
	width int
	lines int
}

func (h *header) SetSize(width, lines int) { h.width, h.lines = width, lines }

// headerState is the part of the root model the header renders.
type headerState struct {
	report   *model.Report
	probing  bool
	spinner  string
	paused   bool
	interval time.Duration
	latency  time.Duration
	age      time.Duration
	hasAge   bool
	// lost names the watchers that stopped ("docker events"): changes
	// they watched show only at the next poll.
	lost []string
}

func (h header) View(s headerState, st styles) []string {
	if h.lines <= 0 || h.width <= 0 {
		return nil
	}
	lines := []string{h.status(s, st)}
	r := s.report
	if r == nil {
		lines = append(lines, st.Dim.Render("endpoint, identity and daemon show after the first probe"))
	} else {
		lines = append(lines, fitLine(endpointLine(*r), h.width))
	}
	if h.lines >= 4 {
		if r == nil {
			lines = append(lines, "")
		} else {
			line := identityLine(r.Identity)
			if r.Platform != nil {
				line = oneLine(r.Platform.Label) + " · " + line
			}
			lines = append(lines, fitLine(line, h.width))
		}
	}
	lines = append(lines, st.Dim.Render(fitLine(freshnessLine(s), h.width)))
	return padLines(lines, h.lines)
}

// status is the first line: the verdict on the left, activity on the right.
func (h header) status(s headerState, st styles) string {
	var right []string
	if s.probing {
		right = append(right, s.spinner+" probing")
	}
	if s.paused {
		right = append(right, "paused")
	}
	rightText := strings.Join(right, " · ")
	var left string
	switch {
	case s.report == nil:
		left = s.spinner + " probing… checking Docker access for the first time"
		rightText = ""
		if s.paused {
			rightText = "paused"
		}
	case s.report.OK:
		left = st.Ready.Render("✓ " + s.report.OKVerdict())
		if n := countSeverity(*s.report, model.SeverityWarning); n > 0 {
			left += st.Warn.Render(fmt.Sprintf(" (%d %s)", n, plural(n, "warning", "warnings")))
		}
	default:
		left = st.Broken.Render("✗ Docker access fails: " + oneLine(firstError(*s.report)))
	}
	if rightText == "" {
		return fitLine(left, h.width)
	}
	rw := cellWidthOf(rightText)
	if rw+2 > h.width {
		return fitLine(left, h.width)
	}
	lw := h.width - rw - 2
	return padRight(left, lw) + "  " + st.Dim.Render(rightText)
}

func endpointLine(r model.Report) string {
	src := string(r.Endpoint.Source)
	if r.Endpoint.Context != "" {
		src = "context " + r.Endpoint.Context + ", from " + src
	}
	host := r.Endpoint.Host
	if host == "" {
		host = "(unknown)"
	}
	line := fmt.Sprintf("endpoint %s (%s)", oneLine(host), oneLine(src))
	daemon := "daemon not reached"
	if r.Daemon.Version != "" {
		daemon = "daemon " + oneLine(r.Daemon.Version)
		if r.Daemon.APIVersion != "" {
			daemon += ", API " + oneLine(r.Daemon.APIVersion)
		}
		if r.Daemon.Rootless {
			daemon += ", rootless"
		}
	}
	return line + " · " + daemon
}

// identityLine names the user and the groups this session holds, and the
// groups the user database grants that this session lacks: the newgrp case
// at a glance.
func identityLine(id model.IdentitySummary) string {
	user := id.User
	if user == "" {
		user = fmt.Sprint(id.UID)
	}
	line := fmt.Sprintf("user %s (uid %d) · groups %s", oneLine(user), id.UID, groupNames(id.Groups))
	var missing []model.Group
	for _, g := range id.DBGroups {
		if !hasGroup(id.Groups, g.ID) && g.ID != id.GID {
			missing = append(missing, g)
		}
	}
	if len(missing) > 0 {
		line += " · not in this session: " + groupNames(missing)
	}
	return line
}

func groupNames(gs []model.Group) string {
	if len(gs) == 0 {
		return "(none)"
	}
	parts := make([]string, len(gs))
	for i, g := range gs {
		name := g.Name
		if name == "" {
			name = fmt.Sprint(g.ID)
		}
		parts[i] = fmt.Sprintf("%s(%d)", oneLine(name), g.ID)
	}
	return strings.Join(parts, " ")
}

func hasGroup(gs []model.Group, id int) bool {
	for _, g := range gs {
		if g.ID == id {
			return true
		}
	}
	return false
}

func freshnessLine(s headerState) string {
	var parts []string
	switch {
	case s.report == nil:
		parts = append(parts, "waiting for the first probe")
	case s.hasAge:
		parts = append(parts, fmt.Sprintf("last probe %s, took %s", ago(s.age), roundLatency(s.latency)))
	}
	every := "every " + s.interval.String()
	if s.paused {
		every = "polling paused (every " + s.interval.String() + ")"
	}
	parts = append(parts, every)
	if len(s.lost) > 0 {
		parts = append(parts, "live updates: polling only (no "+strings.Join(s.lost, ", ")+")")
	}
	return strings.Join(parts, " · ")
}

// ago is the age of the last probe as the header shows it. Its steps grow
// with the age (seconds, then tens of seconds, minutes, hours), so an idle
// dashboard redraws only when the text changes: ageStep says when.
func ago(d time.Duration) string {
	switch {
	case d < 2*time.Second:
		return "just now"
	case d < time.Minute:
		return ageStepStart(d).String() + " ago"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d/time.Minute))
	}
	return fmt.Sprintf("%dh ago", int(d/time.Hour))
}

// ageStep is the width of the step of ago that holds d.
func ageStep(d time.Duration) time.Duration {
	switch {
	case d < 2*time.Second:
		return 2 * time.Second
	case d < 10*time.Second:
		return time.Second
	case d < time.Minute:
		return 10 * time.Second
	case d < time.Hour:
		return time.Minute
	}
	return time.Hour
}

// ageStepStart is d truncated to its step.
func ageStepStart(d time.Duration) time.Duration { return d.Truncate(ageStep(d)) }

// untilAgeChange is how long until ago(d) shows another text.
func untilAgeChange(d time.Duration) time.Duration {
	d = max(0, d)
	return ageStepStart(d) + ageStep(d) - d
}

// roundLatency shows a probe's duration at whole milliseconds: finer
// digits would change with every cycle and redraw the screen for nothing.
func roundLatency(d time.Duration) string {
	switch {
	case d <= 0:
		return "0s"
	case d < time.Millisecond:
		return "<1ms"
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	}
	return d.Round(10 * time.Millisecond).String()
}

func countSeverity(r model.Report, sev model.Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == sev {
			n++
		}
	}
	return n
}

// firstError is the title of the highest-priority error finding.
func firstError(r model.Report) string {
	if f, ok := r.FirstError(); ok {
		return f.Title
	}
	if len(r.Findings) > 0 {
		return r.Findings[0].Title
	}
	return "no finding explains it"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
