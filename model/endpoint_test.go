package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

func TestParseHost(t *testing.T) {
	cases := []struct {
		in, proto, addr string
		err             string
	}{
		{"unix:///var/run/docker.sock", "unix", "/var/run/docker.sock", ""},
		{"tcp://127.0.0.1:2376", "tcp", "127.0.0.1:2376", ""},
		{"tcp://docker.example", "tcp", "docker.example:2375", ""},
		{"ssh://me@host", "ssh", "host", ""},
		{"unix://relative.sock", "", "", "absolute"},
		{"/var/run/docker.sock", "", "", "no scheme"},
		{"tcp//localhost", "", "", "no scheme"},
		{"tcp://:99999", "", "", "no host"},
		{"tcp://h:99999", "", "", "invalid port"},
		{"npipe:////./pipe/docker_engine", "", "", "Windows"},
		{"foo://bar", "", "", "unsupported scheme"},
		{"unix:///" + strings.Repeat("a", 200), "", "", "longer than"},
		{"", "", "", "empty"},
	}
	for _, tc := range cases {
		proto, addr, err := model.ParseHost(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseHost(%q) err = %v, want it to mention %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || proto != tc.proto || addr != tc.addr {
			t.Errorf("ParseHost(%q) = %q, %q, %v; want %q, %q", tc.in, proto, addr, err, tc.proto, tc.addr)
		}
	}
}

// TestCLIHostOn: the endpoint the docker CLI dials for a DOCKER_HOST value
// (as `docker context ls` shows it), or its refusal.
func TestCLIHostOn(t *testing.T) {
	cases := []struct {
		in   string
		tls  bool
		want string
		err  string
	}{
		{"unix://", false, model.DefaultHost, ""},
		{"   ", false, model.DefaultHost, ""},
		{"", true, "tcp://localhost:2376", ""},
		{"tcp://", false, "tcp://localhost:2375", ""},
		{"tcp://:2375", false, "tcp://localhost:2375", ""},
		{"tcp://:2376", true, "tcp://localhost:2376", ""},
		{"tcp://10.0.0.1", false, "tcp://10.0.0.1:2375", ""},
		{"tcp://[::1]:2375", false, "tcp://[::1]:2375", ""},
		{"unix:///run/x.sock", false, "unix:///run/x.sock", ""},
		{"ssh://me@host", false, "ssh://me@host", ""},
		{"http://127.0.0.1:2375", false, "", "invalid bind address format: http://127.0.0.1:2375"},
		{"https://h:2376", false, "", "invalid bind address format: https://h:2376"},
	}
	for _, tc := range cases {
		got, err := model.CLIHostOn(tc.in, "linux", tc.tls)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("CLIHostOn(%q) err = %v, want it to mention %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("CLIHostOn(%q, tls %v) = %q, %v; want %q", tc.in, tc.tls, got, err, tc.want)
		}
	}
	if got, _ := model.CLIHostOn("npipe://", "windows", false); got != model.DefaultWindowsHost {
		t.Errorf("CLIHostOn(npipe://) = %q", got)
	}
}

func FuzzParseHost(f *testing.F) {
	for _, s := range []string{"unix:///var/run/docker.sock", "tcp://h:1", "ssh://u@h", "tcp://[::1]:2375", "x", "unix://"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		proto, addr, err := model.ParseHost(s)
		if err != nil {
			if proto != "" || addr != "" {
				t.Fatalf("error with a result: %q %q", proto, addr)
			}
			return
		}
		switch proto {
		case "unix":
			if !strings.HasPrefix(addr, "/") || len(addr) > 107 {
				t.Fatalf("bad unix address %q from %q", addr, s)
			}
		case "tcp", "ssh":
			if addr == "" {
				t.Fatalf("empty address from %q", s)
			}
		default:
			t.Fatalf("unexpected proto %q from %q", proto, s)
		}
	})
}

// The named pipe is an endpoint only on Windows; the platform is data, so
// the Windows case is tested on any machine.
func TestParseHostOnWindows(t *testing.T) {
	proto, addr, err := model.ParseHostOn(model.DefaultWindowsHost, "windows")
	if err != nil || proto != "npipe" || addr != "//./pipe/docker_engine" {
		t.Fatalf("model.ParseHostOn(%q, windows) = %q, %q, %v", model.DefaultWindowsHost, proto, addr, err)
	}
	for _, bad := range []string{"npipe://", "npipe:////./pipe/", "npipe://server/pipe/x"} {
		if _, _, err := model.ParseHostOn(bad, "windows"); err == nil {
			t.Errorf("model.ParseHostOn(%q, windows) accepted a pipe that is not local", bad)
		}
	}
	if _, _, err := model.ParseHostOn(model.DefaultWindowsHost, "linux"); err == nil {
		t.Error("npipe accepted on linux")
	}
	if got := model.DefaultHostOn("windows"); got != model.DefaultWindowsHost {
		t.Errorf("model.DefaultHostOn(windows) = %q", got)
	}
	if got := model.DefaultHostOn("darwin"); got != model.DefaultHost {
		t.Errorf("model.DefaultHostOn(darwin) = %q", got)
	}
}
