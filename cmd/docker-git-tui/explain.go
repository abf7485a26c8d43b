package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
)

// maxExplainInput caps how much pasted text is read from stdin.
const maxExplainInput = 1 << 20

// explainResult is explain's JSON: what the paste shows, and what this
// machine shows now.
type explainResult struct {
	Findings []model.Finding `json:"findings"`
	Live     model.LiveCheck `json:"live"`
}

// runExplain classifies a pasted error message, then probes this machine
// once (unless --no-probe) to say whether the paste's cause holds here now.
// The text is data: it is sanitised before it is printed, and nothing in it
// is executed.
func runExplain(ctx context.Context, e env, o options, cat model.Catalog) int {
	text := strings.Join(o.explainText, " ")
	if len(o.explainText) == 0 {
		data, err := io.ReadAll(io.LimitReader(e.stdin, maxExplainInput))
		if err != nil {
			fmt.Fprintf(e.stderr, "docker-git-tui: reading stdin: %v\n", err)
			return model.ExitUsage
		}
		text = string(data)
	}
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(e.stderr, "docker-git-tui: explain needs an error message as arguments or on stdin")
		return model.ExitUsage
	}
	var res explainResult
	var platform model.Platform
	res.Live, platform = liveCheck(ctx, o, model.ReadPaste(model.Redact(text)), cat)
	// Commands are for this machine, where the reader runs them.
	res.Findings = model.ExplainOn(text, cat, platform)
	if o.json {
		writeJSON(e, res)
		return 0
	}
	var b strings.Builder
	for i, f := range res.Findings {
		if i > 0 {
			b.WriteString("\n")
		}
		writeFinding(&b, f)
	}
	b.WriteString("\n" + res.Live.Line + "\n")
	if f := res.Live.Finding; f != nil && res.Live.Outcome == model.LiveDifferentCause {
		b.WriteString("\n")
		writeFinding(&b, *f)
	}
	fmt.Fprint(e.stdout, b.String())
	return 0
}

// liveCheck probes the endpoint the paste names (or, when it names none,
// the one this shell resolves) once, and compares. It also returns this
// machine's platform: from the probe's cycle when one ran, else from the
// platform files alone (no daemon is contacted).
func liveCheck(ctx context.Context, o options, p model.Paste, cat model.Catalog) (model.LiveCheck, model.Platform) {
	local := func() model.Platform { return probe.InspectPlatform(o.probe, os.Getuid()) }
	if o.noProbe {
		return model.SkippedLive("--no-probe"), local()
	}
	cfg := o.probe
	if p.Host != "" && cfg.HostFlag == "" && cfg.ContextFlag == "" {
		if reason, ok := reachableHere(ctx, p.Host); !ok {
			return model.SkippedLive(reason), local()
		}
		cfg.HostFlag = p.Host
	}
	eng := probe.NewEngine(cfg)
	defer eng.Close()
	snap := eng.Cycle(ctx)
	return model.CompareLive(model.Kinds(p.Causes), model.Classify(snap, cat)), snap.Platform
}

// reachableHere says whether this machine can probe an endpoint a paste
// names, and why not.
func reachableHere(ctx context.Context, host string) (string, bool) {
	proto, addr, err := model.ParseHost(host)
	shown := model.RedactHost(host)
	switch {
	case strings.HasPrefix(host, "npipe://") && runtime.GOOS != "windows":
		return "the paste's endpoint " + shown + " is a Windows named pipe", false
	case err != nil:
		return "the paste's endpoint " + shown + " is not valid here", false
	case proto == "unix":
		// A socket whose directory does not exist here was on another
		// machine (a Mac's ~/.docker/run, another user's /run/user/UID).
		if _, err := os.Stat(filepath.Dir(addr)); err != nil {
			return "the paste's socket directory " + filepath.Dir(addr) + " does not exist on this machine", false
		}
	case proto == "tcp" || proto == "ssh":
		name := addr
		if h, _, err := net.SplitHostPort(addr); err == nil {
			name = h
		}
		lctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		if _, err := net.DefaultResolver.LookupHost(lctx, name); err != nil {
			return "the paste's daemon host " + name + " is not known to this machine", false
		}
	}
	return "", true
}
