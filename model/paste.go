package model

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A pasted message mixes error statements with everything around them:
// advice ("Hint:", "Action plan:", numbered steps, "run `newgrp docker`"),
// shell prompts with the command that was typed, log prefixes, stack frames
// and tables. Only statements are evidence; this file tells them apart.

// lineRole is what one line of a paste is.
type lineRole int

const (
	roleStatement lineRole = iota // something the tool or system reported
	roleAdvice                    // what somebody suggests doing
	roleCommand                   // a shell prompt and the command typed
	roleNoise                     // stack frames, blank, separators
)

// pasteLine is one line of a paste: its text with log decorations removed
// and its role.
type pasteLine struct {
	raw  string // as pasted (sanitised), for evidence
	text string // without timestamps, log levels, bullets
	role lineRole
	// imperative is set on advice that only its first word made advice
	// ("Run …", "See …", "Try …"), not a header or the steps under one.
	imperative bool
}

type pastePatterns struct {
	decoration *regexp.Regexp
	// supposition marks advice that names an error it supposes ("run
	// newgrp docker if you see …").
	supposition *regexp.Regexp
	// resolved marks a statement that an error is gone ("fixed the …
	// error").
	resolved *regexp.Regexp
	// persisting marks a line that says the error is not gone after all
	// ("fixed in 1.2 but I still get the error").
	persisting *regexp.Regexp
	blockquote *regexp.Regexp
	// ciTimestamp is the time a CI system's log puts before each line
	// (GitHub Actions, Azure Pipelines; GitLab adds its stream marker).
	ciTimestamp *regexp.Regexp
	// envAssignment is a command that sets a variable first
	// ("DOCKER_HOST=tcp://… docker ps").
	envAssignment *regexp.Regexp
	// testOutput is a test's diagnostic quoting a command's output (bats:
	// "# Command \"docker … info\" failed 15 times. Output: …").
	testOutput   *regexp.Regexp
	spaces       *regexp.Regexp
	adviceHeader *regexp.Regexp
	// causesHeader introduces a list of causes the writer supposes ("which
	// can happen for a few reasons:"): its items are guesses, not
	// statements.
	causesHeader *regexp.Regexp
	// fixesError is a change's title naming the error it fixes ("Fixes
	// CI error: `docker-compose: command not found`"): the error quoted
	// after it is one that happened, not advice.
	fixesError *regexp.Regexp
	// fixInstruction is the instruction a guide's "Fix error: X -> do Y"
	// goes on with: advice after all.
	fixInstruction   *regexp.Regexp
	imperative       *regexp.Regexp
	listItem         *regexp.Regexp
	prompt           *regexp.Regexp
	ohMyZshDirectory *regexp.Regexp
	// printedAfterPrompt is output a program printed after the shell's
	// prompt (a background job, a command typed before its output): no
	// command starts so, and none holds a shell's diagnostic ("./build.sh
	// ./build.sh: line 1: docker: command not found", its line break lost).
	printedAfterPrompt *regexp.Regexp
	stackFrame         *regexp.Regexp
	// passedCheck is a diagnostic's check that passed (Docker Desktop's
	// "[PASS] DD0004: is the Docker engine running?"): its question is
	// no error.
	passedCheck *regexp.Regexp
	// failedCheckQuestion is a diagnostic's failed check with the reason
	// after its question ("[FAIL] DD0004: is the Docker engine running?
	// Get …: i/o timeout"): the reason is the statement.
	failedCheckQuestion *regexp.Regexp
	errorLead           *regexp.Regexp
	logfmtMsg           *regexp.Regexp
	// jsonString is a string of a JSON log line (Lima's, Colima's, VS
	// Code's, a Node tool's), JSON-escaped.
	jsonString *regexp.Regexp
	// logrusText is the level and seconds logrus's text formatter starts
	// a line with.
	logrusText *regexp.Regexp
	markdown   *regexp.Regexp
	// markdownBetweenWords is a code or emphasis mark joining two words.
	markdownBetweenWords *regexp.Regexp
	errorChain           *regexp.Regexp
}

