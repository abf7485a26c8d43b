package model

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Text is the last resort: it is used only for messages that exist only as
// text (what docker-git, the docker CLI, a library or CI printed), never for
// errors we hold as values. Only error statements are read; advice in the
// same paste ("Hint:", "run `newgrp docker`") is not evidence.

// Paste is what a pasted message shows: the causes its statements name,
// cause first, each with the statements that show it, and the values it
// names (an endpoint, a socket), which are facts of the machine it came
// from, not of this one.
type Paste struct {
	Causes []PasteCause
	// Host is the daemon endpoint the paste names ("" when it names none),
	// like unix:///var/run/docker.sock or npipe:////./pipe/docker_engine.
	Host string
	// Container is the controller container the paste names, if any.
	Container string
	// APIURL is the docker-git API URL the paste names, if any.
	APIURL string
}

// PasteCause is one kind a paste shows and the statement lines showing it.
type PasteCause struct {
	Kind       Kind
	Statements []string
}

// Kinds lists the causes' kinds in order.
func (p Paste) Kinds() []Kind {
	out := make([]Kind, 0, len(p.Causes))
	for _, c := range p.Causes {
		out = append(out, c.Kind)
	}
	return out
}

// ClassifyText returns the kinds a pasted message points to, cause first.
// Nothing recognised gives KindUnknown.
func ClassifyText(text string) []Kind {
	return ReadPaste(text).Kinds()
}

type pasteValues struct {
	host        []*regexp.Regexp
	sudoWorks   *regexp.Regexp
	sudoProbe   *regexp.Regexp
	idOutput    *regexp.Regexp
	groupMember *regexp.Regexp
	apiURL      *regexp.Regexp
	// Docker answering through sudo, or through the CLI's own endpoint.
	sudoSentence  *regexp.Regexp
	sudoDocker    *regexp.Regexp
	plainDockerPS *regexp.Regexp
	commandOK     *regexp.Regexp
}

func compilePasteValues() pasteValues {
	return pasteValues{
		host: []*regexp.Regexp{
			regexp.MustCompile(`(?i)^DOCKER_HOST:\s*((?:unix|tcp|ssh|npipe)://\S+)`),
			regexp.MustCompile(`(?i)docker daemon (?:socket )?at ((?:unix|tcp|ssh|npipe)://[^\s"'` + "`" + `]+?)[.:]?(?:\s|$)`),
			regexp.MustCompile(`(?i)docker API at ((?:unix|tcp|ssh|npipe)://[^\s"'` + "`" + `]+?)[.:]?(?:\s|$)`),
			regexp.MustCompile(`(?i)dial unix (/[^\s:]+): connect`),
			regexp.MustCompile(`(?i)connect (?:EACCES|ENOENT|ECONNREFUSED) (/[^\s:]+docker[^\s:]*\.sock)`),
			regexp.MustCompile(`(?i)open (//\./pipe/[\w.-]+)`),
		},
		sudoWorks:   regexp.MustCompile(`(?i)^Sudo probe: exit=0\b`),
		sudoProbe:   regexp.MustCompile(`(?i)^Sudo probe:`),
		idOutput:    regexp.MustCompile(`uid=\d+\(([\w.-]+)\) gid=\d+\([\w.-]+\) groups=(\S+)`),
		groupMember: regexp.MustCompile(`^(docker|[\w.-]*docker[\w.-]*):x?:\d+:([\w.,-]*)$`),
		apiURL:      regexp.MustCompile(`https?://(?:127\.0\.0\.1|localhost|\[::1\]|[\w.-]+):\d+`),
		sudoSentence: regexp.MustCompile(`(?i)sudo docker\b[^\n]{0,100}?\b(will proceed|proceeds|works|worked|succeeds|succeeded|is working|runs fine)|` +
			`(with|using|under) sudo,? (it|everything|this) (works|worked|runs)|works (fine |only )?(with|under|using) sudo|only works (as root|with sudo)`),
		sudoDocker:    regexp.MustCompile(`(?i)\bsudo (-\S+ )*docker(-compose)? `),
		plainDockerPS: regexp.MustCompile(`(?i)\bdocker (ps|container ls)\b`),
		commandOK:     regexp.MustCompile(`^([0-9a-f]{12}|[0-9a-f]{64}|CONTAINER ID\s+IMAGE.*|NETWORK ID\s+NAME.*)$`),
	}
}

var pasteValuesOnce = sync.OnceValue(compilePasteValues)

