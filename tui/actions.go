package tui

import (
	"maps"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// This file maps key presses to actions. Dialogs take the keys first; the
// dashboard gets the rest.

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	m.flash = ""
	k := m.keys
	if key.Matches(msg, k.ForceQ) {
		return m.quit()
	}
	switch {
	case m.confirm.open:
		return m.confirmKey(msg)
	case m.newgrp.open:
		return m.newgrpKey(msg)
	case m.showTimeline:
		if cmd, ok := m.timelineKey(msg); ok {
			return cmd
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(msg, k.Refresh):
		return m.requestProbe()
	case key.Matches(msg, k.Pause):
		return m.togglePause()
	case key.Matches(msg, k.Slower):
		return m.scaleInterval(true)
	case key.Matches(msg, k.Faster):
		return m.scaleInterval(false)
	case key.Matches(msg, k.Timeline):
		m.showTimeline = !m.showTimeline
		m.timeline.GotoBottom()
	case key.Matches(msg, k.Next):
		m.panels.Next()
		m.focusPinned = true
		m.detail.Reset()
	case key.Matches(msg, k.Prev):
		m.panels.Prev()
		m.focusPinned = true
		m.detail.Reset()
	case key.Matches(msg, k.Expand):
		m.detail.expanded = !m.detail.expanded
	case key.Matches(msg, k.StepNext):
		m.moveStep(1)
	case key.Matches(msg, k.StepPrev):
		m.moveStep(-1)
	case key.Matches(msg, k.PageDown):
		m.detail.Scroll(max(1, m.detail.height-1), m.detailLen())
	case key.Matches(msg, k.PageUp):
		m.detail.Scroll(-max(1, m.detail.height-1), m.detailLen())
	case key.Matches(msg, k.Tick):
		m.tickStep()
	case key.Matches(msg, k.Copy):
		return m.copyStep()
	case key.Matches(msg, k.Exec):
		return m.askExec()
	case key.Matches(msg, k.Newgrp):
		m.newgrp.Open(m.report, m.opts.Group)
	}
	return nil
}

// quit ends the program and cancels whatever probe is still running.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	m.cancel()
	return tea.Quit
}

// focusedStep is the step under the cursor, if the focused check has steps.
func (m Model) focusedStep() (stepRef, bool) {
	steps := stepsOf(m.report, m.panels.Focused())
	if m.detail.cursor < 0 || m.detail.cursor >= len(steps) {
		return stepRef{}, false
	}
	return steps[m.detail.cursor], true
}

func (m Model) detailLen() int {
	lines, _ := m.detail.render(m.report, m.panels.Focused(), m.ticks, m.styles)
	return len(lines)
}

// moveStep moves the step cursor and scrolls it into view. When the cursor
// is off screen (the user scrolled, or the check was just focused), the
// first press only brings it into view.
func (m *Model) moveStep(delta int) {
	id := m.panels.Focused()
	n := len(stepsOf(m.report, id))
	if n == 0 {
		m.flash = "this check has no checklist"
		return
	}
	if lines, span := m.detail.render(m.report, id, m.ticks, m.styles); m.detail.Visible(span.start, len(lines)) {
		m.detail.MoveStep(delta, n)
	}
	lines, span := m.detail.render(m.report, id, m.ticks, m.styles)
	m.detail.EnsureVisible(span.start, span.end, len(lines))
}

// tickStep toggles a manual step. Verified steps belong to the probe: a
// hand tick would only be overwritten by the next report.
func (m *Model) tickStep() {
	ref, ok := m.focusedStep()
	switch {
	case !ok:
		m.flash = "no checklist step here"
	case ref.step.Done != nil:
		m.flash = "this step is checked by the probe and ticks itself"
	default:
		// Copy on write: earlier Model values must not see the change.
		ticks := maps.Clone(m.ticks)
		k := tickKey(ref.kind, ref.step.Step)
		ticks[k] = !ticks[k]
		if !ticks[k] {
			delete(ticks, k)
		}
		m.ticks = ticks
	}
}

