package model_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docker-git/docker-git-tui/model"
)

// Messages as docker, docker-git and CI print them.
func TestClassifyTextEveryKind(t *testing.T) {
	cases := []struct {
		text string
		want model.Kind
	}{
		{"bash: docker: command not found", model.KindDockerCLIMissing},
		{`exec: "docker": executable file not found in $PATH`, model.KindDockerCLIMissing},
		{"docker: 'compose' is not a docker command.\nSee 'docker --help'", model.KindComposePluginMissing},
		{"docker: unknown command: docker compose", model.KindComposePluginMissing},
		{"unable to parse docker host `tcp//localhost`", model.KindEndpointInvalid},
		{`context "colima" does not exist`, model.KindEndpointInvalid},
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", model.KindDaemonUnreachable},
		{"error during connect: dial unix /var/run/docker.sock: connect: connection refused", model.KindDaemonUnreachable},
		{"Error response from daemon: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/_ping\": context deadline exceeded", model.KindDaemonUnresponsive},
		{"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/info\": dial unix /var/run/docker.sock: connect: permission denied", model.KindSocketPermissionDenied},
		{"Got permission denied while trying to connect to the Docker daemon socket", model.KindSocketPermissionDenied},
		{"You were added to the docker group; run newgrp docker or log out and in", model.KindGroupMembershipPending},
		{"Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.41", model.KindAPIVersionMismatch},
		{"error during connect: Get https://h:2376/v1.47/info: tls: failed to verify certificate: x509: certificate signed by unknown authority", model.KindTLSError},
		{"docker info works with sudo but not as me", model.KindSudoFallbackOnly},
		{"[INFO] Make sure the following environment variable(s) are set (or add them to ~/.bashrc):\nexport DOCKER_HOST=unix:///run/user/1000/docker.sock", model.KindAlternateSocketAvailable},
		{"Error response from daemon: No such container: docker-git-api", model.KindControllerMissing},
		{"Error response from daemon: Container 3f2a is not running", model.KindControllerNotRunning},
		{"Error response from daemon: Container 3f2a is restarting, wait until the container is running", model.KindControllerRestarting},
		{"docker-git-api is unhealthy", model.KindControllerUnhealthy},
		{"connect ECONNREFUSED 127.0.0.1:3334", model.KindControllerAPIUnreachable},
		{"controller revision mismatch: expected abc got def", model.KindControllerRevisionMismatch},
		{"docker-git: controller cannot reach /var/run/docker.sock inside the container", model.KindControllerSocketNotMounted},
		{"something completely different went wrong", model.KindUnknown},
	}
	seen := map[model.Kind]bool{}
	for _, tc := range cases {
		got := model.ClassifyText(tc.text)
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("ClassifyText(%q) = %v, want %s first", tc.text, got, tc.want)
		}
		seen[tc.want] = true
	}
	for _, k := range model.AllKinds() {
		if !seen[k] && !kindsInProgress[k] {
			t.Errorf("no pasted message covers kind %s", k)
		}
	}
}

func TestPermissionDeniedDropsTheCannotConnectPreamble(t *testing.T) {
	got := model.ClassifyText("Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\npermission denied while trying to connect to the Docker daemon socket")
	if len(got) != 1 || got[0] != model.KindSocketPermissionDenied {
		t.Fatalf("got %v, want only socket-permission-denied", got)
	}
}

func TestExplainNeutralisesEscapes(t *testing.T) {
	evil := "permission denied while trying to connect to the Docker daemon \x1b[2J\x1b]0;pwned\x07 \x1b[31mred\x1b[0m \x07bell \x9b2J"
	fs := model.Explain(evil, catalog(t), model.Vars{User: "ada", Group: "docker", SocketPath: "/var/run/docker.sock"})
	for _, f := range fs {
		for _, ev := range f.Evidence {
			if strings.ContainsAny(ev, "\x1b\x07\x9b") {
				t.Errorf("evidence still holds a control character: %q", ev)
			}
			if strings.Contains(ev, "pwned") {
				t.Errorf("window title payload survived: %q", ev)
			}
		}
	}
}

func FuzzClassifyText(f *testing.F) {
	f.Add("Cannot connect to the Docker daemon at unix:///var/run/docker.sock")
	f.Add("permission denied \x1b[2J")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		ks := model.ClassifyText(s)
		if len(ks) == 0 {
			t.Fatal("no kind returned")
		}
		for _, k := range ks {
			if !k.Valid() {
				t.Fatalf("invalid kind %q", k)
			}
		}
	})
}

func FuzzSanitizeText(f *testing.F) {
	f.Add("\x1b]0;title\x07plain\x1b[2J")
	f.Add("ok\r\nline")
	f.Fuzz(func(t *testing.T, s string) {
		out := model.SanitizeText(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("control %U survived in %q", r, out)
			}
		}
	})
}
