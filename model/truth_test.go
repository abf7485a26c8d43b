package model_test

import (
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// A finding may only say what its facts hold (issue 9): every kind is
// rendered with no facts (a zero snapshot, pasted text), with partial facts
// and, through Classify, with full facts; each rendering is checked for
// holes where a value belongs and for sentences whose fact is absent.

// truth is what a snapshot really establishes, derived here from the
// snapshot itself (not from model.Vars, whose facts are under test).
type truth struct {
	fromPaste bool
	proto     string // endpoint scheme, "" when unknown
	// socketPath is the endpoint's socket path, "" when unknown or not unix.
	socketPath    string
	socketSeen    bool // stat found something at socketPath
	socketMissing bool // stat found nothing there
	// dbLists: the user database was read and lists the user in the socket's group.
	dbLists           bool
	user, group       string // measured user and socket group names, "" when unknown
	controllerExists  bool
	controllerRunning bool
}

func truthOf(s model.Snapshot) truth {
	t := truth{proto: s.Endpoint.Proto, user: s.Identity.User}
	if s.Endpoint.Fault != nil {
		t.proto = ""
	}
	if t.proto == "unix" {
		t.socketPath = s.Endpoint.Address
	}
	if sock := s.Socket; sock.Attempted {
		t.socketSeen = sock.Exists
		t.socketMissing = !sock.Exists && sock.Fault.Is(model.ErrNotExist)
		if sock.Exists {
			t.group = sock.Group
			if t.group == "" {
				t.group = fmt.Sprint(sock.GID)
			}
			if s.Identity.Fault == nil {
				for _, g := range s.Identity.DBGroups {
					t.dbLists = t.dbLists || g.ID == sock.GID
				}
			}
		}
	}
	if s.Daemon.OK && s.Controller.Attempted {
		t.controllerExists = s.Controller.Exists
		t.controllerRunning = s.Controller.Exists && s.Controller.State == "running"
	}
	return t
}

// pasteTruth is what a paste establishes about this machine: nothing. The
// endpoint it names (if any) is a fact of the machine it came from.
func pasteTruth(host string) truth {
	t := truth{fromPaste: true}
	if proto, addr, err := model.ParseHost(host); err == nil {
		t.proto = proto
		if proto == "unix" {
			t.socketPath = addr
		}
	}
	return t
}

var (
	// Holes: a value that rendered empty, or a template that failed.
	proseHoles = []*regexp.Regexp{
		regexp.MustCompile(`\s([,;:)]|\.($|[^.]))`), // "at .", "revision ,", "( )"; an ellipsis is fine
		regexp.MustCompile(`\S {2,}\S`),             // "but  is expected"
		regexp.MustCompile(`\(\s*\)`),               // "()"
		regexp.MustCompile(`""|''`),                 // an empty quoted value
		regexp.MustCompile(`<no value>|%!`),         // text/template and fmt failures
		regexp.MustCompile(`\{\{`),                  // a template left unfilled
		regexp.MustCompile(`^\s|\s$`),
	}
	commandHoles = []*regexp.Regexp{
		regexp.MustCompile(`(^|[^"])''([^"]|$)`), // '' as an argument ('"'"' is a quoted quote)
		regexp.MustCompile(`(^|\s)""(\s|$)`),
		regexp.MustCompile(`\w=(\s|$)`),     // export X= with nothing
		regexp.MustCompile(`\S {2,}[^\s#]`), // two spaces before a # comment are layout
		regexp.MustCompile(`<no value>|%!`),
		regexp.MustCompile(`'<[A-Za-z][^'<>]*>'`), // a placeholder quoted by q: it must stay bare
		ourTemplate, // our own templates ({{.User}}, {{q .User}}) left unfilled; docker's --format ones stay
		regexp.MustCompile(`^\s|\s$`),
	}

	sentenceEnd = regexp.MustCompile(`[.!?](\s+|$)`)
	hedge       = regexp.MustCompile(`(?i)\b(if|whether|either|unless|usually|typically|when)\b`)

	dbClaim       = regexp.MustCompile(`(?i)user database (lists|has)|\blists \S+ in (the )?(group|\S+ group)`)
	socketWord    = regexp.MustCompile(`(?i)\bsocket\b`)
	existsClaim   = regexp.MustCompile(`(?i)\b(exists|is there|was found)\b`)
	missingClaim  = regexp.MustCompile(`(?i)\b(does not exist|is missing|no longer exists|is not there)\b`)
	runsClaim     = regexp.MustCompile(`(?i)\b(the (docker-git )?(controller|container)( process)?|(container|controller) (<[^>]+>|[\w.-]+))\s+(runs|is running|is up)\b`)
	existsCtClaim = regexp.MustCompile(`(?i)\b(the (docker-git )?(controller|container)|(container|controller) (<[^>]+>|[\w.-]+))\s+(exists|is there)\b`)
	machineWords  = regexp.MustCompile(`(?i)\bthis (shell|session|machine|computer|user|process)\b|\bthis shell's\b|\bhere\b|\bthe probe\b`)
	dockerGroup   = regexp.MustCompile(`(?i)(\bgroup docker|\bdocker group|\b(newgrp|sg|getent group|usermod -aG) docker)([\s.,;)'"]|$)`)
	defaultSocket = regexp.MustCompile(`/var/run/docker\.sock`)
	socketGeneric = regexp.MustCompile(`(?i)usual|default|conventional|other than|standard|mount|such as|for example`)
	oldDefaults   = regexp.MustCompile(`\$USER\b`)
)

// ourTemplate matches an unfilled template action on one of Vars' fields.
var ourTemplate = func() *regexp.Regexp {
	var names []string
	for _, f := range reflect.VisibleFields(reflect.TypeOf(model.Vars{})) {
		if !f.Anonymous {
			names = append(names, f.Name)
		}
	}
	return regexp.MustCompile(`\{\{-?\s*(q\s+)?\.(` + strings.Join(names, "|") + `)\b`)
}()

// remoteMaySaySocket are the kinds that may speak of a socket on a tcp://
// endpoint: their socket is not the endpoint's (the alternates are local
// sockets, the controller mounts one) or is the kind itself (a permission
// finding is about a socket; over tcp it does not arise).
func remoteMaySaySocket(k model.Kind) bool {
	switch k {
	case model.KindAlternateSocketAvailable, model.KindSocketPermissionDenied, model.KindGroupMembershipPending:
		return true
	}
	return strings.HasPrefix(string(k), "controller-")
}

func sentences(text string) []string {
	var out []string
	rest := text
	for rest != "" {
		loc := sentenceEnd.FindStringIndex(rest)
		if loc == nil {
			out = append(out, rest)
			break
		}
		out = append(out, rest[:loc[1]])
		rest = rest[loc[1]:]
	}
	return out
}

// checkFinding reports every hole and every unbacked claim in f.
func checkFinding(t *testing.T, where string, tr truth, f model.Finding) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s: %s: %s", where, f.Kind, fmt.Sprintf(format, args...))
	}
	if f.Title == "" || f.Explanation == "" || len(f.Checklist) == 0 {
		fail("empty title, explanation or checklist")
	}
	prose := []string{f.Title, f.Explanation}
	for _, st := range f.Checklist {
		prose = append(prose, st.Step)
	}
	for _, p := range append(append([]string{}, prose...), f.Evidence...) {
		for _, re := range proseHoles {
			if re.MatchString(p) {
				fail("hole (%s) in %q", re, p)
			}
		}
	}
	var commands []string
	for _, st := range f.Checklist {
		if st.Command == "" {
			continue
		}
		commands = append(commands, st.Command)
		for _, re := range commandHoles {
			if re.MatchString(st.Command) {
				fail("hole (%s) in command %q", re, st.Command)
			}
		}
	}

	claims := f.Title + ". " + f.Explanation
	for _, s := range sentences(claims) {
		if dbClaim.MatchString(s) && !tr.dbLists {
			fail("states the user database's groups, which were not read or do not list the user: %q", s)
		}
		if tr.dbLists && dbClaim.MatchString(s) && tr.user != "" && !strings.Contains(s, tr.user) {
			fail("names another user than %s: %q", tr.user, s)
		}
		hedged := hedge.MatchString(s)
		if socketWord.MatchString(s) && !hedged {
			if existsClaim.MatchString(s) && !tr.socketSeen {
				fail("says the socket exists, but it was not seen: %q", s)
			}
			if missingClaim.MatchString(s) && !tr.socketMissing {
				fail("says the socket does not exist, which was not measured: %q", s)
			}
		}
		// Over ssh:// the remote daemon's socket is real; over tcp:// there is none.
		if tr.proto == "tcp" && socketWord.MatchString(s) && !remoteMaySaySocket(f.Kind) {
			fail("talks about a socket on a %s:// endpoint: %q", tr.proto, s)
		}
		if runsClaim.MatchString(s) && !hedged && !tr.controllerRunning {
			fail("says the controller runs, which no probe saw: %q", s)
		}
		if existsCtClaim.MatchString(s) && !hedged && !tr.controllerExists {
			fail("says the controller exists, which no probe saw: %q", s)
		}
		if tr.fromPaste && machineWords.MatchString(s) {
			fail("states a fact of this machine in a finding read from a paste: %q", s)
		}
		if defaultSocket.MatchString(s) && tr.socketPath != "/var/run/docker.sock" && !socketGeneric.MatchString(s) {
			fail("states /var/run/docker.sock as this endpoint's socket, which it is not known to be: %q", s)
		}
	}
	for _, st := range f.Checklist {
		if tr.proto == "tcp" && socketWord.MatchString(st.Step) && !remoteMaySaySocket(f.Kind) {
			fail("a step about a socket on a tcp:// endpoint: %q", st.Step)
		}
	}
	for _, p := range append(append([]string{}, prose...), commands...) {
		if tr.group != "docker" && dockerGroup.MatchString(p) {
			fail("names group docker, but the socket's group is %q: %q", tr.group, p)
		}
		if oldDefaults.MatchString(p) {
			fail("uses a guessed value: %q", p)
		}
	}
	for _, c := range commands {
		if defaultSocket.MatchString(c) && tr.socketPath != "/var/run/docker.sock" && !remoteMaySaySocket(f.Kind) {
			fail("command uses /var/run/docker.sock, which is not this endpoint's socket: %q", c)
		}
	}
}

