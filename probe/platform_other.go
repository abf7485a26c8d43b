//go:build !linux && !darwin

package probe

import "github.com/docker-git/docker-git-tui/model"

// inspectOS: beyond the OS itself, nothing is recorded on this platform.
func inspectOS(*model.Platform, Config, int) {}
