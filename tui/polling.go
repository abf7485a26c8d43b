package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// This file holds the polling state machine: ticks, probe requests and
// their generations, pause and interval, and what a new report changes.

// onTick moves the clock and, when the interval is up, starts a probe
// unless one is still running (a slow cycle is never doubled); then it
// re-arms the one timer. Ticks of an old schedule only move the clock and
// end their chain. While paused the clock goes on and nothing is probed.
func (m *Model) onTick(msg tickMsg) tea.Cmd {
	if msg.at.After(m.now) {
		m.now = msg.at
	}
	if msg.gen != m.tickGen {
		return nil
	}
	m.armed = false
	var cmds []tea.Cmd
	if !m.paused {
		m.untilPoll -= msg.d
		if m.untilPoll <= 0 {
			m.untilPoll = m.interval
			if !m.inFlight {
				cmds = append(cmds, m.startProbe())
			}
		}
	}
	return tea.Batch(append(cmds, m.nextTick())...)
}

// nextTick arms the one timer for whichever comes first: the next poll or
// the next change of the probe's age as the header shows it. Nothing else
// on screen moves with the clock, so an idle dashboard wakes only for
// those, and a poll every second costs one wake-up. With nothing to wait
// for (paused before any report) no timer runs.
func (m *Model) nextTick() tea.Cmd {
	d, ok := m.untilAge()
	if !m.paused {
		d, ok = min(d, max(m.untilPoll, time.Millisecond)), true
	}
	if !ok {
		m.armed = false
		return nil
	}
	m.armed, m.armedAt, m.armedFor = true, m.now, d
	return tickCmd(m.opts, d, m.tickGen)
}

// untilAge is how long until the displayed age of the last probe changes;
// ok is false while there is no report (no age is shown).
func (m Model) untilAge() (time.Duration, bool) {
	if m.report == nil || m.lastAt.IsZero() {
		return time.Duration(1<<63 - 1), false
	}
	return untilAgeChange(m.now.Sub(m.lastAt)), true
}

// rearmForAge restarts the timer when a new report makes the age change
// sooner than the armed tick (a trigger's probe while the next poll is far
// away); the time already waited is taken off the poll countdown.
func (m *Model) rearmForAge() tea.Cmd {
	age, ok := m.untilAge()
	if !ok {
		return nil
	}
	if m.armed {
		waited := max(0, m.now.Sub(m.armedAt))
		if age >= m.armedFor-waited {
			return nil
		}
		m.untilPoll -= waited
	}
	m.tickGen++
	return m.nextTick()
}

// newSchedule restarts the timer with a full interval before the next poll;
// ticks already on their way belong to the old schedule and are dropped.
func (m *Model) newSchedule() tea.Cmd {
	m.tickGen++
	m.untilPoll = m.interval
	return m.nextTick()
}

// onTrigger re-probes at once when a watcher saw a change, and a few times
// shortly after: a change is often the first step of a fix that completes
// a moment later (a started container listens on its port only after its
// process is up), and waiting for the tick would hide that for a whole
// interval. The timeline says what changed ("re-probed: socket chmod …").
// A watcher that stopped is recorded, and named in the header, until it
// sends again. While paused the signal is noted but polling stays paused:
// the user asked for quiet.
func (m *Model) onTrigger(msg triggerMsg) tea.Cmd {
	wait := waitTriggerCmd(m.opts.Triggers)
	t := msg.trigger
	watcher := t.Source.Watcher()
	switch why, lost := m.watchLost[watcher]; {
	case t.Lost && lost && why == t.Detail:
		// Still lost for the same reason: nothing new to say.
	case t.Lost:
		m.watchLost[watcher] = t.Detail
		m.timeline.Add(m.now, t.Text())
	default:
		if lost {
			delete(m.watchLost, watcher)
			m.timeline.Add(m.now, watcher+" live again")
		}
		m.timeline.Add(m.now, t.Text())
	}
	if m.paused {
		return wait
	}
	cmds := []tea.Cmd{wait, m.requestProbe()}
	for _, d := range followUps() {
		cmds = append(cmds, followUpCmd(d))
	}
	return tea.Batch(cmds...)
}

// onFollowUp is one of the re-probes after a trigger.
func (m *Model) onFollowUp() tea.Cmd {
	if m.paused {
		return nil
	}
	return m.requestProbe()
}

// startProbe runs a probe now as the newest request.
func (m *Model) startProbe() tea.Cmd {
	m.probeGen++
	m.inFlight = true
	m.inFlightGen = m.probeGen
	m.slow = false
	done := make(chan struct{})
	return tea.Batch(probeCmd(m.ctx, m.opts, m.probeGen, done), slowProbeCmd(m.probeGen, done))
}

