package probe

import (
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectDockerGit looks for what docker-git itself needs on this machine:
// the `docker-git` CLI on PATH, a docker-git checkout around the working
// directory, and its DOCKER_GIT_API_URL setting. It runs no subprocess.
func InspectDockerGit(cfg Config) model.DockerGitFacts {
	f := model.DockerGitFacts{Attempted: true, APIURLSet: explicitAPIURL(cfg.Env), DockerHost: cfg.Env("DOCKER_HOST")}
	if p, err := lookPath("docker-git", cfg.Env("PATH")); err == nil {
		f.CLIPath = p
	} else {
		f.CLIFault = model.NewFault(err)
	}
	if wd, err := os.Getwd(); err == nil {
		f.Cwd = wd
		f.Checkout, f.HasCtl = FindCheckout(wd)
		if f.Checkout != "" {
			f.CtlProject = composeProjectName(cfg.Env("COMPOSE_PROJECT_NAME"), f.Checkout)
		}
	}
	return f
}

// explicitAPIURL reports whether DOCKER_GIT_API_URL is a URL docker-git
// tries alone: set, and not its default local URL (http, host 127.0.0.1,
// localhost or [::1], port $DOCKER_GIT_API_PORT (3334), no path, query or
// fragment), which it only adds to its candidates.
func explicitAPIURL(getenv func(string) string) bool {
	raw := strings.TrimSpace(getenv("DOCKER_GIT_API_URL"))
	if raw == "" {
		return false
	}
	port := strings.TrimSpace(getenv("DOCKER_GIT_API_PORT"))
	if port == "" {
		port = strconv.Itoa(model.DefaultAPIPort)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	h := u.Hostname()
	local := u.Scheme == "http" && (h == "127.0.0.1" || h == "localhost" || h == "::1") && u.Port() == port &&
		(u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == ""
	return !local
}

// composeProjectName is the project compose uses without --project-name:
// COMPOSE_PROJECT_NAME, else the compose file's directory name, lowered
// and stripped to [a-z0-9_-] as compose normalises it.
func composeProjectName(env, dir string) string {
	name := env
	if name == "" {
		name = filepath.Base(dir)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
			b.WriteRune(r)
		}
	}
	return strings.TrimLeft(b.String(), "_-")
}
