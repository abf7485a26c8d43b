package tui

import (
	"sync"
	"time"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// The reports of the tests and golden frames are built the way the product
// builds them: snapshots (what a probe cycle measures) classified by
// model.Classify with the real catalog from assets/remediation. A change to
// a remediation file or to the classifier changes the golden frames.
//
// The machine: user alice (uid 1000, groups alice and sudo) on the default
// unix socket /var/run/docker.sock, owned by root:docker (gid 998), mode
// 0660; docker 27.3.1 with compose v2.29.7; controller docker-git-api.

var (
	catalogOnce sync.Once
	fixtureCat  model.Catalog
)

// catalog is the embedded remediation catalog; a broken catalog panics,
// which fails every test that needs it.
func catalog() model.Catalog {
	catalogOnce.Do(func() {
		c, err := model.LoadCatalog(assets.Remediation())
		if err != nil {
			panic("tui fixtures: " + err.Error())
		}
		fixtureCat = c
	})
	return fixtureCat
}

var (
	groupAlice  = model.Group{ID: 1000, Name: "alice"}
	groupSudo   = model.Group{ID: 27, Name: "sudo"}
	groupDocker = model.Group{ID: 998, Name: "docker"}
)

const (
	permissionText = `permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/_ping": dial unix /var/run/docker.sock: connect: permission denied`
	cannotConnect  = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
)

// healthySnapshot is a working machine: alice is in docker in the user
// database and in this session, daemon and controller answer.
func healthySnapshot() model.Snapshot {
	return model.Snapshot{
		Endpoint: model.Endpoint{Host: model.DefaultHost, Source: model.SourceDefault, Proto: "unix", Address: model.DefaultSocketPath},
		Identity: model.Identity{UID: 1000, User: "alice", GID: 1000,
			Groups:   []model.Group{groupAlice, groupSudo, groupDocker},
			DBGroups: []model.Group{groupAlice, groupSudo, groupDocker}},
		Socket: model.SocketFacts{Attempted: true, Path: model.DefaultSocketPath, Exists: true, FileType: "socket",
			UID: 0, Owner: "root", GID: 998, Group: "docker", Mode: 0o660},
		CLI: model.CLIFacts{Attempted: true, Found: true, Path: "/usr/bin/docker", Version: "27.3.1",
			ComposeFound: true, ComposeVersion: "v2.29.7"},
		Daemon: model.DaemonFacts{Attempted: true, OK: true, Connected: true, APIVersion: "1.47",
			ServerVersion: "27.3.1", ClientMinAPI: "1.40", ClientMaxAPI: "1.51"},
		Sudo: model.SudoFacts{SkipReason: "direct access works"},
		Controller: model.ControllerFacts{Attempted: true, Name: model.DefaultContainer, Exists: true, State: model.ContainerRunning,
			MountsSocket: true, Mounts: []string{"/var/run/docker.sock:/var/run/docker.sock (bind)"},
			Ports: []model.PortBinding{{ContainerPort: "3334/tcp", HostIP: "127.0.0.1", HostPort: "3334"}}},
		API: model.APIFacts{Attempted: true, URL: "http://127.0.0.1:3334/health", Status: 200, Latency: 4 * time.Millisecond, Revision: "9f2c1e7"},
		Durations: map[model.CheckID]time.Duration{
			model.CheckCLI:    31 * time.Millisecond,
			model.CheckDaemon: 12 * time.Millisecond,
		},
	}
}

// daemonRefuses turns s into a cycle whose ping failed with f: the
// controller checks are not run, and sudo -n docker info failed too.
func daemonRefuses(s *model.Snapshot, f *model.Fault, connected bool, sudoFault *model.Fault) {
	s.Daemon = model.DaemonFacts{Attempted: true, Connected: connected, Fault: f, ClientMinAPI: "1.40", ClientMaxAPI: "1.51"}
	s.Controller, s.API = model.ControllerFacts{}, model.APIFacts{}
	s.Sudo = model.SudoFacts{Attempted: true, Fault: sudoFault}
}

func classified(s model.Snapshot) model.Report { return model.Classify(s, catalog()) }

func healthyReport() model.Report { return classified(healthySnapshot()) }

// permissionDeniedReport: alice is not in docker at all; sudo would ask
// for a password; one other known socket exists and does not answer.
func permissionDeniedReport() model.Report {
	s := healthySnapshot()
	s.Identity.Groups = []model.Group{groupAlice, groupSudo}
	s.Identity.DBGroups = []model.Group{groupAlice, groupSudo}
	daemonRefuses(&s, model.FaultOf(model.ErrPermission, permissionText), false,
		model.FaultOf(model.ErrOther, "sudo: a password is required"))
	s.Alternates = []model.AlternateFacts{{Product: "rootless Docker", Host: "unix:///run/user/1000/docker.sock",
		Fault: model.FaultOf(model.ErrNotExist, "dial unix /run/user/1000/docker.sock: connect: no such file or directory")}}
	return classified(s)
}

// groupPendingReport: alice was added to docker after this session
// started; --no-sudo.
func groupPendingReport() model.Report {
	s := healthySnapshot()
	s.Identity.Groups = []model.Group{groupAlice, groupSudo}
	daemonRefuses(&s, model.FaultOf(model.ErrPermission, permissionText), false, nil)
	s.Sudo = model.SudoFacts{SkipReason: "--no-sudo"}
	return classified(s)
}

// daemonDownReport: no socket at all; sudo fails the same way.
func daemonDownReport() model.Report {
	s := healthySnapshot()
	s.Socket = model.SocketFacts{Attempted: true, Path: model.DefaultSocketPath,
		Fault: model.FaultOf(model.ErrNotExist, "stat /var/run/docker.sock: no such file or directory")}
	daemonRefuses(&s, model.FaultOf(model.ErrNotExist, cannotConnect), false, model.FaultOf(model.ErrOther, cannotConnect))
	return classified(s)
}

// controllerStoppedReport: the controller was OOM-killed (exit 137).
func controllerStoppedReport() model.Report {
	s := healthySnapshot()
	s.Controller.State = "exited"
	s.Controller.ExitCode = 137
	s.Controller.OOMKilled = true
	s.API = model.APIFacts{}
	return classified(s)
}

func boolp(b bool) *bool { return &b }
