package model

import (
	"fmt"
	"strings"
)

// dockerGit checks what docker-git itself needs besides Docker: its CLI on
// PATH, and an API URL when the daemon endpoint is remote.
func (c *classifier) dockerGit() {
	d := c.s.DockerGit
	if !d.Attempted {
		return
	}
	if d.CLIPath == "" {
		c.add(KindDockerGitCLIMissing, CheckCLI, "`docker-git` is not on PATH", faultText(d.CLIFault))
	}
	// docker-git reads only its process's DOCKER_HOST (not this tool's
	// --host or --context, nor a context), and judges it remote by its
	// prefix alone (isRemoteDockerHost: tcp:// or ssh://, after trimming).
	if d.APIURLSet || !DockerGitRemote(d.DockerHost) {
		return
	}
	c.add(KindRemoteAPIURLRequired, CheckEndpoint,
		fmt.Sprintf("DOCKER_HOST is %s, which docker-git judges remote by its tcp:// or ssh:// prefix alone, loopback included", RedactHost(strings.TrimSpace(d.DockerHost))),
		"no explicit DOCKER_GIT_API_URL is set (unset, or the default local URL, which docker-git only adds to its candidates), so docker-git on this host stops with: "+RemoteDockerMessage)
}

// DockerGitRemote reports whether docker-git judges a DOCKER_HOST value
// remote: its isRemoteDockerHost takes the trimmed value's tcp:// or
// ssh:// prefix alone.
func DockerGitRemote(dockerHost string) bool {
	h := strings.TrimSpace(dockerHost)
	return strings.HasPrefix(h, "tcp://") || strings.HasPrefix(h, "ssh://")
}
