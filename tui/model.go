// Package tui is the live dashboard of docker-git-tui: it re-runs the probe
// on a timer, renders the classified report (model.Report) and walks the
// user through the remediation checklist. All IO goes through the funcs in
// Options and runs inside tea.Cmds; Update and View never block.
package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// Options is everything the dashboard needs from its caller.
type Options struct {
	// Probe runs one full probe cycle. It is called inside tea.Cmds only and
	// never concurrently with itself.
	Probe func(ctx context.Context) model.Report
	// VerifyGroup runs the probe under `sg <group>` in a subprocess.
	VerifyGroup func(ctx context.Context, group string) (model.Report, error)
	// Interval between probes; default 2s, kept within 500ms..60s.
	Interval time.Duration
	// Timeout is the per-cycle deadline passed to Probe; default 10s.
	Timeout time.Duration
	// ExitWhenReady quits with exit code 0 as soon as Docker access is OK.
	ExitWhenReady bool
	// WaitFor is what "ready" means: docker-git can run (the default), or
	// also a healthy controller (--wait-for controller).
	WaitFor model.WaitFor
	// NoColor renders without any colour (NO_COLOR; the caller reads env).
	NoColor bool
	// Now is the clock for the timeline and probe age; default time.Now. It
	// is only called inside tea.Cmds.
	Now func() time.Time
	// Group is the socket group named in the newgrp help when the report
	// does not name one; default model.DefaultGroup.
	Group string
	// Triggers, when set, delivers watcher signals (socket changed, group
	// database changed, controller event): each re-probes at once, so a fix
	// shows without waiting for the tick, which stays as the safety net.
	Triggers <-chan model.Trigger
	// Context bounds every probe and verification the dashboard runs; it is
	// also cancelled when the user quits. Default context.Background().
	Context context.Context
}

// FPS caps the dashboard's redraws. Bubble Tea's renderer wakes up this
// often even when nothing changed; 60 (its default) costs more than the
// probes of an idle dashboard. 20 keeps keys and the first frame within
// 50 ms.
const FPS = 20

// Interval bounds and defaults.
const (
	DefaultInterval = 2 * time.Second
	MinInterval     = 500 * time.Millisecond
	MaxInterval     = 60 * time.Second
	DefaultTimeout  = 10 * time.Second
)

func (o Options) withDefaults() Options {
	if o.Probe == nil {
		o.Probe = noProbe
	}
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	o.Interval = min(MaxInterval, max(MinInterval, o.Interval))
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Group == "" {
		o.Group = model.DefaultGroup
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	return o
}

// Model is the root tea.Model. It routes messages to its components and
// owns the polling state; rendering lives in the component files.
type Model struct {
	opts Options
	// ctx is Options.Context, cancelled on quit so a running probe ends
	// with the program.
	ctx    context.Context
	cancel context.CancelFunc
	keys   keyMap
	styles styles
	isDark bool

	width, height int
	sized         bool

	// Polling. tickGen names the live tick schedule; probeGen the newest
	// probe request; inFlightGen the request now running (one at most).
	// untilPoll is what is left of the interval on the tick schedule.
	interval  time.Duration
	untilPoll time.Duration
	// armed says a tick of tickGen is on its way, armedFor after armedAt.
	armed       bool
	armedAt     time.Time
	armedFor    time.Duration
	paused      bool
	tickGen     int
	probeGen    int
	inFlight    bool
	inFlightGen int
	// slow is set once the running probe outlasted spinnerDelay: only then
	// does the header say "probing", so a fast cycle leaves the frame as it
	// was and the renderer has nothing to redraw.
	slow    bool
	pending bool // a re-probe was asked for while a cycle ran

	report   *model.Report
	lastAt   time.Time
	latency  time.Duration
	now      time.Time
	ready    bool
	exitCode int
	quitting bool

	ticks map[string]bool // manual checklist ticks by tickKey
	// focusPinned is set once the user moves between panels; until then
	// focus follows the first failure so a new problem is shown at once.
	focusPinned bool

	header   header
	panels   panels
	detail   detail
	timeline timeline
	newgrp   newgrp
	confirm  confirm
	help     help.Model
	spinner  spinner.Model

	showTimeline bool
	flash        string
	layout       layout
	// layouts counts layout computations (tests check that clock and
	// spinner messages cause none).
	layouts int

	// restartGroup is set when the user asked to restart the dashboard
	// under `sg GROUP` (after the check under sg said access works).
	restartGroup string

	// watchLost holds, per watcher ("file watch", "docker events"), why it
	// stopped; while any is lost the header says live updates are polling
	// only.
	watchLost map[string]string
}

// New builds the dashboard. The first probe is already counted as in flight
// so the very first frame shows the spinner; Init starts it.
func New(opts Options) Model {
	opts = opts.withDefaults()
	ctx, cancel := context.WithCancel(opts.Context)
	m := Model{
		opts:        opts,
		ctx:         ctx,
		cancel:      cancel,
		untilPoll:   opts.Interval,
		watchLost:   map[string]string{},
		keys:        newKeyMap(),
		isDark:      true,
		interval:    opts.Interval,
		tickGen:     1,
		probeGen:    1,
		inFlight:    true,
		inFlightGen: 1,
		exitCode:    model.KindUnknown.ExitCode(),
		ticks:       map[string]bool{},
		detail:      newDetail(),
		timeline:    newTimeline(timelineCap),
		help:        help.New(),
		spinner:     spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	m.setStyles(true)
	return m
}

// ExitCode is what the process should exit with after Run: 0 when it quit
// because Docker became ready (ExitWhenReady), else the exit code of the
// last report (0 when it was OK, the kind's documented code otherwise), or
// KindUnknown's code when no probe finished before quitting.
func (m Model) ExitCode() int { return m.exitCode }

// RestartGroup is the group the user asked to restart the dashboard under
// (`sg GROUP`), or "" when they quit normally. The caller restarts it after
// Run, once the terminal is restored.
func (m Model) RestartGroup() string { return m.restartGroup }

// HasReport reports whether a probe result has arrived.
func (m Model) HasReport() bool { return m.report != nil }

// FirstError is the kind of the highest-priority error in the last report,
// or "" when there is none.
func (m Model) FirstError() model.Kind {
	if m.report == nil {
		return ""
	}
	f, _ := m.report.FirstError()
	return f.Kind
}

// Ready reports whether the last report had no error: the state the
// dashboard announces as "docker-git is ready".
func (m Model) Ready() bool { return m.ready }

// Init asks for the background colour and starts the first probe, the tick
// schedule (clock and polling) and the spinner.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{
		probeCmd(m.ctx, m.opts, m.probeGen, make(chan struct{})),
		m.nextTick(),
		m.spinner.Tick,
	}
	if !m.opts.NoColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.opts.Triggers != nil {
		cmds = append(cmds, waitTriggerCmd(m.opts.Triggers))
	}
	return tea.Batch(cmds...)
}

