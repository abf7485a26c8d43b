package main

import "testing"

// A release build's stamped version (-X main.stamped, .goreleaser.yaml) is
// what --version prints; without it, the toolchain's build info is.
func TestVersionPrefersStamp(t *testing.T) {
	defer func(old string) { stamped = old }(stamped)
	stamped = ""
	if v := version(); v == "" || v == "v1.2.3" {
		t.Fatalf("unstamped version %q", v)
	}
	stamped = "v1.2.3"
	code, out, _ := runWith(t, []string{"--version"}, nil, "")
	if code != 0 || out != "docker-git-tui v1.2.3\n" {
		t.Fatalf("exit %d, out %q", code, out)
	}
}