func compilePastePatterns() pastePatterns {
	return pastePatterns{
		// Repeated: timestamps, [LEVEL] tags, GitHub Actions ##[error],
		// BuildKit step numbers, bullets and quote marks.
		blockquote:    regexp.MustCompile(`^ {0,3}(> ?)+`),
		envAssignment: regexp.MustCompile(`^[A-Z_][A-Z0-9_]*=`),
		testOutput:    regexp.MustCompile(`\bfailed\b.*\bOutput: \S`),
		ciTimestamp:   regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z( (\d\d[OE]\+? )?|$)`),
		spaces:        regexp.MustCompile(`[ \t]{2,}`),
		decoration: regexp.MustCompile(`^(\s*(` +
			`\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?([.,]\d+)?(Z|[+-]\d\d:?\d\d)?\]?` + // 2024-01-02T03:04:05.678Z
			`|\[?\d\d:\d\d:\d\d([.,]\d+)?\]?` + // 12:34:56.789
			`|\[\s*\d+(\.\d+)?\s*\]` + // [ 12.345]
			`|##\[(error|warning|debug|notice|group|endgroup)\]` +
			`|#\d+( \d+\.\d+)?` + // BuildKit "#5 0.123"
			`|\[?(INFO|WARN|WARNING|ERROR|ERR|DEBUG|FATAL|NOTICE|TRACE|SEVERE)\]?(:|\s)` +
			`|(info|warn|warning|debug|notice)\s*[:|]` +
			`|[-*•>│┃║]\s` +
			`|\|\s` +
			`))+`),
		persisting:  regexp.MustCompile(`(?i)\b(still|again|but|however|not|n't|never|supposed|should)\b`),
		resolved:    regexp.MustCompile(`(?i)\b(fixed|solved|resolved|got rid of|no longer (get|see)|gets? rid of)( the| this| that| my)? [^.]{0,40}\berror\b`),
		supposition: regexp.MustCompile(`(?i)\b(if|when|whenever|whether|in case|unless|otherwise|make sure|ensure|check|avoid|prevent|to fix|to resolve|fixes|solves)\b`),
		adviceHeader: regexp.MustCompile(`(?i)^(hints?|tips?|suggestions?|action plan|possible (fix|fixes|solutions?|causes?)|` +
			`to (fix|resolve) (this|it)|fix(es)?|solutions?|resolution|remediation|next steps?|how to fix|what to do|` +
			`recommendations?|workaround|try( this)?|note|you can|you may|troubleshooting|please try)\b[^:]{0,40}:`),
		causesHeader: regexp.MustCompile(`(?i)\b((for|of) (a few|several|many|some|multiple|the following|these|various|two|three) (possible |common |different )?(reasons|causes)|` +
			`(possible|common|likely|potential) (reasons|causes)( for this| of this)?( are| include| could be| might be)?)\b[^:.]{0,30}:$`),
		fixInstruction: regexp.MustCompile(`(?i)->|=>|\bby (running|adding|using|starting|setting)\b`),
		fixesError:     regexp.MustCompile(`(?i)^fix(es)?( (CI|build|test|tests|lint|deploy|startup|compose|docker))? (error|failure)s?:\s*\S`),
		imperative: regexp.MustCompile(`(?i)^(please |you (can|could|may|might|should|need to|must|have to) |try( to)? |make sure|` +
			`ensure |consider |run |use |set |export |unset |add |restart |start |install |log ?out|log back|re-?log|re-?login|` +
			`reboot|open (docker|the|a|your|settings|preferences|terminal)\b|enable |check |see |execute |type |if you |otherwise|we recommend|it is recommended|` +
			`to (fix|resolve|use|run|start|enable|add)|for more (information|details)|refer to|visit |read (the|this|these|more|about|through|our|docs|https?:)|follow |` +
			`sudo (-\S+ )*(docker|usermod|chmod|chown|systemctl|groupadd|gpasswd|snap|service|setfacl|apt|dnf|yum)\b|newgrp |sg |usermod |chmod |chown |systemctl |service |then |and then |finally |after that|verify )`),
		printedAfterPrompt: regexp.MustCompile(`(?i)^(error( response from daemon)?: |cannot connect to the docker daemon\b|(got )?permission denied while trying to connect)|\S: line \d+: [^:\s]+: (command )?not found\s*$`),
		listItem:           regexp.MustCompile(`^(\d+[.)]|step \d+[:.)]?|[a-z][.)])\s+`),
		// oh-my-zsh's theme prints its directory and git branch after
		// its arrow ("➜  ~ git:(main) ✗ docker ps"): part of the prompt.
		// Its directory may be a plain name ("➜  myproject docker ps"):
		// a name followed by a command people type is that directory.
		ohMyZshDirectory:    regexp.MustCompile(`^➜\s{2,}[\w.-]+\s+((sudo|docker|docker-compose|docker-git|colima|podman|newgrp|sg|systemctl|service|orb|limactl|rdctl|usermod|id|groups|ls|curl)\b.*)$`),
		prompt:              regexp.MustCompile(`^(\$|%|#|❯|➜\s+(\S+ git:\([^)]*\)( ✗)?|~\S*)|➜|λ|\S+ ⇒|PS [A-Za-z]:\\[^>]*>|[A-Za-z]:\\[^>]*>|\[?[\w.-]+@[\w.-]+( [^\]]*\])?(:[^$#\s]*)?( \([\w./-]+\))?\s?[$#%]|[\w.-]+@[\w.-]+ [^\s$#%]+ %)\s+\S`),
		passedCheck:         regexp.MustCompile(`^\[(PASS|PASSED|OK)\]\s`),
		failedCheckQuestion: regexp.MustCompile(`^(\[(FAIL|WARN)\] DD\d+: )[^?]*\? (\S.*)$`),
		// A source line building an error (quoted by a linter or a diff)
		// is code, not an error that happened.
		stackFrame: regexp.MustCompile(`^\s*((err\s*:?=\s*|return\s+)?(errors\.(Wrap|Wrapf|New|Errorf)|fmt\.Errorf)\(|at [\w$.<>/\\:-]+\(.*\)|(在|bei|à|в|場所) [\w$.<>\x60]+\(.*\)|at [\w$.<>]+ \(|at async |at \S+:\d+:\d+$|File "[^"]+", line \d+|` +
			`\.\.\. \d+ more|[\w/.-]+\.go:\d+( \+0x[0-9a-f]+)?$|goroutine \d+ |Traceback \(most recent call last\)|~~~*\^*$|\^+$)`),
		errorLead: regexp.MustCompile(`(?i)^(error|err|fatal|exception|caused by|failed|failure|cannot|could not|unable|panic|` +
			`docker-git|host docker|docker cli|direct probe|sudo probe|\w+(\.\w+)*(error|exception)\b)`),
		// Markdown emphasis and code marks that issue trackers keep in
		// pastes ("**client version 1.40** is too new").
		markdown:             regexp.MustCompile("\\*\\*|`"),
		markdownBetweenWords: regexp.MustCompile("(\\w)(?:\\*\\*|`)+(\\w)"),
		// An error chain as Go and docker print it: a line holding one is a
		// statement even when it starts like advice ("Enable dockerd
		// --tlsverify - Get http://…: malformed HTTP response").
		errorChain: regexp.MustCompile(`\b(Get|Post|Put|Head|Delete) "?https?://\S+"?: \S|dial (unix|tcp) \S+: |\berror during connect\b|permission denied while trying|(?i:cannot connect to the docker daemon at)|` +
			// A shell's not-found, and a first-person report of what came
			// back, are statements even inside a step.
			`command not found: \S|\S: command not found|is not recognized as|(?i:\bI (get|got|see|saw|receive|received|am getting|keep getting)\b)|` +
			`(?i:\b(gives?|gave|throws?|threw|shows?|showed|returns?|returned) (me )?(an |the |this |following )?(error|exception)\b)|\bspawn \S+ ENOENT|\bconnect (ENOENT|ECONNREFUSED|EACCES) \S|` +
			// A step that quotes the message it ended with.
			`(?i:\b(the|an|this) (error )?message "[^"]{8,}")`),
		jsonString: regexp.MustCompile(`"(?:[^"\\]|\\.)*"`),
		logfmtMsg:  regexp.MustCompile(`\b(msg|message|err|error|stderr)="((?:[^"\\]|\\.)*)"`),
		logrusText: regexp.MustCompile(`^(DEBU|INFO|WARN|ERRO|ERROR|FATA|FATAL|PANI)\[\d+\] `),
	}
}

