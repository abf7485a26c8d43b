package assets_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

var update = flag.Bool("update", false, "rewrite the README's failure-mode table from the remediation files")

const (
	startMarker = "<!-- kinds:start -->"
	endMarker   = "<!-- kinds:end -->"
)

// kindTable renders the README table from the embedded remediation files,
// with titles filled with the default values a reader expects.
func kindTable(t *testing.T) string {
	t.Helper()
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		t.Fatal(err)
	}
	vars := model.VarsFrom(model.Snapshot{})
	var b strings.Builder
	b.WriteString(startMarker + "\n| kind | exit | severity | title |\n| --- | --- | --- | --- |\n")
	for _, k := range model.AllKinds() {
		title, _ := cat.Remedy(k).Filled(vars)
		fmt.Fprintf(&b, "| [`%s`](assets/remediation/%s.md) | %d | %s | %s |\n", k, k, k.ExitCode(), k.Severity(), title)
	}
	b.WriteString(endMarker)
	return b.String()
}

// TestREADMEFailureTableMatchesAssets keeps the README's troubleshooting
// table and the embedded remediation content from drifting apart.
func TestREADMEFailureTableMatchesAssets(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start, end := strings.Index(readme, startMarker), strings.Index(readme, endMarker)
	if start < 0 || end < start {
		t.Fatalf("README lacks the %s … %s markers", startMarker, endMarker)
	}
	got := readme[start : end+len(endMarker)]
	want := kindTable(t)
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(readme[:start]+want+readme[end+len(endMarker):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("README failure table is stale; run `go test ./assets/ -update`.\nwant:\n%s", want)
}
