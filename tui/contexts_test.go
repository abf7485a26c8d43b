package tui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/model"
)

func contextsFixture() ContextsModel {
	rows := []ContextRow{{Name: "default", Host: "unix:///var/run/docker.sock", Current: true}, {Name: "build", Host: "ssh://ada@build"}}
	reps := []model.Report{healthyReport(), daemonDownReport()}
	return NewContexts(ContextsOptions{
		Rows:     rows,
		ProbeAll: func(context.Context) []model.Report { return reps },
		Open: func(i int) Options {
			return Options{Probe: func(context.Context) model.Report { return reps[i] }}
		},
	})
}

func stepContexts(t *testing.T, m ContextsModel, msgs ...tea.Msg) ContextsModel {
	t.Helper()
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(ContextsModel)
	}
	return m
}

func TestContextsListOpensAContextAndEscReturns(t *testing.T) {
	m := contextsFixture()
	m = stepContexts(t, m, tea.WindowSizeMsg{Width: 120, Height: 30},
		contextsReportMsg{gen: 0, reports: []model.Report{healthyReport(), daemonDownReport()}})
	list := m.View().Content
	for _, want := range []string{"›*  default", "build", "✓ ok", "✗ FAIL", "daemon-unreachable"} {
		if !strings.Contains(list, want) {
			t.Fatalf("list lacks %q:\n%s", want, list)
		}
	}
	if got := m.CurrentExitCode(); got != 0 {
		t.Fatalf("current exit code = %d, want 0 (default is healthy)", got)
	}
	// j then enter opens build's panels, which get the terminal's size.
	m = stepContexts(t, m, press("j"), press("enter"))
	if m.child == nil {
		t.Fatal("enter did not open the context")
	}
	// The child's own probe result, tagged with its id, reaches it.
	m = stepContexts(t, m, childMsg{id: m.childID, msg: probeMsg{gen: m.child.probeGen, report: daemonDownReport()}})
	if v := m.View().Content; !strings.Contains(v, "not running or not reachable") {
		t.Fatalf("child view lacks its finding:\n%s", v)
	}
	// A late message of an earlier child is dropped.
	before := m.View().Content
	m = stepContexts(t, m, childMsg{id: m.childID - 1, msg: probeMsg{gen: m.child.probeGen, report: healthyReport()}})
	if m.View().Content != before {
		t.Fatal("a stale child's message changed the view")
	}
	// l opens the timeline: esc closes it, a second esc returns to the list.
	m = stepContexts(t, m, press("l"))
	m = stepContexts(t, m, press("esc"))
	if m.child == nil {
		t.Fatal("esc with the timeline open left the context instead of closing the timeline")
	}
	m = stepContexts(t, m, press("esc"))
	if m.child != nil {
		t.Fatal("esc did not return to the list")
	}
	if !selected(m.View().Content, "build") {
		t.Fatalf("selection lost:\n%s", m.View().Content)
	}
}

// selected reports whether the row marked › is name's.
func selected(view, name string) bool {
	for _, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, "›") {
			return strings.Fields(strings.TrimLeft(l, "›* "))[0] == name
		}
	}
	return false
}
