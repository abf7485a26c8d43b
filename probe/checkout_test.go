package probe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const apiCompose = "services:\n  api:\n    build: .\n    container_name: ${DOCKER_GIT_API_CONTAINER_NAME:-docker-git-api}\nvolumes:\n  api:\n"

func write(t *testing.T, path, body string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
}

func TestFindCheckoutWalksUpLikeDockerGit(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "docker-compose.yml"), apiCompose, 0o644)
	write(t, filepath.Join(root, "ctl"), "#!/bin/sh\n", 0o755)
	// A project's own compose file below it has no service api.
	write(t, filepath.Join(root, "projects", "p", "docker-compose.yml"), "services:\n  dev:\n    image: x\n  # api:\n", 0o644)
	deep := filepath.Join(root, "projects", "p", "src")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, ctl := FindCheckout(deep); got != root || !ctl {
		t.Fatalf("FindCheckout(%s) = %q, %v; want %q with ctl", deep, got, ctl, root)
	}
	if got, _ := FindCheckout(root); got != root {
		t.Fatalf("FindCheckout(root) = %q", got)
	}

	// More than CheckoutMaxDepth levels below: docker-git does not find it.
	far := filepath.Join(append([]string{root}, strings.Split(strings.Repeat("d/", 20), "/")...)...)
	if err := os.MkdirAll(far, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, _ := FindCheckout(far); got != "" {
		t.Fatalf("FindCheckout 20 levels below = %q, want none", got)
	}
	nearEnough := filepath.Join(append([]string{root}, strings.Split(strings.Repeat("d/", 19), "/")...)...)
	if got, _ := FindCheckout(nearEnough); got != root {
		t.Fatalf("FindCheckout 19 levels below = %q, want %q", got, root)
	}

	// Without an executable ./ctl the checkout is found, ./ctl is not offered.
	other := t.TempDir()
	write(t, filepath.Join(other, "docker-compose.yml"), apiCompose, 0o644)
	write(t, filepath.Join(other, "ctl"), "#!/bin/sh\n", 0o644)
	if got, ctl := FindCheckout(other); got != other || ctl {
		t.Fatalf("FindCheckout(non-executable ctl) = %q, %v", got, ctl)
	}
}

func TestComposeHasAPI(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]bool{
		apiCompose: true,
		"services:\n    api:\n        image: x\n":                    true,
		"# comment\nservices:\n  web:\n    x: 1\n  api: # the API\n": true,
		"services:\n  web:\n    api:\n      x: 1\n":                  false, // a key inside another service
		"volumes:\n  api:\n":                                         false,
		"not: yaml: [":                                               false,
	} {
		p := filepath.Join(dir, "docker-compose.yml")
		write(t, p, body, 0o644)
		if got := composeHasAPI(p); got != want {
			t.Errorf("composeHasAPI(%q) = %v, want %v", body, got, want)
		}
	}
}

func TestAPIPortTarget(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		url  string
		env  map[string]string
		host string
		port int
		ok   bool
	}{
		{"http://127.0.0.1:3334", nil, "127.0.0.1", 3334, true},
		{"http://localhost:4000", nil, "127.0.0.1", 4000, true},
		{"http://[::1]:3334", map[string]string{"DOCKER_GIT_API_BIND_HOST": "::1"}, "::1", 3334, true},
		{"http://127.0.0.1:3334", map[string]string{"DOCKER_GIT_API_BIND_HOST": "0.0.0.0"}, "0.0.0.0", 3334, true},
		{"http://10.0.0.5:3334", nil, "", 0, false},
		{"http://controller.example:3334", nil, "", 0, false},
	}
	for _, tc := range cases {
		h, p, ok := APIPortTarget(tc.url, env(tc.env))
		if h != tc.host || p != tc.port || ok != tc.ok {
			t.Errorf("APIPortTarget(%s, %v) = %q, %d, %v; want %q, %d, %v", tc.url, tc.env, h, p, ok, tc.host, tc.port, tc.ok)
		}
	}
}

func TestExplicitAPIURL(t *testing.T) {
	cases := []struct {
		url, port string
		want      bool
	}{
		{"", "", false},
		{"http://127.0.0.1:3334", "", false},
		{"http://localhost:3334/", "", false},
		{"http://[::1]:3334", "", false},
		{"http://127.0.0.1:4000", "4000", false},
		{"http://127.0.0.1:4000", "", true}, // another port than DOCKER_GIT_API_PORT's
		{"https://127.0.0.1:3334", "", true},
		{"http://127.0.0.1:3334/api", "", true},
		{"http://10.0.0.5:3334", "", true},
		{"http://controller.example:3334", "", true},
	}
	for _, tc := range cases {
		env := map[string]string{"DOCKER_GIT_API_URL": tc.url, "DOCKER_GIT_API_PORT": tc.port}
		if got := explicitAPIURL(func(k string) string { return env[k] }); got != tc.want {
			t.Errorf("explicitAPIURL(%q, port %q) = %v, want %v", tc.url, tc.port, got, tc.want)
		}
	}
}

func TestComposeProjectName(t *testing.T) {
	for _, tc := range []struct{ env, dir, want string }{
		{"", "/home/ada/docker-git", "docker-git"},
		{"", "/home/ada/Docker-Git", "docker-git"},
		{"", "/home/ada/dg", "dg"},
		{"", "/src/my.docker git", "mydockergit"},
		{"docker-git", "/src/dg", "docker-git"},
	} {
		if got := composeProjectName(tc.env, tc.dir); got != tc.want {
			t.Errorf("composeProjectName(%q, %q) = %q, want %q", tc.env, tc.dir, got, tc.want)
		}
	}
}
