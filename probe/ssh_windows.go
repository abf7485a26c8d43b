//go:build windows

package probe

import (
	"os/exec"
	"syscall"
)

// sshSysProcAttr: Windows has no process groups to set up here.
func sshSysProcAttr() *syscall.SysProcAttr { return nil }

// killGroup kills the ssh process.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}
