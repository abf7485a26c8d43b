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
		{name: "a regular file where the socket should be", endpoint: unixEndpoint("/tmp/x/regfile"),
			socket: model.SocketFacts{Attempted: true, Path: "/tmp/x/regfile", Exists: true, FileType: "regular", Mode: 0o644},
			fault:  model.FaultOf(model.ErrRefused, "dial unix /tmp/x/regfile: connect: connection refused"),
			kind:   model.KindDaemonUnreachable, want: []string{"unset DOCKER_HOST"}, not: []string{"service docker"},
			saysNot: "Otherwise start the daemon"},
		{name: "silent listener on its own socket", endpoint: unixEndpoint("/tmp/x/silent.sock"),
			socket: model.SocketFacts{Attempted: true, Path: "/tmp/x/silent.sock", Exists: true, FileType: "socket", Mode: 0o755},
			fault:  model.FaultOf(model.ErrTimeout, "context deadline exceeded"), conn: true,
			kind: model.KindDaemonUnresponsive, want: []string{"ss -xlp"}, not: []string{"restart", "tail"}},
		{name: "silent listener on a local tcp port", endpoint: tcp("tcp://127.0.0.1:23750"),
			fault: model.FaultOf(model.ErrTimeout, "context deadline exceeded"), conn: true,
			kind: model.KindDaemonUnresponsive, want: []string{"sudo ss -ltnp 'sport eq 23750'"}, not: []string{"restart", "tail"}},
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
			commandsHoldAndLack(t, cmds, c.want, c.not)
			if c.says != "" && !strings.Contains(f.Explanation, c.says) {
				t.Errorf("explanation lacks %q: %s", c.says, f.Explanation)
			}
			text := f.Explanation
			for _, st := range f.Checklist {
				text += "\n" + st.Step
			}
			if c.saysNot != "" && strings.Contains(text, c.saysNot) {
				t.Errorf("finding says %q: %s", c.saysNot, text)
			}
		})
	}
}

