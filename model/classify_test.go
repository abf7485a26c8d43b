package model_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestClassifyEveryKind(t *testing.T) {
	cat := catalog(t)
	perm := model.FaultOf(model.ErrPermission, "dial unix /var/run/docker.sock: connect: permission denied")
	cases := []struct {
		name     string
		mutate   func(s *model.Snapshot)
		want     []model.Kind
		exit     int
		evidence string // a substring some evidence line must contain
	}{
		{"healthy", func(s *model.Snapshot) {}, nil, 0, ""},
		{"docker CLI missing", func(s *model.Snapshot) {
			s.CLI = model.CLIFacts{Attempted: true, Fault: model.FaultOf(model.ErrNotExist, `"docker": executable file not found in $PATH`)}
		}, []model.Kind{model.KindDockerCLIMissing}, 10, "not on PATH"},
		{"docker is Docker Desktop's WSL shim", func(s *model.Snapshot) {
			s.CLI = model.CLIFacts{Attempted: true, Found: true, WSLShim: true, Path: "/usr/bin/docker",
				Fault: model.FaultOf(model.ErrNotExist, "The command 'docker' could not be found in this WSL 2 distro.")}
			s.Platform = model.Platform{Attempted: true, OS: "linux", WSL: true, WSLVersion: 2}
			daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false)
		}, []model.Kind{model.KindWSLIntegrationDisabled, model.KindDaemonUnreachable}, 35, "WSL 2 distro"},
		{"compose plugin missing is only a warning", func(s *model.Snapshot) {
			s.CLI.ComposeFound = false
			s.CLI.ComposeFault = model.FaultOf(model.ErrOther, "docker: unknown command: docker compose")
		}, []model.Kind{model.KindComposePluginMissing}, 0, "unknown command"},
		{"malformed DOCKER_HOST", func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "tcp//nope", Source: model.SourceDockerHost, Fault: model.FaultOf(model.ErrInvalid, "docker host \"tcp//nope\" has no scheme")}
			s.Socket = model.SocketFacts{}
			s.Daemon = model.DaemonFacts{}
			s.Controller, s.API = model.ControllerFacts{}, model.APIFacts{}
		}, []model.Kind{model.KindEndpointInvalid}, 12, "no scheme"},
		{"socket missing", func(s *model.Snapshot) {
			s.Socket = model.SocketFacts{Attempted: true, Path: "/var/run/docker.sock", Fault: model.FaultOf(model.ErrNotExist, "no such file")}
			daemonFails(s, model.FaultOf(model.ErrNotExist, "dial unix /var/run/docker.sock: connect: no such file or directory"), false)
		}, []model.Kind{model.KindDaemonUnreachable}, 13, "does not exist"},
		{"stale socket refuses", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrRefused, "connect: connection refused"), false)
		}, []model.Kind{model.KindDaemonUnreachable}, 13, "stale socket"},
		{"hung daemon", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrTimeout, "context deadline exceeded"), true)
		}, []model.Kind{model.KindDaemonUnresponsive}, 14, "did not answer"},
		{"tcp dial timeout is unreachable, not unresponsive", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrTimeout, "dial tcp 10.0.0.1:2375: i/o timeout"), false)
		}, []model.Kind{model.KindDaemonUnreachable}, 13, "before the deadline"},
		{"not in the socket's group", func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			s.Identity.DBGroups = []model.Group{{ID: 1000, Name: "ada"}}
			daemonFails(s, perm, false)
		}, []model.Kind{model.KindSocketPermissionDenied}, 15, "not in group"},
		{"in the group but the session predates it", func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			daemonFails(s, perm, false)
		}, []model.Kind{model.KindGroupMembershipPending}, 16, "does not hold it"},
		{"mode 0600 blocks a group member", func(s *model.Snapshot) {
			s.Socket.Mode = 0o600
			daemonFails(s, perm, false)
		}, []model.Kind{model.KindSocketPermissionDenied}, 15, "mode blocks the group"},
		{"API too old", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrVersion, "API version 1.24 is not supported by this client"), true)
		}, []model.Kind{model.KindAPIVersionMismatch}, 17, "1.40 to 1.56"},
		{"TLS failure", func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "tcp://h:2376", Source: model.SourceDockerHost, Proto: "tcp", Address: "h:2376"}
			s.Socket = model.SocketFacts{}
			daemonFails(s, model.FaultOf(model.ErrTLS, "x509: certificate signed by unknown authority"), true)
		}, []model.Kind{model.KindTLSError}, 18, "x509"},
		{"daemon at a rootless socket", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrNotExist, "no such file"), false)
			s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock", OK: true}}
		}, []model.Kind{model.KindAlternateSocketAvailable}, 19, "rootless Docker daemon answers"},
		{"sudo works, direct does not", func(s *model.Snapshot) {
			s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
			s.Identity.DBGroups = s.Identity.Groups
			daemonFails(s, perm, false)
			s.Sudo = model.SudoFacts{Attempted: true, OK: true}
		}, []model.Kind{model.KindSocketPermissionDenied, model.KindSudoFallbackOnly}, 15, "not in group"},
		{"controller not created yet: a warning while docker-git can create it", func(s *model.Snapshot) {
			controllerGone(s)
			s.Port = model.PortFacts{Attempted: true, Host: "127.0.0.1", Port: 3334}
		}, []model.Kind{model.KindControllerNotCreated}, 0, "port 3334 on 127.0.0.1 is free"},
		{"controller missing and Compose v2 missing: both errors, the cause first", func(s *model.Snapshot) {
			controllerGone(s)
			s.CLI.ComposeFound = false
			s.CLI.ComposeFault = model.FaultOf(model.ErrOther, "docker: unknown command: docker compose")
		}, []model.Kind{model.KindComposePluginMissing, model.KindControllerMissing}, 11, "the controller is not running"},
		{"controller missing and docker CLI missing", func(s *model.Snapshot) {
			controllerGone(s)
			s.CLI = model.CLIFacts{Attempted: true, Fault: model.FaultOf(model.ErrNotExist, `"docker": executable file not found in $PATH`)}
		}, []model.Kind{model.KindDockerCLIMissing, model.KindControllerMissing}, 10, "not on PATH"},
		{"another process holds the API port", func(s *model.Snapshot) {
			controllerGone(s)
			s.Port = model.PortFacts{Attempted: true, Host: "127.0.0.1", Port: 3334,
				Listeners: []model.Listener{{Addr: "127.0.0.1:3334", UID: 1000, PID: 4242, Command: "python3 -m http.server 3334"}}}
		}, []model.Kind{model.KindControllerPortTaken, model.KindControllerMissing}, 29, "held by pid 4242: python3 -m http.server 3334"},
		{"a container holds the name without docker-git's labels", func(s *model.Snapshot) {
			controllerGone(s)
			s.Controller.Squatter = &model.ContainerRef{Name: "docker-git-api", Image: "nginx", State: "running"}
		}, []model.Kind{model.KindControllerNameTaken, model.KindControllerMissing}, 31, "is already in use"},
		{"controller found by its labels under another name", func(s *model.Snapshot) {
			s.Controller.Name, s.Controller.ByLabels = "docker-git-api-2", true
		}, []model.Kind{model.KindControllerNameMismatch}, 30, "docker-git-api-2 carries docker-git's labels"},
		{"remote DOCKER_HOST without DOCKER_GIT_API_URL", func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "tcp://127.0.0.1:2375", Source: model.SourceDockerHost, Proto: "tcp", Address: "127.0.0.1:2375"}
			s.Socket = model.SocketFacts{}
			s.DockerGit = model.DockerGitFacts{Attempted: true, CLIPath: "/usr/local/bin/docker-git", DockerHost: "tcp://127.0.0.1:2375"}
		}, []model.Kind{model.KindRemoteAPIURLRequired}, 32, "cannot auto-discover the controller"},
		{"tcp:// chosen by --host while DOCKER_HOST is unset: docker-git does not stop", func(s *model.Snapshot) {
			s.Endpoint = model.Endpoint{Host: "tcp://127.0.0.1:2375", Source: model.SourceHostFlag, Proto: "tcp", Address: "127.0.0.1:2375"}
			s.Socket = model.SocketFacts{}
			s.DockerGit = model.DockerGitFacts{Attempted: true, CLIPath: "/usr/local/bin/docker-git"}
		}, nil, 0, ""},
		{"DOCKER_HOST not tcp:// or ssh://: docker-git does not judge it remote", func(s *model.Snapshot) {
			s.DockerGit = model.DockerGitFacts{Attempted: true, CLIPath: "/usr/local/bin/docker-git", DockerHost: "http://127.0.0.1:2375"}
		}, nil, 0, ""},
		{"DOCKER_HOST tcp:// while --host picks the socket: docker-git reads DOCKER_HOST", func(s *model.Snapshot) {
			s.Endpoint.Source = model.SourceHostFlag
			s.DockerGit = model.DockerGitFacts{Attempted: true, CLIPath: "/usr/local/bin/docker-git", DockerHost: " tcp://10.0.0.9:2375"}
		}, []model.Kind{model.KindRemoteAPIURLRequired}, 32, "DOCKER_HOST is tcp://10.0.0.9:2375"},
		{"docker-git CLI not on PATH is a warning", func(s *model.Snapshot) {
			s.DockerGit = model.DockerGitFacts{Attempted: true, CLIFault: model.FaultOf(model.ErrNotExist, `"docker-git": executable file not found in $PATH`)}
		}, []model.Kind{model.KindDockerGitCLIMissing}, 0, "`docker-git` is not on PATH"},
		{"controller exited", func(s *model.Snapshot) {
			s.Controller.State, s.Controller.ExitCode, s.Controller.OOMKilled = "exited", 137, true
			s.API = model.APIFacts{}
		}, []model.Kind{model.KindControllerNotRunning}, 22, "exit code 137"},
		{"controller restarting", func(s *model.Snapshot) {
			s.Controller.State, s.Controller.RestartCount = "restarting", 7
			s.API = model.APIFacts{}
		}, []model.Kind{model.KindControllerRestarting}, 23, "restart count 7"},
		{"Docker's health status alone decides nothing: /health answers 200", func(s *model.Snapshot) {
			s.Controller.Health = "unhealthy"
		}, nil, 0, ""},
		{"/health 500 with Docker's health status as evidence", func(s *model.Snapshot) {
			s.Controller.Health = "unhealthy"
			s.API.Status = 500
		}, []model.Kind{model.KindControllerUnhealthy}, 24, "HEALTHCHECK status of docker-git-api: unhealthy"},
		{"health endpoint 500", func(s *model.Snapshot) {
			s.API.Status = 500
		}, []model.Kind{model.KindControllerUnhealthy}, 24, "HTTP 500"},
		{"health endpoint refuses", func(s *model.Snapshot) {
			s.API = model.APIFacts{Attempted: true, URL: "http://127.0.0.1:3334", Fault: model.FaultOf(model.ErrRefused, "connection refused")}
		}, []model.Kind{model.KindControllerAPIUnreachable}, 25, "publishes 127.0.0.1:3334->3334/tcp"},
		{"revision mismatch", func(s *model.Snapshot) {
			s.ExpectedRevision = "def456"
		}, []model.Kind{model.KindControllerRevisionMismatch}, 26, `expected "def456"`},
		{"socket not mounted", func(s *model.Snapshot) {
			s.Controller.MountsSocket, s.Controller.Mounts = false, nil
		}, []model.Kind{model.KindControllerSocketNotMounted}, 27, "does not bind-mount"},
		{"garbage on the socket", func(s *model.Snapshot) {
			daemonFails(s, model.FaultOf(model.ErrProtocol, "malformed HTTP response"), true)
		}, []model.Kind{model.KindUnknown}, 28, "did not answer as a Docker daemon"},
		{"ssh host key unknown", func(s *model.Snapshot) {
			*s = sshSnapshot(255, "Host key verification failed.")
		}, []model.Kind{model.KindSSHHostKeyUnknown}, 38, "host key unknown"},
		{"ssh login refused", func(s *model.Snapshot) {
			*s = sshSnapshot(255, "ada@build.example: Permission denied (publickey).")
		}, []model.Kind{model.KindSSHAuthFailed}, 37, "Permission denied (publickey)"},
		{"ssh host unreachable", func(s *model.Snapshot) {
			*s = sshSnapshot(255, "ssh: connect to host build.example port 2222: Connection refused")
		}, []model.Kind{model.KindSSHUnreachable}, 36, "Connection refused"},
		{"remote docker missing", func(s *model.Snapshot) {
			*s = sshSnapshot(127, "sh: 1: docker: not found")
		}, []model.Kind{model.KindRemoteDockerMissing}, 39, "docker: not found"},
		{"TLS key readable by others", func(s *model.Snapshot) {
			s.TLS = model.TLSFacts{Enabled: true, Verify: true, KeyFile: "/home/ada/.docker/key.pem", KeyMode: 0o644}
		}, []model.Kind{model.KindTLSKeyReadable}, 0, "rw-r--r--"},
	}
	seen := map[model.Kind]bool{}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy()
			tc.mutate(&s)
			r := model.Classify(s, cat)
			if got := kindsOf(r); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("kinds = %v, want %v", got, tc.want)
			}
			if got := r.ExitCode(); got != tc.exit {
				t.Errorf("exit code = %d, want %d", got, tc.exit)
			}
			if r.OK != (tc.exit == 0) {
				t.Errorf("OK = %v with exit %d", r.OK, tc.exit)
			}
			if tc.evidence != "" {
				all := strings.Join(r.Findings[0].Evidence, "\n")
				if !strings.Contains(all, tc.evidence) {
					t.Errorf("evidence of %s lacks %q:\n%s", r.Findings[0].Kind, tc.evidence, all)
				}
			}
			// Every sentence must follow from the snapshot (truth_test.go).
			checkReport(t, tc.name, s, r)
			for _, f := range r.Findings {
				if f.Title == "" || f.Explanation == "" || len(f.Checklist) == 0 {
					t.Errorf("%s has no remediation content", f.Kind)
				}
				if strings.Contains(f.Title+f.Explanation, "{{") {
					t.Errorf("%s has an unfilled template: %s / %s", f.Kind, f.Title, f.Explanation)
				}
				for _, st := range f.Checklist {
					// docker's own --format templates may remain; ours ({{.X}}, {{q .X}}) may not.
					if strings.Contains(st.Step+st.Command, "{{.") || strings.Contains(st.Step+st.Command, "{{q ") {
						t.Errorf("%s step has an unfilled template: %+v", f.Kind, st)
					}
				}
				seen[f.Kind] = true
			}
		})
	}
	for _, k := range model.AllKinds() {
		if !seen[k] {
			t.Errorf("no case produces kind %s", k)
		}
	}
}

