package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// docker-git's Docker-access error as its renderer builds it
// (controller-docker-diagnostics.ts in github.com/ProverCoderAI/docker-git):
// a headline chosen from the direct probe's output, the runtime contract,
// advice, then the probe lines. The direct probe line holds the first line
// of `docker info`'s combined output, which is usually its "Client:"
// header, so the headline is often the only evidence.
const (
	dgHeadlinePermission = "Host Docker socket rejected this user (socket permission mismatch, not a docker-git outage)."
	dgHeadlineDaemon     = "Host Docker daemon is not reachable from this user (daemon down or wrong DOCKER_HOST)."
	dgHeadlineCLI        = "docker CLI was not found on this machine."
	dgHeadlineUnknown    = "docker-git host CLI cannot access Docker from the client process."
)

func dockerGitAccessMessage(headline, direct, sudo, host string) string {
	return strings.Join([]string{
		headline,
		"Runtime contract: docker-git is host-Docker-backed; the controller container talks to the daemon via /var/run/docker.sock.",
		"Add this user to the docker group, switch to rootless Docker, or fix /var/run/docker.sock ownership (root:docker, mode 660).",
		"After changing groups, log out and back in (or run `newgrp docker`) so the new group membership applies.",
		"Start the Docker daemon (e.g. `sudo systemctl start docker`) or set DOCKER_HOST to a reachable endpoint.",
		"Or keep the docker-git backend container running and reach it via DOCKER_GIT_API_URL (default http://127.0.0.1:3334).",
		"Probe commands: docker info; sudo -n docker info",
		direct, sudo, host,
	}, "\n")
}

// TestDockerGitAccessMessageEveryWay classifies docker-git's access error
// for each headline and probe line it can print, with each sudo probe
// outcome and DOCKER_HOST line, pasted in the ways people paste: bare, in
// a code fence, quoted, indented, after a prompt, under bun's stack, with
// log timestamps, with CRLF line ends. The advice it prints (newgrp, the
// API URL, systemctl) must never decide the kind.
func TestDockerGitAccessMessageEveryWay(t *testing.T) {
	probes := []struct {
		headline, direct string
		want             model.Kind
	}{
		{dgHeadlinePermission, "Direct probe: exit=1; Client:", model.KindSocketPermissionDenied},
		{dgHeadlinePermission, "Direct probe: exit=1; Client: Docker Engine - Community", model.KindSocketPermissionDenied},
		{dgHeadlinePermission, `Direct probe: exit=1; permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/info": dial unix /var/run/docker.sock: connect: permission denied`, model.KindSocketPermissionDenied},
		{dgHeadlineDaemon, "Direct probe: exit=1; Client:", model.KindDaemonUnreachable},
		{dgHeadlineDaemon, "Direct probe: exit=1; Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", model.KindDaemonUnreachable},
		{dgHeadlineDaemon, `Direct probe: exit=1; Failed to initialize: unable to resolve docker endpoint: context "colima": context not found: open /home/ada/.docker/contexts/meta/1f/meta.json: no such file or directory`, model.KindEndpointInvalid},
		{dgHeadlineCLI, "Direct probe: exit=127; (System.PlatformError) spawn docker ENOENT", model.KindDockerCLIMissing},
		{dgHeadlineCLI, "Direct probe: exit=127; /bin/sh: 1: docker: not found", model.KindDockerCLIMissing},
		{dgHeadlineUnknown, "Direct probe: exit=1; Failed to initialize: protocol not available", model.KindEndpointInvalid},
	}
	sudos := []string{"Sudo probe: exit=1; sudo: a password is required", "Sudo probe: exit=1; sudo: docker: command not found", "Sudo probe: exit=1; Client:", "Sudo probe: skipped"}
	hosts := []string{"DOCKER_HOST: unset (defaults to unix:///var/run/docker.sock)", "DOCKER_HOST: unix:///run/user/1000/docker.sock"}
	lines := func(s, prefix string) string { return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix) }
	pastes := map[string]func(string) string{
		"bare":     func(s string) string { return s },
		"fenced":   func(s string) string { return "```\n" + s + "\n```" },
		"quoted":   func(s string) string { return lines(s, "> ") },
		"indented": func(s string) string { return lines(s, "    ") },
		"prompt":   func(s string) string { return "$ docker-git clone https://github.com/ada/app\nError: " + s },
		"bun stack": func(s string) string {
			return "error: " + s + "\n      at resolveDockerCommand (/home/ada/.bun/install/global/node_modules/docker-git/dist/index.js:1234:11)"
		},
		"logged": func(s string) string { return lines(s, "2026-05-06T10:00:00.000Z ERROR ") },
		"crlf":   func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	}
	for _, p := range probes {
		for _, sudo := range sudos {
			for _, host := range hosts {
				for way, paste := range pastes {
					text := paste(dockerGitAccessMessage(p.headline, p.direct, sudo, host))
					if got := model.ClassifyText(text); !equalKinds(got, []model.Kind{p.want}) {
						t.Errorf("%s paste of %q / %q / %q / %q: got %v, want [%s]", way, p.headline, p.direct, sudo, host, got, p.want)
					}
				}
			}
		}
	}
}
