package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// pastedCase is a corpus case whose finding of kind must offer the
// commands want and none of not, and say says and none of none.
type pastedCase struct {
	id         string
	kind       model.Kind
	want, not  []string
	says, none []string
}

func checkPastedCases(t *testing.T, cases []pastedCase) {
	t.Helper()
	for _, c := range cases {
		text, cmds := pastedFinding(t, c.id, c.kind)
		commandsHoldAndLack(t, cmds, c.want, c.not)
		for _, s := range c.says {
			if !strings.Contains(text, s) {
				t.Errorf("%s: does not say %q:\n%s", c.id, s, text)
			}
		}
		saysNone(t, text, c.none...)
	}
}

// A cause the paste states for a daemon that did not start gets its own
// step, and a start that fails the same way is not offered as the fix.
func TestPastedStartCausesGetSteps(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		// docker.socket could not resolve its group (a directory service).
		{"v107-freeipa-socket-group-timeout", model.KindDaemonUnreachable,
			[]string{"getent group docker"}, nil,
			[]string{"could not resolve the group docker", "directory service"}, nil},
		// dockerd printed its usage: an option it does not accept.
		{"v107-rhel-dockerd-current-bad-flag", model.KindDaemonUnreachable,
			[]string{"systemctl cat docker"}, nil,
			[]string{"dockerd printed its usage", "/etc/sysconfig/docker"}, nil},
		// rootless setup run as root: not again as root.
		{"v13-rootless-2004-no-subuid-root", model.KindDaemonUnreachable,
			[]string{"/etc/subuid /etc/subgid"}, nil,
			[]string{"found itself running as root", "Do not run the setup as root again"}, []string{"Start rootless Docker"}},
		// Docker-in-Docker without --privileged: no service to start.
		{"v166-gocd-dind-agent-unprivileged-mounts", model.KindDaemonUnreachable,
			[]string{"docker run -d --privileged"}, []string{"start docker", "docker.log", "journalctl"},
			[]string{"could not mount what its dockerd needs"}, nil},
		// Windows' dockerd: the pid file's directory is missing.
		{"v132-virtdocs-pidfile-path-missing", model.KindDaemonUnreachable,
			[]string{`New-Item -ItemType Directory -Force -Path 'C:\ProgramData\docker'`}, []string{"docker desktop start"},
			[]string{`the directory C:\ProgramData\docker does not exist`}, nil},
	})
}

// SELinux named by a tool's own message is its guess: the SELinux steps
// come first, worded as a check, not as SELinux's finding.
func TestPastedSELinuxGuess(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v91-collectd-docker-selinux-13", model.KindSocketPermissionDenied,
			[]string{"sudo ausearch -m AVC,USER_AVC -ts recent"}, nil,
			[]string{"may indicate SELinux problems", "See whether SELinux refused it"}, []string{"shows SELinux denying"}},
	})
}

// The socket a statement names fills the steps, whatever client's words
// name it.
func TestPastedSocketPathFilled(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		// Java's netty.
		{"v8-jenkins-netty-perm", model.KindSocketPermissionDenied,
			[]string{"sudo chmod 660 /var/run/docker.sock"}, []string{"<socket path>"}, nil, nil},
		// An old client's http:///var/run/docker.sock/v1.18 request.
		{"v96-bazel-run-docker-target-sandbox-perm", model.KindSocketPermissionDenied,
			[]string{"sudo chmod 660 /var/run/docker.sock"}, []string{"<socket path>"}, nil, nil},
	})
}

// The machine `docker-machine create NAME` names fills the steps.
func TestPastedMachineCreateNamesIt(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v23-machine-3981-dialwithdialer", model.KindDaemonUnresponsive,
			[]string{"docker-machine restart default"}, []string{"<machine name>"}, nil, nil},
	})
}

// The endpoint that answers, as `docker -H HOST info` quoted in backticks
// names it, fills the steps; a TCP endpoint gets no words about sockets.
func TestPastedOtherEndpointNamed(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v104-dockerpy-swarm-port-remotedisconnected", model.KindAlternateSocketAvailable,
			[]string{"export DOCKER_HOST=tcp://10.90.1.48"}, []string{"<other endpoint>"},
			[]string{"not a unix socket"}, []string{"OrbStack"}},
	})
}

// A script's source (its echo line) is no client's output: the finding
// says it shows the script's message, and first asks for the error.
func TestPastedScriptSourceIsNoOutput(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v114-ragflow-migration-not-running", model.KindDaemonUnreachable,
			[]string{"docker info"}, nil,
			[]string{"a script's own message"}, []string{"a Docker client that found no daemon answering"}},
	})
}

