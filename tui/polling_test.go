package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// Quitting cancels the probe that is still running, through the context
// the dashboard passes it.
func TestQuitCancelsTheRunningProbe(t *testing.T) {
	started := make(chan struct{})
	ended := make(chan error, 1)
	opts := testOptions()
	opts.Timeout = time.Minute
	opts.Probe = func(ctx context.Context) model.Report {
		close(started)
		<-ctx.Done()
		ended <- ctx.Err()
		return model.Report{}
	}
	m := newTestModel(t, opts, 120, 30)
	// The first probe's command, as Init starts it.
	go probeCmd(m.ctx, m.opts, m.probeGen, make(chan struct{}))()
	<-started
	keys(t, m, "q")
	select {
	case err := <-ended:
		if err != context.Canceled {
			t.Fatalf("probe ended with %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("quitting did not cancel the running probe")
	}
}

// The slow-probe timer lives only while the probe runs: a probe that ends
// first stops it, and it reports nothing.
func TestSlowProbeTimerStopsWhenTheProbeEnds(t *testing.T) {
	done := make(chan struct{})
	close(done)
	start := time.Now()
	if msg := slowProbeCmd(1, done)(); msg != nil || time.Since(start) >= spinnerDelay {
		t.Fatalf("finished probe: slow-probe command returned %v after %s", msg, time.Since(start))
	}
	running := make(chan struct{})
	if msg := slowProbeCmd(2, running)(); msg != (slowProbeMsg{gen: 2}) {
		t.Fatalf("running probe: got %v, want slowProbeMsg for gen 2", msg)
	}
}

// One timer moves the clock and polls: at --interval 1s each tick polls
// once and arms exactly one next tick, a second later.
func TestOneTimerForClockAndPolling(t *testing.T) {
	opts := testOptions()
	opts.Interval = time.Second
	m := New(opts)
	m, _ = deliver(t, m, healthyReport(), t0, time.Millisecond)
	if d := m.untilPoll; d != time.Second {
		t.Fatalf("untilPoll %s, want 1s", d)
	}
	for i := range 3 {
		var cmd tea.Cmd
		m, cmd = updateCmd(t, m, tickMsg{gen: m.tickGen, d: time.Second, at: t0.Add(time.Duration(i+1) * time.Second)})
		if countMsg[probeMsg](msgsOf(cmd)) != 1 {
			t.Fatalf("tick %d did not poll once", i)
		}
		m, _ = deliver(t, m, healthyReport(), t0.Add(time.Duration(i+1)*time.Second), time.Millisecond)
	}
	// At 2s the clock ticks every second and polls every other tick.
	opts.Interval = 2 * time.Second
	m = New(opts)
	m, _ = deliver(t, m, healthyReport(), t0, time.Millisecond)
	polls := 0
	for i := range 4 {
		var cmd tea.Cmd
		m, cmd = updateCmd(t, m, tickMsg{gen: m.tickGen, d: time.Second, at: t0.Add(time.Duration(i+1) * time.Second)})
		if n := countMsg[probeMsg](msgsOf(cmd)); n > 0 {
			polls += n
			m, _ = deliver(t, m, healthyReport(), t0.Add(time.Duration(i+1)*time.Second), time.Millisecond)
		}
	}
	if polls != 2 {
		t.Fatalf("4 one-second ticks at a 2s interval polled %d times, want 2", polls)
	}
	if !m.now.Equal(t0.Add(4 * time.Second)) {
		t.Fatalf("clock at %s, want t0+4s", m.now)
	}
}

// Clock, spinner and timer messages, most of what an idle dashboard
// receives, do not recompute the layout; a resize, a key or a new report do.
func TestLayoutIsRecomputedOnlyWhenSomethingChanged(t *testing.T) {
	m := withReport(t, permissionDeniedReport(), 120, 40)
	before := m.layouts
	m = update(t, m,
		tickMsg{gen: m.tickGen, d: time.Second, at: t0.Add(5 * time.Second)},
		spinner.TickMsg{},
		slowProbeMsg{gen: 99},
		followUpMsg{},
	)
	if m.layouts != before {
		t.Fatalf("%d layouts for clock and spinner messages, want none", m.layouts-before)
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if m.layouts != before+1 {
		t.Fatal("a resize did not recompute the layout")
	}
	m, _ = deliver(t, m, healthyReport(), t0.Add(6*time.Second), time.Millisecond)
	if m.layouts != before+2 {
		t.Fatal("a new report did not recompute the layout")
	}
	// Skipping the layout for a clock message changes nothing on screen.
	m = update(t, m, tickMsg{gen: m.tickGen, d: time.Second, at: t0.Add(9 * time.Second)}, spinner.TickMsg{})
	forced := m
	forced.resize()
	if content(m) != content(forced) {
		t.Fatalf("frame differs from one with the layout recomputed:\n%s\n---\n%s", content(m), content(forced))
	}
}

// Each trigger's detail reaches the timeline; a watcher that stops says so
// there and in the header until it sends again.
func TestTriggerDetailsAndLostWatchers(t *testing.T) {
	ch := make(chan model.Trigger, 1)
	opts := testOptions()
	opts.Triggers = ch
	m := newTestModel(t, opts, 140, 40)
	m, _ = deliver(t, m, healthyReport(), t0, time.Millisecond)
	m = update(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerSocket, Detail: "chmod /var/run/docker.sock"}})
	m = update(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerDockerEvent, Detail: "container die"}})
	m = update(t, m, keys1("l"))
	tl := content(m)
	for _, want := range []string{"re-probed: socket chmod /var/run/docker.sock", "re-probed: container die"} {
		if !strings.Contains(tl, want) {
			t.Errorf("timeline lacks %q:\n%s", want, tl)
		}
	}
	if strings.Contains(tl, "polling only") {
		t.Fatalf("polling only shown while every watcher runs:\n%s", tl)
	}
	m = update(t, m, keys1("l"))

	lost := model.Trigger{Source: model.TriggerFileWatch, Lost: true, Detail: "too many open files"}
	m = update(t, m, triggerMsg{trigger: lost}, triggerMsg{trigger: lost})
	if got := content(m); !strings.Contains(got, "live updates: polling only (no file watch)") {
		t.Fatalf("header does not say live updates are polling only:\n%s", got)
	}
	n := 0
	for _, e := range m.timeline.Entries() {
		if strings.Contains(e.text, "file watch unavailable, polling only: too many open files") {
			n++
		}
		if strings.Contains(e.text, "docker event") && strings.Contains(e.text, "too many") {
			t.Fatalf("a file watch failure reported as a Docker event: %q", e.text)
		}
	}
	if n != 1 {
		t.Fatalf("%d timeline entries for the lost file watch, want 1 (repeats are not news)", n)
	}
	// The file watcher is back: the header clears.
	m = update(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerGroupDB, Detail: "write /etc/group"}})
	if got := content(m); strings.Contains(got, "polling only") {
		t.Fatalf("header still says polling only after the watcher sent again:\n%s", got)
	}
}

