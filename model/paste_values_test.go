package model_test

import (
	"sync"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// corpusTexts are the corpus's pastes by id, read once.
var (
	corpusTextsOnce sync.Once
	corpusTexts     map[string]string
)

// corpusPaste is the text of the case id in testdata/explain, or in its
// pending collections.
func corpusPaste(t *testing.T, id string) string {
	t.Helper()
	corpusTextsOnce.Do(func() {
		corpusTexts = map[string]string{}
		for _, c := range append(loadCorpus(t), loadCases(t, "../testdata/explain/pending/*.txt")...) {
			corpusTexts[c.id] = c.text
		}
	})
	text, ok := corpusTexts[id]
	if !ok {
		t.Fatalf("no corpus case %s", id)
	}
	return text
}

// pastedFinding is the finding of kind k that explain gives for the corpus
// case id, with its text and its commands.
func pastedFinding(t *testing.T, id string, k model.Kind) (text string, cmds []string) {
	t.Helper()
	for _, f := range model.Explain(corpusPaste(t, id), catalog(t)) {
		if f.Kind != k {
			continue
		}
		text = f.Title + "\n" + f.Explanation
		for _, s := range f.Checklist {
			text += "\n" + s.Step
		}
		return text, commands(f)
	}
	t.Fatalf("%s: no %s finding", id, k)
	return "", nil
}

// The values a paste shows beside its error statements fill the steps:
// the user its prompt, id or the old CLI's warning names, an ssh host
// typed on a command line, DOCKER_HOST as its shell printed it. What the
// paste contradicts is not advised: a user it says is in the group is not
// told to join, a value cut short is no endpoint, the client's expired
// certificate is not the daemon's, root has no rootless daemon, and one
// finding carries the group steps.
func TestPastedValuesFillTheSteps(t *testing.T) {
	checkPastedCases(t, []pastedCase{
		// The user the paste shows.
		{"v2-moby-1-12-not-in-group-says-cannot-connect", model.KindSocketPermissionDenied,
			[]string{"sudo usermod -aG docker vagrant"}, []string{"<your user>"}, nil, nil},
		{"v58-ente-quickstart-postgres-denied", model.KindSocketPermissionDenied,
			[]string{"sudo usermod -aG <socket group> ente"}, []string{"<your user>"}, nil, nil},
		{"v8-mspass-sudo-pull", model.KindSocketPermissionDenied,
			[]string{"sudo usermod -aG <socket group> pavlis", "newgrp <socket group>"}, []string{"<your user>"}, nil, nil},
		// A user the paste says is a member: the session, or the socket's
		// group, is what remains.
		{"v2-geonode-purge-already-in-docker-group", model.KindSocketPermissionDenied,
			[]string{"stat -L -c", "id", "newgrp docker"}, []string{"usermod"},
			[]string{"already a member of the group docker"}, []string{"Add <your user>"}},
		{"v146-pyxis-enroot-ping-denied", model.KindSocketPermissionDenied,
			[]string{"stat -L -c '%A %U %G (gid %g)' /var/run/docker.sock", "newgrp docker"}, []string{"usermod"},
			[]string{"already a member"}, nil},
		// A group by number: newgrp takes names only.
		{"v2-moby-ldap-group-gid-8000", model.KindSocketPermissionDenied,
			[]string{"stat -L -c", "id"}, []string{"usermod", "newgrp 8000"},
			[]string{"already a member"}, nil},
		// One finding carries the group steps; the sudo finding refers to it.
		{"v8-mspass-sudo-pull", model.KindSudoFallbackOnly,
			nil, []string{"usermod", "newgrp"}, []string{"steps of the permission finding"}, nil},
		// The ssh host typed on podman's command line.
		{"v67-podman-remote-url-too-many-auth", model.KindSSHAuthFailed,
			[]string{"ssh-copy-id ssh://myhost", "ssh -o BatchMode=yes ssh://myhost true"}, []string{"<ssh host>", "/run/user"}, nil, nil},
		// The host ssh's own statement names (not a masked one).
		{"v31-compose1285-ssh-refused", model.KindSSHUnreachable,
			[]string{"ssh -o BatchMode=yes ssh://domain.com true"}, []string{"<ssh host>"}, []string{"Docker host ssh://domain.com"}, nil},
		{"v51-gha-ssh-action-compose-deploy-publickey", model.KindSSHAuthFailed,
			[]string{"ssh-copy-id ssh://sammy@65.123.123.133"}, []string{"<ssh host>"}, nil, nil},
		{"v101-crc-podman-remote-host-key-mismatch", model.KindSSHHostKeyUnknown,
			[]string{"ssh-keygen -R 192.168.130.11"}, []string{"<ssh host>"}, nil, []string{"<daemon endpoint>"}},
		{"v28-kamal-ssh-auth-failed-root", model.KindSSHAuthFailed,
			[]string{"ssh-copy-id <ssh host>"}, []string{"xx"}, nil, nil},
		// DOCKER_HOST as echo printed it: already set, not to be set anew.
		{"v61-systeminit-2629-colima", model.KindAlternateSocketAvailable,
			[]string{"env | grep '^DOCKER_HOST='", "export DOCKER_HOST=unix:///Users/nick/.colima/default/docker.sock"}, []string{"<other endpoint>"},
			[]string{"already set to unix:///Users/nick/.colima/default/docker.sock"}, nil},
		// A value cut short at a directory is no endpoint.
		{"v141-flytectl-demo-default-sock-desktop-ps-works", model.KindAlternateSocketAvailable,
			nil, []string{"Library/Containers/"}, nil, []string{"Library/Containers/"}},
		// ... and so is a path the writer masked.
		{"v30-ctop-colima-connector", model.KindAlternateSocketAvailable,
			nil, []string{"***"}, nil, nil},
		// DOCKER_HOST printed in the shell where docker answered.
		{"v31-fig-boot2docker-up", model.KindAlternateSocketAvailable,
			[]string{"export DOCKER_HOST=tcp://192.168.59.103:2376"}, []string{"<other endpoint>", "docker rm -f"}, []string{"already set"}, []string{"socket mounted"}},
		// The daemon refused the client's expired certificate.
		{"v143-gist-boot2docker-client-cert-expired", model.KindTLSError,
			[]string{"openssl x509 -in <cert directory>/cert.pem"}, []string{"openssl s_client"},
			[]string{"client's certificate has expired"}, []string{"daemon's certificate,"}},
		// Root's client at /run/user/0: no rootless setup for root.
		{"v56-nixosgen-lxc-rootless-root", model.KindDaemonUnreachable,
			nil, []string{"dockerd-rootless-setuptool.sh"}, nil, []string{"rootless"}},
	})
}
