package model_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// corpusCase is one real paste from testdata/explain (format in its
// README.md).
type corpusCase struct {
	file, id, source, lookalike string
	want                        []model.Kind
	text                        string
}

func loadCorpus(t *testing.T) []corpusCase {
	t.Helper()
	return loadCases(t, "../testdata/explain/*.txt")
}

// loadCases reads the cases of the files pattern matches, checking each
// one's form.
func loadCases(t *testing.T, pattern string) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	var out []corpusCase
	ids := map[string]string{}
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		var cur *corpusCase
		inText := false
		var body []string
		flush := func() {
			if cur == nil {
				return
			}
			cur.text = strings.TrimRight(strings.Join(body, "\n"), "\n")
			if cur.source == "" || len(cur.want) == 0 || strings.TrimSpace(cur.text) == "" {
				t.Errorf("%s: case %s needs source, want and text", file, cur.id)
			}
			if prev, dup := ids[cur.id]; dup {
				t.Errorf("%s: case id %s also in %s", file, cur.id, prev)
			}
			ids[cur.id] = file
			out = append(out, *cur)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "=== "):
				flush()
				cur = &corpusCase{file: filepath.Base(file), id: strings.TrimSpace(line[4:])}
				inText, body = false, nil
			case cur == nil:
			case inText:
				body = append(body, line)
			case strings.TrimSpace(line) == "---":
				inText = true
			case strings.HasPrefix(line, "#"), strings.TrimSpace(line) == "":
			case strings.HasPrefix(line, "source:"):
				cur.source = strings.TrimSpace(strings.TrimPrefix(line, "source:"))
			case strings.HasPrefix(line, "lookalike:"):
				cur.lookalike = strings.TrimSpace(strings.TrimPrefix(line, "lookalike:"))
			case strings.HasPrefix(line, "want:"):
				for _, k := range strings.Split(strings.TrimPrefix(line, "want:"), ",") {
					kind := model.Kind(strings.TrimSpace(k))
					if !kind.Valid() {
						t.Errorf("%s: case %s wants unknown kind %q", file, cur.id, kind)
					}
					cur.want = append(cur.want, kind)
				}
			default:
				t.Errorf("%s: case %s: unexpected header line %q", file, cur.id, line)
			}
		}
		flush()
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestPendingCollectionsAreWellFormed reads the measured collections that
// wait in testdata/explain/pending: each case must be well-formed, with
// kinds that exist and an id no corpus case has, so it can join the corpus
// as it is.
func TestPendingCollectionsAreWellFormed(t *testing.T) {
	ids := map[string]bool{}
	for _, c := range loadCorpus(t) {
		ids[c.id] = true
	}
	if files, _ := filepath.Glob("../testdata/explain/pending/*.txt"); len(files) == 0 {
		return // every measured collection has joined the corpus
	}
	for _, c := range loadCases(t, "../testdata/explain/pending/*.txt") {
		if ids[c.id] {
			t.Errorf("pending case %s (%s) has the id of a corpus case", c.id, c.file)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the README figure")

var showMisses = flag.Bool("corpus.misses", false, "print every corpus case classified wrongly")

// Accuracy below which the corpus test fails.
const minCorpusAccuracy = 0.97

// TestCorpusAccuracy classifies every real paste of testdata/explain: at
// least 97% must come out exactly right (every kind, in order), no
// lookalike may be classified as a Docker-access failure, and the README
// must print the figure.
//
// It classifies over five thousand pastes: under the race detector that
// takes minutes and finds nothing (classification is sequential), so -short
// skips it and the Taskfile runs it in full in its step without -race.
func TestCorpusAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("classifies the whole corpus; run in full without -short (the Taskfile's test:unit does)")
	}
	cases := loadCorpus(t)
	right, lookalikes := 0, 0
	seen := map[model.Kind]bool{}
	for _, c := range cases {
		got := model.ClassifyText(c.text)
		for _, k := range c.want {
			seen[k] = true
		}
		isLookalike := len(c.want) == 1 && c.want[0] == model.KindUnknown
		if isLookalike {
			lookalikes++
			if !equalKinds(got, c.want) {
				t.Errorf("lookalike %s (%s, %s) classified as %v", c.id, c.file, c.lookalike, got)
			}
		}
		if equalKinds(got, c.want) {
			right++
		} else if *showMisses {
			t.Logf("MISS %s (%s): got %v want %v\n%s\n", c.id, c.source, got, c.want, c.text)
		}
	}
	acc := float64(right) / float64(len(cases))
	t.Logf("corpus: %d cases, %d lookalikes, %d right (%.1f%%)", len(cases), lookalikes, right, 100*acc)
	if acc < minCorpusAccuracy {
		t.Errorf("accuracy %.1f%% (%d/%d) is below %.0f%%; run with -corpus.misses to list the misses", 100*acc, right, len(cases), 100*minCorpusAccuracy)
	}
	checkREADMEFigure(t, len(cases), lookalikes, right)
	for _, k := range model.AllKinds() {
		reason, exempt := notInCorpus[k]
		switch {
		case seen[k] && exempt:
			t.Errorf("kind %s is in the corpus now: remove it from notInCorpus (%s)", k, reason)
		case !seen[k] && !exempt:
			t.Errorf("no real paste in the corpus shows kind %s", k)
		}
	}
}

// notInCorpus are the kinds no public paste shows, with why. Those that
// text can show are covered by TestClassifyTextStatementsNotAdvice with
// the tool's own wording.
var notInCorpus = map[model.Kind]string{
	model.KindControllerRestarting:       "docker-git only polls /health; a restarting controller shows in `docker ps`, and no public paste of docker-git-api restarting was found",
	model.KindControllerSocketNotMounted: "docker-git prints nothing of its own for it; only a live inspect of the container shows it",
	model.KindControllerNotCreated:       "an absence no tool reports: docker-git creates the controller silently",
	model.KindControllerNameMismatch:     "a container found by its compose labels under another name: only a live probe sees labels",
	model.KindTLSKeyReadable:             "a file mode the docker CLI does not warn about",
}

var readmeFigure = regexp.MustCompile(`<!-- corpus:start -->[^<]*<!-- corpus:end -->`)

// checkREADMEFigure keeps the README's accuracy line in step with the test
// (-update rewrites it).
func checkREADMEFigure(t *testing.T, n, lookalikes, right int) {
	t.Helper()
	line := fmt.Sprintf("<!-- corpus:start -->%d of %d real pastes (%.1f%%) classified exactly right, %d of them lookalikes, none of those taken for a Docker-access failure<!-- corpus:end -->",
		right, n, 100*float64(right)/float64(n), lookalikes)
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !readmeFigure.Match(data) {
		t.Errorf("README.md has no <!-- corpus:start --> … <!-- corpus:end --> figure; want:\n%s", line)
		return
	}
	if got := readmeFigure.Find(data); string(got) != line {
		if *update {
			data = readmeFigure.ReplaceAll(data, []byte(line))
			if err := os.WriteFile("../README.md", data, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README.md says %q, the corpus gives %q (go test ./model -run Corpus -update)", got, line)
	}
}
