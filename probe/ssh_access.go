package probe

import (
	"context"
	"os/exec"
	"strconv"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// access asks the remote side, over a second ssh command with the same
// options, who the login is and how the socket it was denied is owned:
// the evidence of a remote permission denial. The answer is cached per
// socket until the failure changes; a cut-short answer is asked again.
func (d *sshDialer) access(ctx context.Context, socket string) *model.RemoteAccess {
	d.mu.Lock()
	if d.accessFor == socket && d.accessAns != nil {
		a := d.accessAns
		d.mu.Unlock()
		return a
	}
	d.mu.Unlock()
	a := &model.RemoteAccess{SocketPath: socket}
	script := "id -un; id -Gn"
	if socket != "" {
		script += "; stat -L -c '%U %G %a' -- " + model.ShellQuote(socket)
	}
	args := d.spec.args("-o", "ConnectTimeout="+connectTimeout(ctx), "-o", "BatchMode=yes", "-T")
	cmd := exec.CommandContext(ctx, "ssh", append(args, script)...)
	cmd.Env = d.env
	cmd.SysProcAttr = sshSysProcAttr()
	out, err := capture(ctx, cmd)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) >= 2 {
		a.User = strings.TrimSpace(lines[0])
		a.Groups = strings.Fields(lines[1])
	}
	if len(lines) >= 3 {
		if f := strings.Fields(lines[2]); len(f) == 3 {
			a.SocketOwner, a.SocketGroup = f[0], f[1]
			if m, perr := strconv.ParseUint(f[2], 8, 32); perr == nil {
				a.SocketMode = uint32(m)
			}
		}
	}
	if err != nil {
		a.Fault = model.NewFault(err)
		if ctx.Err() != nil {
			return a
		}
	}
	d.mu.Lock()
	d.accessFor, d.accessAns = socket, a
	d.mu.Unlock()
	return a
}
