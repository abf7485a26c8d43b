package tui

import (
	"testing"

	"go.uber.org/goleak"
)

// No test may leave a goroutine behind: a leaked probe or command is a
// leaked connection or process in a dashboard that runs all day.
// teatest's interrupt watcher waits for a signal for the life of the
// process (upstream behaviour), so it is allowed; so are tea.Tick timers
// that the tests' command runner (run) stopped waiting for: they end when
// their delay (at most the poll interval or the next age step) is over.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreAnyFunction("github.com/charmbracelet/x/exp/teatest/v2.NewTestModel.func2"),
		goleak.IgnoreAnyFunction("charm.land/bubbletea/v2.Tick.func1"))
}
