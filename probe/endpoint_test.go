package probe

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// envMap turns a map into a getenv.
func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// writeContext writes a context into the meta store the way `docker context
// create` lays it out.
func writeContext(t *testing.T, dir, name, body string) {
	t.Helper()
	sum := sha256.Sum256([]byte(name))
	p := filepath.Join(dir, "contexts", "meta", hex.EncodeToString(sum[:]))
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(p, "meta.json"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestResolveEndpointPrecedence(t *testing.T) {
	dir := t.TempDir()
	writeContext(t, dir, "colima", `{"Name":"colima","Endpoints":{"docker":{"Host":"unix:///tmp/colima.sock"}}}`)
	writeContext(t, dir, "envctx", `{"Name":"envctx","Endpoints":{"docker":{"Host":"tcp://10.0.0.9:2375"}}}`)
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"currentContext":"colima"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	base := map[string]string{"DOCKER_CONFIG": dir}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	cases := []struct {
		name             string
		hostFlag, ctxArg string
		env              map[string]string
		host             string
		source           model.EndpointSource
	}{
		{"--host beats everything", "unix:///tmp/flag.sock", "", with(map[string]string{"DOCKER_HOST": "unix:///tmp/env.sock", "DOCKER_CONTEXT": "envctx"}), "unix:///tmp/flag.sock", model.SourceHostFlag},
		{"--context beats DOCKER_HOST", "", "envctx", with(map[string]string{"DOCKER_HOST": "unix:///tmp/env.sock"}), "tcp://10.0.0.9:2375", model.SourceContextFlag},
		{"DOCKER_HOST beats DOCKER_CONTEXT", "", "", with(map[string]string{"DOCKER_HOST": "unix:///tmp/env.sock", "DOCKER_CONTEXT": "envctx"}), "unix:///tmp/env.sock", model.SourceDockerHost},
		{"DOCKER_CONTEXT beats config.json", "", "", with(map[string]string{"DOCKER_CONTEXT": "envctx"}), "tcp://10.0.0.9:2375", model.SourceDockerContext},
		{"config.json currentContext", "", "", base, "unix:///tmp/colima.sock", model.SourceConfigFile},
		{"default without config", "", "", map[string]string{"DOCKER_CONFIG": t.TempDir()}, model.DefaultHost, model.SourceDefault},
		{"context named default", "", "default", base, model.DefaultHost, model.SourceContextFlag},
		// The docker CLI fills in its defaults (docker context ls shows them).
		{"DOCKER_HOST unix:// is the default socket", "", "", with(map[string]string{"DOCKER_HOST": "unix://"}), model.DefaultHost, model.SourceDockerHost},
		{"blank DOCKER_HOST is the default socket", "", "", with(map[string]string{"DOCKER_HOST": "   "}), model.DefaultHost, model.SourceDockerHost},
		{"DOCKER_HOST tcp:// is localhost:2375", "", "", with(map[string]string{"DOCKER_HOST": "tcp://"}), "tcp://localhost:2375", model.SourceDockerHost},
		{"DOCKER_HOST tcp://:2375 is localhost", "", "", with(map[string]string{"DOCKER_HOST": "tcp://:2375"}), "tcp://localhost:2375", model.SourceDockerHost},
		{"--host tcp://h is port 2375", "tcp://h", "", base, "tcp://h:2375", model.SourceHostFlag},
		{"blank DOCKER_HOST with TLS is localhost:2376", "", "", with(map[string]string{"DOCKER_HOST": " ", "DOCKER_TLS": "1"}), model.DefaultTLSHost, model.SourceDockerHost},
		{"default with TLS is localhost:2376", "", "", map[string]string{"DOCKER_CONFIG": t.TempDir(), "DOCKER_TLS_VERIFY": "1"}, model.DefaultTLSHost, model.SourceDefault},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := ResolveEndpoint(Config{HostFlag: tc.hostFlag, ContextFlag: tc.ctxArg, Env: envMap(tc.env)})
			if e.Fault != nil {
				t.Fatalf("fault: %v", e.Fault)
			}
			if e.Host != tc.host || e.Source != tc.source {
				t.Fatalf("got %s from %s, want %s from %s", e.Host, e.Source, tc.host, tc.source)
			}
		})
	}
	// With ca.pem in DOCKER_CERT_PATH, or a named context (its own TLS
	// store), TLS from the environment does not stop a unix endpoint.
	certs := t.TempDir()
	if err := os.WriteFile(filepath.Join(certs, "ca.pem"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []Config{
		{Env: envMap(map[string]string{"DOCKER_HOST": "unix:///tmp/d.sock", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": certs})},
		{Env: envMap(with(map[string]string{"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": t.TempDir()}))},
	} {
		if e := ResolveEndpoint(c); e.Fault != nil {
			t.Errorf("%s from %s: fault %v", e.Host, e.Source, e.Fault)
		}
	}
	// The value as set is kept when the CLI's defaults changed it.
	if e := ResolveEndpoint(Config{Env: envMap(with(map[string]string{"DOCKER_HOST": "tcp://"}))}); e.Given != "tcp://" {
		t.Errorf("DOCKER_HOST tcp://: given = %q", e.Given)
	}
	if e := ResolveEndpoint(Config{Env: envMap(with(map[string]string{"DOCKER_HOST": "unix:///tmp/env.sock"}))}); e.Given != "" {
		t.Errorf("DOCKER_HOST as the CLI dials it: given = %q", e.Given)
	}
	// The config.json in use is DOCKER_CONFIG's.
	if e := ResolveEndpoint(Config{Home: "/home/ada", Env: envMap(base)}); e.ConfigFile != filepath.Join(dir, "config.json") {
		t.Errorf("config file = %q, want %s", e.ConfigFile, filepath.Join(dir, "config.json"))
	}
}

func TestResolveEndpointBrokenSettings(t *testing.T) {
	dir := t.TempDir()
	writeContext(t, dir, "broken", `{"Name": "broken", "Endpoints": `)
	writeContext(t, dir, "nodocker", `{"Name":"nodocker","Endpoints":{}}`)
	notJSON := t.TempDir()
	os.WriteFile(filepath.Join(notJSON, "config.json"), []byte("{not json"), 0o644)
	fifoDir := t.TempDir()
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"malformed DOCKER_HOST", Config{Env: envMap(map[string]string{"DOCKER_HOST": "tcp//localhost"})}, "no scheme"},
		{"http:// DOCKER_HOST, which the docker CLI refuses", Config{Env: envMap(map[string]string{"DOCKER_HOST": "http://127.0.0.1:2375"})}, "invalid bind address format: http://127.0.0.1:2375"},
		{"https:// --host", Config{HostFlag: "https://h:2376", Env: envMap(nil)}, "invalid bind address format: https://h:2376"},
		// The docker CLI reads ca.pem whenever the environment turns TLS on,
		// a unix socket included, and stops when it is missing.
		{"unix DOCKER_HOST, DOCKER_TLS_VERIFY, no ca.pem", Config{Env: envMap(map[string]string{"DOCKER_HOST": "unix:///tmp/d.sock",
			"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": fifoDir})}, filepath.Join(fifoDir, "ca.pem") + " does not exist"},
		{"--host unix://, DOCKER_TLS, no ca.pem", Config{HostFlag: "unix:///tmp/d.sock", Env: envMap(map[string]string{"DOCKER_CONFIG": t.TempDir(),
			"DOCKER_TLS": "1", "DOCKER_CERT_PATH": fifoDir})}, "with DOCKER_TLS set"},
		{"unknown context", Config{ContextFlag: "nope", Env: envMap(map[string]string{"DOCKER_CONFIG": dir})}, `context "nope" does not exist`},
		{"malformed meta", Config{ContextFlag: "broken", Env: envMap(map[string]string{"DOCKER_CONFIG": dir})}, "malformed"},
		{"meta without docker endpoint", Config{ContextFlag: "nodocker", Env: envMap(map[string]string{"DOCKER_CONFIG": dir})}, "no docker endpoint"},
		{"config.json not JSON", Config{Env: envMap(map[string]string{"DOCKER_CONFIG": notJSON})}, "not valid JSON"},
	}
	// A FIFO at config.json must not block the probe.
	if err := mkfifo(filepath.Join(fifoDir, "config.json")); err == nil {
		cases = append(cases, struct {
			name string
			cfg  Config
			want string
		}{"config.json is a FIFO", Config{Env: envMap(map[string]string{"DOCKER_CONFIG": fifoDir})}, "not a regular file"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := ResolveEndpoint(tc.cfg)
			if e.Fault == nil || !strings.Contains(e.Fault.Message, tc.want) {
				t.Fatalf("fault = %v, want it to mention %q", e.Fault, tc.want)
			}
			if e.Valid() {
				t.Fatal("a broken endpoint reports Valid")
			}
		})
	}
}

func TestAPIURLFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{nil, "http://127.0.0.1:3334"},
		{map[string]string{"DOCKER_GIT_API_PORT": "4000"}, "http://127.0.0.1:4000"},
		{map[string]string{"DOCKER_GIT_API_BIND_HOST": "0.0.0.0", "DOCKER_GIT_API_PORT": "4000"}, "http://127.0.0.1:4000"},
		{map[string]string{"DOCKER_GIT_API_BIND_HOST": "::1"}, "http://[::1]:3334"},
		{map[string]string{"DOCKER_GIT_API_URL": "http://api.local:9", "DOCKER_GIT_API_PORT": "4000"}, "http://api.local:9"},
	}
	for _, tc := range cases {
		if got := APIURLFromEnv(envMap(tc.env)); got != tc.want {
			t.Errorf("APIURLFromEnv(%v) = %s, want %s", tc.env, got, tc.want)
		}
	}
}