// Update routes a message; the handlers live next to what they change.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	// Only a new size, report, focus or anything a key or a finished command
	// changes moves the layout; the clock and spinner messages, most of
	// what an idle dashboard receives, leave it as it is.
	relayout := true
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height, m.sized = max(0, msg.Width), max(0, msg.Height), true
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tickMsg:
		cmd, relayout = m.onTick(msg), false
	case probeMsg:
		prev := m.report
		cmd = m.onProbe(msg)
		relayout = m.report != prev
	case triggerMsg:
		cmd, relayout = m.onTrigger(msg), false
	case slowProbeMsg:
		cmd, relayout = m.onSlowProbe(msg), false
	case followUpMsg:
		cmd, relayout = m.onFollowUp(), false
	case verifyMsg:
		m.onVerify(msg)
	case execMsg:
		cmd = m.onExec(msg)
	case spinner.TickMsg:
		// Let the spinner's tick chain die while idle; starting work
		// restarts it.
		if m.busy() {
			m.spinner, cmd = m.spinner.Update(msg)
		}
		relayout = false
	}
	if relayout {
		m.resize()
	}
	return m, cmd
}

func (m *Model) setStyles(isDark bool) {
	m.isDark = isDark
	m.styles = newStyles(isDark, m.opts.NoColor)
	m.spinner.Style = m.styles.Spinner
	m.help.Styles = m.styles.Help
}

// busy is true while something runs that the spinner stands for.
func (m Model) busy() bool { return m.inFlight || m.newgrp.verifying }

// resize recomputes the layout for the current size and state and passes
// each component its share.
func (m *Model) resize() {
	m.layouts++
	m.help.SetWidth(m.width)
	m.layout = computeLayout(m.width, m.height, m.footerLines())
	l := m.layout
	m.header.SetSize(m.width, l.headerLines)
	m.panels.SetSize(l.listW, l.listH, l.cols)
	m.detail.SetSize(l.detailW, l.detailH)
	m.timeline.SetSize(max(0, l.overlayW-4), max(0, l.overlayH-2))
	m.newgrp.SetSize(l.overlayW, l.overlayH)
	m.confirm.SetSize(l.overlayW, l.overlayH)
	m.syncDetail()
}

// syncDetail keeps the step cursor inside the focused check's checklist and
// the scroll offset inside the content, which a new report or a resize can
// shrink. It does not chase the cursor: the user may have scrolled away.
func (m *Model) syncDetail() {
	n := len(stepsOf(m.report, m.panels.Focused()))
	m.detail.MoveStep(0, n)
	m.detail.Scroll(0, m.detailLen())
}