// render builds a finding of kind k from vars the way Classify and Explain do.
func render(cat model.Catalog, k model.Kind, v model.Vars) model.Finding {
	rem := cat.Remedy(k)
	title, expl := rem.Filled(v)
	return model.Finding{Kind: k, Title: title, Explanation: expl, Checklist: rem.Render(v, model.Facts{})}
}

// truthBase is a working setup whose names differ from every convention
// (group dgt-sock, socket /run/dgt/docker.sock, controller dgt-api), so a
// conventional value in the output can only be a guess.
func truthBase() model.Snapshot {
	s := healthy()
	sockGroup := model.Group{ID: 4242, Name: "dgt-sock"}
	ada := model.Group{ID: 1000, Name: "ada"}
	s.Endpoint = model.Endpoint{Host: "unix:///run/dgt/docker.sock", Source: model.SourceDockerHost, Proto: "unix", Address: "/run/dgt/docker.sock"}
	s.Identity.Groups = []model.Group{ada, sockGroup}
	s.Identity.DBGroups = []model.Group{ada, sockGroup}
	s.Socket.Path, s.Socket.Group, s.Socket.GID = "/run/dgt/docker.sock", "dgt-sock", 4242
	s.Controller.Name = "dgt-api"
	s.API.URL = "http://127.0.0.1:4334"
	s.Controller.Ports = []model.PortBinding{{ContainerPort: "3334/tcp", HostIP: "127.0.0.1", HostPort: "4334"}}
	return s
}

