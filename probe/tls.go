package probe

// TLS for tcp:// endpoints, loaded the way the docker CLI loads it:
//
//   - without a context: DOCKER_TLS_VERIFY (verify the daemon) or
//     DOCKER_TLS (encrypt only) turn TLS on, with ca.pem, cert.pem and
//     key.pem from DOCKER_CERT_PATH, else the config directory ($DOCKER_CONFIG
//     or ~/.docker); ca.pem must exist (the docker CLI stops without it),
//     cert.pem and key.pem are not used when they do not exist;
//   - with a context: the store's contexts/tls/<sha256 of name>/docker/
//     {ca,cert,key}.pem and the endpoint's SkipTLSVerify.
//
// The handshake runs in our dialer (not in net/http), so its errors keep
// their types (x509.UnknownAuthorityError, x509.HostnameError, ...) and the
// certificate the daemon presented is at hand for the evidence.

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// LoadTLS returns the TLS configuration of a tcp:// endpoint (nil when TLS
// is off) and the facts about its material.
func LoadTLS(cfg Config, e model.Endpoint) (*tls.Config, model.TLSFacts) {
	if e.Proto != "tcp" || !e.Valid() {
		return nil, model.TLSFacts{}
	}
	if cfg.Env == nil {
		cfg.Env = os.Getenv
	}
	var f model.TLSFacts
	if e.Context != "" && e.Context != "default" {
		sum := sha256.Sum256([]byte(e.Context))
		id := hex.EncodeToString(sum[:])
		f.Dir = filepath.Join(configDir(cfg), "contexts", "tls", id, "docker")
		f.Source = "context " + e.Context
		skip, err := contextSkipTLSVerify(configDir(cfg), id)
		if err != nil {
			f.LoadFault = model.NewFault(err)
		}
		f.Verify = !skip
		f.Enabled = skip || anyExists(f.Dir, "ca.pem", "cert.pem", "key.pem")
	} else {
		source, dir, on := envTLSSettings(cfg)
		if !on {
			return nil, model.TLSFacts{}
		}
		f.Enabled, f.Verify = true, source == "DOCKER_TLS_VERIFY"
		f.Source, f.Dir = source, dir
	}
	if !f.Enabled {
		return nil, f
	}
	tc, err := buildTLS(&f, e.Context == "" || e.Context == "default")
	if err != nil {
		f.LoadFault = model.NewFault(err)
		f.Failure = model.TLSLoadFailed
		return nil, f
	}
	return tc, f
}

// envTLS reports whether the environment turns TLS on for an endpoint
// that no context chose: DOCKER_TLS_VERIFY or DOCKER_TLS set.
func envTLS(cfg Config) bool {
	_, _, on := envTLSSettings(cfg)
	return on
}

// envTLSSettings is TLS as the environment sets it for an endpoint no
// context chose: the variable that turned it on (DOCKER_TLS_VERIFY, else
// DOCKER_TLS) and the certificate directory (DOCKER_CERT_PATH, else the
// config directory); on is false when neither variable is set.
func envTLSSettings(cfg Config) (source, dir string, on bool) {
	getenv := cfg.Env
	if getenv == nil {
		getenv = os.Getenv
	}
	switch {
	case getenv("DOCKER_TLS_VERIFY") != "":
		source = "DOCKER_TLS_VERIFY"
	case getenv("DOCKER_TLS") != "":
		source = "DOCKER_TLS"
	default:
		return "", "", false
	}
	dir = getenv("DOCKER_CERT_PATH")
	if dir == "" {
		dir = configDir(cfg)
	}
	return source, dir, true
}

// missingCA is the error of the docker CLI, which reads ca.pem whenever
// the environment turns TLS on (whatever the endpoint's scheme) and stops
// before connecting when it is not there; nil when the file exists.
func missingCA(ca, source string) error {
	if _, err := os.Stat(ca); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return fmt.Errorf("%s does not exist: with %s set, the docker CLI stops before connecting (unable to resolve docker endpoint: open %s: no such file or directory)", ca, source, ca)
}

// contextSkipTLSVerify reads the docker endpoint's SkipTLSVerify from the
// context's meta.json.
func contextSkipTLSVerify(dir, id string) (bool, error) {
	data, err := readSmall(filepath.Join(dir, "contexts", "meta", id, "meta.json"))
	if err != nil {
		return false, err
	}
	var meta struct {
		Endpoints map[string]struct {
			SkipTLSVerify bool
		}
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		return false, err
	}
	return meta.Endpoints["docker"].SkipTLSVerify, nil
}

func anyExists(dir string, names ...string) bool {
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			return true
		}
	}
	return false
}

