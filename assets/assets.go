// Package assets embeds the remediation content: one markdown file per
// failure kind in remediation/, named <kind>.md. Editing the prose needs no
// code change; model.LoadCatalog checks every kind has exactly one file.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed remediation/*.md
var files embed.FS

// Remediation returns the remediation files as a filesystem rooted at the
// folder, for model.LoadCatalog.
func Remediation() fs.FS {
	sub, err := fs.Sub(files, "remediation")
	if err != nil {
		// fs.Sub only fails on an invalid path, which is a constant here.
		panic(err)
	}
	return sub
}
