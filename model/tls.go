package model

import (
	"fmt"
	"strings"
)

// TLSFacts is the TLS material a tcp:// endpoint is reached with, loaded
// the way the docker CLI loads it (DOCKER_TLS_VERIFY, DOCKER_TLS and
// DOCKER_CERT_PATH, or a context's tls/<id>/docker store and its
// SkipTLSVerify), and what the handshake of this cycle showed.
type TLSFacts struct {
	// Enabled is true when TLS is used; Verify when the server's
	// certificate is verified.
	Enabled bool
	Verify  bool
	// Source says what turned TLS on ("DOCKER_TLS_VERIFY", "DOCKER_TLS",
	// "context NAME").
	Source string
	// Dir is the directory the material came from; CAFile, CertFile and
	// KeyFile are the files in use ("" when absent).
	Dir      string
	CAFile   string
	CertFile string
	KeyFile  string
	// KeyMode is the key file's permission bits.
	KeyMode uint32
	// ClientCert is the client certificate offered, nil when none.
	ClientCert *CertInfo
	// LoadFault is set when the material could not be read or parsed.
	LoadFault *Fault
	// Failure is what the handshake (or the first exchange) showed;
	// ServerCert the certificate the server presented, when it was seen.
	Failure    TLSFailure
	ServerCert *CertInfo
	// Alert is the TLS alert the server sent, when it sent one.
	Alert string
}

// KeyReadableByOthers reports whether the key file's mode lets group or
// others read it.
func (t TLSFacts) KeyReadableByOthers() bool { return t.KeyFile != "" && t.KeyMode&0o044 != 0 }

// CertInfo is what evidence says about one certificate.
type CertInfo struct {
	Subject string
	Issuer  string
	// NotBefore and NotAfter are dates as text (UTC, RFC 3339).
	NotBefore string
	NotAfter  string
	// Expired and NotYetValid compare the validity with the probe's clock.
	Expired     bool
	NotYetValid bool
	// Names are the DNS names and IP addresses it is valid for.
	Names []string
}

// TLSFailure is the kind of TLS failure.
type TLSFailure string

const (
	TLSOK                TLSFailure = ""
	TLSUnknownAuthority  TLSFailure = "unknown-authority"
	TLSServerExpired     TLSFailure = "server-cert-expired"
	TLSServerNotYetValid TLSFailure = "server-cert-not-yet-valid"
	TLSNameMismatch      TLSFailure = "name-mismatch"
	TLSClientExpired     TLSFailure = "client-cert-expired"
	TLSClientMissing     TLSFailure = "client-cert-missing"
	TLSClientRejected    TLSFailure = "client-cert-rejected"
	TLSHTTPToTLS         TLSFailure = "plain-http-to-tls-port"
	TLSToPlain           TLSFailure = "tls-to-plain-port"
	TLSLoadFailed        TLSFailure = "material-unreadable"
	TLSOther             TLSFailure = "other"
)

