package probe

import (
	"os"
	"path/filepath"
	"testing"
)

// The sysv and OpenRC services' log file is stat'ed: a service that never
// ran has none to read.
func TestDaemonLogMissing(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "usr", "sbin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "usr", "sbin", "service"), nil, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := Config{PlatformRoot: root, Env: envOf(nil)}
	if p := InspectPlatform(cfg, 0); !p.DaemonLogMissing {
		t.Errorf("no log file: %+v", p)
	}
	if err := os.MkdirAll(filepath.Join(root, "var", "log"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "var", "log", "docker.log"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if p := InspectPlatform(cfg, 0); p.DaemonLogMissing {
		t.Errorf("log file present: %+v", p)
	}
}
