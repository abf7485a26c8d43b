package model

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
)

// Evidence and JSON go into bug reports and chat: secrets must not. These
// patterns find credentials in free text.
func compileSecretPatterns() []*regexp.Regexp {
	return []*regexp.Regexp{
		// userinfo in URLs: scheme://user:pass@host
		regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@`),
		// NAME=value where NAME looks secret
		regexp.MustCompile(`(?i)\b([A-Z0-9_]*(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]*)=\S+`),
		// PEM private key blocks
		regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)`),
		// bearer tokens
		regexp.MustCompile(`(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}`),
	}
}

// Redact removes credentials from one line of evidence.
func Redact(s string) string {
	if s == "" {
		return s
	}
	p := secretPatterns()
	s = p[0].ReplaceAllString(s, "${1}REDACTED@")
	s = p[1].ReplaceAllString(s, "${1}=REDACTED")
	s = p[2].ReplaceAllString(s, "[REDACTED PRIVATE KEY]")
	s = p[3].ReplaceAllString(s, "${1} REDACTED")
	return s
}

// RedactAll redacts every line.
func RedactAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = Redact(l)
	}
	return out
}

// RedactHost drops a password from a host URL (tcp://user:pass@host).
func RedactHost(host string) string {
	if !strings.Contains(host, "@") {
		return host
	}
	u, err := url.Parse(host)
	if err != nil || u.User == nil {
		return Redact(host)
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "REDACTED")
	}
	return u.String()
}

// secretPatterns is compiled once on first use and never changes afterwards.
var secretPatterns = sync.OnceValue(compileSecretPatterns)
