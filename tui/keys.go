package tui

import "charm.land/bubbles/v2/key"

// keyMap is every binding of the dashboard. It is built by newKeyMap, never
// held in a package variable, so tests and callers cannot mutate a shared
// map.
type keyMap struct {
	Next     key.Binding
	Prev     key.Binding
	Expand   key.Binding
	StepNext key.Binding
	StepPrev key.Binding
	Tick     key.Binding
	Copy     key.Binding
	Exec     key.Binding
	Newgrp   key.Binding
	Verify   key.Binding
	Restart  key.Binding
	Refresh  key.Binding
	Pause    key.Binding
	Slower   key.Binding
	Faster   key.Binding
	Timeline key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	LineUp   key.Binding
	LineDown key.Binding
	Help     key.Binding
	Quit     key.Binding
	ForceQ   key.Binding
	Yes      key.Binding
	No       key.Binding
	Close    key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Next:     key.NewBinding(key.WithKeys("tab", "j", "down"), key.WithHelp("tab/j/↓", "next check")),
		Prev:     key.NewBinding(key.WithKeys("shift+tab", "k", "up"), key.WithHelp("S-tab/k/↑", "prev check")),
		Expand:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "expand/collapse")),
		StepNext: key.NewBinding(key.WithKeys("J", "]"), key.WithHelp("J/]", "next step")),
		StepPrev: key.NewBinding(key.WithKeys("K", "["), key.WithHelp("K/[", "prev step")),
		Tick:     key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "tick manual step")),
		Copy:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy command")),
		Exec:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "run command")),
		Newgrp:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "newgrp help")),
		Verify:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "verify with group")),
		Restart:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "restart under sg")),
		Refresh:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "re-probe")),
		Pause:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause/resume")),
		Slower:   key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "poll slower")),
		Faster:   key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "poll faster")),
		Timeline: key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "timeline")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "scroll up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "scroll down")),
		LineUp:   key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "scroll up")),
		LineDown: key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "scroll down")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		ForceQ:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "run it")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "cancel")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp is the one-line footer of the dashboard. Help and quit come
// first so a narrow terminal, which cuts the tail, still shows them.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.Next, k.StepNext, k.Tick, k.Copy, k.Exec, k.Newgrp, k.Refresh, k.Timeline, k.Pause}
}

// FullHelp is the `?` view of the dashboard, one column per concern.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Expand, k.PageDown, k.PageUp},
		{k.StepNext, k.StepPrev, k.Tick, k.Copy, k.Exec},
		{k.Newgrp, k.Timeline, k.Refresh, k.Pause},
		{k.Slower, k.Faster, k.Help, k.Quit},
	}
}

// bindings is a help.KeyMap for a dialog or overlay with its own keys.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
}

func (b bindings) ShortHelp() []key.Binding  { return b.short }
func (b bindings) FullHelp() [][]key.Binding { return b.full }

func (k keyMap) confirmHelp() bindings {
	return bindings{short: []key.Binding{k.Yes, k.No}, full: [][]key.Binding{{k.Yes, k.No}}}
}

func (k keyMap) newgrpHelp() bindings {
	closeKey := key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "close"))
	copyKey := key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy newgrp command"))
	return bindings{
		short: []key.Binding{k.Verify, k.Restart, copyKey, closeKey, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Verify, k.Restart, copyKey}, {closeKey, k.Help, k.Quit}},
	}
}

func (k keyMap) timelineHelp() bindings {
	closeKey := key.NewBinding(key.WithKeys("l", "esc"), key.WithHelp("l/esc", "close"))
	return bindings{
		short: []key.Binding{k.Help, k.Quit, closeKey, k.LineDown, k.LineUp, k.PageDown},
		full:  [][]key.Binding{{k.LineDown, k.LineUp, k.PageDown, k.PageUp}, {closeKey, k.Refresh, k.Pause}, {k.Slower, k.Faster, k.Help, k.Quit}},
	}
}
