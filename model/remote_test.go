package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// Stderr as OpenSSH 9.2 and docker 28 print it (captured against a real
// sshd for the e2e suite).
func TestSSHFailureFromStderr(t *testing.T) {
	cases := []struct {
		code   int
		stderr string
		want   model.SSHFailure
	}{
		{255, "ada@127.0.0.1: Permission denied (publickey).", model.SSHAuthFailed},
		{255, "Host key verification failed.", model.SSHHostKeyUnknown},
		{255, "No ED25519 host key is known for [127.0.0.1]:42222 and you have requested strict checking.\nHost key verification failed.", model.SSHHostKeyUnknown},
		{255, "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nOffending ED25519 key in /h/.ssh/known_hosts:1\nHost key for [127.0.0.1]:42222 has changed and you have requested strict checking.\nHost key verification failed.", model.SSHHostKeyChanged},
		{255, "ssh: connect to host 127.0.0.1 port 42223: Connection refused", model.SSHUnreachable},
		{255, "ssh: Could not resolve hostname nonexistent.invalid: Name or service not known", model.SSHUnreachable},
		{255, "Connection timed out during banner exchange\nConnection to 10.255.255.1 port 22 timed out", model.SSHUnreachable},
		{127, "sh: 1: docker: not found", model.SSHDockerMissing},
		{1, "failed to open the raw stream connection: dial unix /tmp/x/docker.sock: connect: permission denied", model.SSHRemoteDenied},
		{1, "failed to open the raw stream connection: dial unix /tmp/nonexistent/docker.sock: connect: no such file or directory", model.SSHRemoteDaemonOff},
		{1, "something else entirely", model.SSHOther},
		{0, "", model.SSHOK},
	}
	for _, tc := range cases {
		f := model.SSHFacts{Attempted: true, Exited: true, ExitCode: tc.code, Stderr: tc.stderr}
		if got := f.Failure(); got != tc.want {
			t.Errorf("Failure(%d, %q) = %q, want %q", tc.code, tc.stderr, got, tc.want)
		}
	}
}

func sshSnapshot(code int, stderr string) model.Snapshot {
	s := healthy()
	s.Endpoint = model.Endpoint{Host: "ssh://ada@build.example:2222", Source: model.SourceDockerHost, Proto: "ssh", Address: "build.example:2222"}
	s.Socket = model.SocketFacts{}
	daemonFails(&s, model.FaultOf(model.ErrReset, "EOF"), true)
	s.Sudo = model.SudoFacts{SkipReason: model.SkipRemote}
	s.SSH = model.SSHFacts{Attempted: true, User: "ada", Host: "build.example", Port: "2222", Exited: true, ExitCode: code, Stderr: stderr}
	return s
}

func TestClassifySSH(t *testing.T) {
	cat := catalog(t)
	cases := []struct {
		name     string
		s        model.Snapshot
		want     model.Kind
		evidence string
		command  string
	}{
		{"unreachable", sshSnapshot(255, "ssh: connect to host build.example port 2222: Connection refused"),
			model.KindSSHUnreachable, "ssh could not reach ada@build.example:2222", "ssh -o BatchMode=yes ssh://ada@build.example:2222 true"},
		{"auth", sshSnapshot(255, "ada@build.example: Permission denied (publickey)."),
			model.KindSSHAuthFailed, "refused every key", "ssh-copy-id ssh://ada@build.example:2222"},
		{"unknown key", sshSnapshot(255, "Host key verification failed."),
			model.KindSSHHostKeyUnknown, "host key unknown", "ssh-keygen -R '[build.example]:2222'"},
		{"changed key", sshSnapshot(255, "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key verification failed."),
			model.KindSSHHostKeyUnknown, "may be an attack", ""},
		{"docker missing", sshSnapshot(127, "sh: 1: docker: not found"),
			model.KindRemoteDockerMissing, "did not find docker", ""},
		{"remote permission", sshSnapshot(1, "failed to open the raw stream connection: dial unix /var/run/docker.sock: connect: permission denied"),
			model.KindSocketPermissionDenied, "the remote user ada may not open the remote socket /var/run/docker.sock", "ssh -t ssh://ada@build.example:2222 sudo chmod 660 /var/run/docker.sock"},
		{"remote daemon down", sshSnapshot(1, "failed to open the raw stream connection: dial unix /var/run/docker.sock: connect: no such file or directory"),
			model.KindDaemonUnreachable, "on ada@build.example:2222, docker could not reach a daemon at /var/run/docker.sock", "ssh -t ssh://ada@build.example:2222 sudo systemctl start docker"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := model.Classify(tc.s, cat)
			if got := kindsOf(r); len(got) != 1 || got[0] != tc.want {
				t.Fatalf("kinds = %v, want [%s]", got, tc.want)
			}
			f := r.Findings[0]
			if all := strings.Join(f.Evidence, "\n"); !strings.Contains(all, tc.evidence) {
				t.Errorf("evidence lacks %q:\n%s", tc.evidence, all)
			}
			var cmds []string
			for _, st := range f.Checklist {
				cmds = append(cmds, st.Command)
				if strings.Contains(st.Command, "newgrp") {
					t.Errorf("remote finding offers newgrp: %q", st.Command)
				}
			}
			if tc.command != "" && !strings.Contains(strings.Join(cmds, "\n"), tc.command) {
				t.Errorf("checklist lacks %q: %q", tc.command, cmds)
			}
			for _, id := range []model.CheckID{model.CheckSocket, model.CheckAlternates, model.CheckSudo} {
				if c, _ := r.Check(id); c.Status != model.StatusSkipped || c.Detail != model.SkipRemote {
					t.Errorf("%s = %s %q, want skipped %q", id, c.Status, c.Detail, model.SkipRemote)
				}
			}
		})
	}
}

func TestClassifySSHKilledAtTheDeadline(t *testing.T) {
	cat := catalog(t)
	s := sshSnapshot(0, "")
	s.SSH.Exited, s.SSH.Killed = false, true
	daemonFails(&s, model.FaultOf(model.ErrTimeout, "context deadline exceeded"), true)
	s.Sudo = model.SudoFacts{SkipReason: model.SkipRemote}
	r := model.Classify(s, cat)
	if got := kindsOf(r); len(got) != 1 || got[0] != model.KindSSHUnreachable {
		t.Fatalf("login hung: kinds = %v, want [ssh-unreachable]", got)
	}
	s.SSH.LoggedIn = true
	r = model.Classify(s, cat)
	if got := kindsOf(r); len(got) != 1 || got[0] != model.KindDaemonUnresponsive {
		t.Fatalf("remote daemon hung: kinds = %v, want [daemon-unresponsive]", got)
	}
	if !strings.Contains(strings.Join(r.Findings[0].Evidence, "\n"), "logged in to ada@build.example:2222") {
		t.Fatalf("evidence: %q", r.Findings[0].Evidence)
	}
}

func TestClassifySSHUnrecognisedEndKeepsItsWords(t *testing.T) {
	r := model.Classify(sshSnapshot(2, "remote: something unexpected"), catalog(t))
	if got := kindsOf(r); len(got) != 1 || got[0] != model.KindUnknown {
		t.Fatalf("kinds = %v, want [unknown]", got)
	}
	all := strings.Join(r.Findings[0].Evidence, "\n")
	for _, want := range []string{"ssh to ada@build.example:2222 ended with status 2", "remote: something unexpected"} {
		if !strings.Contains(all, want) {
			t.Fatalf("evidence lacks %q:\n%s", want, all)
		}
	}
}
