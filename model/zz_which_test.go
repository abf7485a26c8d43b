package model_test

import (
	"os"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestWhich(t *testing.T) {
	ids := map[string]bool{}
	for _, id := range strings.Fields(os.Getenv("IDS")) {
		ids[id] = true
	}
	if len(ids) == 0 {
		t.Skip("IDS")
	}
	cs := loadCases(t, "../testdata/explain/*.txt")
	if m, _ := os.ReadDir("../testdata/explain/pending"); len(m) > 0 {
		cs = append(cs, loadCases(t, "../testdata/explain/pending/*.txt")...)
	}
	for _, c := range cs {
		if !ids[c.id] {
			continue
		}
		t.Logf("=== %s (%s) want %v got %v lookalike=%s\n%s\n", c.id, c.file, c.want, model.ClassifyText(c.text), c.lookalike, c.text)
	}
}
