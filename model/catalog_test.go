package model_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/docker-git/docker-git-tui/model"
)

func TestEveryKindHasRemediation(t *testing.T) {
	cat := catalog(t)
	for _, k := range model.AllKinds() {
		r := cat.Remedy(k)
		if r.Kind != k || r.Title == "" || r.Explanation == "" || len(r.Steps) == 0 {
			t.Errorf("%s: incomplete remedy %+v", k, r)
		}
	}
}

func TestLoadCatalogRejectsDrift(t *testing.T) {
	good := "# T\nExplanation.\n## Steps\n- do it\n"
	cases := map[string]fstest.MapFS{
		"a file for no kind": {"not-a-kind.md": {Data: []byte(good)}},
		"a kind without a file": {
			"unknown.md": {Data: []byte(good)},
		},
		"an unknown verify fact": {"unknown.md": {Data: []byte("# T\nE.\n## Steps\n- x\n  verify: moon-is-full\n")}},
		"a broken template":      {"unknown.md": {Data: []byte("# T\nE.\n## Steps\n- x\n  run: echo {{.User\n")}},
	}
	for name, fsys := range cases {
		if _, err := model.LoadCatalog(fsys); err == nil {
			t.Errorf("%s: LoadCatalog accepted it", name)
		}
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"docker": "docker", "bob smith": "'bob smith'", "a'b": `'a'"'"'b'`, "": "''", "$(rm -rf /)": "'$(rm -rf /)'",
	} {
		if got := model.ShellQuote(in); got != want {
			t.Errorf("ShellQuote(%q) = %s, want %s", in, got, want)
		}
	}
	if strings.Contains(model.ShellQuote("x;y"), ";y") && !strings.HasPrefix(model.ShellQuote("x;y"), "'") {
		t.Error("semicolon not quoted")
	}
}