// ReadPaste classifies a pasted message by its error statements.
func ReadPaste(text string) Paste {
	lines := readPasteLines(SanitizeText(text))
	whole := SanitizeText(text)

	type found struct {
		first      int // line of its first statement
		statements []string
		weak       bool
		// precise is set when a rule other than a preamble matched.
		precise bool
	}
	byKind := map[Kind]*found{}
	vals := pasteValuesOnce()
	for i, l := range lines {
		if l.role != roleStatement || vals.sudoProbe.MatchString(l.text) {
			// The sudo probe's own error ("a password is required") says
			// nothing about direct access; only its success counts below.
			continue
		}
		for _, rule := range textRules() {
			if !rule.re.MatchString(l.text) ||
				(rule.also != nil && !rule.also.MatchString(l.text)) ||
				(rule.unless != nil && rule.unless.MatchString(l.text)) ||
				(rule.needsPaste != nil && !rule.needsPaste.MatchString(whole)) ||
				(rule.unlessPaste != nil && rule.unlessPaste.MatchString(whole)) {
				continue
			}
			f := byKind[rule.kind]
			if f == nil {
				f = &found{weak: true, first: i}
				byKind[rule.kind] = f
			}
			f.weak = f.weak && rule.weak
			f.precise = f.precise || !rule.preamble
			f.statements = appendUnique(f.statements, l.raw)
		}
	}

	p := Paste{}
	// Weak statements give way to a strong one of the same family.
	strongFamily := map[string]bool{}
	for k, f := range byKind {
		if !f.weak && k != KindUnknown {
			strongFamily[k.family()] = true
		}
	}
	for k, f := range byKind {
		if f.weak && strongFamily[k.family()] {
			delete(byKind, k)
		}
	}
	has := func(k Kind) bool { _, ok := byKind[k]; return ok }
	drop := func(k Kind, ifAny ...Kind) {
		for _, o := range ifAny {
			if has(o) {
				delete(byKind, k)
				return
			}
		}
	}

	// A session that lacks a group the user database lists is the cause of
	// its permission error, when the paste shows both.
	if has(KindSocketPermissionDenied) {
		if ev, ok := pendingGroup(lines); ok {
			byKind[KindGroupMembershipPending] = &found{statements: ev, first: byKind[KindSocketPermissionDenied].first}
			delete(byKind, KindSocketPermissionDenied)
		}
	}
	// The "Cannot connect" preamble and generic connect errors are not a
	// second cause beside the precise one printed with them; a precise
	// "no such socket" or "refused" of its own is.
	if f := byKind[KindDaemonUnreachable]; f != nil && !f.precise {
		drop(KindDaemonUnreachable, KindDockerCLIMissing, KindAPIVersionMismatch)
	}
	if f := byKind[KindDaemonUnreachable]; f != nil && !f.precise {
		drop(KindDaemonUnreachable, KindSocketPermissionDenied, KindGroupMembershipPending, KindDaemonUnresponsive,
			KindTLSError, KindSSHAuthFailed, KindSSHHostKeyUnknown, KindSSHUnreachable, KindRemoteDockerMissing,
			KindEndpointInvalid, KindWSLIntegrationDisabled)
	}
	drop(KindDaemonUnresponsive, KindSSHAuthFailed, KindSSHHostKeyUnknown, KindSSHUnreachable)
	drop(KindDockerCLIMissing, KindRemoteDockerMissing, KindWSLIntegrationDisabled)
	// A controller that is not running, missing or blocked explains why its
	// API does not answer.
	drop(KindControllerAPIUnreachable, KindControllerNotRunning, KindControllerMissing, KindControllerRestarting,
		KindControllerPortTaken, KindControllerNameTaken)
	drop(KindControllerNotRunning, KindControllerPortTaken, KindControllerNameTaken)
	drop(KindUnknown, accessKinds()...)

	// The paste shows Docker answering another way: through sudo
	// (docker-git's sudo probe, or `sudo docker …` printing its result),
	// or plain `docker ps` listing containers while a tool cannot reach
	// its socket (the CLI uses another endpoint).
	if hasAccessFailure(byKind) {
		if ev, ok := sudoWorks(lines); ok {
			byKind[KindSudoFallbackOnly] = &found{statements: ev, first: len(lines)}
		}
		if _, ok := byKind[KindDaemonUnreachable]; ok {
			if ev, ok := cliWorks(lines); ok {
				byKind[KindAlternateSocketAvailable] = &found{statements: ev, first: len(lines)}
			}
		}
	}

	// Cause first: Docker access before the controller that needs it,
	// errors before warnings, then in the order the paste shows them.
	type ordered struct {
		PasteCause
		rank, first int
	}
	var causes []ordered
	for k, f := range byKind {
		if k == KindUnknown && len(byKind) > 1 {
			continue
		}
		rank := 0
		if k.family() == "controller" {
			rank = 1
		}
		if k.Severity() != SeverityError {
			rank = 2
		}
		causes = append(causes, ordered{PasteCause{Kind: k, Statements: f.statements}, rank, f.first})
	}
	sort.Slice(causes, func(i, j int) bool {
		a, b := causes[i], causes[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.Kind.priority() < b.Kind.priority()
	})
	for _, c := range causes {
		p.Causes = append(p.Causes, c.PasteCause)
	}
	if len(p.Causes) == 0 {
		p.Causes = []PasteCause{{Kind: KindUnknown}}
	}
	p.readValues(lines)
	return p
}

// accessKinds are the kinds that mean Docker itself cannot be reached.
func accessKinds() []Kind {
	var out []Kind
	for _, k := range AllKinds() {
		if k.family() == "access" && k != KindUnknown && k.Severity() == SeverityError {
			out = append(out, k)
		}
	}
	return out
}

func hasAccessFailure[V any](byKind map[Kind]V) bool {
	for _, k := range accessKinds() {
		if _, ok := byKind[k]; ok {
			return true
		}
	}
	return false
}

// sudoWorks finds a statement that Docker works through sudo: docker-git's
// "Sudo probe: exit=0", a sentence saying so, or `sudo docker …` followed
// by its output (container or network ids, a table).
func sudoWorks(lines []pasteLine) ([]string, bool) {
	vals := pasteValuesOnce()
	for i, l := range lines {
		switch {
		case l.role == roleStatement && (vals.sudoWorks.MatchString(l.text) || vals.sudoSentence.MatchString(l.text)):
			return []string{l.raw}, true
		case vals.sudoDocker.MatchString(l.text):
			if out, ok := commandOutput(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
		}
	}
	return nil, false
}

// cliWorks finds `docker ps` (without sudo) printing its table.
func cliWorks(lines []pasteLine) ([]string, bool) {
	vals := pasteValuesOnce()
	for i, l := range lines {
		if l.role == roleCommand && vals.plainDockerPS.MatchString(l.text) && !vals.sudoDocker.MatchString(l.text) {
			if out, ok := commandOutput(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
		}
	}
	return nil, false
}

// commandOutput reports whether the first non-blank lines after a command
// are its successful output: an id or a table header.
func commandOutput(rest []pasteLine) (string, bool) {
	vals := pasteValuesOnce()
	for _, l := range rest {
		t := strings.TrimSpace(strings.Trim(l.raw, "`"))
		if t == "" {
			continue
		}
		return l.raw, vals.commandOK.MatchString(t)
	}
	return "", false
}

// pendingGroup finds `id` output whose groups lack a docker group that a
// `getent group` line in the same paste lists the user in.
func pendingGroup(lines []pasteLine) ([]string, bool) {
	vals := pasteValuesOnce()
	var user, groups, idLine string
	members := map[string][]string{}
	memberLine := map[string]string{}
	for _, l := range lines {
		if m := vals.idOutput.FindStringSubmatch(l.text); m != nil {
			user, groups, idLine = m[1], m[2], l.raw
		}
		if m := vals.groupMember.FindStringSubmatch(l.text); m != nil {
			members[m[1]] = strings.Split(m[2], ",")
			memberLine[m[1]] = l.raw
		}
	}
	if user == "" {
		return nil, false
	}
	for group, names := range members {
		for _, n := range names {
			if n == user && !strings.Contains(groups, "("+group+")") {
				return []string{memberLine[group], idLine}, true
			}
		}
	}
	return nil, false
}

// readValues records the endpoint, controller and API URL the paste names.
func (p *Paste) readValues(lines []pasteLine) {
	vals := pasteValuesOnce()
	for _, l := range lines {
		if l.role != roleStatement {
			continue
		}
		if p.Host == "" {
			for _, re := range vals.host {
				if m := re.FindStringSubmatch(l.text); m != nil {
					p.Host = normaliseHost(m[1])
					break
				}
			}
		}
		if p.Container == "" && strings.Contains(l.text, controllerName) {
			p.Container = controllerName
		}
		if p.APIURL == "" && strings.Contains(strings.ToLower(l.text), "docker-git") {
			if m := vals.apiURL.FindString(l.text); m != "" {
				p.APIURL = m
			}
		}
	}
}

// normaliseHost turns what a message prints into a DOCKER_HOST value.
func normaliseHost(h string) string {
	h = strings.TrimRight(h, `.,:;"'`+"`")
	switch {
	case strings.HasPrefix(h, "/") && !strings.HasPrefix(h, "//"):
		return "unix://" + h
	case strings.HasPrefix(h, "//./pipe/"):
		return "npipe://" + h
	}
	if u, err := url.Parse(h); err == nil && u.Scheme != "" {
		return h
	}
	return ""
}

// Explain builds findings for a pasted message: each cause with its
// remediation, its statements from the paste as evidence, and text that
// speaks of the paste, not of this machine.
func Explain(text string, cat Catalog) []Finding {
	// Redact the whole paste before it is split into lines: a private key
	// spans many.
	p := ReadPaste(Redact(text))
	vars := varsFromPaste(p)
	out := make([]Finding, 0, len(p.Causes))
	for _, c := range p.Causes {
		rem := cat.Remedy(c.Kind)
		title, expl := rem.Filled(vars)
		ev := make([]string, 0, len(c.Statements)+1)
		for _, s := range c.Statements {
			ev = append(ev, "pasted: "+s)
		}
		if len(ev) == 0 {
			ev = append(ev, "pasted text: no Docker error statement recognised")
		}
		out = append(out, Finding{
			Kind:        c.Kind,
			Severity:    c.Kind.Severity(),
			Source:      SourcePaste,
			Title:       title,
			Explanation: expl,
			Evidence:    RedactAll(ev),
			Checklist:   rem.Render(vars, Facts{}),
		})
	}
	return out
}

// Kinds lists the kinds of causes, in order.
func Kinds(cs []PasteCause) []Kind {
	return Paste{Causes: cs}.Kinds()
}