func onTCP(s *model.Snapshot, host, addr string) {
	s.Endpoint = model.Endpoint{Host: host, Source: model.SourceDockerHost, Proto: "tcp", Address: addr}
	s.Socket = model.SocketFacts{}
}

// truthScenarios are snapshots Classify turns into every kind it produces,
// on unix and tcp endpoints, with facts complete and with some missing.
func truthScenarios() map[string]func(s *model.Snapshot) {
	perm := model.FaultOf(model.ErrPermission, "dial unix /run/dgt/docker.sock: connect: permission denied")
	notInGroup := func(s *model.Snapshot) {
		s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
		s.Identity.DBGroups = s.Identity.Groups
	}
	return map[string]func(s *model.Snapshot){
		"healthy":                 func(s *model.Snapshot) {},
		"daemon ok, no versions":  func(s *model.Snapshot) { s.Daemon.ServerVersion, s.Daemon.APIVersion = "", "" },
		"cli missing":             func(s *model.Snapshot) { s.CLI = model.CLIFacts{Attempted: true} },
		"compose missing":         func(s *model.Snapshot) { s.CLI.ComposeFound, s.CLI.ComposeVersion = false, "" },
		"cli without its version": func(s *model.Snapshot) { s.CLI.Version, s.CLI.ComposeVersion = "", "" },
		"malformed DOCKER_HOST": func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "tcp//nope", Source: model.SourceDockerHost, Fault: model.FaultOf(model.ErrInvalid, `docker host "tcp//nope" has no scheme`)}
			s.Socket, s.Controller, s.API = model.SocketFacts{}, model.ControllerFacts{}, model.APIFacts{}
			daemonFails(s, nil, false)
			s.Daemon = model.DaemonFacts{}
		},
		"missing context": func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Source: model.SourceContextFlag, Context: "gone", Fault: model.FaultOf(model.ErrNotExist, `context "gone" does not exist`)}
			s.Socket = model.SocketFacts{}
			daemonFails(s, nil, false)
			s.Daemon = model.DaemonFacts{}
		},
		"socket missing": func(s *model.Snapshot) {
			s.Socket = model.SocketFacts{Attempted: true, Path: "/run/dgt/docker.sock", Fault: model.FaultOf(model.ErrNotExist, "stat /run/dgt/docker.sock: no such file or directory")}
			daemonFails(s, model.FaultOf(model.ErrNotExist, "dial unix /run/dgt/docker.sock: connect: no such file or directory"), false)
		},
		"stale socket": func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrRefused, "dial unix /run/dgt/docker.sock: connect: connection refused"), false)
		},
		"regular file at the socket path": func(s *model.Snapshot) {
			s.Socket.FileType = "regular"
			daemonFails(s, model.FaultOf(model.ErrRefused, "connect: connection refused"), false)
		},
		"hung daemon on unix": func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrTimeout, "context deadline exceeded"), true)
		},
		"hung daemon on tcp": func(s *model.Snapshot) {
			onTCP(s, "tcp://10.0.0.5:2375", "10.0.0.5:2375")
			daemonFails(s, model.FaultOf(model.ErrTimeout, "context deadline exceeded"), true)
		},
		"tcp refused": func(s *model.Snapshot) {
			onTCP(s, "tcp://127.0.0.1:2375", "127.0.0.1:2375")
			daemonFails(s, model.FaultOf(model.ErrRefused, "dial tcp 127.0.0.1:2375: connect: connection refused"), false)
		},
		"tcp timeout": func(s *model.Snapshot) {
			onTCP(s, "tcp://10.0.0.5:2375", "10.0.0.5:2375")
			daemonFails(s, model.FaultOf(model.ErrTimeout, "dial tcp 10.0.0.5:2375: i/o timeout"), false)
		},
		"tcp dns": func(s *model.Snapshot) {
			onTCP(s, "tcp://docker.invalid:2375", "docker.invalid:2375")
			daemonFails(s, model.FaultOf(model.ErrDNS, "dial tcp: lookup docker.invalid: no such host"), false)
		},
		"tcp reset": func(s *model.Snapshot) {
			onTCP(s, "tcp://10.0.0.5:2375", "10.0.0.5:2375")
			daemonFails(s, model.FaultOf(model.ErrReset, "read: connection reset by peer"), false)
		},
		"tcp tls": func(s *model.Snapshot) {
			onTCP(s, "tcp://10.0.0.5:2376", "10.0.0.5:2376")
			daemonFails(s, model.FaultOf(model.ErrTLS, "x509: certificate signed by unknown authority"), true)
		},
		"tcp api version": func(s *model.Snapshot) {
			onTCP(s, "tcp://10.0.0.5:2375", "10.0.0.5:2375")
			daemonFails(s, model.FaultOf(model.ErrVersion, "client version 1.56 is too new. Maximum supported API version is 1.24"), true)
		},
		"tcp alternate": func(s *model.Snapshot) {
			onTCP(s, "tcp://127.0.0.1:2375", "127.0.0.1:2375")
			daemonFails(s, model.FaultOf(model.ErrRefused, "connection refused"), false)
			s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock", OK: true}}
		},
		"ssh other failure": func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "ssh://ada@build.example", Source: model.SourceDockerHost, Proto: "ssh", Address: "build.example"}
			s.Socket = model.SocketFacts{}
			daemonFails(s, model.FaultOf(model.ErrOther, "ssh: exit status 255"), false)
		},
		"api version on unix": func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrVersion, "API version 1.24 is not supported by this client"), true)
		},
		"garbage on the socket": func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrProtocol, "malformed HTTP response"), true)
		},
		"not in the socket's group": func(s *model.Snapshot) {
			notInGroup(s)
			daemonFails(s, perm, false)
		},
		"not in the group, user database unreadable": func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			s.Identity.DBGroups = nil
			s.Identity.Fault = model.FaultOf(model.ErrPermission, "open /etc/group: permission denied")
			daemonFails(s, perm, false)
		},
		"not in the group, name unknown": func(s *model.Snapshot) {
			notInGroup(s)
			s.Identity.User = ""
			s.Socket.Group = ""
			daemonFails(s, perm, false)
		},
		"group pending": func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			daemonFails(s, perm, false)
		},
		"group pending and mode 0600": func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			s.Socket.Mode = 0o600
			daemonFails(s, perm, false)
		},
		"mode blocks a group member": func(s *model.Snapshot) {
			s.Socket.Mode = 0o600
			daemonFails(s, perm, false)
		},
		"owner bits": func(s *model.Snapshot) {
			s.Socket.UID, s.Socket.Owner, s.Socket.Mode = 1000, "ada", 0o060
			daemonFails(s, perm, false)
		},
		"policy denies a member": func(s *model.Snapshot) {
			daemonFails(s, perm, false)
		},
		"directory above the socket not traversable": func(s *model.Snapshot) {
			s.Socket = model.SocketFacts{Attempted: true, Path: "/run/dgt/docker.sock", Fault: model.FaultOf(model.ErrPermission, "stat /run/dgt/docker.sock: permission denied")}
			daemonFails(s, perm, false)
		},
		"sudo works": func(s *model.Snapshot) {
			notInGroup(s)
			daemonFails(s, perm, false)
			s.Sudo = model.SudoFacts{Attempted: true, OK: true}
		},
		"sudo fails too": func(s *model.Snapshot) {
			notInGroup(s)
			daemonFails(s, perm, false)
			s.Sudo = model.SudoFacts{Attempted: true, Fault: model.FaultOf(model.ErrOther, "sudo: a password is required")}
		},
		"rootless alternate": func(s *model.Snapshot) {
			s.Socket = model.SocketFacts{Attempted: true, Path: "/run/dgt/docker.sock", Fault: model.FaultOf(model.ErrNotExist, "no such file")}
			daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false)
			s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock", OK: true}}
		},
		"controller missing": func(s *model.Snapshot) {
			s.Controller = model.ControllerFacts{Attempted: true, Name: "dgt-api", Fault: model.FaultOf(model.ErrNotExist, "No such container: dgt-api")}
			s.API = model.APIFacts{}
		},
		"controller exited": func(s *model.Snapshot) {
			s.Controller.State, s.Controller.ExitCode, s.Controller.OOMKilled = "exited", 137, true
			s.API = model.APIFacts{}
		},
		"controller restarting": func(s *model.Snapshot) {
			s.Controller.State, s.Controller.RestartCount = "restarting", 7
			s.API = model.APIFacts{}
		},
		"controller unhealthy": func(s *model.Snapshot) { s.Controller.Health = "unhealthy" },
		"health 500":           func(s *model.Snapshot) { s.API.Status = 500 },
		"health body":          func(s *model.Snapshot) { s.API.BodyFault = model.FaultOf(model.ErrProtocol, "invalid character '<'") },
		"health refused": func(s *model.Snapshot) {
			s.API = model.APIFacts{Attempted: true, URL: "http://127.0.0.1:4334", Fault: model.FaultOf(model.ErrRefused, "connection refused")}
		},
		"revision mismatch":         func(s *model.Snapshot) { s.ExpectedRevision = "def456" },
		"no revision, one expected": func(s *model.Snapshot) { s.ExpectedRevision, s.API.Revision = "def456", "" },
		"socket not mounted":        func(s *model.Snapshot) { s.Controller.MountsSocket, s.Controller.Mounts = false, nil },
	}
}

