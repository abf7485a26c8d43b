package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// hostController is the healthy fixture made explicit about docker-git's
// contract: compose labels, host runtime, revisions and the socket mount
// seen on this host.
func hostController(s *model.Snapshot) {
	c := &s.Controller
	c.Wanted, c.Project, c.Service = "docker-git-api", "docker-git", "api"
	c.Runtime, c.EnvRevision, c.ImageRevision, c.ImageRead = "host", "abc123", "abc123", true
	c.SocketSource, c.SourceType, c.SourceIsDaemon = "/var/run/docker.sock", "socket", true
}

func isolated(s *model.Snapshot) {
	hostController(s)
	s.Controller.Runtime = "isolated"
	s.Controller.MountsSocket, s.Controller.SocketSource, s.Controller.SourceType, s.Controller.SourceIsDaemon = false, "", "", false
	s.Controller.Mounts = []string{"docker-git-docker-data:/var/lib/docker (volume)"}
}

func TestControllerRuntimeAndMount(t *testing.T) {
	cat := catalog(t)
	cases := []struct {
		name     string
		mutate   func(s *model.Snapshot)
		want     []model.Kind
		evidence string
		detail   string // a substring of the controller check's detail
	}{
		{"host runtime with this daemon's socket", hostController, nil, "", "runtime host, ports 127.0.0.1:3334->3334/tcp, socket from /var/run/docker.sock (this daemon's)"},
		{"isolated runtime needs no socket mount", isolated, nil, "", "runtime isolated"},
		{"isolated runtime read from the revision when the env lacks it", func(s *model.Snapshot) {
			isolated(s)
			s.Controller.Runtime, s.Controller.EnvRevision = "", "0123456789abcdef-isolated-none-skiller0"
			s.API.Revision, s.Controller.ImageRevision = s.Controller.EnvRevision, s.Controller.EnvRevision
		}, nil, "", "runtime isolated"},
		{"host runtime without the mount", func(s *model.Snapshot) {
			isolated(s)
			s.Controller.Runtime = "host"
		}, []model.Kind{model.KindControllerSocketNotMounted}, "its runtime is host (DOCKER_GIT_DOCKER_RUNTIME=host)", ""},
		{"an unset runtime is host, as docker-git reads it", func(s *model.Snapshot) {
			isolated(s)
			s.Controller.Runtime = ""
		}, []model.Kind{model.KindControllerSocketNotMounted}, "its runtime is host (DOCKER_GIT_DOCKER_RUNTIME unset, which docker-git reads as host)", "runtime host (unset)"},
		{"an invalid runtime", func(s *model.Snapshot) {
			isolated(s)
			s.Controller.Runtime = "vm"
		}, []model.Kind{model.KindControllerSocketNotMounted}, "DOCKER_GIT_DOCKER_RUNTIME=vm, which docker-git rejects", "runtime invalid (DOCKER_GIT_DOCKER_RUNTIME=vm)"},
		{"mount source is an empty directory docker created", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.SourceType, s.Controller.SourceIsDaemon = "empty directory", false
		}, []model.Kind{model.KindControllerSocketNotMounted}, "which on this host is an empty directory, not a socket", ""},
		{"mount source is another daemon's socket", func(s *model.Snapshot) {
			hostController(s)
			s.Endpoint = model.Endpoint{Host: "unix:///run/user/1000/docker.sock", Source: model.SourceDockerHost, Proto: "unix", Address: "/run/user/1000/docker.sock"}
			s.Socket.Path = "/run/user/1000/docker.sock"
			s.Controller.SourceIsDaemon = false
		}, []model.Kind{model.KindControllerSocketNotMounted}, "but this daemon listens on /run/user/1000/docker.sock", ""},
		{"mount source missing on this host", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.SourceType, s.Controller.SourceIsDaemon = "missing", false
		}, []model.Kind{model.KindControllerSocketNotMounted}, "which does not exist on this host", ""},
		{"remote daemon: the mount source is not judged here", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.SourceType, s.Controller.SourceIsDaemon = "", false
		}, nil, "", "socket from /var/run/docker.sock"},
		{"compose missing while the controller runs stays a warning", func(s *model.Snapshot) {
			hostController(s)
			s.CLI.ComposeFound = false
		}, []model.Kind{model.KindComposePluginMissing}, "", ""},
		{"compose missing while the controller exited is an error", func(s *model.Snapshot) {
			hostController(s)
			s.CLI.ComposeFound = false
			s.Controller.State, s.Controller.ExitCode = "exited", 1
			s.API = model.APIFacts{}
		}, []model.Kind{model.KindComposePluginMissing, model.KindControllerNotRunning}, "docker-git starts it with `docker compose`", ""},
		{"the controller's own port proxy is not a thief", func(s *model.Snapshot) {
			hostController(s)
			s.Port = model.PortFacts{Attempted: true, Host: "127.0.0.1", Port: 3334,
				Listeners: []model.Listener{{Addr: "127.0.0.1:3334", PID: 77, Command: "/usr/bin/docker-proxy -proto tcp -host-ip 127.0.0.1 -host-port 3334"}}}
		}, nil, "", ""},
		{"a stopped controller whose port another container's proxy holds", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.State = "exited"
			s.API = model.APIFacts{}
			s.Port = model.PortFacts{Attempted: true, Host: "127.0.0.1", Port: 3334,
				Listeners: []model.Listener{{Addr: "0.0.0.0:3334", PID: 77, Command: "/usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 3334"}}}
		}, []model.Kind{model.KindControllerPortTaken, model.KindControllerNotRunning}, "another container publishes this port", ""},
		{"a listener this user cannot see", func(s *model.Snapshot) {
			controllerGone(s)
			s.Port = model.PortFacts{Attempted: true, Host: "127.0.0.1", Port: 3334, Listeners: []model.Listener{{Addr: "127.0.0.1:3334"}}}
		}, []model.Kind{model.KindControllerPortTaken, model.KindControllerMissing}, "sudo ss -ltnp 'sport eq 3334'", ""},
		{"./ctl's controller from a checkout named otherwise holds the name", func(s *model.Snapshot) {
			controllerGone(s)
			s.CLI.ComposeFound = true
			s.Controller.Squatter = &model.ContainerRef{Name: "docker-git-api", Image: "dg-api", State: "running", Project: "dg", Service: "api"}
		}, []model.Kind{model.KindControllerNameTaken, model.KindControllerMissing}, `it is service api of compose project "dg", not "docker-git" (./ctl creates that from a checkout directory named dg)`, ""},
		{"a squatter and the real controller under another name", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.Name, s.Controller.ByLabels = "docker-git-api-1", true
			s.Controller.Squatter = &model.ContainerRef{Name: "docker-git-api", Image: "busybox", State: "exited"}
		}, []model.Kind{model.KindControllerNameTaken, model.KindControllerNameMismatch}, "holds the name but is not docker-git's", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy()
			tc.mutate(&s)
			r := model.Classify(s, cat)
			if got := kindsOf(r); strings.Join(kindStrings(got), ",") != strings.Join(kindStrings(tc.want), ",") {
				t.Fatalf("kinds = %v, want %v", got, tc.want)
			}
			if tc.evidence != "" {
				all := ""
				for _, f := range r.Findings {
					all += strings.Join(f.Evidence, "\n") + "\n"
				}
				if !strings.Contains(all, tc.evidence) {
					t.Errorf("evidence lacks %q:\n%s", tc.evidence, all)
				}
			}
			if tc.detail != "" {
				if c, _ := r.Check(model.CheckController); !strings.Contains(c.Detail, tc.detail) {
					t.Errorf("controller detail %q lacks %q", c.Detail, tc.detail)
				}
			}
			checkReport(t, tc.name, s, r) // every sentence follows from the snapshot (truth_test.go)
		})
	}
}

