package tui

import (
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// tickMsg is the dashboard's one timer: it moves the notion of "now" to at
// (so the age of the last probe keeps counting even while a probe hangs or
// polling is paused) and, when the interval is up, polls. d is the delay it
// was scheduled with. gen is the schedule it belongs to: resuming or
// changing the interval starts a new schedule, and ticks of an old one only
// move the clock.
type tickMsg struct {
	gen int
	d   time.Duration
	at  time.Time
}

// probeMsg is the outcome of one probe cycle. gen is the request it answers:
// a result older than the newest request is dropped.
type probeMsg struct {
	gen      int
	report   model.Report
	started  time.Time
	finished time.Time
}

// verifyMsg is the outcome of probing under `sg <group>`.
type verifyMsg struct {
	gen    int
	group  string
	report model.Report
	err    error
	at     time.Time
}

// execMsg reports that a checklist command run in the terminal has ended.
type execMsg struct {
	command string
	err     error
	at      time.Time
}

// triggerMsg is a watcher's signal that something deciding access changed.
type triggerMsg struct{ trigger model.Trigger }

// slowProbeMsg fires when probe gen may still be running after
// spinnerDelay: only then is the spinner worth animating.
type slowProbeMsg struct{ gen int }

// followUpMsg asks for one of the re-probes that follow a trigger.
type followUpMsg struct{}