func checkReport(t *testing.T, where string, s model.Snapshot, r model.Report) {
	t.Helper()
	tr := truthOf(s)
	for _, f := range r.Findings {
		checkFinding(t, where, tr, f)
	}
	for _, c := range r.Checks {
		if c.Detail == "" && c.Status != model.StatusSkipped {
			t.Errorf("%s: check %s (%s) has no detail", where, c.ID, c.Status)
		}
		if c.Detail == "" {
			continue
		}
		for _, re := range proseHoles {
			if re.MatchString(c.Detail) {
				t.Errorf("%s: check %s: hole (%s) in %q", where, c.ID, re, c.Detail)
			}
		}
	}
}

// TestFindingsReadTrueWithFullFacts classifies snapshots on unix, tcp and
// ssh endpoints, with facts complete and with some missing, and checks every
// sentence of every finding against the snapshot. TestClassifyEveryKind runs
// the same check on its case of every kind.
func TestFindingsReadTrueWithFullFacts(t *testing.T) {
	cat := catalog(t)
	for name, mutate := range truthScenarios() {
		s := truthBase()
		mutate(&s)
		checkReport(t, name, s, model.Classify(s, cat))
	}
	// An empty snapshot (nothing probed) and a report with nothing but an
	// unresolved endpoint must not print holes either.
	checkReport(t, "zero snapshot", model.Snapshot{}, model.Classify(model.Snapshot{}, cat))
}