// Root's client pointed at /run/user/0/docker.sock: the endpoint steps,
// not again the start of the system service the paste shows run.
func TestPastedRootRuntimeSocket(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v56-nixosgen-lxc-rootless-root", model.KindDaemonUnreachable,
			[]string{`echo "$DOCKER_HOST"`, "unset DOCKER_HOST", "docker context use default"},
			[]string{"sudo systemctl start docker", "dockerd-rootless-setuptool.sh"},
			[]string{"root's runtime directory", "the paste shows that service's start run"}, nil},
	})
}

// A daemon refusing Compose v1 as too old: v1 picks its API version from
// the compose file (or COMPOSE_API_VERSION), so the docker CLI's upgrade is
// not the step; the daemon's minimum the message names fills the setting.
func TestPastedComposeV1TooOld(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v26-spark-48-compose-too-old", model.KindAPIVersionMismatch,
			[]string{"export COMPOSE_API_VERSION=1.24"}, []string{"DOCKER_API_VERSION", "--only-upgrade"},
			[]string{"Compose v1", "Use Compose v2 instead"}, []string{"Upgrade the docker CLI"}},
		{"v62-laradock-wincontainers-api-old", model.KindAPIVersionMismatch,
			[]string{"$env:COMPOSE_API_VERSION = 1.24"}, nil, []string{"Compose v1"}, nil},
		// Another tool's old client: no Compose step.
		{"v69-dive-docker29-client-too-old", model.KindAPIVersionMismatch,
			nil, []string{"COMPOSE_API_VERSION"}, nil, []string{"Compose v1"}},
	})
}

// A daemon reached over ssh that did not answer is restarted there, not
// on this machine.
func TestPastedUnresponsiveOverSSHRestartsThere(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v169-compose9435-ssh-context-dial-stdio-killed", model.KindDaemonUnresponsive,
			[]string{"ssh -t ssh://zachberger@moar.zberger.com sudo systemctl restart docker"}, []string{"sudo service docker"},
			nil, nil},
	})
}

// Docker Desktop saying WSL needs an update: WSL is updated, and Docker
// Desktop (only Windows' says so) started, not a Linux service.
func TestPastedWSLUpdateNeeded(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v164-win-dd-manual-wsl-update-required", model.KindDaemonUnreachable,
			[]string{"wsl --update", "docker desktop start"}, []string{"sudo"},
			[]string{"needs an update"}, nil},
	})
}

// systemctl's "Job for docker.service failed" shows the start failing: the
// journal is read first, and the start is offered again only as such.
// A socket's name cut inside "docker.sock" is no endpoint. A denial after
// a container's prompt is the container's user's: the socket's group
// number is added to the container.
func TestPastedStartFailureTruncationAndContainerDenial(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v136-zennode-linode-fail-fail", model.KindDaemonUnreachable,
			[]string{"journalctl -u docker"}, nil,
			[]string{"Read why the start the paste shows failed", "the paste shows its start failing"}, nil},
		{"v111-collabnix-arm-sock-denied-sudo-ok", model.KindSocketPermissionDenied,
			[]string{"sudo chmod 660 <socket path>"}, nil, nil, []string{"docker.so."}},
		// A denial at a container's prompt: the socket's group number added
		// to the container, not a group joined on the host.
		{"v67-devcontainer-dood-nonroot-eacces", model.KindSocketPermissionDenied,
			[]string{`docker run --group-add "$(stat -c %g /var/run/docker.sock)"`}, []string{"usermod", "newgrp"},
			[]string{"running in a container"}, nil},
		// A containerised tool saying the host's socket is not shared with
		// it: the mount, not a service started in the container.
		{"v168-acme-companion-share-socket-missing", model.KindDaemonUnreachable,
			[]string{"docker run -v /var/run/docker.sock:/var/run/docker.sock"}, []string{"start docker", "journalctl"},
			[]string{"running inside a container"}, nil},
		// A containerised tool naming the host's socket it cannot read.
		{"v168-acme-companion-socket-not-readable", model.KindSocketPermissionDenied,
			[]string{`docker run --group-add "$(stat -c %g /var/run/docker.sock)"`}, []string{"usermod", "newgrp"},
			nil, nil},
		// `groups` lists docker in the shell that failed: no joining, no
		// new session; the socket's group is compared by number.
		{"v10-sail-groups-has-docker", model.KindSocketPermissionDenied,
			[]string{"stat -L -c '%A %U %G (gid %g)' /var/run/docker.sock", "id"}, []string{"usermod", "newgrp"},
			[]string{"The paste shows its shell holding the group docker"}, nil},
	})
}

