package tui

import (
	"testing"

	"go.uber.org/goleak"
)

// No test may leave a goroutine behind: a leaked probe or command is a
// leaked connection or process in a dashboard that runs all day.
// teatest's interrupt watcher waits for a signal for the life of the
// process (upstream behaviour), so it is the one goroutine allowed.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreAnyFunction("github.com/charmbracelet/x/exp/teatest/v2.NewTestModel.func2"))
}
