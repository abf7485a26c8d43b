package tui

import (
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// The reports below are what model.Classify produces for the matching
// snapshots with the catalog in assets/remediation (titles and explanations
// filled in), for user alice on a default unix socket owned by root:docker.

func boolp(b bool) *bool { return &b }

var (
	fixtureEndpoint = model.EndpointSummary{Host: "unix:///var/run/docker.sock", Source: model.SourceDefault}
	fixtureDaemon   = model.DaemonSummary{Version: "27.3.1", APIVersion: "1.47"}
)

// fixtureSocket is the socket as the classifier summarises it.
func fixtureSocket() *model.SocketSummary {
	return &model.SocketSummary{Path: "/var/run/docker.sock", Owner: "root", UID: 0, Group: "docker", GID: 998, Mode: "0660"}
}

const (
	socketLine     = "/var/run/docker.sock: socket rw-rw----, owner root (uid 0), group docker (gid 998), mode 0660"
	permissionText = `permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/_ping": dial unix /var/run/docker.sock: connect: permission denied`
	cannotConnect  = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
)

func fixtureIdentity(dbExtra ...model.Group) model.IdentitySummary {
	groups := []model.Group{{ID: 1000, Name: "alice"}, {ID: 27, Name: "sudo"}}
	db := append(append([]model.Group{}, groups...), dbExtra...)
	return model.IdentitySummary{UID: 1000, User: "alice", GID: 1000, Groups: groups, DBGroups: db}
}

// checks builds the nine checks in panel order from per-check overrides.
func checks(over map[model.CheckID]model.Check) []model.Check {
	base := map[model.CheckID]model.Check{
		model.CheckCLI:           {Status: model.StatusOK, Duration: 31 * time.Millisecond, Detail: "/usr/bin/docker 27.3.1"},
		model.CheckCompose:       {Status: model.StatusOK, Detail: "docker compose v2.29.7"},
		model.CheckEndpoint:      {Status: model.StatusOK, Detail: "unix:///var/run/docker.sock (from default)"},
		model.CheckSocket:        {Status: model.StatusOK, Detail: socketLine},
		model.CheckDaemon:        {Status: model.StatusOK, Duration: 12 * time.Millisecond, Detail: "Docker 27.3.1, API 1.47"},
		model.CheckAlternates:    {Status: model.StatusSkipped, Detail: "main endpoint works"},
		model.CheckSudo:          {Status: model.StatusSkipped, Detail: "direct access works"},
		model.CheckController:    {Status: model.StatusOK, Detail: "docker-git-api: running, ports 127.0.0.1:3334->3334/tcp"},
		model.CheckControllerAPI: {Status: model.StatusOK, Detail: "GET http://127.0.0.1:3334/health 200 in 4ms, revision 9f2c1e7"},
	}
	var out []model.Check
	for _, id := range model.AllChecks() {
		c := base[id]
		if o, ok := over[id]; ok {
			c = o
		}
		c.ID = id
		out = append(out, c)
	}
	return out
}

func healthyReport() model.Report {
	return model.Report{
		OK: true, Endpoint: fixtureEndpoint, Identity: fixtureIdentity(), Daemon: fixtureDaemon, Socket: fixtureSocket(),
		Findings: []model.Finding{},
		Checks:   checks(nil),
	}
}

func permissionDeniedReport() model.Report {
	return model.Report{
		Endpoint: fixtureEndpoint, Identity: fixtureIdentity(), Socket: fixtureSocket(),
		Findings: []model.Finding{{
			Kind:        model.KindSocketPermissionDenied,
			Severity:    model.SeverityError,
			Check:       model.CheckSocket,
			Title:       "Permission denied on the Docker socket",
			Explanation: "The daemon socket /var/run/docker.sock exists, but this user may not open it. Access to the socket is granted to its owner and to its group (docker); you need to be in that group in this session, and the socket's mode must let the group read and write (srw-rw----). The evidence says which of the two blocks you.",
			Evidence: []string{
				socketLine,
				"not in group: alice is not a member of group docker",
				"you are alice (uid 1000), process groups: alice(1000) sudo(27); user database groups: alice(1000) sudo(27)",
				permissionText + " (permission)",
			},
			Checklist: []model.Step{
				{Step: "Add alice to the socket's group docker", Command: "sudo usermod -aG docker alice", Done: boolp(false), Verify: model.FactUserInSocketGroup},
				{Step: "Start a session that has the group (or log out and back in)", Command: "newgrp docker", Done: boolp(false), Verify: model.FactSessionHasGroup},
				{Step: "Let the group read and write the socket (the daemon resets this on restart; fix its unit or --group setting for good)", Command: "sudo chmod 660 /var/run/docker.sock", Done: boolp(true), Verify: model.FactSocketGroupRW},
				{Step: "Docker answers without sudo", Done: boolp(false), Verify: model.FactDaemonAnswers},
			},
		}},
		Checks: checks(map[model.CheckID]model.Check{
			model.CheckSocket:        {Status: model.StatusFail, Detail: socketLine, Kinds: []model.Kind{model.KindSocketPermissionDenied}},
			model.CheckDaemon:        {Status: model.StatusFail, Duration: 12 * time.Millisecond, Detail: permissionText},
			model.CheckAlternates:    {Status: model.StatusOK, Detail: "none of 1 other known sockets answers"},
			model.CheckSudo:          {Status: model.StatusOK, Detail: "sudo -n docker info fails too: sudo: a password is required (other)"},
			model.CheckController:    {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
			model.CheckControllerAPI: {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
		}),
	}
}

func groupPendingReport() model.Report {
	return model.Report{
		Endpoint: fixtureEndpoint, Identity: fixtureIdentity(model.Group{ID: 998, Name: "docker"}), Socket: fixtureSocket(),
		Findings: []model.Finding{{
			Kind:        model.KindGroupMembershipPending,
			Severity:    model.SeverityError,
			Check:       model.CheckSocket,
			Title:       "You are in the docker group, but this session does not know it yet",
			Explanation: "The user database lists alice in group docker, which owns /var/run/docker.sock, but this shell was started before you were added: a process only gets its groups at login. Nothing is wrong with Docker; this session just has to pick up the new group. `newgrp docker` starts a shell that has it, `sg docker -c CMD` runs one command with it, and logging out and in fixes every new session.",
			Evidence: []string{
				socketLine,
				"the user database lists alice in group docker, but this session was started before that and does not hold it",
				"you are alice (uid 1000), process groups: alice(1000) sudo(27); user database groups: alice(1000) sudo(27) docker(998)",
				permissionText + " (permission)",
			},
			Checklist: []model.Step{
				{Step: "Confirm the user database lists you in docker", Command: "getent group docker", Done: boolp(true), Verify: model.FactUserInSocketGroup},
				{Step: "Start a shell with the group now (or log out and back in)", Command: "newgrp docker", Done: boolp(false), Verify: model.FactSessionHasGroup},
				{Step: "Or run a single command with the group", Command: "sg docker -c 'docker-git-tui --once'"},
				{Step: "Docker answers in this session", Done: boolp(false), Verify: model.FactDaemonAnswers},
			},
		}},
		Checks: checks(map[model.CheckID]model.Check{
			model.CheckSocket:        {Status: model.StatusFail, Detail: socketLine, Kinds: []model.Kind{model.KindGroupMembershipPending}},
			model.CheckDaemon:        {Status: model.StatusFail, Duration: 12 * time.Millisecond, Detail: permissionText},
			model.CheckAlternates:    {Status: model.StatusSkipped},
			model.CheckSudo:          {Status: model.StatusSkipped, Detail: "--no-sudo"},
			model.CheckController:    {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
			model.CheckControllerAPI: {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
		}),
	}
}

func daemonDownReport() model.Report {
	return model.Report{
		Endpoint: fixtureEndpoint, Identity: fixtureIdentity(),
		Findings: []model.Finding{{
			Kind:        model.KindDaemonUnreachable,
			Severity:    model.SeverityError,
			Check:       model.CheckDaemon,
			Title:       "The Docker daemon is not running or not reachable",
			Explanation: "Nothing answers at unix:///var/run/docker.sock. Either the socket file does not exist (the daemon is not running, or it listens somewhere else), or the file is left over from a daemon that stopped or crashed and nothing listens on it any more (connection refused). docker-git and its controller need this daemon running.",
			Evidence: []string{
				"socket /var/run/docker.sock does not exist: no daemon is listening there",
				cannotConnect + " (not-exist)",
			},
			Checklist: []model.Step{
				{Step: "Start the Docker daemon", Command: "sudo systemctl start docker"},
				{Step: "Make it start at boot", Command: "sudo systemctl enable docker"},
				{Step: "If it fails to start, read why", Command: "sudo journalctl -u docker --no-pager -n 50"},
				{Step: "The socket exists", Done: boolp(false), Verify: model.FactSocketExists},
				{Step: "The daemon answers", Done: boolp(false), Verify: model.FactDaemonAnswers},
			},
		}},
		Checks: checks(map[model.CheckID]model.Check{
			model.CheckSocket:        {Status: model.StatusFail, Detail: "/var/run/docker.sock: stat /var/run/docker.sock: no such file or directory"},
			model.CheckDaemon:        {Status: model.StatusFail, Duration: 12 * time.Millisecond, Detail: cannotConnect, Kinds: []model.Kind{model.KindDaemonUnreachable}},
			model.CheckAlternates:    {Status: model.StatusSkipped},
			model.CheckSudo:          {Status: model.StatusOK, Detail: "sudo -n docker info fails too: " + cannotConnect + " (other)"},
			model.CheckController:    {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
			model.CheckControllerAPI: {Status: model.StatusSkipped, Detail: "daemon is not reachable"},
		}),
	}
}

func controllerStoppedReport() model.Report {
	return model.Report{
		Endpoint: fixtureEndpoint, Identity: fixtureIdentity(), Daemon: fixtureDaemon,
		Findings: []model.Finding{{
			Kind:        model.KindControllerNotRunning,
			Severity:    model.SeverityError,
			Check:       model.CheckController,
			Title:       "The docker-git controller container is not running",
			Explanation: "Container docker-git-api exists but is not running (created, exited, paused or dead). The evidence shows its exit code and whether it was killed for running out of memory; its log says why it stopped.",
			Evidence: []string{
				"container docker-git-api is exited, exit code 137",
				"it was killed for running out of memory (OOMKilled)",
			},
			Checklist: []model.Step{
				{Step: "Read why it stopped", Command: "docker logs --tail 50 docker-git-api"},
				{Step: "Start it again", Command: "docker start docker-git-api"},
				{Step: "If it was paused, resume it", Command: "docker unpause docker-git-api"},
				{Step: "The controller is running", Done: boolp(false), Verify: model.FactControllerRunning},
				{Step: "Its API answers", Verify: model.FactAPIAnswers},
			},
		}},
		Checks: checks(map[model.CheckID]model.Check{
			model.CheckController:    {Status: model.StatusFail, Detail: "docker-git-api: exited, ports 127.0.0.1:3334->3334/tcp", Kinds: []model.Kind{model.KindControllerNotRunning}},
			model.CheckControllerAPI: {Status: model.StatusSkipped, Detail: "controller is not running"},
		}),
	}
}
