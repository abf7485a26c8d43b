package main

import (
	"testing"

	"go.uber.org/goleak"
)

// No test may leave a goroutine behind: a leaked probe or command is a
// leaked connection or process in a dashboard that runs all day.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
