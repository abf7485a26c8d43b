package probe

import (
	"context"
	"os"

	"github.com/docker-git/docker-git-tui/model"
)

// ProbeSudo runs `sudo -n docker --host HOST info` — passwordless only: -n
// makes sudo fail instead of prompting, so the probe can never block on a
// password. It is run only when direct access failed.
func ProbeSudo(ctx context.Context, env []string, path, dockerBin, host string) model.SudoFacts {
	f := model.SudoFacts{}
	if os.Geteuid() == 0 {
		f.SkipReason = "running as root"
		return f
	}
	sudo, err := lookPath("sudo", path)
	if err != nil {
		f.SkipReason = "sudo is not installed"
		return f
	}
	f.Attempted = true
	_, err = run(ctx, env, sudo, "-n", dockerBin, "--host", host, "info", "--format", "{{.ServerVersion}}")
	if err != nil {
		f.Fault = model.FaultOf(model.ClassifyError(err), firstLine(err.Error()))
		return f
	}
	f.OK = true
	return f
}
