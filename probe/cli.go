package probe

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// waitDelay bounds how long a killed child's pipes may hold Wait.
const waitDelay = 200 * time.Millisecond

// maxOutput caps what is kept of a subprocess's output.
const maxOutput = 16 << 10

// ChildEnv is the small environment handed to subprocesses: enough for the
// docker CLI to find its plugins and config, nothing else of ours.
func ChildEnv(getenv func(string) string) []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "DOCKER_CONFIG", "XDG_RUNTIME_DIR"} {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// InspectCLI finds the docker CLI on PATH (looked up with the given PATH
// value so tests can hide it) and asks it for its version and for
// `docker compose version`. It never asks the CLI to contact the daemon:
// that is what the API probes are for.
func InspectCLI(ctx context.Context, env []string, path string) model.CLIFacts {
	f := model.CLIFacts{Attempted: true}
	bin, err := lookPath("docker", path)
	if err != nil {
		f.Fault = model.NewFault(err)
		return f
	}
	f.Found, f.Path = true, bin
	out, err := run(ctx, env, bin, "--version")
	if model.IsWSLShimOutput(out) || err != nil && model.IsWSLShimOutput(err.Error()) {
		// Docker Desktop's shim: no CLI behind it, nothing more to ask.
		f.WSLShim = true
		f.Fault = model.FaultOf(model.ErrNotExist, firstLine(strings.TrimSpace(out+"\n"+errText(err))))
		return f
	}
	if err != nil {
		f.Fault = model.NewFault(err)
	} else {
		f.Version = strings.TrimSpace(strings.TrimPrefix(out, "Docker version"))
	}
	// Without the plugin, the CLI parses "compose" as an unknown command and
	// fails; the plugin answers "Docker Compose version v2.x".
	out, err = run(ctx, env, bin, "compose", "version")
	if err != nil {
		f.ComposeFault = model.FaultOf(model.ClassifyError(err), firstLine(err.Error()))
		return f
	}
	f.ComposeFound = true
	f.ComposeVersion = strings.TrimSpace(strings.TrimPrefix(firstLine(out), "Docker Compose version"))
	return f
}

// lookPath is exec.LookPath against an explicit PATH value.
func lookPath(file, path string) (string, error) {
	for _, dir := range strings.Split(path, ":") {
		if dir == "" {
			continue
		}
		cand := dir + "/" + file
		if p, err := exec.LookPath(cand); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%q: %w", file, exec.ErrNotFound)
}

// run runs a command with a deadline and returns its stdout; a failure
// carries the first line of stderr.
func run(ctx context.Context, env []string, bin string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append([]string{"LC_ALL=C"}, env...)
	return capture(ctx, cmd)
}

// capture runs cmd with no stdin (a child must never wait on our terminal),
// output capped, and the first line of its error output in the error.
func capture(ctx context.Context, cmd *exec.Cmd) (string, error) {
	var stdout, stderr limitedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Stdin = nil
	cmd.WaitDelay = waitDelay
	ownProcessGroup(cmd)
	err := cmd.Run()
	if ctx.Err() != nil {
		return stdout.String(), ctx.Err()
	}
	if err != nil {
		msg := firstLine(stderr.String())
		if msg == "" {
			msg = firstLine(stdout.String())
		}
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) && msg != "" {
			return stdout.String(), fmt.Errorf("%s: %w", msg, err)
		}
		return stdout.String(), err
	}
	return stdout.String(), nil
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// limitedBuffer keeps at most maxOutput bytes and discards the rest, so a
// chatty child cannot grow our memory.
type limitedBuffer struct{ bytes.Buffer }

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := maxOutput - b.Len(); room > 0 {
		if len(p) > room {
			b.Buffer.Write(p[:room])
		} else {
			b.Buffer.Write(p)
		}
	}
	return len(p), nil
}

// RunCommand runs name with args under ctx's deadline, with the calling
// process's environment, no stdin, and output capped; it returns stdout.
// It is the one way the command layer runs helper processes (sg for the
// newgrp verification).
func RunCommand(ctx context.Context, name string, args ...string) (string, error) {
	return capture(ctx, exec.CommandContext(ctx, name, args...))
}

// pluginDirs are where the docker CLI looks for plugins such as compose.
func pluginDirs(cfg Config) []string {
	dirs := []string{"/usr/local/lib/docker/cli-plugins", "/usr/local/libexec/docker/cli-plugins",
		"/usr/lib/docker/cli-plugins", "/usr/libexec/docker/cli-plugins"}
	if d := cfg.Env("DOCKER_CONFIG"); d != "" {
		dirs = append(dirs, d+"/cli-plugins")
	} else if cfg.Home != "" {
		dirs = append(dirs, cfg.Home+"/.docker/cli-plugins")
	}
	return dirs
}

// cliCacheKey changes whenever the docker binary found on PATH or any
// plugin directory changes (installed, replaced, removed).
func cliCacheKey(path string, cfg Config) string {
	var b strings.Builder
	bin, err := lookPath("docker", path)
	b.WriteString(bin)
	if err == nil {
		writeStat(&b, bin)
	}
	for _, d := range pluginDirs(cfg) {
		writeStat(&b, d)
	}
	return b.String()
}

func writeStat(b *strings.Builder, p string) {
	if fi, err := os.Stat(p); err == nil {
		fmt.Fprintf(b, "|%s:%d:%d", p, fi.Size(), fi.ModTime().UnixNano())
	} else {
		b.WriteString("|-")
	}
}
