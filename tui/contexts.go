package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// The contexts view (--all-contexts): one row per docker context with its
// endpoint, current mark, daemon version, status and top finding. Enter
// opens that context's panels (the single-context dashboard, embedded);
// esc, with nothing open in it, returns to the list.

// ContextRow is one context of the list.
type ContextRow struct {
	Name    string
	Host    string
	Current bool
}

// ContextsOptions configures NewContexts.
type ContextsOptions struct {
	Rows []ContextRow
	// ProbeAll probes every context at once (each within its own deadline)
	// and returns their reports in Rows' order. Called in tea.Cmds only.
	ProbeAll func(ctx context.Context) []model.Report
	// Open returns the options of the dashboard of row i.
	Open     func(i int) Options
	Interval time.Duration
	Context  context.Context
}

// ContextsModel is the contexts list, or one context's dashboard in it.
type ContextsModel struct {
	opts    ContextsOptions
	reports []*model.Report
	sel     int
	gen     int
	busy    bool
	width   int
	height  int
	lastMsg []tea.Msg // size and background, replayed to a child

	child   *Model
	childID int
}

type contextsReportMsg struct {
	gen     int
	reports []model.Report
}

type contextsTickMsg struct{ gen int }

// childMsg carries a message a child dashboard's command produced, tagged
// with the child it belongs to: a closed child's late messages are dropped.
type childMsg struct {
	id  int
	msg tea.Msg
}

var contextsKeys = struct {
	Up, Down, Open, Back, Refresh, Quit key.Binding
}{
	Up:      key.NewBinding(key.WithKeys("up", "k")),
	Down:    key.NewBinding(key.WithKeys("down", "j")),
	Open:    key.NewBinding(key.WithKeys("enter")),
	Back:    key.NewBinding(key.WithKeys("esc")),
	Refresh: key.NewBinding(key.WithKeys("r")),
	Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c")),
}

// NewContexts builds the contexts view.
func NewContexts(o ContextsOptions) ContextsModel {
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	return ContextsModel{opts: o, reports: make([]*model.Report, len(o.Rows)), busy: true}
}

func (m ContextsModel) Init() tea.Cmd { return m.probe() }

func (m ContextsModel) probe() tea.Cmd {
	gen, probeAll, ctx := m.gen, m.opts.ProbeAll, m.opts.Context
	return func() tea.Msg { return contextsReportMsg{gen: gen, reports: probeAll(ctx)} }
}

func (m ContextsModel) tick() tea.Cmd {
	gen := m.gen
	return tea.Tick(m.opts.Interval, func(time.Time) tea.Msg { return contextsTickMsg{gen: gen} })
}

// Update routes to the open child, or runs the list.
func (m ContextsModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.remember(msg)
	case tea.BackgroundColorMsg:
		m.remember(msg)
	case contextsReportMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		m.busy = false
		for i := range msg.reports {
			if i < len(m.reports) {
				r := msg.reports[i]
				m.reports[i] = &r
			}
		}
		return m, m.tick()
	case contextsTickMsg:
		if msg.gen != m.gen || m.child != nil {
			// The list is not probed while a context's panels are open:
			// that context's own dashboard probes it.
			return m, nil
		}
		m.gen++
		m.busy = true
		return m, m.probe()
	case childMsg:
		if m.child == nil || msg.id != m.childID {
			return m, nil
		}
		return m.updateChild(msg.msg)
	}
	if m.child != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, contextsKeys.Back) && m.child.atTop() {
			m.child = nil
			m.gen++
			m.busy = true
			return m, m.probe()
		}
		return m.updateChild(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, contextsKeys.Quit):
			return m, tea.Quit
		case key.Matches(k, contextsKeys.Up):
			m.sel = max(0, m.sel-1)
		case key.Matches(k, contextsKeys.Down):
			m.sel = min(len(m.opts.Rows)-1, m.sel+1)
		case key.Matches(k, contextsKeys.Refresh):
			m.gen++
			m.busy = true
			return m, m.probe()
		case key.Matches(k, contextsKeys.Open) && len(m.opts.Rows) > 0:
			return m.open(m.sel)
		}
	}
	return m, nil
}