func kindStrings(ks []model.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

func TestHealthAsDockerGitReadsIt(t *testing.T) {
	cat := catalog(t)
	cases := []struct {
		name     string
		mutate   func(s *model.Snapshot)
		want     []model.Kind
		detail   string // a substring of the API check's detail
		evidence string
	}{
		{"docker-git's full answer", func(s *model.Snapshot) {
			hostController(s)
			s.API.OK, s.API.Cwd, s.API.ProjectsRoot = "true", "/workspace", "/home/dev/.docker-git"
		}, nil, `revision "abc123", ok true, cwd /workspace, projectsRoot /home/dev/.docker-git; env DOCKER_GIT_CONTROLLER_REV "abc123", image label "abc123"`, ""},
		{"a null revision is healthy", func(s *model.Snapshot) {
			s.API.Revision, s.API.RevisionNull = "", true
		}, nil, "revision null", ""},
		{"an unknown revision is healthy", func(s *model.Snapshot) { s.API.Revision = "unknown" }, nil, `revision "unknown"`, ""},
		{"no revision at all is healthy", func(s *model.Snapshot) { s.API.Revision = "" }, nil, "revision (none)", ""},
		{"a null revision fails --expected-revision", func(s *model.Snapshot) {
			s.API.Revision, s.API.RevisionNull = "", true
			s.ExpectedRevision = "abc123"
		}, []model.Kind{model.KindControllerRevisionMismatch}, "", `controller runs revision null, expected "abc123"`},
		{"any 2xx is healthy, whatever the body", func(s *model.Snapshot) {
			s.API.Status, s.API.Revision = 204, ""
			s.API.BodyFault = model.FaultOf(model.ErrProtocol, "body is not JSON: unexpected end of JSON input")
		}, nil, "docker-git counts any 2xx", ""},
		{"image built for another revision than the container", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.ImageRevision = "def456"
		}, nil, `compose reused an image without rebuilding it`, ""},
		{"/health answered by another build", func(s *model.Snapshot) {
			hostController(s)
			s.API.Revision = "fff000"
		}, nil, "the process answering /health reports neither the container's nor its image's revision", ""},
		{"disagreeing revisions are evidence of a stale controller", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.ImageRevision = "def456"
			s.ExpectedRevision = "def456"
		}, []model.Kind{model.KindControllerRevisionMismatch}, "", `image label io.prover-coder-ai.docker-git.controller-rev "def456"`},
		{"unknown revisions do not disagree", func(s *model.Snapshot) {
			hostController(s)
			s.Controller.EnvRevision, s.Controller.ImageRevision = "unknown", "unknown"
		}, nil, `revision "abc123"`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy()
			tc.mutate(&s)
			r := model.Classify(s, cat)
			if got := kindsOf(r); strings.Join(kindStrings(got), ",") != strings.Join(kindStrings(tc.want), ",") {
				t.Fatalf("kinds = %v, want %v", got, tc.want)
			}
			c, _ := r.Check(model.CheckControllerAPI)
			if tc.detail != "" && !strings.Contains(c.Detail, tc.detail) {
				t.Errorf("API detail %q lacks %q", c.Detail, tc.detail)
			}
			if agree := !strings.Contains(tc.name, "another") && !strings.Contains(tc.name, "disagree"); agree && strings.Contains(c.Detail, "revisions disagree") {
				t.Errorf("API detail %q: revisions that agree reported as disagreeing", c.Detail)
			}
			if tc.evidence != "" && !strings.Contains(strings.Join(r.Findings[0].Evidence, "\n"), tc.evidence) {
				t.Errorf("evidence %q lacks %q", r.Findings[0].Evidence, tc.evidence)
			}
			checkReport(t, tc.name, s, r)
		})
	}
}