// buildTLS reads the files that exist in f.Dir into a tls.Config. With
// requireCA (TLS from the environment) a missing ca.pem is an error, as it
// is for the docker CLI; a context's store may lack it.
func buildTLS(f *model.TLSFacts, requireCA bool) (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: !f.Verify}
	ca := filepath.Join(f.Dir, "ca.pem")
	data, err := readSmall(ca)
	if requireCA && errors.Is(err, fs.ErrNotExist) {
		return nil, missingCA(ca, f.Source)
	}
	if err == nil {
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(data) {
			return nil, fmt.Errorf("%s holds no PEM certificate", ca)
		}
		tc.RootCAs, f.CAFile = pool, ca
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	cert, key := filepath.Join(f.Dir, "cert.pem"), filepath.Join(f.Dir, "key.pem")
	_, certErr := os.Stat(cert)
	st, keyErr := os.Stat(key)
	if keyErr == nil {
		f.KeyFile, f.KeyMode = key, uint32(st.Mode().Perm())
	}
	if certErr == nil && keyErr == nil {
		certPEM, err := readSmall(cert)
		if err != nil {
			return nil, err
		}
		keyPEM, err := readSmall(key)
		if err != nil {
			return nil, err
		}
		pair, err := tls.X509KeyPair(certPEM, keyPEM)
		if err != nil {
			return nil, fmt.Errorf("%s and %s: %w", cert, key, err)
		}
		tc.Certificates, f.CertFile = []tls.Certificate{pair}, cert
		if pair.Leaf != nil {
			f.ClientCert = certInfo(pair.Leaf, time.Now())
		}
	}
	return tc, nil
}

func certInfo(c *x509.Certificate, now time.Time) *model.CertInfo {
	ci := &model.CertInfo{
		Subject:     c.Subject.String(),
		Issuer:      c.Issuer.String(),
		NotBefore:   c.NotBefore.UTC().Format(time.RFC3339),
		NotAfter:    c.NotAfter.UTC().Format(time.RFC3339),
		Expired:     now.After(c.NotAfter),
		NotYetValid: now.Before(c.NotBefore),
	}
	ci.Names = append(ci.Names, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		ci.Names = append(ci.Names, ip.String())
	}
	return ci
}

// tlsHandshake runs the client handshake over conn for addr.
func tlsHandshake(ctx context.Context, conn net.Conn, cfg *tls.Config, addr string) (*tls.Conn, error) {
	c := cfg.Clone()
	if host, _, err := net.SplitHostPort(addr); err == nil {
		c.ServerName = host
	}
	tc := tls.Client(conn, c)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, err
	}
	return tc, nil
}

// tlsFailure reads a handshake or first-read error: which case it is and
// the certificate the daemon presented, from the errors' types. A TLS
// alert from the daemon after our handshake is about our client
// certificate; what we offered says which case.
func tlsFailure(err error, f model.TLSFacts, now time.Time) (model.TLSFailure, *model.CertInfo, string) {
	var (
		verr    *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		invalid x509.CertificateInvalidError
		hostErr x509.HostnameError
		recErr  tls.RecordHeaderError
		opErr   *net.OpError
	)
	var server *model.CertInfo
	if errors.As(err, &verr) && len(verr.UnverifiedCertificates) > 0 {
		server = certInfo(verr.UnverifiedCertificates[0], now)
	}
	switch {
	case errors.As(err, &unknown):
		if server == nil && unknown.Cert != nil {
			server = certInfo(unknown.Cert, now)
		}
		return model.TLSUnknownAuthority, server, ""
	case errors.As(err, &hostErr):
		if hostErr.Certificate != nil {
			server = certInfo(hostErr.Certificate, now)
		}
		return model.TLSNameMismatch, server, ""
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		if invalid.Cert != nil {
			server = certInfo(invalid.Cert, now)
		}
		if server != nil && server.NotYetValid {
			return model.TLSServerNotYetValid, server, ""
		}
		return model.TLSServerExpired, server, ""
	case errors.As(err, &recErr):
		return model.TLSToPlain, nil, ""
	case errors.As(err, &opErr) && opErr.Op == "remote error":
		alert := opErr.Err.Error()
		switch {
		case f.CertFile == "":
			return model.TLSClientMissing, nil, alert
		case f.ClientCert != nil && f.ClientCert.Expired:
			return model.TLSClientExpired, nil, alert
		default:
			return model.TLSClientRejected, nil, alert
		}
	}
	return model.TLSOther, server, ""
}

// httpToTLS reports the answer of a Go TLS server (dockerd) to plain HTTP.
func httpToTLS(err error) bool {
	return err != nil && strings.Contains(err.Error(), "Client sent an HTTP request to an HTTPS server")
}

// errTLSMaterial stops a dial whose TLS material could not be loaded.
var errTLSMaterial = errors.New("TLS material could not be loaded")