// controllerGone makes the snapshot one where no controller exists, under
// its name or its labels.
func controllerGone(s *model.Snapshot) {
	s.Controller = model.ControllerFacts{Attempted: true, Wanted: "docker-git-api", Name: "docker-git-api",
		Fault: model.FaultOf(model.ErrNotExist, "no container named docker-git-api")}
	s.API = model.APIFacts{}
}

func TestDaemonDownSkipsControllerChecks(t *testing.T) {
	s := healthy()
	daemonFails(&s, model.FaultOf(model.ErrRefused, "connection refused"), false)
	r := model.Classify(s, catalog(t))
	for _, id := range []model.CheckID{model.CheckController, model.CheckControllerAPI} {
		c, _ := r.Check(id)
		if c.Status != model.StatusSkipped {
			t.Errorf("%s status = %s, want skipped", id, c.Status)
		}
	}
	for _, f := range r.Findings {
		if strings.HasPrefix(string(f.Kind), "controller-") {
			t.Errorf("controller finding %s reported while the daemon is down", f.Kind)
		}
	}
}

func TestChecklistTicksFromFacts(t *testing.T) {
	cat := catalog(t)
	s := healthy()
	s.Identity.Groups = []model.Group{{ID: 1000, Name: "ada"}}
	daemonFails(&s, model.FaultOf(model.ErrPermission, "permission denied"), false)
	f := finding(t, model.Classify(s, cat), model.KindGroupMembershipPending)
	if d := stepDone(t, f, model.FactUserInSocketGroup); d == nil || !*d {
		t.Errorf("user-in-socket-group step = %v, want done", d)
	}
	if d := stepDone(t, f, model.FactSessionHasGroup); d == nil || *d {
		t.Errorf("session-has-socket-group step = %v, want not done", d)
	}
	for _, st := range f.Checklist {
		if st.Verify == "" && st.Done != nil {
			t.Errorf("manual step %q has Done set", st.Step)
		}
		if strings.Contains(st.Command, "newgrp") && !strings.Contains(st.Command, "newgrp docker") {
			t.Errorf("newgrp command not filled with the socket's group: %q", st.Command)
		}
	}
}