// What the audit of session 16 found: docker-py's unix://var/run/… is the
// socket /var/run/docker.sock; Windows' Containers feature missing gets
// its install; wsl.exe's usage for --mount --vhd is a WSL too old; Colima's
// start shown failing is read first, in the log the paste names.
func TestPastedCausesOfAudit16(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v91-collectd-docker-selinux-13", model.KindSocketPermissionDenied,
			[]string{"sudo chmod 660 /var/run/docker.sock"}, []string{"<socket path>"}, nil, nil},
		{"v70-virt-docs-945-vmcompute-dll", model.KindDaemonUnreachable,
			[]string{"Install-WindowsFeature -Name Containers", "Start-Service docker"}, []string{"docker desktop"},
			[]string{"Containers feature"}, nil},
		{"v94-forwin14750-wsl-error-german-usage", model.KindDaemonUnreachable,
			[]string{"wsl --update", "docker desktop start"}, []string{"sudo"},
			[]string{"wsl.exe printed its usage"}, []string{"It says why"}},
		// boot2docker run by its path: its own commands.
		{"v17-b2d-osx-installer-43", model.KindDaemonUnreachable,
			[]string{"boot2docker up", `eval "$(boot2docker shellinit)"`}, []string{"service docker", "systemctl"}, nil, nil},
		// Go's "found relative to current directory" on Windows: the
		// current directory, searched before PATH, not only a PATH entry.
		{"v14-minikube-win-docker-relative-dir", model.KindDockerCLIMissing,
			[]string{"$env:Path -split ';'"}, nil,
			[]string{"in its current directory, which Windows searches before PATH"}, nil},
		// The user and group a pasted usermod names fill the steps.
		{"v130-cloudhub-telegraf-config-test-denied", model.KindSocketPermissionDenied,
			[]string{"sudo usermod -aG docker telegraf", "newgrp docker"}, []string{"<socket group>", "<your user>"}, nil, nil},
		// systemctl status showing the unit's start failed: journal first.
		{"v88-nvdocker-inactive-dead", model.KindDaemonUnreachable,
			[]string{"journalctl -u docker"}, nil,
			[]string{"Read why the start the paste shows failed"}, nil},
		// sshd refusing a channel on a connection it made: the daemon
		// there, and sshd's MaxSessions, not the connection.
		{"v171-tmaier-compose-ssh-channel-open-failed", model.KindSSHUnreachable,
			[]string{"docker info", "sshd -T | grep -i maxsessions"}, nil,
			[]string{"refusing to open a channel"}, []string{"failing before Docker was involved"}},
		// A daemon refusing an old client that no docker command of the
		// paste made (Testcontainers): no package upgrade of the CLI.
		{"v93-keycloak-scim-client-too-old-140", model.KindAPIVersionMismatch,
			nil, []string{"apt-get", "docker.io"},
			[]string{"Upgrade the client that made the request"}, []string{"Upgrade the docker CLI"}},
		// The paste's own usermod, then a refusal in the same shell.
		{"v170-qiuzhong-notes-usermod-still-denied", model.KindGroupMembershipPending,
			[]string{"newgrp docker"}, nil,
			[]string{"usermod adding the user to group docker"}, []string{"user database listing"}},
		// No certificate directory shown: a placeholder, not an invented
		// $HOME/.docker/certs.
		{"v27-dockerpy-cert-verify-171", model.KindTLSError,
			nil, []string{".docker/certs"}, nil, nil},
		// A Compose service's log line refused the socket: the container's
		// process, given the socket's group number.
		{"v152-jan-traefik-sock-denied", model.KindSocketPermissionDenied,
			[]string{`docker run --group-add "$(stat -c %g /var/run/docker.sock)"`}, []string{"usermod", "newgrp"}, nil, nil},
		// Node's connect ENOENT to the engine's pipe: Windows.
		{"v138-kitematic-4122-enoent-pipe", model.KindDaemonUnreachable,
			nil, []string{"sudo", "/var/log/docker.log"}, nil, nil},
		// OpenWrt's docker package holding the client alone: dockerd's
		// package installed first.
		{"v136-turris-opkg-client-only", model.KindDaemonUnreachable,
			[]string{"opkg update && opkg install dockerd", "/etc/init.d/dockerd start"}, nil,
			[]string{"holding the client alone"}, nil},
		{"v129-colima-qemu-vm-type-start-fails", model.KindDaemonUnreachable,
			[]string{"tail -n 50 /Users/paraspandey/.lima/colima/ha.stderr.log", "colima start"}, []string{"~/.colima/_lima"},
			[]string{"Read why the start the paste shows failed", "the paste shows its start failing"}, nil},
	})
}