func (m *ContextsModel) remember(msg tea.Msg) {
	for i, old := range m.lastMsg {
		if fmt.Sprintf("%T", old) == fmt.Sprintf("%T", msg) {
			m.lastMsg[i] = msg
			return
		}
	}
	m.lastMsg = append(m.lastMsg, msg)
}

// open starts row i's dashboard and gives it the terminal's size.
func (m ContextsModel) open(i int) (tea.Model, tea.Cmd) {
	child := New(m.opts.Open(i))
	m.childID++
	m.child = &child
	cmds := []tea.Cmd{wrapChild(m.childID, child.Init())}
	for _, msg := range m.lastMsg {
		next, cmd := m.child.Update(msg)
		c := next.(Model)
		m.child = &c
		cmds = append(cmds, wrapChild(m.childID, cmd))
	}
	return m, tea.Batch(cmds...)
}

func (m ContextsModel) updateChild(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.child.Update(msg)
	c := next.(Model)
	m.child = &c
	return m, wrapChild(m.childID, cmd)
}

// wrapChild tags what a child's command produces with the child's id.
func wrapChild(id int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		switch msg := msg.(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = wrapChild(id, c)
			}
			return out
		case tea.QuitMsg:
			return msg
		}
		return childMsg{id: id, msg: msg}
	}
}

// atTop reports whether nothing that esc closes is open over the panels
// (the timeline, the newgrp help, a confirmation): esc then means "back to
// the list".
func (m Model) atTop() bool {
	return !m.showTimeline && !m.newgrp.open && !m.confirm.open
}

// View draws the open child, or the list.
func (m ContextsModel) View() tea.View {
	if m.child != nil {
		return m.child.View()
	}
	v := tea.NewView(m.list())
	v.AltScreen = true
	return v
}

// list renders the table, the selection marked with ›.
func (m ContextsModel) list() string {
	var b strings.Builder
	state := "probing every context…"
	if !m.busy {
		state = fmt.Sprintf("%d contexts · every %s", len(m.opts.Rows), m.opts.Interval)
	}
	fmt.Fprintf(&b, "Docker contexts · %s\n\n", state)
	rows := [][]string{{"", "CONTEXT", "ENDPOINT", "DAEMON", "STATUS", "TOP FINDING"}}
	for i, r := range m.opts.Rows {
		mark := " "
		if r.Current {
			mark = "*"
		}
		if i == m.sel {
			mark = "›" + mark
		} else {
			mark = " " + mark
		}
		version, status, top := "…", "…", ""
		if rep := m.reports[i]; rep != nil {
			version, status, top = orDash(rep.Daemon.Version), "✓ ok", ""
			if f, ok := rep.FirstError(); ok {
				status, top = "✗ FAIL", string(f.Kind)+": "+f.Title
			} else if len(rep.Findings) > 0 {
				status, top = "! warn", string(rep.Findings[0].Kind)+": "+rep.Findings[0].Title
			}
		}
		rows = append(rows, []string{mark, r.Name, model.RedactHost(r.Host), version, status, top})
	}
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for c, cell := range row {
			widths[c] = max(widths[c], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		var line strings.Builder
		for c, cell := range row {
			line.WriteString(cell)
			if c < len(row)-1 {
				line.WriteString(strings.Repeat(" ", widths[c]-len([]rune(cell))+2))
			}
		}
		b.WriteString(clip(line.String(), m.width) + "\n")
	}
	b.WriteString("\n* current context · enter open · esc back to this list · j/k move · r re-probe · q quit\n")
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip cuts s to width runes (0 means no limit).
func clip(s string, width int) string {
	r := []rune(s)
	if width <= 0 || len(r) <= width {
		return s
	}
	return string(r[:width])
}

// CurrentExitCode is the exit code of the current context's last report
// (0 before any report).
func (m ContextsModel) CurrentExitCode() int {
	for i, r := range m.opts.Rows {
		if r.Current && m.reports[i] != nil {
			return m.reports[i].ExitCode()
		}
	}
	return 0
}