// partialSnapshots hold some facts and lack others.
func partialSnapshots() map[string]model.Snapshot {
	unix := model.Endpoint{Host: "unix:///run/dgt/docker.sock", Source: model.SourceDockerHost, Proto: "unix", Address: "/run/dgt/docker.sock"}
	seen := model.SocketFacts{Attempted: true, Path: "/run/dgt/docker.sock", Exists: true, FileType: "socket", Owner: "root", GID: 4242, Group: "dgt-sock", Mode: 0o660}
	ada := model.Identity{UID: 1000, User: "ada", GID: 1000, Groups: []model.Group{{ID: 1000, Name: "ada"}}, DBGroups: []model.Group{{ID: 1000, Name: "ada"}}}
	return map[string]model.Snapshot{
		"nothing":           {},
		"tcp endpoint only": {Endpoint: model.Endpoint{Host: "tcp://10.0.0.5:2375", Source: model.SourceDockerHost, Proto: "tcp", Address: "10.0.0.5:2375"}},
		"ssh endpoint only": {Endpoint: model.Endpoint{Host: "ssh://ada@build.example", Source: model.SourceDockerHost, Proto: "ssh", Address: "build.example"}},
		"unix endpoint, socket missing": {Endpoint: unix, Identity: ada,
			Socket: model.SocketFacts{Attempted: true, Path: "/run/dgt/docker.sock", Fault: model.FaultOf(model.ErrNotExist, "no such file")}},
		"unix endpoint, socket not stat-ed":  {Endpoint: unix},
		"socket seen, identity unknown":      {Endpoint: unix, Socket: seen},
		"socket seen, user not in its group": {Endpoint: unix, Socket: seen, Identity: ada},
		"socket seen, user database unreadable": {Endpoint: unix, Socket: seen,
			Identity: model.Identity{UID: 1000, User: "ada", GID: 1000, Fault: model.FaultOf(model.ErrPermission, "open /etc/group: permission denied")}},
		"full": truthBase(),
		// What the probe reports for DOCKER_CONTEXT=nonexistent, a uid
		// with no passwd entry, and a PATH without docker.
		"context does not resolve": {Endpoint: model.Endpoint{Source: model.SourceDockerContext, Context: "nonexistent",
			Fault: model.FaultOf(model.ErrInvalid, `context "nonexistent" does not exist`)}},
		"uid without a user name": {Endpoint: unix, Identity: model.Identity{UID: 4242, GID: 4242}},
		"docker CLI not on PATH": {Endpoint: unix, Identity: ada,
			CLI: model.CLIFacts{Attempted: true, Fault: model.FaultOf(model.ErrNotExist, `"docker": executable file not found in $PATH`)}},
	}
}

