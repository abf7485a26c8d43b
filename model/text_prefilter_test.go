package model

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for pattern, want := range map[string][]string{
		`(?i)permission denied while trying`:       {"permission denied while trying"},
		`(?i)(ECONNREFUSED|ENOENT)\S*docker\.sock`: {"docker.sock"},
		`(?i)dial unix \S+: connect: refused`:      {": connect: refused"},
		`(?i)\d+ (a|\S+)`:                          {" "},
		`(?i)\d+(a|\S+)`:                           nil,
		`(?i)x509:|tls: |certificate`:              {"x509:", "tls: ", "certificate"},
	} {
		if got := requiredLiterals(pattern); !slices.Equal(got, want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", pattern, got, want)
		}
	}
}

// TestPrefilterNeverSkipsAMatch runs every rule on every statement of
// every corpus paste, alone and joined with the next: whenever the rule's
// regular expression matches, its literals must be present, so skipping
// on them changes no answer.
//
// Every rule on every statement takes minutes under the race detector and
// finds nothing there (the check is sequential), so -short skips it and the
// Taskfile runs it in full in its step without -race.
func TestPrefilterNeverSkipsAMatch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every rule on the whole corpus; run in full without -short (the Taskfile's test:unit does)")
	}
	files, err := filepath.Glob("../testdata/explain/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := readPasteLines(plainText(SanitizeText(string(b))))
		for i, l := range lines {
			if l.role != roleStatement {
				continue
			}
			texts = append(texts, l.text)
			if i+1 < len(lines) && lines[i+1].role == roleStatement {
				texts = append(texts, l.text+" "+lines[i+1].text)
			}
		}
	}
	checked, least := 0, 1000
	for _, rule := range textRules() {
		for _, text := range texts {
			if rule.re.MatchString(text) {
				checked++
				if !mayMatch(rule.literals, strings.ToLower(text)) {
					t.Fatalf("rule %s matches %q but its literals %q are absent", rule.re, text, rule.literals)
				}
			}
		}
	}
	if checked < least {
		t.Fatalf("only %d matches checked: the corpus was not read", checked)
	}
}