func (m *Model) copyStep() tea.Cmd {
	ref, ok := m.focusedStep()
	if !ok || ref.step.Command == "" {
		m.flash = "this step has no command to copy"
		return nil
	}
	m.flash = "copied: " + oneLine(ref.step.Command)
	return copyCmd(ref.step.Command)
}

// askExec opens the confirmation for the focused step's command. A command
// with control characters is refused: what runs must be what is shown. A
// command that changes only the shell running it (export, unset, cd,
// newgrp…) would change nothing in a child shell: it is copied instead, for
// the user's own shell.
func (m *Model) askExec() tea.Cmd {
	ref, ok := m.focusedStep()
	switch {
	case !ok || ref.step.Command == "":
		m.flash = "this step has no command to run"
	case oneLine(ref.step.Command) != ref.step.Command:
		m.flash = "this command holds control characters; copy it with c instead"
	case model.ShellOnly(ref.step.Command):
		m.flash = "run this in your own shell (it changes the shell that runs it, so running it here would change nothing); copied: " + ref.step.Command
		return copyCmd(ref.step.Command)
	default:
		m.confirm.Open(ref.step.Command)
	}
	return nil
}

func (m *Model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Yes):
		command := m.confirm.command
		m.confirm.Close()
		m.flash = "running `" + command + "`…"
		return execCmd(m.opts, command)
	case key.Matches(msg, m.keys.No):
		m.confirm.Close()
		m.flash = "cancelled; nothing was run"
	}
	return nil
}

func (m *Model) newgrpKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Verify):
		return m.verifyGroup()
	case key.Matches(msg, m.keys.Restart):
		return m.restartUnderGroup()
	case key.Matches(msg, m.keys.Copy):
		cmd := m.newgrp.commands()[0]
		m.flash = "copied: " + cmd
		return copyCmd(cmd)
	case key.Matches(msg, m.keys.Newgrp), key.Matches(msg, m.keys.Close):
		m.newgrp.open = false
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	}
	return nil
}

// restartUnderGroup quits so the caller can start this dashboard again
// under `sg GROUP` (RestartGroup), once the check under sg said access
// works: the user sees the ready state at once, without a new login.
func (m *Model) restartUnderGroup() tea.Cmd {
	res := m.newgrp.result
	if res == nil || res.err != nil || res.group != m.newgrp.group {
		m.flash = "press v first: the restart is offered once access works under sg " + m.newgrp.group
		return nil
	}
	if ok, _ := verdict(res.report, res.group); !ok {
		m.flash = "access still fails under sg " + res.group + ": restarting would not help"
		return nil
	}
	m.restartGroup = res.group
	return m.quit()
}

func (m *Model) verifyGroup() tea.Cmd {
	switch {
	case m.opts.VerifyGroup == nil:
		m.flash = "checking under sg is not available"
		return nil
	case m.newgrp.verifying:
		return nil
	}
	m.newgrp.gen++
	m.newgrp.verifying = true
	m.newgrp.result = nil
	return tea.Batch(verifyCmd(m.ctx, m.opts, m.newgrp.group, m.newgrp.gen), m.spinner.Tick)
}

// timelineKey handles the keys the timeline takes over; ok is false for
// keys the dashboard should handle (r, p, +, -, ?, q).
func (m *Model) timelineKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Timeline), key.Matches(msg, k.Close):
		m.showTimeline = false
	case key.Matches(msg, k.LineDown):
		m.timeline.ScrollDown(1)
	case key.Matches(msg, k.LineUp):
		m.timeline.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		m.timeline.ScrollDown(max(1, m.layout.overlayH-3))
	case key.Matches(msg, k.PageUp):
		m.timeline.ScrollUp(max(1, m.layout.overlayH-3))
	default:
		return nil, false
	}
	return nil, true
}
