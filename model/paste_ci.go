package model

import "regexp"

// CIJob is the CI service whose job the paste shows running the Docker
// client, where the job's own configuration, not a service on a machine,
// gives it its Docker daemon ("" when the paste shows none).
type CIJob string

const (
	CINone CIJob = ""
	// CIGitLabContainer: a GitLab CI job run by one of the runner's
	// container executors (docker, docker+machine, docker-autoscaler,
	// kubernetes): the job runs in a container of its image, with a daemon
	// only through the Docker-in-Docker service it lists or the host's
	// socket the runner mounts.
	CIGitLabContainer CIJob = "gitlab"
	// CIGitLabKubernetes: the same, with the Kubernetes executor, whose
	// services listen on localhost rather than on their alias.
	CIGitLabKubernetes CIJob = "gitlab-kubernetes"
	// CIGitLabRunner: GitLab Runner itself, preparing a job of its Docker
	// executor, failing to reach the daemon it runs jobs with (its
	// machine's, or the host its configuration names), before any job
	// script ran.
	CIGitLabRunner CIJob = "gitlab-runner"
	// CICircleCI: a CircleCI job, whose docker executor has no daemon
	// until its setup_remote_docker step.
	CICircleCI CIJob = "circleci"
	// CIBitbucket: a Bitbucket Pipelines step, which has a daemon only when
	// it lists the docker service.
	CIBitbucket CIJob = "bitbucket"
	// CIJenkins: a Jenkins build, run by the Jenkins process (or its
	// agent's) on a machine whose Docker it uses: a service, whose groups
	// are those it started with.
	CIJenkins CIJob = "jenkins"
)

// ciJobSigns are the words by which the job's own output shows its CI
// service and, for GitLab, its executor. GitLab's runner prints the
// executor it uses ("Using Docker executor with image …"); its shell
// executor runs the job on the runner's machine, whose Docker service is
// the usual one, and gitlab-ci-local runs jobs with this machine's Docker.
// CircleCI's steps start with its default shell line and end with its
// exit line; `circleci local execute` runs a job with this machine's
// Docker.
var ciJobSigns = []struct {
	job CIJob
	re  *regexp.Regexp
	not *regexp.Regexp
}{
	{CIGitLabKubernetes, regexp.MustCompile(`(?im)^\W*Using Kubernetes executor\b`), nil},
	{CIGitLabContainer, regexp.MustCompile(`(?im)^\W*Using (Docker|docker\+machine|Docker Machine|docker-autoscaler|Docker Autoscaler) executor\b|^\W*Preparing the "(docker|docker\+machine|docker-autoscaler)" executor\b`), regexp.MustCompile(`(?i)\bgitlab-ci-local\b`)},
	{CICircleCI, regexp.MustCompile(`(?m)^\W*#!/bin/bash -eo pipefail\s*$|\bCircleCI received exit code\b`), regexp.MustCompile(`(?i)\bcircleci (local execute|build)\b`)},
	{CIBitbucket, regexp.MustCompile(`(?i)\bbitbucket-pipelines\.ya?ml\b|\bBitbucket Pipelines?\b`), nil},
	// Jenkins' pipeline log, its home, its job workspace, its agents.
	{CIJenkins, regexp.MustCompile(`(?m)^\W*\[Pipeline\] |\bJenkinsfile\b|/var/(lib|jenkins_home)/jenkins\b|/var/jenkins_home\b|\bjenkins@[\w.-]+|^\W*Started by (user|timer|an SCM change|upstream project)\b|^\W*Running on [^\n]* in /`), nil},
}

// Configured: the job's own configuration gives its client a daemon, so
// no service on a machine is started for it.
func (j CIJob) Configured() bool {
	return j != CINone && j != CIGitLabRunner && j != CIJenkins
}

// gitlabRunnerSaid are GitLab Runner's own lines for a daemon it could not
// reach while preparing a job: its stage, its system failure, or the Go
// file of its Docker executor it appends.
var gitlabRunnerSaid = regexp.MustCompile(`(?i)\bPreparation failed:|\bJob failed \(system failure\)|\bFailed to create container volume\b|\((executor_)?docker\.go:\d+:\d+s\)`)

// gitlabNamed: the paste names GitLab (its runner's lines can show
// without the executor's).
var gitlabNamed = regexp.MustCompile(`(?i)\bgitlab|\bexecutor_docker\.go\b`)

// ciJobOfCauses is the CI job the paste shows, as its daemon finding's
// statements place the failure: GitLab Runner's own lines are the runner's,
// not the job's.
func ciJobOfCauses(whole string, causes []PasteCause) CIJob {
	job := ciJobShown(whole)
	if job != CIGitLabContainer && (job != CINone || !gitlabNamed.MatchString(whole)) {
		return job
	}
	for _, c := range causes {
		if c.Kind == KindDaemonUnreachable && len(c.Statements) > 0 && allMatch(gitlabRunnerSaid, c.Statements) {
			return CIGitLabRunner
		}
	}
	return job
}

// jenkinsContainerShown: Jenkins runs in a container of a Jenkins image
// (whose home is /var/jenkins_home), or the prompt of its user shows a
// container's host name (its 12-digit id).
var jenkinsContainerShown = regexp.MustCompile(`/var/jenkins_home\b|\bjenkins/jenkins\b|\bjenkinsci/(blueocean|jenkins)\b|\bjenkins@[0-9a-f]{12}:|\bdocker run [^\n]*\bjenkins\b`)

// ciJobShown is the one CI job the paste shows the client running in (""
// when it shows none, or several services).
func ciJobShown(whole string) CIJob {
	found := CINone
	for _, s := range ciJobSigns {
		if !s.re.MatchString(whole) || s.not != nil && s.not.MatchString(whole) {
			continue
		}
		if found != CINone {
			return CINone
		}
		found = s.job
	}
	return found
}
