//go:build linux

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Secrets never reach any output form: the one-shot text and JSON, the
// dashboard's screen, and explain. The secrets ride in where users put
// them: a password in DOCKER_HOST, a token pasted with an error message,
// a private key pasted by mistake.
func TestSecretsAreRedactedInEveryOutput(t *testing.T) {
	const password = "hunter2-s3cret"
	const token = "ghp_abcdefghijklmnopqrstuvwx12"
	host := "tcp://admin:" + password + "@127.0.0.1:1"
	env := baseEnv(t)
	env["DOCKER_HOST"] = host

	check := func(form, out string) {
		t.Helper()
		for _, secret := range []string{password, token, "MIIEvQIBADANBg"} {
			if strings.Contains(out, secret) {
				t.Errorf("%s output leaks %q:\n%s", form, secret, out)
			}
		}
	}
	text := run(t, invocation{args: []string{"--once", "--no-sudo", "--timeout", "1s"}, env: env})
	if !strings.Contains(text.stdout, "admin:REDACTED@127.0.0.1:1") {
		t.Fatalf("text report does not show the redacted host:\n%s", text.stdout)
	}
	check("text", text.stdout+text.stderr)
	js := run(t, invocation{args: []string{"--once", "--json", "--no-sudo", "--timeout", "1s"}, env: env})
	check("json", js.stdout+js.stderr)

	pasted := fmt.Sprintf("GITHUB_TOKEN=%s docker info\nCannot connect to the Docker daemon at %s. Is the docker daemon running?\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n", token, host)
	for _, args := range [][]string{{"explain"}, {"explain", "--json"}} {
		r := run(t, invocation{args: args, env: env, stdin: pasted})
		if r.code != 0 {
			t.Fatalf("%v exit %d: %s", args, r.code, r.stderr)
		}
		check(strings.Join(args, " "), r.stdout+r.stderr)
	}

	var envArgs []string
	for k, v := range env {
		envArgs = append(envArgs, k+"="+v)
	}
	p := startPane(t, fmt.Sprintf("env -i TERM=xterm-256color %s %s --no-sudo --timeout 1s; sleep 600", strings.Join(envArgs, " "), shared.bin))
	// The dashboard shows the endpoint the CLI dials (no credentials in
	// it); the check below is that the secret is nowhere on the screen.
	p.waitText("tcp://127.0.0.1:1", 10*time.Second)
	check("dashboard", p.capture())
}