// tlsState is the TLS of one tcp:// Daemon: the configuration in use (nil
// when TLS is off), the facts about its material, and what this cycle's
// handshakes and first reads showed.
type tlsState struct {
	mu           sync.Mutex
	cfg          *tls.Config
	facts        model.TLSFacts
	key          string
	handshakeErr error
	alertErr     error
}

// handshake wraps a fresh connection in TLS when TLS is on, and records a
// handshake failure.
func (s *tlsState) handshake(ctx context.Context, conn net.Conn, addr string) (net.Conn, error) {
	s.mu.Lock()
	cfg, failed := s.cfg, s.facts.Failure == model.TLSLoadFailed
	s.mu.Unlock()
	if failed {
		// Never fall back to plain HTTP when the material is broken.
		conn.Close()
		return nil, errTLSMaterial
	}
	if cfg == nil {
		return conn, nil
	}
	tc, err := tlsHandshake(ctx, conn, cfg, addr)
	if err != nil {
		conn.Close()
		s.mu.Lock()
		s.handshakeErr = err
		s.mu.Unlock()
		return nil, err
	}
	return tc, nil
}

// noteRead keeps a TLS alert the daemon sent after the handshake: with TLS
// 1.3 a rejected client certificate shows only on the first read.
func (s *tlsState) noteRead(err error) {
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "remote error" {
		s.mu.Lock()
		if s.alertErr == nil {
			s.alertErr = err
		}
		s.mu.Unlock()
	}
}

func (s *tlsState) reset() {
	s.mu.Lock()
	s.handshakeErr, s.alertErr = nil, nil
	s.mu.Unlock()
}

// alert is the TLS alert of this cycle, or nil.
func (s *tlsState) alert() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.alertErr
}

// materialKey changes when the TLS settings or files change.
func materialKey(tc *tls.Config, f model.TLSFacts) string {
	key := fmt.Sprint(tc != nil, f.Enabled, f.Verify, f.Source, f.Dir)
	for _, n := range []string{"ca.pem", "cert.pem", "key.pem"} {
		if st, err := os.Stat(filepath.Join(f.Dir, n)); err == nil {
			key += fmt.Sprint("|", n, st.Size(), st.ModTime().UnixNano(), st.Mode())
		}
	}
	return key
}

// useTLS loads the endpoint's TLS material; when it changed since the last
// cycle, the warm connections (made with the old material) are dropped.
func (d *Daemon) useTLS(cfg Config, e model.Endpoint) {
	s := d.dialer.tls
	if s == nil {
		return
	}
	tc, f := LoadTLS(cfg, e)
	key := materialKey(tc, f)
	s.mu.Lock()
	changed := key != s.key
	s.cfg, s.facts, s.key = tc, f, key
	s.mu.Unlock()
	if changed {
		d.cli.Close() // idle connections only; the client stays usable
	}
}

// TLSFacts reports the TLS material and, when the daemon check failed on
// TLS, which case it is.
func (d *Daemon) TLSFacts(fault *model.Fault) model.TLSFacts {
	s := d.dialer.tls
	if s == nil {
		return model.TLSFacts{}
	}
	s.mu.Lock()
	f, hsErr, alertErr := s.facts, s.handshakeErr, s.alertErr
	s.mu.Unlock()
	if f.Failure != "" || !fault.Is(model.ErrTLS) {
		return f
	}
	switch {
	case hsErr != nil:
		f.Failure, f.ServerCert, f.Alert = tlsFailure(hsErr, f, time.Now())
	case alertErr != nil:
		f.Failure, f.ServerCert, f.Alert = tlsFailure(alertErr, f, time.Now())
	case !f.Enabled && strings.Contains(fault.Message, "Client sent an HTTP request to an HTTPS server"):
		f.Failure = model.TLSHTTPToTLS
	default:
		f.Failure = model.TLSOther
	}
	return f
}

// tlsFault is a TLS failure that showed after the dial: an alert the daemon
// sent after the handshake (about our client certificate), or a TLS
// daemon's answer to plain HTTP. nil when neither happened.
func (d *Daemon) tlsFault(err error) (*model.Fault, bool) {
	s := d.dialer.tls
	if s == nil {
		return nil, false
	}
	s.mu.Lock()
	load := s.facts.LoadFault
	failed := s.facts.Failure == model.TLSLoadFailed
	s.mu.Unlock()
	if failed {
		return model.FaultOf(model.ErrTLS, "TLS material: "+load.Message), false
	}
	if a := s.alert(); a != nil {
		return model.FaultOf(model.ErrTLS, a.Error()), true
	}
	if httpToTLS(err) {
		return model.FaultOf(model.ErrTLS, err.Error()), true
	}
	return nil, false
}
