package tui

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// t0 is the fixed clock of every test: 14:02:11 UTC.
var t0 = time.Date(2026, 3, 14, 14, 2, 11, 0, time.UTC)

// fakeProbe counts calls and returns a fixed report.
type fakeProbe struct {
	report model.Report
	calls  int
}

func (f *fakeProbe) Probe(context.Context) model.Report {
	f.calls++
	return f.report
}

// testOptions are plain-text options with a fixed clock.
func testOptions() Options {
	return Options{
		Probe:   func(context.Context) model.Report { return healthyReport() },
		NoColor: true,
		Now:     func() time.Time { return t0 },
	}
}

// newTestModel builds a model of size w x h with colour off.
func newTestModel(t testing.TB, opts Options, w, h int) Model {
	t.Helper()
	m := New(opts)
	return update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
}

// update sends msgs one by one and returns the resulting model.
func update(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	m, _ = updateCmd(t, m, msgs...)
	return m
}

// updateCmd sends msgs and returns the model and the last command.
func updateCmd(t testing.TB, m Model, msgs ...tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, msg := range msgs {
		var tm tea.Model
		tm, cmd = m.Update(msg)
		var ok bool
		m, ok = tm.(Model)
		if !ok {
			t.Fatalf("Update returned %T, want tui.Model", tm)
		}
	}
	return m, cmd
}

// deliver hands the in-flight probe its result, finished at `at` after
// taking `took`.
func deliver(t testing.TB, m Model, r model.Report, at time.Time, took time.Duration) (Model, tea.Cmd) {
	t.Helper()
	return updateCmd(t, m, probeMsg{gen: m.inFlightGen, report: r, started: at.Add(-took), finished: at})
}

// withReport is a sized model that has received r as its first report.
func withReport(t testing.TB, r model.Report, w, h int) Model {
	t.Helper()
	m := newTestModel(t, testOptions(), w, h)
	m, _ = deliver(t, m, r, t0, 42*time.Millisecond)
	return update(t, m, tickMsg{at: t0.Add(3 * time.Second)})
}

// press builds the key press a terminal sends for a key name as
// key.Binding spells it.
func press(name string) tea.KeyPressMsg {
	switch name {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(name)
	if len(r) != 1 {
		panic("press: unknown key " + name)
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// keys presses each named key in turn.
func keys(t *testing.T, m Model, names ...string) (Model, tea.Cmd) {
	t.Helper()
	msgs := make([]tea.Msg, len(names))
	for i, n := range names {
		msgs[i] = press(n)
	}
	return updateCmd(t, m, msgs...)
}

// run executes cmd and everything it batches or sequences, and returns the
// messages that arrive within wait. Commands that sleep (ticks) simply do
// not make it in time, which is what the tests want: they never block.
func run(cmd tea.Cmd, wait time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(wait):
		return nil
	}
	if msg == nil {
		return nil
	}
	// tea.Batch returns an exported BatchMsg, tea.Sequence an unexported
	// slice of commands; both are slices of tea.Cmd.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := range v.Len() {
			sub, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, run(sub, wait)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// msgsOf runs cmd with a short wait, enough for instant commands.
func msgsOf(cmd tea.Cmd) []tea.Msg { return run(cmd, 50*time.Millisecond) }

func hasMsg[T any](msgs []tea.Msg) (T, bool) {
	for _, m := range msgs {
		if v, ok := m.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func countMsg[T any](msgs []tea.Msg) int {
	n := 0
	for _, m := range msgs {
		if _, ok := m.(T); ok {
			n++
		}
	}
	return n
}

// bells counts terminal bells among msgs.
func bells(msgs []tea.Msg) int {
	n := 0
	for _, m := range msgs {
		if raw, ok := m.(tea.RawMsg); ok && raw.Msg == "\a" {
			n++
		}
	}
	return n
}

// clipboardOf returns the text of a clipboard write among msgs: tea keeps
// the message type unexported, so it is recognised by its type name.
func clipboardOf(msgs []tea.Msg) (string, bool) {
	for _, m := range msgs {
		v := reflect.ValueOf(m)
		if v.Kind() == reflect.String && strings.HasSuffix(v.Type().String(), "setClipboardMsg") {
			return v.String(), true
		}
	}
	return "", false
}

func content(m Model) string { return m.View().Content }
