package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
	"github.com/docker-git/docker-git-tui/tui"
)

// Interval bounds for the dashboard's polling, shared with the dashboard's
// +/- keys.
const (
	minInterval     = tui.MinInterval
	maxInterval     = tui.MaxInterval
	defaultInterval = tui.DefaultInterval
)

// options are the parsed command line.
type options struct {
	probe         probe.Config
	interval      time.Duration
	once          bool
	json          bool
	exitWhenReady bool
	waitFor       model.WaitFor
	version       bool
	explain       bool
	explainText   []string
	noProbe       bool
	allContexts   bool
}

// usageError is a bad flag or argument: one line, exit code 1.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// parseFlags reads args (without the program name). Environment defaults
// come from getenv; flags override them.
func parseFlags(args []string, getenv func(string) string) (options, error) {
	o := options{probe: probe.ConfigFromEnv(getenv), interval: defaultInterval}
	if len(args) > 0 && args[0] == "explain" {
		o.explain = true
		args = args[1:]
	}
	fs := newFlagSet(&o)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usageError{err.Error()}
	}
	if o.waitFor == model.WaitController {
		o.exitWhenReady = true
	}
	if err := o.validate(fs); err != nil {
		return o, err
	}
	if o.explain {
		o.explainText = fs.Args()
	} else if fs.NArg() > 0 {
		return o, usageError{fmt.Sprintf("unexpected argument %q (did you mean `explain`?)", fs.Arg(0))}
	}
	return o, nil
}

// newFlagSet defines every flag, bound to o. It is also the source of the
// help text (usageText), so a flag cannot be added without its help. A
// `word` in backquotes names the flag's argument in the help.
func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("docker-git-tui", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.probe.HostFlag, "host", "", "daemon endpoint `URL`, like DOCKER_HOST")
	fs.StringVar(&o.probe.ContextFlag, "context", "", "use the docker context `NAME`")
	fs.StringVar(&o.probe.APIURL, "api-url", o.probe.APIURL, fmt.Sprintf(
		"docker-git API base `URL` (default $DOCKER_GIT_API_URL, else %s from $DOCKER_GIT_API_BIND_HOST and $DOCKER_GIT_API_PORT)",
		probe.APIURLFromEnv(func(string) string { return "" })))
	fs.StringVar(&o.probe.Container, "container", o.probe.Container,
		"controller container `NAME` (default $DOCKER_GIT_API_CONTAINER_NAME, else "+model.DefaultContainer+")")
	fs.StringVar(&o.probe.ExpectedRevision, "expected-revision", "", "the revision `REV` the controller's /health must report")
	fs.DurationVar(&o.probe.Timeout, "timeout", probe.DefaultTimeout, "deadline `D` of one probe cycle (default "+probe.DefaultTimeout.String()+")")
	fs.DurationVar(&o.interval, "interval", defaultInterval, fmt.Sprintf("dashboard polling interval `D` (default %s, from %s to %s)", defaultInterval, minInterval, maxInterval))
	fs.BoolVar(&o.probe.NoSudo, "no-sudo", false, "never try \"sudo -n docker info\"")
	fs.BoolVar(&o.once, "once", false, "probe once, print the report and exit with its code")
	fs.BoolVar(&o.json, "json", false, "print the report (or explain's classification) as JSON")
	fs.BoolVar(&o.exitWhenReady, "exit-when-ready", false, "dashboard: quit with code 0 once docker-git can run")
	o.waitFor = model.WaitDockerGit
	fs.Func("wait-for", "dashboard: what ready means: `WHAT` is docker-git (it can run, the default) or controller (a healthy controller too; implies --exit-when-ready)", func(s string) error {
		switch w := model.WaitFor(s); w {
		case model.WaitDockerGit, model.WaitController:
			o.waitFor = w
			return nil
		}
		return errors.New("want docker-git or controller")
	})
	fs.BoolVar(&o.allContexts, "all-contexts", false, "probe \"default\" and every docker context at once, one row each")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.noProbe, "no-probe", false, "explain: do not compare the paste with a live probe of this machine")
	return fs
}

func (o options) validate(fs *flag.FlagSet) error {
	switch {
	case o.probe.Timeout <= 0:
		return usageError{fmt.Sprintf("invalid value %q for flag --timeout: must be positive", o.probe.Timeout)}
	case o.interval < minInterval || o.interval > maxInterval:
		return usageError{fmt.Sprintf("invalid value %q for flag --interval: must be between %s and %s", o.interval, minInterval, maxInterval)}
	case o.probe.HostFlag != "" && o.probe.ContextFlag != "":
		return usageError{"flags --host and --context conflict: give one"}
	case o.allContexts && (o.probe.HostFlag != "" || o.probe.ContextFlag != ""):
		return usageError{"flag --all-contexts probes every context: it does not take --host or --context"}
	case o.probe.Container == "":
		return usageError{"invalid value \"\" for flag --container: must not be empty"}
	}
	if err := probe.ValidateAPIURL(o.probe.APIURL); err != nil {
		if !flagSet(fs, "api-url") && o.probe.Env != nil && o.probe.Env("DOCKER_GIT_API_URL") == "" {
			return usageError{fmt.Sprintf("invalid API URL %q built from %s: %v", o.probe.APIURL, probe.APIURLSettings(o.probe.Env), err)}
		}
		name := "--api-url"
		if !flagSet(fs, "api-url") {
			name = "DOCKER_GIT_API_URL"
		}
		return usageError{fmt.Sprintf("invalid value %q for %s: %v", o.probe.APIURL, name, err)}
	}
	return nil
}

func flagSet(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			found = true
		}
	})
	return found
}

// usageText is printed for -h/--help: the modes, then every flag of
// newFlagSet with its help.
func usageText() string {
	var b strings.Builder
	b.WriteString(`docker-git-tui: tells you why Docker access fails for docker-git, and how to fix it.

Usage:
  docker-git-tui [flags]                  live dashboard (a report when stdout is not a terminal)
  docker-git-tui --once [--json] [flags]  probe once, print the report, exit with its code
  docker-git-tui explain [--json] [--no-probe] [TEXT]  classify a pasted error message (stdin without TEXT)

Flags:
`)
	var o options
	fs := newFlagSet(&o)
	var rows [][2]string
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if arg, _ := flag.UnquoteUsage(f); !isBoolFlag(f) {
			name += " " + argName(f, arg)
		}
		_, usage := flag.UnquoteUsage(f)
		rows = append(rows, [2]string{name, usage})
		width = max(width, len(name))
	})
	for _, r := range rows {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, r[0], r[1])
	}
	b.WriteString("\nExit codes: 0 ready, 1 usage error, 2 internal error, 10 and up one per failure kind (see README).\n")
	return b.String()
}

// isBoolFlag reports whether f takes no argument.
func isBoolFlag(f *flag.Flag) bool {
	bf, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && bf.IsBoolFlag()
}

// argName is the argument placeholder of a flag: the backquoted word of its
// usage, else its type in capitals.
func argName(f *flag.Flag, arg string) string {
	if strings.Contains(f.Usage, "`") {
		return arg
	}
	return strings.ToUpper(arg)
}
