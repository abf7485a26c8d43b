package tui

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// This file composes the frame from the components. It only reads the
// model.

// View renders the frame. The last frame, drawn
// as the program quits, leaves the alternate screen with a one-line summary
// so the verdict stays in the scrollback.
func (m Model) View() tea.View {
	if m.quitting {
		s := m.summary()
		if m.sized {
			s = fitLine(s, m.width)
		}
		return tea.NewView(s)
	}
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "docker-git-tui"
	return v
}

// summary is the verdict in one plain line, fitted to the width.
func (m Model) summary() string {
	switch {
	case m.report == nil:
		return "docker-git-tui: quit before the first probe finished"
	case m.report.OK:
		return "docker-git-tui: " + m.report.OKVerdict()
	}
	return fmt.Sprintf("docker-git-tui: Docker access fails (%s)", stateOf(*m.report))
}

// footerLines is how many lines help and flash take under the body.
func (m Model) footerLines() int {
	n := strings.Count(m.helpView(), "\n") + 1
	if m.flash != "" {
		n++
	}
	return n
}

// helpView is the footer: short help for the current mode, or with `?` the
// full help.
func (m Model) helpView() string {
	var k help.KeyMap = m.keys
	switch {
	case m.confirm.open:
		k = m.keys.confirmHelp()
	case m.newgrp.open:
		k = m.keys.newgrpHelp()
	case m.showTimeline:
		k = m.keys.timelineHelp()
	}
	if !m.help.ShowAll {
		return m.help.ShortHelpView(k.ShortHelp())
	}
	return m.fullHelpView(k.FullHelp())
}

// fullHelpView packs the help columns into as many rows as the width
// needs; help.Model would cut the columns that do not fit in one row.
func (m Model) fullHelpView(groups [][]key.Binding) string {
	h := m.help
	h.SetWidth(0)
	var rows []string
	for start := 0; start < len(groups); {
		end := start + 1
		for end < len(groups) && lipgloss.Width(h.FullHelpView(groups[start:end+1])) <= m.width {
			end++
		}
		rows = append(rows, h.FullHelpView(groups[start:end]))
		start = end
	}
	return strings.Join(rows, "\n")
}

// render composes header, body and footer into exactly the terminal size.
func (m Model) render() string {
	st := m.styles
	if !m.sized {
		// No size yet: still show that work has started.
		return m.spinner.View() + " probing…"
	}
	l := m.layout
	if l.tooSmall {
		return tooSmallLine(m.width, m.height)
	}
	lines := m.header.View(m.headerState(), st)
	lines = append(lines, padLines(m.body(), l.bodyH)...)
	if m.flash != "" {
		lines = append(lines, st.Flash.Render(fitLine(m.flash, m.width)))
	}
	lines = append(lines, strings.Split(m.helpView(), "\n")...)
	return strings.Join(fitFrame(lines, m.width, m.height), "\n")
}

func (m Model) body() []string {
	st := m.styles
	l := m.layout
	switch {
	case m.confirm.open:
		return m.confirm.View(st)
	case m.newgrp.open:
		return m.newgrp.View(st, m.spinner.View())
	case m.showTimeline:
		title := "Timeline"
		if n := m.timeline.Len(); n > 0 {
			title += fmt.Sprintf(" (%d %s)", n, plural(n, "entry", "entries"))
		}
		return box(title, m.timeline.View(), l.overlayW, l.overlayH, st)
	}
	list := m.panels.View(m.report, st)
	det := m.detail.View(m.report, m.panels.Focused(), m.ticks, st)
	if l.wide {
		return joinColumns(padLines(list, l.bodyH), det, l.listW, st.Border.Render(separator))
	}
	return append(padLines(list, l.listH), det...)
}

func (m Model) headerState() headerState {
	s := headerState{
		report:   m.report,
		probing:  m.inFlight && m.slow,
		spinner:  m.spinner.View(),
		paused:   m.paused,
		interval: m.interval,
		latency:  m.latency,
		lost:     slices.Sorted(maps.Keys(m.watchLost)),
	}
	if m.report != nil && !m.lastAt.IsZero() {
		s.hasAge = true
		s.age = max(0, m.now.Sub(m.lastAt))
	}
	return s
}