var pastePatternsOnce = sync.OnceValue(compilePastePatterns)

// readPasteLines splits sanitised text into lines and gives each its role.
// Advice continues below an advice header ("Action plan:", "Hint:") over
// list items and indented lines until a blank line or an error statement.
// plainText undoes what web pages and word processors do to a pasted
// message: HTML entities (&quot;), typographic quotes and apostrophes,
// non-breaking and other Unicode spaces, zero-width characters. The error
// statements are then read as the program printed them.
func plainText(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return plainRunes.Replace(s)
}

var plainRunes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2004", " ", "\u2005", " ", "\u2006", " ",
	"\u2007", " ", "\u2008", " ", "\u2009", " ", "\u200a", " ", "\u202f", " ", "\u205f", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
)

func readPasteLines(text string) []pasteLine {
	p := pastePatternsOnce()
	var out []pasteLine
	inAdvice := false
	// headerAbove: the line above is an advice header, whose list may
	// start after one blank line.
	headerAbove := false
	for _, raw := range strings.Split(text, "\n") {
		// A quoted reply ("> ") quotes the lines as they were.
		raw = strings.TrimRight(p.blockquote.ReplaceAllString(raw, ""), " \t")
		indented := strings.HasPrefix(raw, "  ") || strings.HasPrefix(raw, "\t")
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" {
			inAdvice = inAdvice && headerAbove
			headerAbove = false
			out = append(out, pasteLine{raw: raw, role: roleNoise})
			continue
		}
		headerAbove = false
		text := trimmed
		// logfmt lines (dockerd, containerd, GitLab runner) carry the
		// statement in msg="...", error="..." or a script's stderr="...".
		// A line logrus printed as text ("ERRO[0600] …") says its
		// statement after the level: logfmt there is output it quotes.
		if m := p.logfmtMsg.FindAllStringSubmatch(text, -1); m != nil && strings.Contains(text, "level=") && !p.logrusText.MatchString(text) {
			parts := make([]string, 0, len(m))
			for _, g := range m {
				parts = append(parts, strings.ReplaceAll(g[2], `\"`, `"`))
			}
			text = strings.Join(parts, ": ")
		}
		// A code mark between two words ("`docker`error") separates them.
		text = p.markdown.ReplaceAllString(p.markdownBetweenWords.ReplaceAllString(text, "$1 $2"), "")
		text = strings.TrimSpace(p.decoration.ReplaceAllString(text, ""))
		// A terminal UI's box: its right border.
		text = strings.TrimSpace(strings.TrimRight(text, "│┃║ "))
		// Runs of spaces (a table's columns, a typo) read as one.
		text = p.spaces.ReplaceAllString(text, " ")
		if m := p.failedCheckQuestion.FindStringSubmatch(text); m != nil {
			text = m[1] + m[3]
		}
		line := pasteLine{raw: trimmed, text: text}
		isItem := p.listItem.MatchString(text)
		body := strings.TrimSpace(p.listItem.ReplaceAllString(text, ""))
		switch {
		case body == "" || p.stackFrame.MatchString(text) || p.passedCheck.MatchString(text) || isRule(body) || codeComment(p, trimmed):
			line.role = roleNoise
		case p.prompt.MatchString(trimmed) && !hashComment(p, trimmed) && !p.printedAfterPrompt.MatchString(afterPrompt(p, trimmed)):
			line.role = roleCommand
		case (p.adviceHeader.MatchString(body) && !(p.fixesError.MatchString(body) && !p.fixInstruction.MatchString(body))) || p.causesHeader.MatchString(body):
			line.role = roleAdvice
			inAdvice, headerAbove = true, true
		case inAdvice && (isItem || indented || bulleted(trimmed)) && !p.errorLead.MatchString(body):
			line.role = roleAdvice
		case p.resolved.MatchString(body) && !p.persisting.MatchString(body):
			// An error the writer says is gone is no evidence of one now.
			line.role = roleAdvice
		case p.imperative.MatchString(body) && !p.errorChain.MatchString(body):
			line.role = roleAdvice
			line.imperative = !p.supposition.MatchString(body)
		default:
			inAdvice = false
			line.role = roleStatement
		}
		out = append(out, line)
	}
	return out
}