// commandsOf renders the checklist commands of kind k for snapshot s.
func commandsOf(t *testing.T, s model.Snapshot, k model.Kind) []string {
	t.Helper()
	var out []string
	for _, st := range finding(t, model.Classify(s, catalog(t)), k).Checklist {
		if st.Command != "" {
			out = append(out, st.Command)
		}
	}
	return out
}

func TestChecklistsFollowTheCheckout(t *testing.T) {
	gone := func(d model.DockerGitFacts) model.Snapshot {
		s := healthy()
		controllerGone(&s)
		s.DockerGit = d
		s.DockerGit.Attempted, s.DockerGit.CLIPath = true, "/home/ada/.bun/bin/docker-git"
		return s
	}
	cases := []struct {
		name      string
		s         model.Snapshot
		k         model.Kind
		want, not []string
	}{
		{"outside a checkout: docker-git ps only", gone(model.DockerGitFacts{Cwd: "/home/ada"}),
			model.KindControllerNotCreated, []string{"docker-git ps"}, []string{"./ctl"}},
		{"in the checkout", gone(model.DockerGitFacts{Cwd: "/home/ada/docker-git", Checkout: "/home/ada/docker-git", HasCtl: true, CtlProject: "docker-git"}),
			model.KindControllerNotCreated, []string{"docker-git ps", "./ctl up"}, []string{"cd "}},
		{"below the checkout", gone(model.DockerGitFacts{Cwd: "/home/ada/my dg/packages", Checkout: "/home/ada/my dg", HasCtl: true, CtlProject: "docker-git"}),
			model.KindControllerNotCreated, []string{"cd '/home/ada/my dg' && ./ctl up"}, nil},
		{"a checkout without ./ctl offers no ./ctl", gone(model.DockerGitFacts{Cwd: "/home/ada/dg", Checkout: "/home/ada/dg"}),
			model.KindControllerNotCreated, []string{"docker-git ps"}, []string{"./ctl"}},
		{"a checkout whose ./ctl runs another compose project offers no ./ctl", gone(model.DockerGitFacts{Cwd: "/home/ada/dg", Checkout: "/home/ada/dg", HasCtl: true, CtlProject: "dg"}),
			model.KindControllerNotCreated, []string{"docker-git ps"}, []string{"./ctl"}},
	}
	restarting := healthy()
	restarting.Controller.State, restarting.API = "restarting", model.APIFacts{}
	cases = append(cases, struct {
		name      string
		s         model.Snapshot
		k         model.Kind
		want, not []string
	}{"a restarting controller's log", restarting, model.KindControllerRestarting, []string{"docker logs --tail 50 docker-git-api"}, []string{"./ctl"}})
	exited := healthy()
	exited.Controller.State, exited.API = "exited", model.APIFacts{}
	exited.DockerGit = model.DockerGitFacts{Attempted: true, CLIPath: "/usr/bin/docker-git", Cwd: "/src/docker-git", Checkout: "/src/docker-git", HasCtl: true, CtlProject: "docker-git"}
	cases = append(cases, struct {
		name      string
		s         model.Snapshot
		k         model.Kind
		want, not []string
	}{"an exited controller in a checkout", exited, model.KindControllerNotRunning, []string{"docker logs --tail 50 docker-git-api", "./ctl up"}, nil})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmds := strings.Join(commandsOf(t, tc.s, tc.k), "\n")
			for _, w := range tc.want {
				if !strings.Contains(cmds, w) {
					t.Errorf("commands lack %q:\n%s", w, cmds)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(cmds, n) {
					t.Errorf("commands hold %q:\n%s", n, cmds)
				}
			}
		})
	}
	s := gone(model.DockerGitFacts{Cwd: "/src/dg", Checkout: "/src/dg", HasCtl: true, CtlProject: "docker-git"})
	if c, _ := model.Classify(s, catalog(t)).Check(model.CheckController); !strings.Contains(c.Detail, "checkout /src/dg") {
		t.Errorf("controller detail %q does not name the checkout", c.Detail)
	}
	s = gone(model.DockerGitFacts{Cwd: "/src/dg", Checkout: "/src/dg", HasCtl: true, CtlProject: "dg"})
	if c, _ := model.Classify(s, catalog(t)).Check(model.CheckController); !strings.Contains(c.Detail, `checkout /src/dg (its ./ctl runs compose project "dg", not docker-git)`) {
		t.Errorf("controller detail %q does not say ./ctl runs another project", c.Detail)
	}
}
