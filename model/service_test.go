package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// The local service's start, restart and log steps are offered only for
// the endpoint that service serves; for another one (a tcp:// port, a
// socket of its own, a host that does not resolve) the checklist turns to
// the setting that selects it. A log is offered to read now only when it
// exists, and the report command is the one that runs this tool here.
func TestServiceStepsFollowTheEndpoint(t *testing.T) {
	cat := catalog(t)
	sysv := linuxPlatform(t, "debian", model.ServiceSysV)
	tcp := func(host string) model.Endpoint {
		_, addr, _ := model.ParseHost(host)
		return model.Endpoint{Host: host, Source: model.SourceDockerHost, Proto: "tcp", Address: addr}
	}
	cases := []struct {
		name     string
		endpoint model.Endpoint
		socket   model.SocketFacts
		fault    *model.Fault
		conn     bool
		logGone  bool
		kind     model.Kind
		want     []string // commands that must appear
		not      []string // commands that must not
		says     string
		saysNot  string
	}{
		{name: "tcp port refused", endpoint: tcp("tcp://127.0.0.1:1"),
			fault: model.FaultOf(model.ErrRefused, "dial tcp 127.0.0.1:1: connect: connection refused"),
			kind:  model.KindDaemonUnreachable, want: []string{"unset DOCKER_HOST"}, not: []string{"service docker", "tail"},
			says: "selected by DOCKER_HOST"},
		{name: "host does not resolve", endpoint: tcp("tcp://nohost.invalid:2375"),
			fault: model.FaultOf(model.ErrDNS, "dial tcp: lookup nohost.invalid: no such host"),
			kind:  model.KindDaemonUnreachable, want: []string{"unset DOCKER_HOST"}, not: []string{"service docker"},
			says: "does not resolve", saysNot: "Either no daemon runs on that host"},
		{name: "own socket missing", endpoint: unixEndpoint("/tmp/x/none.sock"),
			socket: model.SocketFacts{Attempted: true, Path: "/tmp/x/none.sock", Fault: model.FaultOf(model.ErrNotExist, "no such file")},
			fault:  model.FaultOf(model.ErrNotExist, "dial unix /tmp/x/none.sock: connect: no such file or directory"),
			kind:   model.KindDaemonUnreachable, want: []string{"unset DOCKER_HOST"}, not: []string{"service docker"}},
		{name: "default socket missing", endpoint: unixEndpoint(model.DefaultSocketPath),
			socket: model.SocketFacts{Attempted: true, Path: model.DefaultSocketPath, Fault: model.FaultOf(model.ErrNotExist, "no such file")},
			fault:  model.FaultOf(model.ErrNotExist, "dial unix /var/run/docker.sock: connect: no such file or directory"),
			kind:   model.KindDaemonUnreachable, want: []string{"sudo service docker start", "sudo tail -n 50 /var/log/docker.log"},
			not: []string{"unset DOCKER_HOST"}},
		{name: "silent listener on its own socket", endpoint: unixEndpoint("/tmp/x/silent.sock"),
			socket: model.SocketFacts{Attempted: true, Path: "/tmp/x/silent.sock", Exists: true, FileType: "socket", Mode: 0o755},
			fault:  model.FaultOf(model.ErrTimeout, "context deadline exceeded"), conn: true,
			kind: model.KindDaemonUnresponsive, want: []string{"ss -xlp"}, not: []string{"restart", "tail"}},
		{name: "silent default socket, service never logged", endpoint: unixEndpoint(model.DefaultSocketPath),
			socket: model.SocketFacts{Attempted: true, Path: model.DefaultSocketPath, Exists: true, FileType: "socket", Mode: 0o660},
			fault:  model.FaultOf(model.ErrTimeout, "context deadline exceeded"), conn: true, logGone: true,
			kind: model.KindDaemonUnresponsive, want: []string{"sudo service docker restart"}, not: []string{"tail"}},
		{name: "remote answers 404", endpoint: tcp("tcp://10.255.255.1:2375"),
			fault: model.FaultOf(model.ErrOther, "request returned 404 Not Found for API route"),
			kind:  model.KindUnknown, want: []string{"'/tmp/a b/dgt' --once --json"}, not: []string{"tail"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := healthy()
			s.Platform = sysv
			s.Platform.DaemonLogMissing = c.logGone
			s.Platform.Self = "/tmp/a b/dgt"
			s.Endpoint = c.endpoint
			s.Socket = c.socket
			daemonFails(&s, c.fault, c.conn)
			s.Platform.Install = model.DetectInstall(s)
			f := finding(t, model.Classify(s, cat), c.kind)
			cmds := commands(f)
			for _, w := range c.want {
				if !containsSub(cmds, w) {
					t.Errorf("no %q in %q", w, cmds)
				}
			}
			for _, n := range c.not {
				if containsSub(cmds, n) {
					t.Errorf("%q in %q", n, cmds)
				}
			}
			if c.says != "" && !strings.Contains(f.Explanation, c.says) {
				t.Errorf("explanation lacks %q: %s", c.says, f.Explanation)
			}
			if c.saysNot != "" && strings.Contains(f.Explanation, c.saysNot) {
				t.Errorf("explanation says %q: %s", c.saysNot, f.Explanation)
			}
		})
	}
}
