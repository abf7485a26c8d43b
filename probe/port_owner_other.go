//go:build !linux

package probe

import (
	"errors"

	"github.com/docker-git/docker-git-tui/model"
)

// listeners is only implemented on Linux (/proc); elsewhere the port is
// not checked.
func listeners(string, int) ([]model.Listener, error) {
	return nil, errors.ErrUnsupported
}
