package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A client the paste shows running inside a container (the writer says so,
// its own `docker run` mounts no socket, a container's root prompt) that
// found no daemon at its socket: the finding says the host's socket may not
// be mounted there, and its steps check the host's daemon from the host and
// mount the socket, instead of starting a Docker service in the container.
func TestContainerClientWithoutTheSocket(t *testing.T) {
	mount := "-v /var/run/docker.sock:/var/run/docker.sock"
	for _, c := range []struct {
		id   string
		want []string
	}{
		// "My web-app runs in a container, and … I get the following
		// error", ReactPHP's JSON-escaped socket.
		{"v104-reactphp-socket-enoent", []string{"docker info", mount}},
		// "I created a docker container with pack that tried to publish
		// …, however I got the following error".
		{"v6-pack-publish-in-container", []string{"docker info", mount}},
		// The tool's own `docker run`, its failure docker-py's: the same
		// command with the socket mounted.
		{"v69-nagiosplugins-py2-connection-aborted-enoent", []string{"docker info",
			"docker run " + mount + " harisekhon/nagios-plugins check_docker_images.py -H unix://var/run/docker.sock"}},
		{"v143-gist-compose-container-http-docker-localhost", []string{"docker run " + mount + " -i -t -v (pwd):/app -w /app docker/compose:1.23.2 build"}},
		// A `docker run` continued over lines: the mount, on a command
		// to complete.
		{"v20-aio-no-socket-volume", []string{"docker run " + mount + " <image> <command>"}},
		// A container's root prompt.
		{"v150-compose-1684-ports-parse-couldnt-connect", []string{"docker info", mount}},
	} {
		t.Run(c.id, func(t *testing.T) {
			text, cmds := pastedFinding(t, c.id, model.KindDaemonUnreachable)
			commandsHoldAndLack(t, cmds, c.want, []string{"service docker start", "systemctl start docker", "/var/log/docker.log", "journalctl"})
			for _, w := range []string{"inside a container", "may be missing there because it was not mounted", "On the host that runs the container", "volumes:"} {
				if !containsSub([]string{text}, w) {
					t.Errorf("does not say %q:\n%s", w, text)
				}
			}
		})
	}
}

// Pastes whose container runs a daemon of its own, mounts the socket (or
// its directory), or whose `docker run` is what failed: none is told of an
// unmounted socket.
func TestContainerLookalikesKeepTheirSteps(t *testing.T) {
	for _, id := range []string{
		"v19-logspout-tmp-sock-refused",          // -v /var/run:/tmp
		"v87-toolbox-135-fresh-win10-2375",       // docker run hello-world failing itself
		"v11-devcontainers-dind-init-retry",      // "docker fails to start within a container"
		"v85-gns3-219-aiohttp-refused",           // --privileged: a daemon of its own
		"v121-codebuild-graphdriver-unsupported", // the daemon failing to start
		"v100-nspawn-dockerd-fails",
		"v70-stefanscherer-compose-in-windows-container", // the pipe mounted
	} {
		t.Run(id, func(t *testing.T) {
			text, _ := pastedFinding(t, id, model.KindDaemonUnreachable)
			saysNone(t, text, "inside a container", "On the host that runs the container")
		})
	}
}

// A remote endpoint a client library names in its own failure to connect
// (aiodocker's "Cannot connect to Docker Engine via tcp://…/ [Connect call
// failed …]") is the finding's: no local service is started for it.
func TestRemoteEndpointInALibrarysWords(t *testing.T) {
	text, cmds := pastedFinding(t, "v81-monitor-docker-aiodocker-2376-refused", model.KindDaemonUnreachable)
	if !containsSub([]string{text}, "at tcp://10.0.7.12:2376.") || !containsSub([]string{text}, "no daemon runs on that host") {
		t.Errorf("does not name the endpoint:\n%s", text)
	}
	commandsHoldAndLack(t, cmds, nil, []string{"service docker start", "systemctl start docker", "/var/log/docker.log"})
}
