//go:build !windows

package probe

import (
	"os"
	"os/exec"
	"syscall"
)

// sshSysProcAttr puts ssh in its own process group.
func sshSysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

// killGroup kills ssh and whatever it started (a ProxyCommand).
func killGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		_ = cmd.Process.Kill()
	}
}

// endedByKill reports whether ssh died of a signal (our SIGKILL), not by
// exiting on its own.
func endedByKill(ps *os.ProcessState) bool {
	ws, ok := ps.Sys().(syscall.WaitStatus)
	return !ok || ws.Signaled()
}