// TestReportValuesAreNeverEmpty: the report's endpoint, user and check
// details (the text header, the JSON fields, the status rows) are a value
// or a readable placeholder, never empty.
func TestReportValuesAreNeverEmpty(t *testing.T) {
	cat := catalog(t)
	for name, s := range partialSnapshots() {
		r := model.Classify(s, cat)
		if strings.TrimSpace(r.Endpoint.Host) == "" {
			t.Errorf("%s: endpoint host is empty", name)
		}
		if strings.TrimSpace(r.Identity.User) == "" {
			t.Errorf("%s: user is empty", name)
		}
		for _, ch := range r.Checks {
			if strings.TrimSpace(ch.Detail) == "" {
				t.Errorf("%s: check %s (%s) has no detail", name, ch.ID, ch.Status)
			}
		}
	}
	r := model.Classify(partialSnapshots()["context does not resolve"], cat)
	if !strings.Contains(r.Endpoint.Host, `"nonexistent"`) {
		t.Errorf("unresolved context: endpoint %q does not name the context", r.Endpoint.Host)
	}
	r = model.Classify(partialSnapshots()["uid without a user name"], cat)
	if !strings.Contains(r.Identity.User, "4242") {
		t.Errorf("uid without a name: user %q does not give the uid", r.Identity.User)
	}
}

