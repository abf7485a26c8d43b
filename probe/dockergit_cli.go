package probe

import (
	"os"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectDockerGit looks for what docker-git itself needs on this machine:
// the `docker-git` CLI on PATH, a docker-git checkout around the working
// directory, and its DOCKER_GIT_API_URL setting. It runs no subprocess.
func InspectDockerGit(cfg Config) model.DockerGitFacts {
	f := model.DockerGitFacts{Attempted: true, APIURLSet: cfg.Env("DOCKER_GIT_API_URL") != "", DockerHost: cfg.Env("DOCKER_HOST")}
	if p, err := lookPath("docker-git", cfg.Env("PATH")); err == nil {
		f.CLIPath = p
	} else {
		f.CLIFault = model.NewFault(err)
	}
	if wd, err := os.Getwd(); err == nil {
		f.Cwd = wd
		f.Checkout, f.HasCtl = FindCheckout(wd)
	}
	return f
}
