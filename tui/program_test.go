package tui

import (
	"bytes"
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/docker-git/docker-git-tui/model"
)

// These run the model in a real tea.Program (in memory, colour pinned off)
// as smoke tests of the wiring cmd will use: tea.NewProgram(New(opts)),
// Run, then ExitCode on the final model.

func startProgram(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(opts),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.NoTTY)),
	)
}

func TestProgramExitsZeroWhenReady(t *testing.T) {
	opts := testOptions()
	opts.Now = time.Now
	opts.ExitWhenReady = true
	calls := 0
	opts.Probe = func(context.Context) model.Report {
		calls++
		if calls == 1 {
			return groupPendingReport()
		}
		return healthyReport()
	}
	opts.Interval = MinInterval
	tm := startProgram(t, opts)
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second))
	m, ok := final.(Model)
	if !ok {
		t.Fatalf("final model is %T", final)
	}
	if m.ExitCode() != 0 || !m.ready || calls < 2 {
		t.Fatalf("exit code %d, ready %v after %d probes; want 0 after the second probe", m.ExitCode(), m.ready, calls)
	}
}

func TestProgramAnswersKeysWhileProbeHangs(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	opts := testOptions()
	opts.Now = time.Now
	opts.Probe = func(ctx context.Context) model.Report {
		<-release // ignores ctx on purpose: the UI must not depend on it
		return healthyReport()
	}
	tm := startProgram(t, opts)
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("probing"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'l', Text: "l"})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Timeline"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	if code := final.(Model).ExitCode(); code != model.KindUnknown.ExitCode() {
		t.Fatalf("quit before any report: exit %d, want %d", code, model.KindUnknown.ExitCode())
	}
}
