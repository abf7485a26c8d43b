package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

func catalog(t testing.TB) model.Catalog {
	t.Helper()
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		t.Fatalf("LoadCatalog: %v", err)
	}
	return cat
}

// healthy is a snapshot of a working setup: user ada in group docker, socket
// root:docker 0660, daemon and controller fine.
func healthy() model.Snapshot {
	docker := model.Group{ID: 998, Name: "docker"}
	ada := model.Group{ID: 1000, Name: "ada"}
	return model.Snapshot{
		Endpoint: model.Endpoint{Host: model.DefaultHost, Source: model.SourceDefault, Proto: "unix", Address: "/var/run/docker.sock"},
		Identity: model.Identity{UID: 1000, User: "ada", GID: 1000,
			Groups: []model.Group{ada, docker}, DBGroups: []model.Group{ada, docker}},
		Socket: model.SocketFacts{Attempted: true, Path: "/var/run/docker.sock", Exists: true, FileType: "socket",
			UID: 0, Owner: "root", GID: 998, Group: "docker", Mode: 0o660},
		CLI: model.CLIFacts{Attempted: true, Found: true, Path: "/usr/bin/docker", Version: "28.2.2",
			ComposeFound: true, ComposeVersion: "v2.29.7"},
		Daemon: model.DaemonFacts{Attempted: true, OK: true, Connected: true, APIVersion: "1.47",
			ServerVersion: "27.3.1", ClientMinAPI: "1.40", ClientMaxAPI: "1.56"},
		Sudo: model.SudoFacts{SkipReason: "direct access works"},
		Controller: model.ControllerFacts{Attempted: true, Name: "docker-git-api", Exists: true, State: "running",
			MountsSocket: true, Mounts: []string{"/var/run/docker.sock:/var/run/docker.sock (bind)"},
			Ports: []model.PortBinding{{ContainerPort: "3334/tcp", HostIP: "127.0.0.1", HostPort: "3334"}}},
		API: model.APIFacts{Attempted: true, URL: "http://127.0.0.1:3334", Status: 200, Revision: "abc123"},
	}
}

// daemonFails turns the snapshot into one whose daemon ping failed.
func daemonFails(s *model.Snapshot, f *model.Fault, connected bool) {
	s.Daemon = model.DaemonFacts{Attempted: true, Fault: f, Connected: connected, ClientMinAPI: "1.40", ClientMaxAPI: "1.56"}
	s.Controller = model.ControllerFacts{}
	s.API = model.APIFacts{}
	s.Sudo = model.SudoFacts{SkipReason: "--no-sudo"}
}

func kindsOf(r model.Report) []model.Kind {
	var ks []model.Kind
	for _, f := range r.Findings {
		ks = append(ks, f.Kind)
	}
	return ks
}

func finding(t *testing.T, r model.Report, k model.Kind) model.Finding {
	t.Helper()
	for _, f := range r.Findings {
		if f.Kind == k {
			return f
		}
	}
	t.Fatalf("no %s finding in %v", k, kindsOf(r))
	return model.Finding{}
}

// stepDone returns the Done value of the step verified by fact.
func stepDone(t *testing.T, f model.Finding, fact string) *bool {
	t.Helper()
	for _, s := range f.Checklist {
		if s.Verify == fact {
			return s.Done
		}
	}
	t.Fatalf("finding %s has no step verified by %s", f.Kind, fact)
	return nil
}
