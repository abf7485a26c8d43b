package model

import "fmt"

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
	e := c.s.Endpoint
	if !e.Valid() || d.APIURLSet || (e.Proto != "tcp" && e.Proto != "ssh") {
		return
	}
	// docker-git reads DOCKER_HOST; --host stands in for it here.
	if e.Source != SourceDockerHost && e.Source != SourceHostFlag {
		return
	}
	c.add(KindRemoteAPIURLRequired, CheckEndpoint,
		fmt.Sprintf("the endpoint %s (from %s) is %s://, which docker-git judges remote by its scheme alone, loopback included", RedactHost(e.Host), e.Source, e.Proto),
		"no explicit DOCKER_GIT_API_URL is set (unset, or the default local URL, which docker-git only adds to its candidates), so docker-git on this host stops with: "+RemoteDockerMessage)
}