// TestEveryKindReadsTrueWithAnyFacts renders every kind's remedy directly
// with Vars of no facts, partial facts, full facts, and of a paste.
func TestEveryKindReadsTrueWithAnyFacts(t *testing.T) {
	cat := catalog(t)
	for name, s := range partialSnapshots() {
		v := model.VarsFrom(s)
		checkVarsFilled(t, name, v)
		for _, k := range model.AllKinds() {
			checkFinding(t, name, truthOf(s), render(cat, k, v))
		}
	}
	v := model.PasteVars()
	checkVarsFilled(t, "PasteVars", v)
	if !v.FromPaste || v.Measured {
		t.Errorf("PasteVars: FromPaste = %v, Measured = %v", v.FromPaste, v.Measured)
	}
	for _, k := range model.AllKinds() {
		checkFinding(t, "PasteVars", pasteTruth(""), render(cat, k, v))
	}
}

// TestPastedFindingsSpeakOfThePaste runs real pastes through Explain: what
// they say is about the paste, never about this machine.
func TestPastedFindingsSpeakOfThePaste(t *testing.T) {
	cat := catalog(t)
	for _, c := range []struct{ host, text string }{
		{"unix:///var/run/docker.sock", "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/info\": dial unix /var/run/docker.sock: connect: permission denied"},
		{"tcp://10.0.0.5:2375", "Cannot connect to the Docker daemon at tcp://10.0.0.5:2375. Is the docker daemon running?"},
		{"", "Got permission denied while trying to connect to the Docker daemon socket.\nHint: run `newgrp docker`"},
		// The daemon failing to start, with no client error.
		{"", "Job for docker.service failed because the control process exited with error code.\nSee \"systemctl status docker.service\" and \"journalctl -xe\" for details."},
		{"", "INFO[0000] starting colima\nINFO[0000] runtime: docker\nFATA[0000] error starting vm: error at 'starting': exit status 1"},
	} {
		host, text := c.host, c.text
		fs := model.Explain(text, cat)
		if len(fs) == 0 {
			t.Errorf("no finding for %q", text)
		}
		for _, f := range fs {
			checkFinding(t, "paste "+host, pasteTruth(host), f)
			// It says it comes from the paste: its source, and each line of evidence.
			if f.Source != model.SourcePaste {
				t.Errorf("paste %s: %s: source = %q", host, f.Kind, f.Source)
			}
			for _, ev := range f.Evidence {
				if !strings.HasPrefix(ev, "pasted") {
					t.Errorf("paste %s: %s: evidence %q does not say it was pasted", host, f.Kind, ev)
				}
			}
		}
	}
}