func TestPermissionCommandsUseRealValues(t *testing.T) {
	s := healthy()
	s.Identity = model.Identity{UID: 1001, User: "bob smith", GID: 1001}
	s.Socket.Group, s.Socket.GID = "dockerusers", 4242
	daemonFails(&s, model.FaultOf(model.ErrPermission, "permission denied"), false)
	f := finding(t, model.Classify(s, catalog(t)), model.KindSocketPermissionDenied)
	want := "sudo usermod -aG dockerusers 'bob smith'"
	for _, st := range f.Checklist {
		if st.Command == want {
			return
		}
	}
	t.Fatalf("no step runs %q: %+v", want, f.Checklist)
}

func TestFindingsAreRedacted(t *testing.T) {
	s := healthy()
	s.Endpoint = model.Endpoint{Host: "tcp://admin:hunter2@example.invalid:2376", Source: model.SourceDockerHost, Proto: "tcp", Address: "example.invalid:2376"}
	s.Socket = model.SocketFacts{}
	daemonFails(&s, model.FaultOf(model.ErrOther, "GITHUB_TOKEN=ghp_abcdefgh12345678 failed for tcp://admin:hunter2@example.invalid:2376"), true)
	r := model.Classify(s, catalog(t))
	all := r.Endpoint.Host
	for _, f := range r.Findings {
		all += strings.Join(f.Evidence, "\n")
	}
	for _, c := range r.Checks {
		all += c.Detail
	}
	for _, secret := range []string{"hunter2", "ghp_abcdefgh12345678"} {
		if strings.Contains(all, secret) {
			t.Errorf("secret %q leaked into the report", secret)
		}
	}
}