func keys1(k string) tea.Msg { return press(k) }

// At a long interval the timer wakes only when the header's age text
// changes (every second up to 10s, then every 10s) and for the poll: 14
// wake-ups in a minute, not 60. A probe result from a trigger meanwhile
// re-arms the timer so "just now" still turns into "2s ago" on time.
func TestTimerWakesOnlyWhenTheAgeTextChanges(t *testing.T) {
	opts := testOptions()
	opts.Interval = time.Minute
	m := newTestModel(t, opts, 120, 30)
	m, _ = deliver(t, m, healthyReport(), t0, time.Millisecond)
	now, wakes, polls := t0, 0, 0
	var texts []string
	for now.Before(t0.Add(time.Minute)) {
		if !m.armed {
			t.Fatal("no timer armed")
		}
		now = now.Add(m.armedFor)
		// The commands are not run: their long ticks would outlive the test.
		m = update(t, m, tickMsg{gen: m.tickGen, d: m.armedFor, at: now})
		wakes++
		if m.inFlight {
			polls++
			m, _ = deliver(t, m, healthyReport(), now, time.Millisecond)
		}
		texts = append(texts, ago(m.now.Sub(m.lastAt)))
	}
	if wakes != 14 || polls != 1 {
		t.Fatalf("%d wake-ups and %d polls in a minute at a 1m interval, want 14 and 1: %q", wakes, polls, texts)
	}
	for i := 1; i < len(texts)-1; i++ {
		if texts[i] == texts[i-1] {
			t.Fatalf("a wake-up changed nothing on screen: %q", texts)
		}
	}
	// 30s after the poll a trigger's probe lands: the age restarts, and the
	// timer is re-armed for its next change, 2s later.
	m = update(t, m, tickMsg{at: now.Add(30 * time.Second)})
	m, _ = updateCmd(t, m, triggerMsg{trigger: model.Trigger{Source: model.TriggerSocket}})
	m, _ = deliver(t, m, healthyReport(), now.Add(30*time.Second), time.Millisecond)
	if !m.armed || m.armedFor != 2*time.Second {
		t.Fatalf("after a probe result the timer is armed for %s (armed=%v), want 2s", m.armedFor, m.armed)
	}
}

func TestAgeTextAndLatency(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "just now", 1900 * time.Millisecond: "just now", 2 * time.Second: "2s ago", 9500 * time.Millisecond: "9s ago",
		10 * time.Second: "10s ago", 59 * time.Second: "50s ago", 61 * time.Second: "1m ago", 3 * time.Hour: "3h ago",
	} {
		if got := ago(d); got != want {
			t.Errorf("ago(%s) = %q, want %q", d, got, want)
		}
		if next := untilAgeChange(d); ago(d+next) == want || (next > time.Millisecond && ago(d+next-time.Millisecond) != want) {
			t.Errorf("untilAgeChange(%s) = %s is not where the text changes", d, next)
		}
	}
	for d, want := range map[time.Duration]string{700 * time.Microsecond: "<1ms", 1400 * time.Microsecond: "1ms", 42 * time.Millisecond: "42ms"} {
		if got := roundLatency(d); got != want {
			t.Errorf("roundLatency(%s) = %q, want %q", d, got, want)
		}
	}
}