// checkVarsFilled fails on any empty string value: a template can print
// every field, and none may render as nothing. Two kinds of field are
// exempt, and the rendered output is checked for holes instead: the
// platform's conditions (OS, Install: compared in `when:` and {{if eq}},
// never printed, "" = not probed), and its commands, where "" documents that
// the step does not exist on that platform (PlatformCommands).
func checkVarsFilled(t *testing.T, where string, v model.Vars) {
	t.Helper()
	rv := reflect.ValueOf(v)
	commands := reflect.TypeOf(model.PlatformCommands{})
	for _, sf := range reflect.VisibleFields(rv.Type()) {
		if sf.Name == "OS" || sf.Name == "Install" || sf.Name == "Family" || sf.Name == "CIJob" {
			continue
		}
		if _, ok := commands.FieldByName(sf.Name); ok {
			continue
		}
		if f := rv.FieldByIndex(sf.Index); f.Kind() == reflect.String && strings.TrimSpace(f.String()) == "" {
			t.Errorf("%s: Vars.%s is empty", where, sf.Name)
		}
	}
}

// TestConditionValuesAreNeverPrinted backs checkVarsFilled's exemption: the
// platform's condition values only appear in comparisons. UID and GID, ints
// that are -1 when unknown, are never printed either.
func TestConditionValuesAreNeverPrinted(t *testing.T) {
	printed := regexp.MustCompile(`\{\{-?\s*(q\s+)?\.(OS|Install|Family|CIJob|UID|GID)\s*-?\}\}`)
	files, err := fs.Glob(assets.Remediation(), "*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no remediation files: %v", err)
	}
	for _, name := range files {
		data, err := fs.ReadFile(assets.Remediation(), name)
		if err != nil {
			t.Fatal(err)
		}
		if m := printed.Find(data); m != nil {
			t.Errorf("%s prints a platform condition value: %s", name, m)
		}
	}
}

// TestPlaceholdersStayBareInCommands: q quotes real values but leaves a
// placeholder bare, so the reader sees it must be substituted and a shell
// refuses the unedited command ("<" starts a redirection) instead of running
// it with a made-up argument.
func TestPlaceholdersStayBareInCommands(t *testing.T) {
	r, err := model.ParseRemedy(model.KindUnknown, []byte("# T\nE.\n## Steps\n- Add {{.User}}\n  run: sudo usermod -aG {{q .Group}} {{q .User}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		v    model.Vars
		want string
	}{
		{model.PasteVars(), "sudo usermod -aG <socket group> <your user>"},
		{model.VarsFrom(model.Snapshot{}), "sudo usermod -aG <socket group> <your user>"},
		{model.Vars{User: "bob smith", Group: "docker"}, "sudo usermod -aG docker 'bob smith'"},
		{model.Vars{User: "<b>", Group: "a;b"}, "sudo usermod -aG 'a;b' <b>"},
	} {
		if got := r.Render(tc.v, model.Facts{})[0].Command; got != tc.want {
			t.Errorf("command = %q, want %q", got, tc.want)
		}
	}
	for _, s := range []string{"<your user>", "<API URL>", "<pid>"} {
		if !model.IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false", s)
		}
	}
	for _, s := range []string{"", "<>", "ada", "/var/run/docker.sock", "<a<b>", "x<y>"} {
		if model.IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = true", s)
		}
	}
}