// onSlowProbe starts the spinner once a probe has run for a while. Most
// cycles take about a millisecond; animating those would only redraw the
// screen for nothing, which is most of what an idle dashboard costs.
func (m *Model) onSlowProbe(msg slowProbeMsg) tea.Cmd {
	if !m.inFlight || msg.gen != m.inFlightGen {
		return nil
	}
	m.slow = true
	return m.spinner.Tick
}

// requestProbe asks for a fresh result now. With a cycle still running it
// marks that cycle stale and queues one more, so Probe never runs twice at
// once and the user still gets a result from after the request.
func (m *Model) requestProbe() tea.Cmd {
	if m.inFlight {
		m.probeGen++
		m.pending = true
		return nil
	}
	return m.startProbe()
}

// onProbe takes a finished cycle. A result older than the newest request is
// dropped; if a re-probe was queued behind it, that starts now.
func (m *Model) onProbe(msg probeMsg) tea.Cmd {
	if msg.gen == m.inFlightGen {
		m.inFlight = false
	}
	if msg.finished.After(m.now) {
		m.now = msg.finished
	}
	if msg.gen != m.probeGen {
		if !m.inFlight && m.pending {
			m.pending = false
			return m.startProbe()
		}
		return nil
	}
	m.latency = max(0, msg.finished.Sub(msg.started))
	m.lastAt = msg.finished
	return tea.Batch(m.applyReport(msg.report, msg.finished), m.rearmForAge())
}

// applyReport installs a new report: timeline entries for what changed,
// focus on the newest first failure until the user picks a panel, and the
// ready transition.
func (m *Model) applyReport(r model.Report, at time.Time) tea.Cmd {
	prev := m.report
	for _, t := range transitions(prev, r) {
		m.timeline.Add(at, t)
	}
	m.report = &r
	if first, ok := r.FirstError(); ok && !m.focusPinned && m.panels.Focused() != first.Check {
		m.panels.Focus(first.Check)
		m.detail.Reset()
	}
	wasReady := m.ready
	m.ready = r.ReadyFor(m.opts.WaitFor)
	m.exitCode = r.ExitCode()
	if !m.ready || wasReady {
		return nil
	}
	m.timeline.Add(at, r.OKVerdict())
	if m.opts.ExitWhenReady {
		m.exitCode = 0
		m.quitting = true
		m.cancel()
		// Sequence, not Batch: the bell must reach the terminal before the
		// program shuts down.
		return tea.Sequence(bellCmd(), tea.Quit)
	}
	return bellCmd()
}

// togglePause stops or restarts polling; the clock keeps ticking. Resuming
// probes at once and starts a new schedule, so a tick already on its way is
// dropped.
func (m *Model) togglePause() tea.Cmd {
	m.paused = !m.paused
	if m.paused {
		m.timeline.Add(m.now, "polling paused")
		m.flash = "polling paused; p resumes, r probes once"
		return nil
	}
	m.timeline.Add(m.now, "polling resumed")
	m.flash = "polling resumed"
	return tea.Batch(m.newSchedule(), m.requestProbe())
}

// scaleInterval doubles (factor 2) or halves (factor -2) the interval within
// MinInterval..MaxInterval and restarts the schedule with it.
func (m *Model) scaleInterval(slower bool) tea.Cmd {
	next := m.interval * 2
	if !slower {
		next = m.interval / 2
	}
	next = min(MaxInterval, max(MinInterval, next))
	if next == m.interval {
		m.flash = fmt.Sprintf("interval stays at %s (limits %s..%s)", m.interval, MinInterval, MaxInterval)
		return nil
	}
	m.interval = next
	m.flash = "polling every " + next.String()
	return m.newSchedule()
}

// onVerify takes the result of probing under `sg <group>`.
func (m *Model) onVerify(msg verifyMsg) {
	if msg.gen != m.newgrp.gen {
		return
	}
	m.newgrp.verifying = false
	res := msg
	m.newgrp.result = &res
	if msg.at.After(m.now) {
		m.now = msg.at
	}
	text := "sg " + msg.group + ": "
	ok, _ := verdict(msg.report, msg.group)
	switch {
	case msg.err != nil:
		text += "could not run: " + msg.err.Error()
	case ok:
		text += "Docker access would work (" + stateOf(msg.report) + ")"
	default:
		text += "still fails (" + stateOf(msg.report) + ")"
	}
	m.timeline.Add(msg.at, text)
}

// onExec records a finished checklist command and probes again to see
// whether it helped.
func (m *Model) onExec(msg execMsg) tea.Cmd {
	result := "ok"
	if msg.err != nil {
		result = msg.err.Error()
	}
	m.timeline.Add(msg.at, "ran `"+msg.command+"`: "+result)
	m.flash = "ran `" + msg.command + "`: " + result + "; probing again"
	return m.requestProbe()
}
