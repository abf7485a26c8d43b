package model

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"text/template"
)

// Remedy is the remediation content of one kind, parsed from its asset file
// (assets/remediation/<kind>.md). Commands are text/template strings filled
// with Vars when a finding is built.
type Remedy struct {
	Kind        Kind
	Title       string
	Explanation string
	Steps       []RemedyStep
}

// RemedyStep is one checklist entry before its values are filled in.
type RemedyStep struct {
	Text    string
	Command string
	// Verify names the fact (see Facts) that ticks this step; "" = manual.
	Verify string
	// When names the platform condition (see conditions, "!" negates)
	// under which the step exists; "" = everywhere.
	When string
}

// Catalog holds the remedy of every kind.
type Catalog struct {
	remedies map[Kind]Remedy
}

// Remedy returns the content for k; unknown kinds fall back to KindUnknown.
func (c Catalog) Remedy(k Kind) Remedy {
	if r, ok := c.remedies[k]; ok {
		return r
	}
	return c.remedies[KindUnknown]
}

// LoadCatalog parses one <kind>.md file per kind from fsys. Every kind must
// have a file, and every file must name a kind, so content and code cannot
// drift apart silently.
func LoadCatalog(fsys fs.FS) (Catalog, error) {
	cat := Catalog{remedies: map[Kind]Remedy{}}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return cat, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".md" {
			continue
		}
		kind := Kind(strings.TrimSuffix(name, ".md"))
		if !kind.Valid() {
			return cat, fmt.Errorf("remediation file %s names no known kind", name)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return cat, err
		}
		r, err := ParseRemedy(kind, data)
		if err != nil {
			return cat, fmt.Errorf("%s: %w", name, err)
		}
		cat.remedies[kind] = r
	}
	for _, k := range AllKinds() {
		if _, ok := cat.remedies[k]; !ok {
			return cat, fmt.Errorf("no remediation file for kind %s", k)
		}
	}
	return cat, nil
}

// ParseRemedy reads the small markdown dialect of the remediation files:
//
//	# Title
//	One paragraph of explanation.
//	## Steps
//	- Step text
//	  run: command template
//	  verify: fact-name
//	  when: platform-condition
func ParseRemedy(kind Kind, data []byte) (Remedy, error) {
	r := Remedy{Kind: kind}
	var expl []string
	inSteps := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t")
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "# ") && r.Title == "":
			r.Title = strings.TrimSpace(line[2:])
		case strings.HasPrefix(line, "## "):
			inSteps = strings.EqualFold(strings.TrimSpace(line[3:]), "steps")
		case !inSteps:
			if trimmed != "" {
				expl = append(expl, trimmed)
			}
		case strings.HasPrefix(line, "- "):
			r.Steps = append(r.Steps, RemedyStep{Text: strings.TrimSpace(line[2:])})
		case strings.HasPrefix(trimmed, "run:") && len(r.Steps) > 0:
			cmd := strings.TrimSpace(strings.TrimPrefix(trimmed, "run:"))
			cmd = strings.Trim(cmd, "`")
			if _, err := newTemplate(cmd); err != nil {
				return r, fmt.Errorf("line %d: bad command template: %w", n, err)
			}
			r.Steps[len(r.Steps)-1].Command = cmd
		case strings.HasPrefix(trimmed, "verify:") && len(r.Steps) > 0:
			fact := strings.TrimSpace(strings.TrimPrefix(trimmed, "verify:"))
			if !knownFact(fact) {
				return r, fmt.Errorf("line %d: unknown fact %q", n, fact)
			}
			r.Steps[len(r.Steps)-1].Verify = fact
		case strings.HasPrefix(trimmed, "when:") && len(r.Steps) > 0:
			when := strings.TrimSpace(strings.TrimPrefix(trimmed, "when:"))
			if !knownCondition(when) {
				return r, fmt.Errorf("line %d: unknown platform condition %q", n, when)
			}
			r.Steps[len(r.Steps)-1].When = when
		case trimmed == "":
		default:
			return r, fmt.Errorf("line %d: unexpected text in steps: %q", n, trimmed)
		}
	}
	if err := sc.Err(); err != nil {
		return r, err
	}
	r.Explanation = strings.Join(expl, " ")
	if r.Title == "" || r.Explanation == "" || len(r.Steps) == 0 {
		return r, fmt.Errorf("needs a title, an explanation and at least one step")
	}
	return r, nil
}

// Filled returns the title and explanation with real values filled in.
func (r Remedy) Filled(v Vars) (title, explanation string) {
	return fill(r.Title, v), fill(r.Explanation, v)
}

// Render fills the remedy's steps with real values and ticks the verifiable
// ones from facts. Steps whose `when:` condition does not hold on the
// platform in v are left out.
func (r Remedy) Render(v Vars, facts Facts) []Step {
	steps := make([]Step, 0, len(r.Steps))
	for _, s := range r.Steps {
		if !Applies(s.When, v) {
			continue
		}
		st := Step{Step: fill(s.Text, v), Command: fill(s.Command, v), Verify: s.Verify}
		if strings.TrimSpace(st.Step) == "" {
			// A step guarded by a fact ({{if .InCheckout}}...{{end}}) that
			// does not hold is left out.
			continue
		}
		if s.Verify != "" {
			if done, ok := facts[s.Verify]; ok {
				d := done
				st.Done = &d
			}
		}
		steps = append(steps, st)
	}
	return steps
}

// fill executes a template; on error it returns the raw text so a missing
// value never hides the step.
func fill(text string, v Vars) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	t, err := newTemplate(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, v); err != nil {
		return text
	}
	return b.String()
}

func newTemplate(text string) (*template.Template, error) {
	return template.New("").Option("missingkey=error").Funcs(template.FuncMap{"q": quoteValue, "known": known}).Parse(text)
}

// known is the templates' test that a value is one (not a placeholder).
func known(s string) bool { return !IsPlaceholder(s) }

// quoteValue is the templates' q: it shell-quotes a value, but leaves a
// placeholder such as <your user> bare, so the reader sees what to
// substitute and a shell refuses the unedited command ("<" redirects) rather
// than running it with a made-up argument.
func quoteValue(s string) string {
	if IsPlaceholder(s) {
		return s
	}
	return ShellQuote(s)
}

// ShellQuote quotes s for a POSIX shell when it holds anything but safe
// characters, so filled commands stay copy-paste safe.
func ShellQuote(s string) string {
	if s == "" {
		return "''"
	}
	safe := true
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=@%+,", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'"
}
