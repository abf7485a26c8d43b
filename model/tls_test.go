package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func tlsSnapshot(failure model.TLSFailure, mutate func(*model.TLSFacts)) model.Snapshot {
	s := healthy()
	s.Endpoint = model.Endpoint{Host: "tcp://build.example:2376", Source: model.SourceDockerHost, Proto: "tcp", Address: "build.example:2376"}
	s.Socket = model.SocketFacts{}
	daemonFails(&s, model.FaultOf(model.ErrTLS, "tls: failed to verify certificate"), false)
	s.TLS = model.TLSFacts{Enabled: true, Verify: true, Source: "DOCKER_TLS_VERIFY", Dir: "/home/ada/.docker",
		CAFile: "/home/ada/.docker/ca.pem", CertFile: "/home/ada/.docker/cert.pem", KeyFile: "/home/ada/.docker/key.pem",
		KeyMode: 0o600, Failure: failure}
	if mutate != nil {
		mutate(&s.TLS)
	}
	return s
}

func TestClassifyTLSCases(t *testing.T) {
	cat := catalog(t)
	server := &model.CertInfo{Subject: "CN=daemon", Issuer: "CN=their CA", NotBefore: "2025-01-01T00:00:00Z", NotAfter: "2025-06-01T00:00:00Z", Names: []string{"daemon.internal", "10.0.0.5"}}
	cases := []struct {
		failure  model.TLSFailure
		mutate   func(*model.TLSFacts)
		evidence string
		command  string
	}{
		{model.TLSUnknownAuthority, func(f *model.TLSFacts) { f.ServerCert = server }, "issued by CN=their CA", "openssl s_client -connect build.example:2376"},
		{model.TLSServerExpired, func(f *model.TLSFacts) { f.ServerCert = server }, "the server's certificate (CN=daemon) expired on 2025-06-01T00:00:00Z", "openssl s_client"},
		{model.TLSServerNotYetValid, func(f *model.TLSFacts) { f.ServerCert = server }, "is not valid before 2025-01-01T00:00:00Z", "openssl s_client"},
		{model.TLSNameMismatch, func(f *model.TLSFacts) { f.ServerCert = server }, "only valid for daemon.internal, 10.0.0.5", "-ext subjectAltName"},
		{model.TLSClientExpired, func(f *model.TLSFacts) {
			f.ClientCert = &model.CertInfo{Subject: "CN=ada", NotAfter: "2025-02-02T00:00:00Z", Expired: true}
		}, "your client certificate /home/ada/.docker/cert.pem (CN=ada) expired on 2025-02-02T00:00:00Z", "openssl x509 -in /home/ada/.docker/cert.pem"},
		{model.TLSClientMissing, func(f *model.TLSFacts) { f.CertFile, f.KeyFile = "", "" }, "client certificate required", "ls -l /home/ada/.docker"},
		{model.TLSHTTPToTLS, func(f *model.TLSFacts) { *f = model.TLSFacts{Failure: model.TLSHTTPToTLS} }, "plain HTTP to a TLS port", "export DOCKER_TLS_VERIFY=1"},
		{model.TLSToPlain, nil, "TLS to a plain port", "unset DOCKER_TLS_VERIFY DOCKER_TLS"},
	}
	for _, tc := range cases {
		t.Run(string(tc.failure), func(t *testing.T) {
			r := model.Classify(tlsSnapshot(tc.failure, tc.mutate), cat)
			if got := kindsOf(r); len(got) != 1 || got[0] != model.KindTLSError {
				t.Fatalf("kinds = %v, want [tls-error]", got)
			}
			f := r.Findings[0]
			if all := strings.Join(f.Evidence, "\n"); !strings.Contains(all, tc.evidence) {
				t.Errorf("evidence lacks %q:\n%s", tc.evidence, all)
			}
			var cmds []string
			for _, st := range f.Checklist {
				cmds = append(cmds, st.Command)
			}
			if !strings.Contains(strings.Join(cmds, "\n"), tc.command) {
				t.Errorf("checklist lacks %q: %q", tc.command, cmds)
			}
			if strings.Contains(f.Explanation, "{{") || f.Explanation == "" {
				t.Errorf("explanation: %q", f.Explanation)
			}
		})
	}
}

// TestTLSExplanationFollowsTheFacts: a CA file is blamed only when one is
// in use, and TLS files that could not be loaded are not called a failed
// handshake (no connection was tried).
func TestTLSExplanationFollowsTheFacts(t *testing.T) {
	cat := catalog(t)
	cases := []struct {
		name            string
		failure         model.TLSFailure
		mutate          func(*model.TLSFacts)
		want, wantNot   string
		title, titleNot string
	}{
		{"no CA in use", model.TLSUnknownAuthority, func(f *model.TLSFacts) { f.CAFile = "" },
			"no ca.pem is in use", "ca.pem is not the CA", "TLS handshake", "cannot read"},
		{"CA in use", model.TLSUnknownAuthority, nil,
			"/home/ada/.docker/ca.pem is not the CA that signed it", "no ca.pem is in use", "TLS handshake", "cannot read"},
		{"ca.pem missing", model.TLSLoadFailed, func(f *model.TLSFacts) {
			f.CAFile, f.CertFile, f.KeyFile = "", "", ""
			f.LoadFault = model.FaultOf(model.ErrInvalid, "/home/ada/.docker/ca.pem does not exist")
		}, "cannot be loaded", "handshake", "cannot read its TLS files", "handshake"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := finding(t, model.Classify(tlsSnapshot(tc.failure, tc.mutate), cat), model.KindTLSError)
			if !strings.Contains(f.Explanation, tc.want) || strings.Contains(f.Explanation, tc.wantNot) {
				t.Errorf("explanation wants %q and not %q:\n%s", tc.want, tc.wantNot, f.Explanation)
			}
			if !strings.Contains(f.Title, tc.title) || strings.Contains(f.Title, tc.titleNot) {
				t.Errorf("title wants %q and not %q: %q", tc.title, tc.titleNot, f.Title)
			}
		})
	}
}

func TestReadableKeyIsAWarningOnly(t *testing.T) {
	s := healthy()
	s.Endpoint = model.Endpoint{Host: "tcp://build.example:2376", Source: model.SourceDockerHost, Proto: "tcp", Address: "build.example:2376"}
	s.TLS = model.TLSFacts{Enabled: true, Verify: true, KeyFile: "/home/ada/.docker/key.pem", KeyMode: 0o644}
	r := model.Classify(s, catalog(t))
	f := finding(t, r, model.KindTLSKeyReadable)
	if f.Severity != model.SeverityWarning || !strings.Contains(strings.Join(f.Evidence, " "), "rw-r--r--") {
		t.Fatalf("finding = %+v", f)
	}
	if f.Checklist[0].Command != "chmod 600 /home/ada/.docker/key.pem" {
		t.Fatalf("command = %q", f.Checklist[0].Command)
	}
}
