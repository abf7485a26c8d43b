package main

import "runtime/debug"

// stamped is the release version, set by release builds with
// -ldflags "-X main.stamped=v1.2.3" (.goreleaser.yaml). Empty otherwise.
var stamped string

// version is the stamped release version, else the module version and VCS
// revision the Go toolchain records (go install …@v1.2.3, a source build).
func version() string {
	if stamped != "" {
		return stamped
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v
}
