// Package probe does all the IO of docker-git-tui: it resolves the Docker
// endpoint, inspects the socket and the caller's identity, talks to the
// daemon through github.com/moby/moby/client, looks at the controller
// container and its HTTP API, and fills a model.Snapshot. Every call has a
// deadline and honours its context; nothing here decides what a failure
// means (that is model.Classify).
package probe

import (
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// DefaultTimeout bounds one probe cycle.
const DefaultTimeout = 2 * time.Second

// Config is what a probe cycle needs to know. The zero value is not useful;
// build it with ConfigFromEnv and override from flags.
type Config struct {
	// HostFlag and ContextFlag are --host and --context.
	HostFlag    string
	ContextFlag string
	// APIURL is the controller API base URL (--api-url, DOCKER_GIT_API_URL,
	// or built from DOCKER_GIT_API_BIND_HOST and DOCKER_GIT_API_PORT).
	APIURL string
	// Container is the controller container name.
	Container        string
	ExpectedRevision string
	Timeout          time.Duration
	NoSudo           bool
	// InfoEvery fetches /info every Nth cycle (and whenever the daemon's
	// state changed); it costs ~100x a ping.
	InfoEvery int
	// Env reads environment variables; tests pass a map.
	Env func(string) string
	// SkipSystemSockets keeps the alternate-socket search to per-user
	// locations. The test suite sets it (DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS)
	// so it never touches a host daemon.
	SkipSystemSockets bool
	// PlatformRoot is prefixed to every system path the platform probe reads
	// (/etc/os-release, /proc/sys/kernel/osrelease, /run/systemd/system,
	// /run/openrc, /sys/fs/selinux/enforce, /run/user, /snap/bin/docker).
	// Empty in production; the test suites point it at fixture trees
	// (DOCKER_GIT_TUI_TEST_PLATFORM_ROOT).
	PlatformRoot string
	// Home is the user's home directory (for ~/.docker and the Desktop,
	// Colima, Rancher and OrbStack sockets).
	Home string
}

// ConfigFromEnv fills the defaults from environment variables read through
// getenv (os.Getenv in production).
func ConfigFromEnv(getenv func(string) string) Config {
	home := getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	c := Config{
		APIURL:    APIURLFromEnv(getenv),
		Container: getenv("DOCKER_GIT_API_CONTAINER_NAME"),
		Timeout:   DefaultTimeout,
		InfoEvery: model.DefaultInfoEvery,
		Env:       getenv,
		Home:      home,

		SkipSystemSockets: getenv("DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS") != "",
		PlatformRoot:      getenv("DOCKER_GIT_TUI_TEST_PLATFORM_ROOT"),
	}
	if c.Container == "" {
		c.Container = model.DefaultContainer
	}
	return c
}

// APIURLFromEnv resolves the controller API URL the way docker-git does.
func APIURLFromEnv(getenv func(string) string) string {
	if u := getenv("DOCKER_GIT_API_URL"); u != "" {
		return u
	}
	host := getenv("DOCKER_GIT_API_BIND_HOST")
	switch host {
	case "", "0.0.0.0":
		// A wildcard bind is reached through loopback.
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	port := getenv("DOCKER_GIT_API_PORT")
	if port == "" {
		port = strconv.Itoa(model.DefaultAPIPort)
	}
	return (&url.URL{Scheme: "http", Host: net.JoinHostPort(strings.Trim(host, "[]"), port)}).String()
}

// APIURLSettings names the variables APIURLFromEnv built the URL from when
// DOCKER_GIT_API_URL is unset, with their values
// (DOCKER_GIT_API_PORT="abc"), for an error about that URL.
func APIURLSettings(getenv func(string) string) string {
	var set []string
	for _, name := range []string{"DOCKER_GIT_API_BIND_HOST", "DOCKER_GIT_API_PORT"} {
		if v := getenv(name); v != "" {
			set = append(set, fmt.Sprintf("%s=%q", name, v))
		}
	}
	if len(set) == 0 {
		return "the default API address"
	}
	return strings.Join(set, " and ")
}

// ValidateAPIURL checks that u is an absolute http(s) URL.
func ValidateAPIURL(u string) error {
	p, err := url.Parse(u)
	if err != nil {
		return err
	}
	if p.Scheme != "http" && p.Scheme != "https" {
		return fmt.Errorf("want an http:// or https:// URL, got %q", u)
	}
	if p.Host == "" {
		return fmt.Errorf("URL %q has no host", u)
	}
	return nil
}
