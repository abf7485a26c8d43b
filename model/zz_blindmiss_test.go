package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestBlindMisses(t *testing.T) {
	files := strings.Fields(os.Getenv("BLIND_FILE"))
	if len(files) == 0 {
		t.Skip("BLIND_FILE")
	}
	for _, f := range files {
		p := f
		if !filepath.IsAbs(p) {
			p = "../testdata/explain/" + f
		}
		cases := loadCases(t, p)
		right, look, lookTaken := 0, 0, 0
		for _, c := range cases {
			got := model.ClassifyText(c.text)
			isLook := len(c.want) == 1 && c.want[0] == model.KindUnknown
			if isLook {
				look++
			}
			if equalKinds(got, c.want) {
				right++
				continue
			}
			if isLook {
				lookTaken++
				t.Logf("MISS LOOKALIKE %s: got %v want %v", c.id, got, c.want)
			} else {
				t.Logf("MISS %s: got %v want %v", c.id, got, c.want)
			}
		}
		t.Logf("%s: %d/%d (%.1f%%) lookalikes %d taken %d", f, right, len(cases), 100*float64(right)/float64(len(cases)), look, lookTaken)
	}
}
