package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// styles holds every style the dashboard renders with. It is rebuilt when
// the terminal reports its background colour, so nothing here is global.
type styles struct {
	Title   lipgloss.Style
	Dim     lipgloss.Style
	Heading lipgloss.Style
	OK      lipgloss.Style
	Fail    lipgloss.Style
	Warn    lipgloss.Style
	Skip    lipgloss.Style
	Pending lipgloss.Style
	Focus   lipgloss.Style
	Cursor  lipgloss.Style
	Command lipgloss.Style
	Ready   lipgloss.Style
	Broken  lipgloss.Style
	Border  lipgloss.Style
	Flash   lipgloss.Style
	Spinner lipgloss.Style
	Help    help.Styles
}

// newStyles builds the styles for a light or dark background. With noColor
// every style is plain: NO_COLOR asks for no colour at all, and the status
// marks carry their meaning as symbols and words anyway.
func newStyles(isDark, noColor bool) styles {
	if noColor {
		plain := lipgloss.NewStyle()
		return styles{
			Title: plain, Dim: plain, Heading: plain, OK: plain, Fail: plain, Warn: plain,
			Skip: plain, Pending: plain, Focus: plain, Cursor: plain, Command: plain,
			Ready: plain, Broken: plain, Border: plain, Flash: plain, Spinner: plain,
			Help: help.Styles{
				Ellipsis: plain, ShortKey: plain, ShortDesc: plain, ShortSeparator: plain,
				FullKey: plain, FullDesc: plain, FullSeparator: plain,
			},
		}
	}
	ld := lipgloss.LightDark(isDark)
	var (
		green  = ld(lipgloss.Color("#1A7F37"), lipgloss.Color("#3FB950"))
		red    = ld(lipgloss.Color("#CF222E"), lipgloss.Color("#F85149"))
		yellow = ld(lipgloss.Color("#9A6700"), lipgloss.Color("#D29922"))
		grey   = ld(lipgloss.Color("#6E7781"), lipgloss.Color("#8B949E"))
		faint  = ld(lipgloss.Color("#D0D7DE"), lipgloss.Color("#30363D"))
		accent = ld(lipgloss.Color("#0969DA"), lipgloss.Color("#58A6FF"))
		text   = ld(lipgloss.Color("#1F2328"), lipgloss.Color("#E6EDF3"))
		focus  = ld(lipgloss.Color("#DDF4FF"), lipgloss.Color("#1F2A37"))
	)
	s := lipgloss.NewStyle()
	return styles{
		Title:   s.Bold(true).Foreground(text),
		Dim:     s.Foreground(grey),
		Heading: s.Bold(true).Foreground(accent),
		OK:      s.Foreground(green),
		Fail:    s.Bold(true).Foreground(red),
		Warn:    s.Foreground(yellow),
		Skip:    s.Foreground(grey),
		Pending: s.Foreground(grey),
		Focus:   s.Bold(true).Background(focus),
		Cursor:  s.Bold(true).Foreground(accent),
		Command: s.Foreground(accent),
		Ready:   s.Bold(true).Foreground(green),
		Broken:  s.Bold(true).Foreground(red),
		Border:  s.Foreground(faint),
		Flash:   s.Foreground(yellow),
		Spinner: s.Foreground(accent),
		Help:    help.DefaultStyles(isDark),
	}
}

// statusMark is a check status as symbol and word, readable without colour.
// Every mark is six cells wide so panel titles line up.
func statusMark(st model.Status, known bool) string {
	if !known {
		return "· ... "
	}
	switch st {
	case model.StatusOK:
		return "✓ ok  "
	case model.StatusFail:
		return "✗ FAIL"
	case model.StatusWarn:
		return "! warn"
	case model.StatusSkipped:
		return "- skip"
	case model.StatusInfo:
		return "· info"
	}
	return "? " + padRight(string(st), 4)
}

// statusStyle picks the colour of a status mark.
func (s styles) status(st model.Status, known bool) lipgloss.Style {
	if !known {
		return s.Pending
	}
	switch st {
	case model.StatusOK:
		return s.OK
	case model.StatusFail:
		return s.Fail
	case model.StatusWarn:
		return s.Warn
	}
	return s.Skip
}

// severityMark is the mark in front of a finding's title.
func severityMark(sev model.Severity) string {
	switch sev {
	case model.SeverityError:
		return "✗"
	case model.SeverityWarning:
		return "!"
	}
	return "i"
}

func (s styles) severity(sev model.Severity) lipgloss.Style {
	switch sev {
	case model.SeverityError:
		return s.Fail
	case model.SeverityWarning:
		return s.Warn
	}
	return s.Dim
}