// tlsError explains a TLS failure with the evidence of its case.
func (c *classifier) tlsError(f *Fault) {
	t := c.s.TLS
	host := c.s.Endpoint.Host
	ev := []string{}
	switch t.Failure {
	case TLSUnknownAuthority:
		line := fmt.Sprintf("unknown authority: the server's certificate is not signed by the CA in %s", orWord(t.CAFile, "the system's trust store (no ca.pem is in use)"))
		if sc := t.ServerCert; sc != nil {
			line += fmt.Sprintf("; it is %s, issued by %s", orWord(sc.Subject, "<no subject>"), orWord(sc.Issuer, "<no issuer>"))
		}
		ev = append(ev, line)
	case TLSServerExpired, TLSServerNotYetValid:
		if sc := t.ServerCert; sc != nil {
			if t.Failure == TLSServerExpired {
				ev = append(ev, fmt.Sprintf("the server's certificate (%s) expired on %s", orWord(sc.Subject, "<no subject>"), sc.NotAfter))
			} else {
				ev = append(ev, fmt.Sprintf("the server's certificate (%s) is not valid before %s: it is new, or a clock is wrong", orWord(sc.Subject, "<no subject>"), sc.NotBefore))
			}
		} else {
			ev = append(ev, "the server's certificate is outside its validity period")
		}
	case TLSNameMismatch:
		names := "no names"
		if sc := t.ServerCert; sc != nil && len(sc.Names) > 0 {
			names = strings.Join(sc.Names, ", ")
		}
		ev = append(ev, fmt.Sprintf("name mismatch: %s was dialled, but the server's certificate is only valid for %s", c.s.Endpoint.Address, names))
	case TLSClientExpired:
		if cc := t.ClientCert; cc != nil {
			ev = append(ev, fmt.Sprintf("your client certificate %s (%s) expired on %s, and the daemon rejected it", t.CertFile, orWord(cc.Subject, "<no subject>"), cc.NotAfter))
		}
	case TLSClientMissing:
		ev = append(ev, fmt.Sprintf("client certificate required: the daemon asks for one, and none was offered (no cert.pem and key.pem in %s)", orWord(t.Dir, PlaceholderCertDir)))
	case TLSClientRejected:
		ev = append(ev, fmt.Sprintf("the daemon rejected the client certificate %s: it is not signed by a CA the daemon trusts (--tlscacert)", orWord(t.CertFile, "<cert.pem>")))
	case TLSHTTPToTLS:
		ev = append(ev, fmt.Sprintf("plain HTTP to a TLS port: %s answers only TLS, and TLS is off here (DOCKER_TLS_VERIFY is not set)", host))
	case TLSToPlain:
		ev = append(ev, fmt.Sprintf("TLS to a plain port: %s does not speak TLS (it answers plain HTTP), but TLS is on (%s)", host, orWord(t.Source, "TLS settings")))
	case TLSLoadFailed:
		ev = append(ev, "the TLS material could not be loaded: "+faultText(t.LoadFault))
	}
	if t.Alert != "" {
		ev = append(ev, "the daemon sent the TLS alert: "+t.Alert)
	}
	if t.Enabled {
		ev = append(ev, fmt.Sprintf("TLS from %s: verify %v, ca %s, cert %s, key %s", orWord(t.Source, "<unknown>"), t.Verify,
			orWord(t.CAFile, "(none)"), orWord(t.CertFile, "(none)"), orWord(t.KeyFile, "(none)")))
	}
	ev = append(ev, faultText(f))
	c.add(KindTLSError, CheckDaemon, ev...)
}

// tlsKey warns about a key file others may read.
func (c *classifier) tlsKey() {
	t := c.s.TLS
	if !t.KeyReadableByOthers() {
		return
	}
	c.add(KindTLSKeyReadable, CheckEndpoint,
		fmt.Sprintf("%s has mode %s (%04o): users other than you may read your TLS private key", t.KeyFile, modeString(t.KeyMode), t.KeyMode))
}

// Values of the TLS template fields when nothing is known.
const (
	TLSNone               = "none"
	PlaceholderCertDir    = "<cert directory>"
	PlaceholderKeyFile    = "<key.pem>"
	PlaceholderDaemonAddr = "<daemon host:port>"
)

// tlsVars fills the TLS values templates use.
func tlsVars(v *Vars, s Snapshot) {
	v.TLSFailure = orWord(string(s.TLS.Failure), TLSNone)
	v.CertDir = orWord(s.TLS.Dir, PlaceholderCertDir)
	v.KeyFile = orWord(s.TLS.KeyFile, PlaceholderKeyFile)
	v.CAInUse = s.TLS.CAFile != ""
	v.DaemonAddr = PlaceholderDaemonAddr
	if s.Endpoint.Proto == "tcp" && s.Endpoint.Address != "" {
		v.DaemonAddr = s.Endpoint.Address
	}
}