// unquote gives a paste's lines as the program printed them: without the
// marks of a quoted reply ("> ") and without the indentation every line
// shares (a Markdown code block, a log quoted as a whole), so a line is
// indented only where the program indented it; and a JSON log line's
// strings as they were before JSON escaped them (\" for a quote, \\ for
// a backslash, \n).
func unquote(text string) string {
	p := pastePatternsOnce()
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		l = strings.TrimRight(p.blockquote.ReplaceAllString(l, ""), " \t")
		if strings.HasPrefix(strings.TrimSpace(l), "{") && strings.Contains(l, `\`) {
			l = p.jsonString.ReplaceAllStringFunc(l, func(lit string) string {
				var s string
				if json.Unmarshal([]byte(lit), &s) != nil {
					return lit
				}
				return `"` + strings.Join(strings.Fields(s), " ") + `"`
			})
		}
		lines[i] = l
	}
	// A CI log's time before each of its lines is the CI system's, not the
	// program's (the writer's own lines may come before or after the log).
	if oneBlock(lines, p.ciTimestamp) {
		for i, l := range lines {
			lines[i] = p.ciTimestamp.ReplaceAllString(l, "")
		}
	}
	margin := commonIndent(lines)
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, margin)
	}
	return strings.Join(lines, "\n")
}

// oneBlock reports whether the lines re matches are two or more and form
// one block: no other non-blank line comes between them.
func oneBlock(lines []string, re *regexp.Regexp) bool {
	n, first, last := 0, -1, -1
	for i, l := range lines {
		if re.MatchString(l) {
			if first < 0 {
				first = i
			}
			last, n = i, n+1
		}
	}
	if n < 2 {
		return false
	}
	for _, l := range lines[first:last] {
		if strings.TrimSpace(l) != "" && !re.MatchString(l) {
			return false
		}
	}
	return true
}

// commonIndent is the leading blanks every non-blank line shares.
func commonIndent(lines []string) string {
	margin, first := "", true
	for _, l := range lines {
		if l == "" {
			continue
		}
		lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			margin, first = lead, false
			continue
		}
		for !strings.HasPrefix(lead, margin) {
			margin = margin[:len(margin)-1]
		}
	}
	return margin
}

// bulleted reports a line that a list's bullet begins.
func bulleted(trimmed string) bool {
	return strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* ") || strings.HasPrefix(trimmed, "• ")
}

// hashComment reports a line that a bare "#" (or a tool's "❯" bullet) begins and an error statement
// follows: a heading or a shell comment quoting the error ("# Error:
// permission denied …"), not a command typed at a root prompt.
func hashComment(p pastePatterns, trimmed string) bool {
	body, ok := strings.CutPrefix(trimmed, "# ")
	if !ok {
		// A tool's own bullet that looks like a prompt ("❯ ERROR: …").
		body, ok = strings.CutPrefix(trimmed, "❯ ")
	}
	if !ok {
		return false
	}
	body = strings.TrimSpace(body)
	return p.errorLead.MatchString(body) || p.errorChain.MatchString(body) || p.testOutput.MatchString(body)
}

// codeComment reports a "# " line that starts with a capital and quotes no
// program's output: a comment in a script, a Dockerfile or a compose file,
// or a heading. Shell commands start in lower case (an environment
// variable set before a command is typed, though).
func codeComment(p pastePatterns, trimmed string) bool {
	body, ok := strings.CutPrefix(trimmed, "# ")
	if !ok {
		return false
	}
	body = strings.TrimSpace(body)
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(r) && !p.envAssignment.MatchString(body) && !hashComment(p, trimmed)
}

// isRule reports separator lines such as "-----" or "=====".
func isRule(s string) bool {
	return strings.Trim(s, "-=_*~#+ ") == ""
}

// commandText is the command typed on a prompt line ("" when l is none).
func commandText(l pasteLine) string {
	if l.role != roleCommand {
		return ""
	}
	return afterPrompt(pastePatternsOnce(), l.raw)
}

// afterPrompt is what follows the shell's prompt on a line ("" when none).
func afterPrompt(p pastePatterns, line string) string {
	loc := p.prompt.FindStringIndex(line)
	if loc == nil {
		return ""
	}
	if m := p.ohMyZshDirectory.FindStringSubmatch(line); m != nil {
		return strings.TrimSpace(m[1])
	}
	// The pattern ends on the command's first character.
	return strings.TrimSpace(line[loc[1]-1:])
}
