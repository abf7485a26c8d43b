// Command docker-git-tui tells a docker-git user, live, why Docker access
// fails on their machine and walks them to the fix.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// env is the process's outside world, as seams for tests.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// isTerminal reports whether stdout is a terminal.
	isTerminal func() bool
	// execve replaces the process (syscall.Exec): the dashboard's restart
	// under sg.
	execve func(argv0 string, argv, envv []string) error
}

func main() {
	e := env{
		args: os.Args[1:], stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv:     os.Getenv,
		isTerminal: func() bool { return isTerminal(os.Stdout) },
		execve:     syscall.Exec,
	}
	os.Exit(run(e))
}

// run wires flags to a mode and returns the exit code.
func run(e env) int {
	// net/http's Transport reports protocol oddities (bytes on an idle
	// connection: "Unsolicited response received on idle HTTP channel")
	// through the standard logger, which has no per-Transport setting. The
	// probe reports what the daemon did; a library's line on stderr would
	// only interleave with the report, so the standard logger is silenced.
	log.SetOutput(io.Discard)
	o, err := parseFlags(e.args, e.getenv)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(e.stdout, usageText())
		return 0
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "docker-git-tui: %v\n", err)
		return model.ExitUsage
	}
	if o.version {
		fmt.Fprintf(e.stdout, "docker-git-tui %s\n", version())
		return 0
	}
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		fmt.Fprintf(e.stderr, "docker-git-tui: remediation content is broken: %v\n", err)
		return model.KindUnknown.ExitCode()
	}
	// SIGHUP too: a closed terminal or ssh session must still end the
	// program through its normal shutdown, which restores the terminal.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	switch {
	case o.explain:
		return runExplain(ctx, e, o, cat)
	case o.allContexts && (o.once || o.json || !e.isTerminal()):
		return runAllContextsOnce(ctx, e, o, cat)
	case o.allContexts:
		return runContextsDashboard(ctx, e, o, cat)
	case o.once || o.json || !e.isTerminal():
		return runOnce(ctx, e, o, cat)
	}
	return runDashboard(ctx, e, o, cat)
}
