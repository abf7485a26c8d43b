package model

import (
	"regexp"
	"strings"
	"sync"
)

// textRule maps a pattern in a pasted error message to a kind. Text is the
// last resort: it is used only for messages that exist only as text (what
// docker-git, `docker info` or CI printed), never for errors we hold as
// values.
type textRule struct {
	kind Kind
	re   *regexp.Regexp
}

// textRules are ordered from most to least specific: the controller API port
// must win over a generic "connection refused", a permission error over the
// "Cannot connect" preamble the docker CLI prints in front of it.
func compileTextRules() []textRule {
	r := func(k Kind, pattern string) textRule {
		return textRule{k, regexp.MustCompile(`(?i)` + pattern)}
	}
	return []textRule{
		r(KindControllerRevisionMismatch, `revision mismatch|expected revision|unexpected revision`),
		r(KindControllerMissing, `no such container:?\s*\S*docker-git-api|container\s+"?docker-git-api"?\s+(not found|does not exist)`),
		r(KindControllerRestarting, `container \S+ is restarting|is restarting, wait until the container is running`),
		r(KindControllerNotRunning, `container \S+ is not running|docker-git-api\S*\s+exited|exited \(\d+\)`),
		r(KindControllerUnhealthy, `\bunhealthy\b|/health\S* (returned|answered|responded).*\b5\d\d\b|health check failed`),
		r(KindControllerSocketNotMounted, `/var/run/docker\.sock.*(not mounted|no such file).*inside|controller.*cannot (reach|access) .*docker\.sock`),
		r(KindControllerAPIUnreachable, `(127\.0\.0\.1|localhost|0\.0\.0\.0):3334|docker-git-api.*(refused|unreachable|timed? ?out)|DOCKER_GIT_API_URL`),
		r(KindTLSError, `x509:|tls: |certificate (signed by unknown|has expired|is valid for)|remote error: tls|server gave HTTP response to HTTPS client`),
		r(KindAPIVersionMismatch, `client version [\d.]+ is too (new|old)|api version [\d.]+ is not supported|minimum supported api version|maximum supported api version`),
		r(KindEndpointInvalid, `unable to parse docker host|invalid (docker_host|host)|context "[^"]*" does not exist|no context store|error during connect: .*unsupported protocol scheme|docker host .* (has no scheme|unsupported scheme)`),
		r(KindAlternateSocketAvailable, `(export )?DOCKER_HOST=unix://\S*(/run/user/\d+/|\.colima/|podman|\.docker/(desktop|run)/|\.rd/|\.orbstack/)|rootless (docker|mode).*(socket|DOCKER_HOST)`),
		r(KindGroupMembershipPending, `newgrp|log out and (back )?in|group membership.*(not|pending)`),
		r(KindSocketPermissionDenied, `permission denied.*docker\.sock|permission denied while trying to connect to the docker|got permission denied|docker\.sock.*permission denied|dial unix \S+: connect: permission denied`),
		r(KindDockerCLIMissing, `docker: (command )?not found|"docker": executable file not found|exec: "docker"|command not found: docker|docker: No such file or directory`),
		r(KindComposePluginMissing, `'compose' is not a docker command|unknown command:? "?(docker )?compose|docker-compose: (command )?not found|unknown shorthand flag: 'f' in -f`),
		r(KindSudoFallbackOnly, `works with sudo|only (works )?(as|with) (root|sudo)`),
		r(KindDaemonUnresponsive, `(context deadline exceeded|i/o timeout|timed out|timeout).*(docker|daemon|_ping)|(docker|daemon|_ping).*(context deadline exceeded|i/o timeout|timed out)`),
		r(KindDaemonUnreachable, `cannot connect to the docker daemon|is the docker daemon running|docker\.sock: connect: (no such file|connection refused)|dial unix .*: connect: (no such file|connection refused)|error during connect|failed to connect to the docker api`),
	}
}

// ClassifyText returns the kinds a pasted message points to, most specific
// first. Nothing recognised gives KindUnknown.
func ClassifyText(text string) []Kind {
	clean := strings.ToValidUTF8(text, "")
	var kinds []Kind
	for _, rule := range textRules() {
		if rule.re.MatchString(clean) && !containsKind(kinds, rule.kind) {
			kinds = append(kinds, rule.kind)
		}
	}
	// A permission error is usually printed after the generic "Cannot
	// connect" preamble; the preamble is not a second cause.
	if containsKind(kinds, KindSocketPermissionDenied) || containsKind(kinds, KindGroupMembershipPending) {
		kinds = removeKind(kinds, KindDaemonUnreachable)
	}
	if containsKind(kinds, KindControllerAPIUnreachable) {
		kinds = removeKind(kinds, KindDaemonUnreachable)
	}
	if containsKind(kinds, KindDaemonUnresponsive) && containsKind(kinds, KindDaemonUnreachable) {
		kinds = removeKind(kinds, KindDaemonUnreachable)
	}
	if len(kinds) == 0 {
		return []Kind{KindUnknown}
	}
	return kinds
}

func containsKind(ks []Kind, k Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

func removeKind(ks []Kind, k Kind) []Kind {
	out := ks[:0]
	for _, x := range ks {
		if x != k {
			out = append(out, x)
		}
	}
	return out
}

// Explain builds findings for a pasted message: the classified kinds with
// their remediation filled from vars, and the pasted text (sanitised) as
// evidence.
func Explain(text string, cat Catalog, vars Vars) []Finding {
	// Redact the whole paste before it is split into lines: a private key
	// spans many.
	clean := Redact(SanitizeText(text))
	var out []Finding
	for _, k := range ClassifyText(clean) {
		rem := cat.Remedy(k)
		title, expl := rem.Filled(vars)
		out = append(out, Finding{
			Kind:        k,
			Severity:    k.Severity(),
			Title:       title,
			Explanation: expl,
			Evidence:    evidenceLines(clean),
			Checklist:   rem.Render(vars, Facts{}),
		})
	}
	return out
}

// evidenceLines keeps the first non-empty lines of the pasted text.
func evidenceLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
		if len(out) == 8 {
			out = append(out, "…")
			break
		}
	}
	return out
}

// textRules is compiled once on first use and never changes afterwards.
var textRules = sync.OnceValue(compileTextRules)
