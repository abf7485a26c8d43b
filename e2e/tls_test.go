//go:build linux

package e2e

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
)

// tlsSetup is a second private dockerd with --tlsverify on a loopback TCP
// port, its CA, and material for the client cases.
type tlsSetup struct {
	host    string // tcp://127.0.0.1:PORT
	port    int
	ca      *testdaemon.CA
	other   *testdaemon.CA // a CA the daemon does not know
	cert    []byte         // a valid client certificate and its key
	key     []byte
	expCert []byte // an expired client certificate and its key
	expKey  []byte
}

func startTLSDaemon(t *testing.T) *tlsSetup {
	t.Helper()
	testdaemon.Require(t)
	s := &tlsSetup{}
	var err error
	if s.ca, err = testdaemon.NewCA("dgt test CA"); err != nil {
		t.Fatal(err)
	}
	if s.other, err = testdaemon.NewCA("dgt other CA"); err != nil {
		t.Fatal(err)
	}
	srvCert, srvKey, err := s.ca.Issue(testdaemon.CertOptions{CommonName: "dgt daemon", IPs: []net.IP{net.IPv4(127, 0, 0, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	if s.cert, s.key, err = s.ca.Issue(testdaemon.CertOptions{CommonName: "dgt client", Client: true}); err != nil {
		t.Fatal(err)
	}
	if s.expCert, s.expKey, err = s.ca.Issue(testdaemon.CertOptions{CommonName: "dgt expired client", Client: true,
		NotBefore: time.Now().Add(-72 * time.Hour), NotAfter: time.Now().Add(-24 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(shortTemp(t), "server")
	if err := testdaemon.WriteCertDir(dir, s.ca.PEM, srvCert, srvKey); err != nil {
		t.Fatal(err)
	}
	if s.port, err = testdaemon.FreePort(); err != nil {
		t.Fatal(err)
	}
	s.host = "tcp://127.0.0.1:" + strconv.Itoa(s.port)
	testdaemon.StartT(t, testdaemon.Options{ExtraArgs: []string{
		"--tlsverify",
		"--tlscacert", filepath.Join(dir, "ca.pem"),
		"--tlscert", filepath.Join(dir, "cert.pem"),
		"--tlskey", filepath.Join(dir, "key.pem"),
		"--host", s.host,
	}})
	return s
}

// certDir writes a DOCKER_CERT_PATH directory.
func certDir(t *testing.T, ca, cert, key []byte) string {
	t.Helper()
	dir := filepath.Join(shortTemp(t), "certs")
	if err := testdaemon.WriteCertDir(dir, ca, cert, key); err != nil {
		t.Fatal(err)
	}
	return dir
}

func tlsRun(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	// docker-git needs its API URL for a tcp:// endpoint: set it, so the
	// scenarios isolate the TLS findings.
	port, err := testdaemon.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	env["DOCKER_GIT_API_URL"] = "http://127.0.0.1:" + strconv.Itoa(port)
	all := append([]string{"--once", "--json", "--no-sudo", "--timeout", "5s"}, args...)
	r := run(t, invocation{args: all, env: env})
	if r.report.Endpoint.Host == "" {
		t.Fatalf("no JSON report (exit %d):\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	for _, f := range r.report.Findings {
		if f.Kind == model.KindTLSError || f.Kind == model.KindTLSKeyReadable {
			t.Logf("%s: %s\n  evidence: %q", f.Kind, f.Explanation, f.Evidence)
		}
	}
	return r
}

func tlsEnv(t *testing.T, host, certPath string, verify bool) map[string]string {
	env := baseEnv(t)
	env["DOCKER_HOST"] = host
	if verify {
		env["DOCKER_TLS_VERIFY"] = "1"
	}
	if certPath != "" {
		env["DOCKER_CERT_PATH"] = certPath
	}
	return env
}

func TestTLS(t *testing.T) {
	s := startTLSDaemon(t)

	t.Run("healthy with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, s.host, certDir(t, s.ca.PEM, s.cert, s.key), true))
		checkStatus(t, r, model.CheckDaemon, model.StatusOK)
		if hasKind(r, model.KindTLSError) || hasKind(r, model.KindTLSKeyReadable) {
			t.Fatalf("healthy TLS endpoint has a TLS finding:\n%s", r.stdout)
		}
	})

	t.Run("healthy through a context with TLS in the store", func(t *testing.T) {
		env := baseEnv(t)
		const name = "tlsctx"
		sum := sha256.Sum256([]byte(name))
		id := hex.EncodeToString(sum[:])
		meta := map[string]any{"Name": name, "Metadata": map[string]any{},
			"Endpoints": map[string]any{"docker": map[string]any{"Host": s.host, "SkipTLSVerify": false}}}
		data, err := json.Marshal(meta)
		if err != nil {
			t.Fatal(err)
		}
		metaDir := filepath.Join(env["DOCKER_CONFIG"], "contexts", "meta", id)
		if err := os.MkdirAll(metaDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(metaDir, "meta.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := testdaemon.WriteCertDir(filepath.Join(env["DOCKER_CONFIG"], "contexts", "tls", id, "docker"), s.ca.PEM, s.cert, s.key); err != nil {
			t.Fatal(err)
		}
		r := tlsRun(t, env, "--context", name)
		checkStatus(t, r, model.CheckDaemon, model.StatusOK)
		if r.report.Endpoint.Context != name {
			t.Fatalf("endpoint context = %q, want %q", r.report.Endpoint.Context, name)
		}
	})

	t.Run("wrong CA", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, s.host, certDir(t, s.other.PEM, s.cert, s.key), true))
		expectKinds(t, r, model.KindTLSError)
		f := findingOf(t, r, model.KindTLSError)
		evidenceContains(t, f, "unknown authority")
		evidenceContains(t, f, "issued by CN=dgt test CA")
	})

	t.Run("expired client certificate", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, s.host, certDir(t, s.ca.PEM, s.expCert, s.expKey), true))
		expectKinds(t, r, model.KindTLSError)
		f := findingOf(t, r, model.KindTLSError)
		evidenceContains(t, f, "your client certificate")
		evidenceContains(t, f, "expired on")
	})

	t.Run("no client certificate", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, s.host, certDir(t, s.ca.PEM, nil, nil), true))
		expectKinds(t, r, model.KindTLSError)
		evidenceContains(t, findingOf(t, r, model.KindTLSError), "client certificate required")
	})

	t.Run("plain HTTP to the TLS port", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, s.host, "", false))
		expectKinds(t, r, model.KindTLSError)
		f := findingOf(t, r, model.KindTLSError)
		evidenceContains(t, f, "plain HTTP to a TLS port")
		assertCommandPrefix(t, f, "export DOCKER_TLS_VERIFY=1")
	})

	t.Run("TLS to a plain HTTP port", func(t *testing.T) {
		// A plain HTTP listener (the peer is the point of the test).
		plain := httptest.NewServer(http.NotFoundHandler())
		defer plain.Close()
		host := "tcp://" + plain.Listener.Addr().String()
		r := tlsRun(t, tlsEnv(t, host, certDir(t, s.ca.PEM, s.cert, s.key), true))
		expectKinds(t, r, model.KindTLSError)
		f := findingOf(t, r, model.KindTLSError)
		evidenceContains(t, f, "TLS to a plain port")
		assertCommandPrefix(t, f, "unset DOCKER_TLS_VERIFY")
	})

	t.Run("server certificate expired", func(t *testing.T) {
		// A TLS peer whose certificate (from the right CA) has expired.
		certPEM, keyPEM, err := s.ca.Issue(testdaemon.CertOptions{CommonName: "dgt expired daemon", IPs: []net.IP{net.IPv4(127, 0, 0, 1)},
			NotBefore: time.Now().Add(-72 * time.Hour), NotAfter: time.Now().Add(-24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		pair, err := tls.X509KeyPair(certPEM, keyPEM)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewUnstartedServer(http.NotFoundHandler())
		srv.TLS = &tls.Config{Certificates: []tls.Certificate{pair}}
		srv.StartTLS()
		defer srv.Close()
		r := tlsRun(t, tlsEnv(t, "tcp://"+srv.Listener.Addr().String(), certDir(t, s.ca.PEM, s.cert, s.key), true))
		expectKinds(t, r, model.KindTLSError)
		evidenceContains(t, findingOf(t, r, model.KindTLSError), "the server's certificate (CN=dgt expired daemon) expired on")
	})

	t.Run("name the certificate does not hold", func(t *testing.T) {
		r := tlsRun(t, tlsEnv(t, "tcp://localhost:"+strconv.Itoa(s.port), certDir(t, s.ca.PEM, s.cert, s.key), true))
		expectKinds(t, r, model.KindTLSError)
		evidenceContains(t, findingOf(t, r, model.KindTLSError), "only valid for 127.0.0.1")
	})

	t.Run("the dashboard's event stream attaches over TLS", func(t *testing.T) {
		env := tlsEnv(t, s.host, certDir(t, s.ca.PEM, s.cert, s.key), true)
		cfg := probe.ConfigFromEnv(func(k string) string { return env[k] })
		cfg.Timeout = 5 * time.Second
		ctx, cancel := context.WithCancel(context.Background())
		attached := make(chan struct{}, 1)
		done := make(chan struct{})
		go func() {
			defer close(done)
			probe.EventWatch{Config: cfg, Connected: func() {
				select {
				case attached <- struct{}{}:
				default:
				}
			}}.Run(ctx, make(chan model.Trigger, 16))
		}()
		defer func() { cancel(); <-done }()
		select {
		case <-attached:
		case <-time.After(15 * time.Second):
			t.Fatal("the event stream never attached to the TLS daemon")
		}
	})

	t.Run("key readable by others is a warning", func(t *testing.T) {
		dir := certDir(t, s.ca.PEM, s.cert, s.key)
		if err := os.Chmod(filepath.Join(dir, "key.pem"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := tlsRun(t, tlsEnv(t, s.host, dir, true))
		checkStatus(t, r, model.CheckDaemon, model.StatusOK)
		if hasKind(r, model.KindTLSError) {
			t.Fatalf("a readable key is not a TLS error:\n%s", r.stdout)
		}
		evidenceContains(t, findingOf(t, r, model.KindTLSKeyReadable), "rw-r--r--")
	})
}

func assertCommandPrefix(t *testing.T, f model.Finding, prefix string) {
	t.Helper()
	for _, st := range f.Checklist {
		if len(st.Command) >= len(prefix) && st.Command[:len(prefix)] == prefix {
			return
		}
	}
	t.Fatalf("%s has no step starting %q: %+v", f.Kind, prefix, f.Checklist)
}
