package probe

import (
	"testing"

	"go.uber.org/goleak"
)

// Every probe must end its goroutines with its deadline, hostile peer or not.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
