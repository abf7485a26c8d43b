package probe

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// writeSelfSigned writes ca.pem, cert.pem and key.pem (a self-signed pair
// serves as all three) into dir, the key with keyMode.
func writeSelfSigned(t *testing.T, dir string, keyMode os.FileMode) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"ca.pem": cert, "cert.pem": cert} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), keyMode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "key.pem"), keyMode); err != nil {
		t.Fatal(err)
	}
}

func tcpEndpoint(ctx string) model.Endpoint {
	return model.Endpoint{Host: "tcp://h:2376", Proto: "tcp", Address: "h:2376", Context: ctx}
}

func TestLoadTLSLikeTheCLI(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{}
	cfg := Config{Home: home, Env: func(k string) string { return env[k] }}

	// No DOCKER_TLS_VERIFY / DOCKER_TLS: no TLS, even with files present.
	writeSelfSigned(t, filepath.Join(home, ".docker"), 0o600)
	if tc, f := LoadTLS(cfg, tcpEndpoint("")); tc != nil || f.Enabled {
		t.Fatalf("TLS without DOCKER_TLS_VERIFY: %+v", f)
	}
	// DOCKER_TLS_VERIFY: the config dir (~/.docker) by default.
	env["DOCKER_TLS_VERIFY"] = "1"
	tc, f := LoadTLS(cfg, tcpEndpoint(""))
	if tc == nil || !f.Verify || f.Source != "DOCKER_TLS_VERIFY" || f.Dir != filepath.Join(home, ".docker") ||
		f.CAFile == "" || f.CertFile == "" || len(tc.Certificates) != 1 || tc.RootCAs == nil || tc.InsecureSkipVerify {
		t.Fatalf("DOCKER_TLS_VERIFY: %+v", f)
	}
	if f.KeyReadableByOthers() {
		t.Fatal("a 0600 key reads as readable by others")
	}
	// DOCKER_CERT_PATH wins, and a 0644 key is noticed.
	certs := filepath.Join(home, "certs")
	writeSelfSigned(t, certs, 0o644)
	env["DOCKER_CERT_PATH"] = certs
	if _, f := LoadTLS(cfg, tcpEndpoint("")); f.Dir != certs || !f.KeyReadableByOthers() {
		t.Fatalf("DOCKER_CERT_PATH: %+v", f)
	}
	// DOCKER_TLS alone: encrypted, not verified.
	delete(env, "DOCKER_TLS_VERIFY")
	env["DOCKER_TLS"] = "1"
	if tc, f := LoadTLS(cfg, tcpEndpoint("")); tc == nil || f.Verify || !tc.InsecureSkipVerify {
		t.Fatalf("DOCKER_TLS: %+v", f)
	}
	// A broken key is a load failure, never a silent plain connection.
	if err := os.WriteFile(filepath.Join(certs, "key.pem"), []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if tc, f := LoadTLS(cfg, tcpEndpoint("")); tc != nil || f.Failure != model.TLSLoadFailed || f.LoadFault == nil {
		t.Fatalf("broken key: %+v", f)
	}
	// The docker CLI stops when ca.pem is missing (with DOCKER_TLS or
	// DOCKER_TLS_VERIFY): a load failure naming it. Without cert.pem and
	// key.pem it goes on without a client certificate.
	only := filepath.Join(home, "onlyca")
	writeSelfSigned(t, only, 0o600)
	for _, n := range []string{"cert.pem", "key.pem"} {
		if err := os.Remove(filepath.Join(only, n)); err != nil {
			t.Fatal(err)
		}
	}
	empty := t.TempDir()
	for _, v := range []string{"DOCKER_TLS", "DOCKER_TLS_VERIFY"} {
		env = map[string]string{v: "1", "DOCKER_CERT_PATH": empty}
		tc, f := LoadTLS(cfg, tcpEndpoint(""))
		if tc != nil || f.Failure != model.TLSLoadFailed || f.LoadFault == nil ||
			!strings.Contains(f.LoadFault.Message, filepath.Join(empty, "ca.pem")) {
			t.Fatalf("%s without ca.pem: %+v", v, f)
		}
		env["DOCKER_CERT_PATH"] = only
		if tc, f := LoadTLS(cfg, tcpEndpoint("")); tc == nil || f.Failure != "" || f.CertFile != "" {
			t.Fatalf("%s with only ca.pem: %+v", v, f)
		}
	}
}

func TestLoadTLSFromAContext(t *testing.T) {
	home := t.TempDir()
	cfg := Config{Home: home, Env: func(string) string { return "" }}
	sum := sha256.Sum256([]byte("remote"))
	id := hex.EncodeToString(sum[:])
	meta := filepath.Join(home, ".docker", "contexts", "meta", id)
	if err := os.MkdirAll(meta, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(skip bool) {
		data := `{"Name":"remote","Endpoints":{"docker":{"Host":"tcp://h:2376","SkipTLSVerify":false}}}`
		if skip {
			data = `{"Name":"remote","Endpoints":{"docker":{"Host":"tcp://h:2376","SkipTLSVerify":true}}}`
		}
		if err := os.WriteFile(filepath.Join(meta, "meta.json"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// No TLS material and no SkipTLSVerify: plain, like the CLI.
	write(false)
	if tc, f := LoadTLS(cfg, tcpEndpoint("remote")); tc != nil || f.Enabled {
		t.Fatalf("context without TLS: %+v", f)
	}
	// SkipTLSVerify alone turns TLS on without verification.
	write(true)
	if tc, f := LoadTLS(cfg, tcpEndpoint("remote")); tc == nil || f.Verify || !tc.InsecureSkipVerify || f.Source != "context remote" {
		t.Fatalf("SkipTLSVerify: %+v", f)
	}
	// The store's material, verified.
	write(false)
	writeSelfSigned(t, filepath.Join(home, ".docker", "contexts", "tls", id, "docker"), 0o600)
	if tc, f := LoadTLS(cfg, tcpEndpoint("remote")); tc == nil || !f.Verify || len(tc.Certificates) != 1 || tc.RootCAs == nil {
		t.Fatalf("context TLS store: %+v", f)
	}
}
