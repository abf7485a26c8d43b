package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

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
	version       bool
	explain       bool
	explainText   []string
	noProbe       bool
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
	fs := flag.NewFlagSet("docker-git-tui", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.probe.HostFlag, "host", "", "daemon endpoint, like DOCKER_HOST (unix:///var/run/docker.sock)")
	fs.StringVar(&o.probe.ContextFlag, "context", "", "docker context to use")
	fs.StringVar(&o.probe.APIURL, "api-url", o.probe.APIURL, "docker-git API base URL")
	fs.StringVar(&o.probe.Container, "container", o.probe.Container, "controller container name")
	fs.StringVar(&o.probe.ExpectedRevision, "expected-revision", "", "revision the controller must report")
	fs.DurationVar(&o.probe.Timeout, "timeout", probe.DefaultTimeout, "deadline of one probe cycle")
	fs.DurationVar(&o.interval, "interval", defaultInterval, "dashboard polling interval")
	fs.BoolVar(&o.probe.NoSudo, "no-sudo", false, "never try `sudo -n docker info`")
	fs.BoolVar(&o.once, "once", false, "probe once, print a report and exit")
	fs.BoolVar(&o.json, "json", false, "print the report as JSON")
	fs.BoolVar(&o.exitWhenReady, "exit-when-ready", false, "dashboard: quit with code 0 once Docker access works")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.noProbe, "no-probe", false, "explain: do not compare the paste with a live probe of this machine")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usageError{err.Error()}
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

func (o options) validate(fs *flag.FlagSet) error {
	switch {
	case o.probe.Timeout <= 0:
		return usageError{fmt.Sprintf("invalid value %q for flag --timeout: must be positive", o.probe.Timeout)}
	case o.interval < minInterval || o.interval > maxInterval:
		return usageError{fmt.Sprintf("invalid value %q for flag --interval: must be between %s and %s", o.interval, minInterval, maxInterval)}
	case o.probe.HostFlag != "" && o.probe.ContextFlag != "":
		return usageError{"flags --host and --context conflict: give one"}
	case o.probe.Container == "":
		return usageError{"invalid value \"\" for flag --container: must not be empty"}
	}
	if err := probe.ValidateAPIURL(o.probe.APIURL); err != nil {
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

// usageText is printed for -h/--help.
func usageText() string {
	return `docker-git-tui: tells you why Docker access fails for docker-git, and how to fix it.

Usage:
  docker-git-tui [flags]                  live dashboard (a report when stdout is not a terminal)
  docker-git-tui --once [--json] [flags]  probe once, print the report, exit with its code
  docker-git-tui explain [--json] [--no-probe] [TEXT]  classify a pasted error message (stdin without TEXT)

Flags:
  --host URL               daemon endpoint, like DOCKER_HOST
  --context NAME           docker context to use
  --api-url URL            docker-git API (default $DOCKER_GIT_API_URL or http://127.0.0.1:3334)
  --container NAME         controller container (default $DOCKER_GIT_API_CONTAINER_NAME or docker-git-api)
  --expected-revision REV  revision the controller must report
  --timeout DURATION       deadline of one probe cycle (default 2s)
  --interval DURATION      dashboard polling interval (default 2s)
  --no-sudo                never try "sudo -n docker info"
  --exit-when-ready        dashboard: quit with code 0 once Docker access works
  --once, --json           one-shot report, as text or JSON
  --version                print the version
  --no-probe               explain: do not compare the paste with a live probe of this machine

Exit codes: 0 ready, 1 usage error, 10-28 one per failure kind (see README).
`
}
