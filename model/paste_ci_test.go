package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A client in a CI job gets its daemon from the job's configuration: the
// steps are that configuration's, not a service started inside the job.
// GitLab Runner's own lines are the runner's, whose machine's Docker is
// the one to start.
func TestPastedCIJobGetsItsConfiguration(t *testing.T) {
	service := []string{"start docker", "journalctl"}
	checkPastedCases(t, []pastedCase{
		// GitLab's Docker executor, a job whose client finds no socket.
		{"v11-gist-raspi-runner-multiarch", model.KindDaemonUnreachable,
			nil, service,
			[]string{"GitLab CI job run by the runner's Docker executor", "services: [docker:dind]", "DOCKER_HOST: tcp://docker:2375", "privileged = true under [runners.docker]", `volumes = ["/var/run/docker.sock:/var/run/docker.sock", "/cache"]`},
			[]string{"GitLab Runner itself"}},
		// The Kubernetes executor: services on localhost, no socket volume.
		{"v161-gitlab-ce-k8s-runner-dind-login-socket", model.KindDaemonUnreachable,
			nil, service,
			[]string{"Kubernetes executor", "DOCKER_HOST: tcp://localhost:2375", "[runners.kubernetes]"},
			[]string{"[runners.docker]", "tcp://docker:2375"}},
		// The dind service's name does not resolve: not a DNS fix.
		{"lib-gitlab-ci-local-dind-lookup-try-again", model.KindDaemonUnreachable,
			nil, []string{"getent hosts docker"},
			nil, nil},
		// The runner preparing the job: its machine's service.
		{"v68-gitlab-runner-shell-apk-then-preparation", model.KindDaemonUnreachable,
			service, nil,
			[]string{"GitLab Runner itself, preparing a job", "host = under [runners.docker]"},
			[]string{"services: [docker:dind]"}},
		// The runner's own line without its executor's.
		{"v51-gitlab-dind-insecure-registry-prep-failed", model.KindDaemonUnreachable,
			service, nil,
			[]string{"GitLab Runner itself"}, []string{"services: [docker:dind]"}},
		// CircleCI's docker executor: setup_remote_docker.
		{"v15-circleci-cimg-docker-version", model.KindDaemonUnreachable,
			nil, service,
			[]string{"CircleCI job", `Add the step "- setup_remote_docker"`}, nil},
		// `circleci local execute` runs on this machine's Docker.
		{"v80-orbtools-10-local-execute-no-daemon", model.KindDaemonUnreachable,
			[]string{"start docker"}, nil,
			nil, []string{"setup_remote_docker"}},
		// Bitbucket Pipelines: the docker service of the step.
		{"v26-localstack-8414-docker-not-available", model.KindDaemonUnreachable,
			nil, service,
			[]string{"Bitbucket Pipelines step", "options: docker: true"}, nil},
	})
}

// A Jenkins build's denial: the user Jenkins runs as joins the group and
// Jenkins restarts (newgrp reaches no running service); Jenkins in its
// own container gets the socket's group number added to the container.
func TestPastedJenkinsDenialRestartsJenkins(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		{"v161-capstone-jenkins-timestamps-sock-denied", model.KindSocketPermissionDenied,
			[]string{"sudo usermod -aG <socket group> <the user Jenkins runs as>", "sudo systemctl restart jenkins"}, []string{"newgrp"},
			[]string{"Jenkins build", "keeps the groups it started with"}, []string{"<your user>"}},
		{"v13-jenkins-image-gid-mismatch", model.KindSocketPermissionDenied,
			[]string{"stat -c %g /var/run/docker.sock", `docker run --group-add "$(stat -c %g /var/run/docker.sock)"`}, []string{"usermod", "newgrp", "restart jenkins"},
			[]string{"inside Jenkins' container"}, nil},
	})
}