// Checklist commands that could not run on the probed machine are left
// out or replaced: unpause for a container that is not paused, wsl.exe off
// WSL, compose steps when the docker CLI itself does not run; the sg step
// runs this tool by its path when its name is not on PATH.
func TestChecklistCommandsRunHere(t *testing.T) {
	cat := catalog(t)
	cases := []struct {
		name    string
		mutate  func(s *model.Snapshot)
		kind    model.Kind
		want    []string
		not     []string
		says    string
		noKinds []model.Kind
	}{
		{name: "exited controller", mutate: func(s *model.Snapshot) {
			hostController(s)
			s.Controller.State, s.Controller.ExitCode, s.Controller.OOMKilled = "exited", 137, true
		}, kind: model.KindControllerNotRunning, want: []string{"docker start docker-git-api"}, not: []string{"unpause"}},
		{name: "paused controller", mutate: func(s *model.Snapshot) {
			hostController(s)
			s.Controller.State = "paused"
		}, kind: model.KindControllerNotRunning, want: []string{"docker unpause docker-git-api"}, not: []string{"docker start"}},
		{name: "WSL shim outside WSL", mutate: func(s *model.Snapshot) {
			s.CLI = model.CLIFacts{Attempted: true, Found: true, Path: "/opt/bin/docker", WSLShim: true,
				Fault: model.FaultOf(model.ErrNotExist, "The command 'docker' could not be found in this WSL 2 distro.")}
		}, kind: model.KindWSLIntegrationDisabled, want: []string{"command -v docker"}, not: []string{"wsl.exe"}, says: "not WSL"},
		{name: "WSL shim inside WSL", mutate: func(s *model.Snapshot) {
			s.Platform.WSL, s.Platform.WSLVersion = true, 2
			s.CLI = model.CLIFacts{Attempted: true, Found: true, Path: "/usr/bin/docker", WSLShim: true,
				Fault: model.FaultOf(model.ErrNotExist, "The command 'docker' could not be found in this WSL 2 distro.")}
		}, kind: model.KindWSLIntegrationDisabled, want: []string{"wsl.exe --shutdown"}},
		{name: "docker CLI crashes", mutate: func(s *model.Snapshot) {
			s.CLI = model.CLIFacts{Attempted: true, Found: true, Path: "/opt/bin/docker",
				Fault:        model.FaultOf(model.ErrOther, "Segmentation fault: exit status 139"),
				ComposeFault: model.FaultOf(model.ErrOther, "Segmentation fault: exit status 139")}
		}, kind: model.KindUnknown, want: []string{"command -v docker; docker --version"}, not: []string{"tail", "docker info"},
			says: "does not run", noKinds: []model.Kind{model.KindComposePluginMissing}},
		{name: "compose missing on Debian", mutate: func(s *model.Snapshot) {
			s.CLI.ComposeFound, s.CLI.ComposeFault = false, model.FaultOf(model.ErrOther, "docker: unknown command: docker compose")
		}, kind: model.KindComposePluginMissing, want: []string{"docker-compose-plugin"}},
		{name: "group pending, tool not on PATH", mutate: func(s *model.Snapshot) {
			s.Identity.Groups = s.Identity.Groups[:1]
			daemonFails(s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
		}, kind: model.KindGroupMembershipPending, want: []string{`sg docker -c ''"'"'/tmp/a b/dgt'"'"' --once'`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := healthy()
			s.Platform = linuxPlatform(t, "debian", model.ServiceSystemd)
			s.Platform.Self = "/tmp/a b/dgt"
			c.mutate(&s)
			r := model.Classify(s, cat)
			f := finding(t, r, c.kind)
			cmds := commands(f)
			commandsHoldAndLack(t, cmds, c.want, c.not)
			if c.says != "" && !strings.Contains(f.Title+" "+f.Explanation, c.says) {
				t.Errorf("%s lacks %q: %s", f.Kind, c.says, f.Explanation)
			}
			for _, k := range c.noKinds {
				if r.Has(k) {
					t.Errorf("has %s: %v", k, kindsOf(r))
				}
			}
		})
	}
	// Debian's apt gets a word on where the Compose packages come from;
	// Fedora's dnf does not.
	s := healthy()
	s.CLI.ComposeFound, s.CLI.ComposeFault = false, model.FaultOf(model.ErrOther, "docker: unknown command: docker compose")
	for fixture, want := range map[string]bool{"debian": true, "fedora": false} {
		s.Platform = linuxPlatform(t, fixture, model.ServiceSystemd)
		f := finding(t, model.Classify(s, cat), model.KindComposePluginMissing)
		said := false
		for _, st := range f.Checklist {
			said = said || strings.Contains(st.Step, "download.docker.com")
		}
		if said != want {
			t.Errorf("%s: Docker's apt repository named %v, want %v", fixture, said, want)
		}
	}
}

// controller-missing says what the facts show: with another container
// holding the name it does not say the daemon has no container of that
// name, and for a paste its list of causes holds the pasted one (a
// docker-compose.yml not found).
func TestControllerMissingSaysWhatStopsIt(t *testing.T) {
	cat := catalog(t)
	s := healthy()
	s.Controller = model.ControllerFacts{Attempted: true, Wanted: "docker-git-api",
		Squatter: &model.ContainerRef{Name: "docker-git-api", Image: "nginx:latest", State: "running"}}
	s.API = model.APIFacts{}
	r := model.Classify(s, cat)
	f := finding(t, r, model.KindControllerMissing)
	text := f.Explanation + "\n" + strings.Join(f.Evidence, "\n")
	for _, bad := range []string{"has no container docker-git-api", "has no container named"} {
		if strings.Contains(text, bad) {
			t.Errorf("controller-missing says %q beside controller-name-taken:\n%s", bad, text)
		}
	}
	if !r.Has(model.KindControllerNameTaken) {
		t.Errorf("no controller-name-taken: %v", kindsOf(r))
	}

	paste := "open /home/alice/docker-compose.yml: no such file or directory\nFailed to start docker-git controller.\n" +
		"Command: docker compose --project-name docker-git -f /home/alice/docker-compose.yml up -d --build"
	for _, pf := range model.Explain(paste, cat) {
		if pf.Kind != model.KindControllerMissing {
			continue
		}
		if strings.Contains(pf.Explanation, "is one of") || !strings.Contains(pf.Explanation, "docker-compose.yml not found") {
			t.Errorf("pasted controller-missing leaves out the pasted cause: %s", pf.Explanation)
		}
		return
	}
	t.Errorf("no controller-missing for the paste")
}

// sudo-fallback-only: docker-git's CLI does fall back to `sudo -n docker`,
// so the evidence does not say it cannot; and a socket whose group may not
// read and write it gets no "join its group" steps.
func TestSudoFallbackSaysWhatDockerGitDoes(t *testing.T) {
	cat := catalog(t)
	s := healthy()
	s.Platform = linuxPlatform(t, "debian", model.ServiceSystemd)
	s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
	s.Identity.DBGroups = s.Identity.Groups
	s.Socket.GID, s.Socket.Group, s.Socket.Mode = 0, "root", 0o600
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
	s.Sudo = model.SudoFacts{Attempted: true, OK: true}
	f := finding(t, model.Classify(s, cat), model.KindSudoFallbackOnly)
	ev := strings.Join(f.Evidence, "\n")
	if strings.Contains(ev, "cannot use sudo") || !strings.Contains(ev, "sudo -n docker") {
		t.Errorf("evidence contradicts docker-git's sudo fallback:\n%s", ev)
	}
	for _, bad := range []string{"usermod", "newgrp"} {
		if containsSub(commands(f), bad) {
			t.Errorf("%q offered for a 0600 socket: %q", bad, commands(f))
		}
	}
	// A socket its group may use keeps the group steps.
	s.Socket.GID, s.Socket.Group, s.Socket.Mode = 998, "docker", 0o660
	f = finding(t, model.Classify(s, cat), model.KindSudoFallbackOnly)
	if !containsSub(commands(f), "sudo usermod -aG docker ada") {
		t.Errorf("no usermod for a 0660 socket: %q", commands(f))
	}
}

// A controller made for the expected revision, with /health answering
// another revision that is neither the container's nor its image's, is not
// called stale: another process answers on the port, and rebuilding does
// not help. A controller whose own revision is old still is stale.
func TestForeignHealthIsNotAStaleController(t *testing.T) {
	cat := catalog(t)
	s := healthy()
	hostController(&s)
	s.ExpectedRevision = "abc123"
	s.API.Revision = "deadbeef"
	f := finding(t, model.Classify(s, cat), model.KindControllerRevisionMismatch)
	text := f.Title + "\n" + f.Explanation + "\n" + strings.Join(f.Evidence, "\n")
	for _, bad := range []string{"stale", "older (or newer)", "controller runs revision"} {
		if strings.Contains(text, bad) {
			t.Errorf("says %q:\n%s", bad, text)
		}
	}
	if containsSub(commands(f), "docker-git ps") || !containsSub(commands(f), "ss -ltnp 'sport eq 3334'") {
		t.Errorf("commands %q", commands(f))
	}

	s.Controller.EnvRevision, s.Controller.ImageRevision, s.API.Revision = "old999", "old999", "old999"
	f = finding(t, model.Classify(s, cat), model.KindControllerRevisionMismatch)
	if !strings.Contains(f.Title, "stale") || !containsSub(commands(f), "docker-git ps") {
		t.Errorf("an old controller: %s %q", f.Title, commands(f))
	}
}

// group-membership-pending does not claim an order it did not measure: a
// process that lacks a group the user database lists may have been started
// after the group was added (su, setpriv, a service drop groups).
func TestGroupPendingClaimsNoOrder(t *testing.T) {
	s := healthy()
	s.Identity.Groups = s.Identity.Groups[:1]
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
	f := finding(t, model.Classify(s, catalog(t)), model.KindGroupMembershipPending)
	saysNone(t, f.Title+"\n"+f.Explanation+"\n"+strings.Join(f.Evidence, "\n"),
		"started before that", "was started before", "after this session started", "does not know it yet")
}

// saysNone fails for each of the claims that text makes.
func saysNone(t *testing.T, text string, claims ...string) {
	t.Helper()
	for _, c := range claims {
		if strings.Contains(text, c) {
			t.Errorf("claims %q:\n%s", c, text)
		}
	}
}

// A socket behind a directory the user may not search: the finding names
// that directory and lets users enter it, instead of the socket's group and
// a chmod that would narrow a 0666 socket.
func TestSocketBehindBlockedDirectory(t *testing.T) {
	s := healthy()
	s.Platform = linuxPlatform(t, "debian", model.ServiceSystemd)
	s.Endpoint = unixEndpoint("/srv/priv/docker.sock")
	s.Socket = model.SocketFacts{Attempted: true, Path: "/srv/priv/docker.sock", UID: -1, GID: -1,
		Fault:      model.FaultOf(model.ErrPermission, "lstat /srv/priv/docker.sock: permission denied"),
		BlockedDir: "/srv/priv", BlockedDirOwner: "root", BlockedDirGroup: "root", BlockedDirMode: 0o700}
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /srv/priv/docker.sock: connect: permission denied"), false)
	f := finding(t, model.Classify(s, catalog(t)), model.KindSocketPermissionDenied)
	cmds := commands(f)
	for _, bad := range []string{"chmod 660", "usermod", "newgrp"} {
		if containsSub(cmds, bad) {
			t.Errorf("%q in %q", bad, cmds)
		}
	}
	if !containsSub(cmds, "ls -ld /srv/priv") || !containsSub(cmds, "sudo chmod o+x /srv/priv") {
		t.Errorf("the directory is not dealt with: %q", cmds)
	}
	if !strings.Contains(f.Explanation, "/srv/priv above it") || !strings.Contains(strings.Join(f.Evidence, "\n"), "rwx------") {
		t.Errorf("the directory is not named: %s\n%q", f.Explanation, f.Evidence)
	}
}

// Over ssh the daemon's start and log steps run on the remote host through
// ssh: they stay, though this machine's service does not serve the endpoint.
func TestSSHDaemonStepsStayRemote(t *testing.T) {
	s := sshSnapshot(1, "failed to open the raw stream connection: dial unix /var/run/docker.sock: connect: no such file or directory")
	s.Platform = linuxPlatform(t, "debian", model.ServiceSysV)
	f := finding(t, model.Classify(s, catalog(t)), model.KindDaemonUnreachable)
	for _, want := range []string{"ssh -t ssh://ada@build.example:2222 sudo systemctl start docker", "ssh -t ssh://ada@build.example:2222 sudo journalctl -u docker"} {
		if !containsSub(commands(f), want) {
			t.Errorf("no %q in %q", want, commands(f))
		}
	}
	if containsSub(commands(f), "sudo service docker") {
		t.Errorf("a local service step over ssh: %q", commands(f))
	}
}

// A listener that accepts and never answers was not identified as a Docker
// daemon: the live finding says the endpoint, not the daemon, did so.
func TestSilentListenerIsNotCalledTheDaemon(t *testing.T) {
	s := healthy()
	s.Endpoint = unixEndpoint("/tmp/x/silent.sock")
	s.Socket = model.SocketFacts{Attempted: true, Path: "/tmp/x/silent.sock", Exists: true, FileType: "socket", Mode: 0o755}
	daemonFails(&s, model.FaultOf(model.ErrTimeout, "context deadline exceeded"), true)
	f := finding(t, model.Classify(s, catalog(t)), model.KindDaemonUnresponsive)
	saysNone(t, f.Title+"\n"+strings.Join(f.Evidence, "\n"), "Docker daemon accepts", "the daemon did not answer")
}

// A socket whose group is root: no user is told to join root's group; the
// docker group is created, which the daemon gives its socket as it starts.
func TestRootGroupSocketGetsTheDockerGroup(t *testing.T) {
	s := healthy()
	s.Platform = linuxPlatform(t, "debian", model.ServiceSystemd)
	s.Endpoint = unixEndpoint("/var/run/docker.sock")
	s.Socket = model.SocketFacts{Attempted: true, Path: "/var/run/docker.sock", Exists: true, FileType: "socket",
		Mode: 0o660, UID: 0, GID: 0, Owner: "root", Group: "root"}
	daemonFails(&s, model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied"), false)
	f := finding(t, model.Classify(s, catalog(t)), model.KindSocketPermissionDenied)
	commandsHoldAndLack(t, commands(f),
		[]string{"sudo groupadd -f docker", "usermod -aG docker", "sudo systemctl restart docker", "newgrp docker"},
		[]string{"usermod -aG root", "newgrp root"})
}

// On Windows the steps about DOCKER_HOST are PowerShell's.
func TestWindowsEndpointStepsArePowerShells(t *testing.T) {
	s := healthy()
	s.Platform = model.Platform{Attempted: true, OS: "windows"}
	_, addr, _ := model.ParseHost("tcp://127.0.0.1:1")
	s.Endpoint = model.Endpoint{Host: "tcp://127.0.0.1:1", Source: model.SourceDockerHost, Proto: "tcp", Address: addr}
	daemonFails(&s, model.FaultOf(model.ErrRefused, "dial tcp 127.0.0.1:1: connect: connection refused"), false)
	f := finding(t, model.Classify(s, catalog(t)), model.KindDaemonUnreachable)
	commandsHoldAndLack(t, commands(f),
		[]string{"$env:DOCKER_HOST", "Remove-Item Env:DOCKER_HOST"}, []string{"echo \"$DOCKER_HOST\"", "unset"})
}

// explain's steps run this tool as the probe found it, and offer no
// daemon log the probe found missing on this machine.
func TestExplainUsesThisMachinesFacts(t *testing.T) {
	on := linuxPlatform(t, "debian", model.ServiceSysV)
	on.Self, on.DaemonLogMissing = "/opt/t/dgt", true
	fs := model.ExplainOn("npm ERR! code ELIFECYCLE", catalog(t), on)
	if len(fs) != 1 {
		t.Fatalf("findings = %+v", fs)
	}
	cmds := commands(fs[0])
	if !containsSub(cmds, "/opt/t/dgt --once --json") || containsSub(cmds, "/var/log/docker.log") {
		t.Errorf("commands %q: want this tool's path and no missing log", cmds)
	}
}

// commandsHoldAndLack fails for each of want the commands do not hold and
// each of not they do.
func commandsHoldAndLack(t *testing.T, cmds, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !containsSub(cmds, w) {
			t.Errorf("no %q in %q", w, cmds)
		}
	}
	for _, n := range not {
		if containsSub(cmds, n) {
			t.Errorf("%q in %q", n, cmds)
		}
	}
}