// TestEndpointInvalidNamesItsSetting: the finding speaks of the setting
// that chose the endpoint: the config.json in use (DOCKER_CONFIG's), an
// unset of only the variable that is set, no `docker context use default`
// when an environment variable overrides the current context, and no shell
// state for this tool's own --host/--context.
func TestEndpointInvalidNamesItsSetting(t *testing.T) {
	cat := catalog(t)
	const cfgFile = "/tmp/cfgmiss/config.json"
	missing := func(name string) *model.Fault {
		return model.FaultOf(model.ErrInvalid, `context "`+name+`" does not exist`)
	}
	cases := []struct {
		name     string
		endpoint model.Endpoint
		want     []string
		wantNot  []string
	}{
		{"currentContext in DOCKER_CONFIG's config.json",
			model.Endpoint{Source: model.SourceConfigFile, Context: "ghost", Fault: missing("ghost"), ConfigFile: cfgFile},
			[]string{cfgFile, "docker context use default"}, []string{"~/.docker/config.json", "unset "}},
		{"DOCKER_CONTEXT overrides the current context",
			model.Endpoint{Source: model.SourceDockerContext, Context: "nonexistent", Fault: missing("nonexistent"), ConfigFile: cfgFile},
			[]string{"unset DOCKER_CONTEXT", "on this shell"}, []string{"docker context use default", "DOCKER_HOST DOCKER_CONTEXT"}},
		{"DOCKER_HOST overrides the current context",
			model.Endpoint{Host: "http://127.0.0.1:2375", Source: model.SourceDockerHost, Fault: model.FaultOf(model.ErrInvalid, "invalid bind address format: http://127.0.0.1:2375"), ConfigFile: cfgFile},
			[]string{"unset DOCKER_HOST", "not `http://`"}, []string{"docker context use default", "DOCKER_HOST DOCKER_CONTEXT"}},
		{"TLS on without ca.pem, a unix endpoint",
			model.Endpoint{Host: "unix:///run/d.sock", Source: model.SourceDockerHost, Proto: "unix", Address: "/run/d.sock", ConfigFile: cfgFile,
				TLSFile: "/certs/ca.pem", Fault: model.FaultOf(model.ErrInvalid, "/certs/ca.pem does not exist")},
			[]string{"/certs/ca.pem does not exist", "unset DOCKER_TLS_VERIFY DOCKER_TLS", "CERT_PATH"}, []string{"unset DOCKER_HOST", "docker context use default", "malformed"}},
		{"this tool's --context",
			model.Endpoint{Source: model.SourceContextFlag, Context: "nonexistent", Fault: missing("nonexistent"), ConfigFile: cfgFile},
			[]string{"its own --context option"}, []string{"unset ", "on this shell", "docker context use default"}},
		{"this tool's --host",
			model.Endpoint{Host: "https://h:2376", Source: model.SourceHostFlag, Fault: model.FaultOf(model.ErrInvalid, "invalid bind address format: https://h:2376"), ConfigFile: cfgFile},
			[]string{"its own --host option"}, []string{"unset ", "on this shell", "docker context use default"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy()
			s.Endpoint = tc.endpoint
			s.Socket, s.Daemon = model.SocketFacts{}, model.DaemonFacts{}
			f := finding(t, model.Classify(s, cat), model.KindEndpointInvalid)
			text := f.Title + "\n" + f.Explanation
			for _, st := range f.Checklist {
				text += "\n" + st.Step + "\n" + st.Command
			}
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(text, w) {
					t.Errorf("holds %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestEndpointDetailShowsTheValueAsSet: when the docker CLI's defaults
// filled in DOCKER_HOST, the endpoint row shows the value as set beside the
// endpoint dialled.
func TestEndpointDetailShowsTheValueAsSet(t *testing.T) {
	s := healthy()
	s.Endpoint.Source, s.Endpoint.Given = model.SourceDockerHost, "unix://"
	r := model.Classify(s, catalog(t))
	for _, ch := range r.Checks {
		if ch.ID == model.CheckEndpoint && !strings.Contains(ch.Detail, `from DOCKER_HOST "unix://"`) {
			t.Errorf("endpoint detail = %q", ch.Detail)
		}
	}
}
