//go:build windows

package probe

import (
	"os"
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

// endedByKill reports whether ssh was ended by our kill. Windows keeps no
// signal in the status, so a process still being reaped counts as killed.
func endedByKill(*os.ProcessState) bool { return true }
