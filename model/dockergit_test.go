package model_test

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// dockerGitCall is `docker-git <word>` or `./ctl <word>` where a command
// is written: a run: line or a `code span`. compose's `--project-name
// docker-git` names a project, not a command.
var (
	dockerGitCall = regexp.MustCompile(`(^|[^-\w/.=])(docker-git|\./ctl)\s+([a-z][a-z0-9-]*)`)
	codeSpan      = regexp.MustCompile("`[^`]*`")
)

// namedCommands returns every docker-git and ./ctl subcommand a
// remediation file names, as "docker-git ps" / "./ctl up".
func namedCommands(text string) []string {
	var spans []string
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "run:") {
			spans = append(spans, strings.TrimPrefix(t, "run:"))
			continue
		}
		spans = append(spans, codeSpan.FindAllString(line, -1)...)
	}
	var out []string
	for _, sp := range spans {
		for _, m := range dockerGitCall.FindAllStringSubmatchIndex(sp, -1) {
			before := strings.TrimSpace(sp[:m[4]])
			if strings.HasSuffix(before, "--project-name") || strings.HasSuffix(before, " -p") {
				continue
			}
			out = append(out, sp[m[4]:m[5]]+" "+sp[m[6]:m[7]])
		}
	}
	return out
}

// TestRemediationNamesOnlyRealDockerGitCommands keeps docker-git's command
// list (model.DockerGitCommands, from its CLI's parser) and fails when a
// remediation file names any other docker-git or ./ctl subcommand.
func TestRemediationNamesOnlyRealDockerGitCommands(t *testing.T) {
	files, err := fs.Glob(assets.Remediation(), "*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no remediation files: %v", err)
	}
	named := 0
	for _, name := range files {
		data, err := fs.ReadFile(assets.Remediation(), name)
		if err != nil {
			t.Fatal(err)
		}
		for _, call := range namedCommands(string(data)) {
			named++
			prog, sub, _ := strings.Cut(call, " ")
			known := model.DockerGitCommands()
			if prog == "./ctl" {
				known = model.CtlCommands()
			}
			if !slices.Contains(known, sub) {
				t.Errorf("%s names `%s`, which docker-git does not have (its commands: %v)", name, call, known)
			}
		}
	}
	// The ./ctl commands are templates ({{.Ctl}} up): scan every kind as
	// rendered inside a checkout too.
	s := healthy()
	s.DockerGit = model.DockerGitFacts{Attempted: true, Cwd: "/src/dg", Checkout: "/src/dg", HasCtl: true, CtlProject: "docker-git"}
	v, cat := model.VarsFrom(s), catalog(t)
	ctl := 0
	for _, k := range model.AllKinds() {
		rem := cat.Remedy(k)
		_, expl := rem.Filled(v)
		text := expl + "\n"
		for _, st := range rem.Render(v, model.Facts{}) {
			text += "run: " + st.Command + "\n"
		}
		for _, call := range namedCommands(text) {
			prog, sub, _ := strings.Cut(call, " ")
			known := model.DockerGitCommands()
			if prog == "./ctl" {
				known = model.CtlCommands()
				ctl++
			}
			if !slices.Contains(known, sub) {
				t.Errorf("%s, rendered in a checkout, names `%s`, which docker-git does not have (%v)", k, call, known)
			}
		}
	}
	if named == 0 || ctl == 0 {
		t.Fatalf("the scan found %d docker-git and %d ./ctl commands: nothing to check", named, ctl)
	}
}

// The scanner itself: it must catch an invented command and leave compose's
// project name alone.
func TestNamedCommandsScanner(t *testing.T) {
	text := "# T\n\nRun `docker-git up` or `docker compose --project-name docker-git up -d`; the docker-git checkout.\n## Steps\n- x\n  run: cd /x && ./ctl start\n- y\n  run: docker-git ps\n"
	got := namedCommands(text)
	want := []string{"docker-git up", "./ctl start", "docker-git ps"}
	if !slices.Equal(got, want) {
		t.Fatalf("namedCommands = %q, want %q", got, want)
	}
}
