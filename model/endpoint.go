package model

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// EndpointSource says which setting chose the daemon endpoint, in the order
// the docker CLI consults them.
type EndpointSource string

const (
	SourceHostFlag      EndpointSource = "--host"
	SourceContextFlag   EndpointSource = "--context"
	SourceDockerHost    EndpointSource = "DOCKER_HOST"
	SourceDockerContext EndpointSource = "DOCKER_CONTEXT"
	SourceConfigFile    EndpointSource = "config.json currentContext"
	SourceDefault       EndpointSource = "default"
)

// DefaultHost is where the daemon listens when nothing else is configured.
const DefaultHost = "unix://" + DefaultSocketPath

// DefaultWindowsHost is the Docker Engine's named pipe on Windows.
const DefaultWindowsHost = "npipe:////./pipe/docker_engine"

// DefaultHostOn is the default endpoint on the operating system goos (a
// runtime.GOOS value, passed in as data).
func DefaultHostOn(goos string) string {
	if goos == "windows" {
		return DefaultWindowsHost
	}
	return DefaultHost
}

// Endpoint is the resolved daemon address and where it came from.
type Endpoint struct {
	Host   string
	Source EndpointSource
	// Context is the docker context name when a context decided the host.
	Context string
	// Proto and Address are the parsed Host ("unix", "/var/run/docker.sock").
	Proto   string
	Address string
	// Fault is set when the endpoint could not be resolved or parsed
	// (malformed DOCKER_HOST, unknown context, broken config.json).
	Fault *Fault
	// ConfigFile is the docker config.json consulted for currentContext
	// ($DOCKER_CONFIG/config.json, else ~/.docker/config.json).
	ConfigFile string
	// Given is the --host or DOCKER_HOST value as set, when the docker
	// CLI's defaults made Host differ from it ("tcp://" for
	// tcp://localhost:2375); "" otherwise.
	Given string
	// TLSFile is the TLS file (ca.pem) the docker CLI must read for this
	// endpoint and cannot, when that is the Fault.
	TLSFile string
}

// Valid reports whether the endpoint resolved and parsed.
func (e Endpoint) Valid() bool { return e.Fault == nil && e.Proto != "" }

// SocketPath is the unix socket path, or "" for other protocols.
func (e Endpoint) SocketPath() string {
	if e.Proto == "unix" {
		return e.Address
	}
	return ""
}

// maxUnixPath is the longest path a sockaddr_un holds on Linux.
const maxUnixPath = 107

// ParseHost validates a DOCKER_HOST style address the way the docker CLI
// accepts them on a unix system and returns its protocol and address. It
// never panics.
func ParseHost(host string) (proto, addr string, err error) { return ParseHostOn(host, "") }

// ParseHostOn is ParseHost for the operating system goos (a runtime.GOOS
// value): npipe:// is accepted only on windows.
func ParseHostOn(host, goos string) (proto, addr string, err error) {
	host = strings.TrimSpace(host)
	if host == "" {
		return "", "", fmt.Errorf("empty docker host")
	}
	if strings.ContainsAny(host, "\x00\n\r\t") {
		return "", "", fmt.Errorf("docker host %q contains control characters", host)
	}
	proto, addr, ok := strings.Cut(host, "://")
	if !ok {
		return "", "", fmt.Errorf("docker host %q has no scheme (want unix://, tcp://, ssh:// or npipe://)", host)
	}
	switch proto {
	case "unix":
		if addr == "" || !strings.HasPrefix(addr, "/") {
			return "", "", fmt.Errorf("unix docker host %q needs an absolute socket path", host)
		}
		if len(addr) > maxUnixPath {
			return "", "", fmt.Errorf("unix socket path is %d bytes, longer than the %d the kernel allows", len(addr), maxUnixPath)
		}
		return proto, addr, nil
	case "tcp", "http", "https":
		u, perr := url.Parse("tcp://" + addr)
		if perr != nil {
			return "", "", fmt.Errorf("tcp docker host %q: %v", host, perr)
		}
		if u.Hostname() == "" {
			return "", "", fmt.Errorf("tcp docker host %q has no host name", host)
		}
		port := u.Port()
		if port == "" {
			port = "2375"
		}
		if n, perr := strconv.Atoi(port); perr != nil || n < 1 || n > 65535 {
			return "", "", fmt.Errorf("tcp docker host %q has an invalid port %q", host, port)
		}
		return "tcp", net.JoinHostPort(u.Hostname(), port), nil
	case "ssh":
		u, perr := url.Parse(host)
		if perr != nil || u.Hostname() == "" {
			return "", "", fmt.Errorf("ssh docker host %q has no host name", host)
		}
		return proto, u.Host, nil
	case "npipe":
		if goos != "windows" {
			return "", "", fmt.Errorf("npipe docker host %q only exists on Windows", host)
		}
		if !strings.HasPrefix(addr, "//./pipe/") || len(addr) == len("//./pipe/") {
			return "", "", fmt.Errorf("npipe docker host %q needs a local pipe path like %s", host, DefaultWindowsHost)
		}
		return proto, addr, nil
	case "fd":
		return "", "", fmt.Errorf("fd:// docker host %q is only valid for the daemon, not for clients", host)
	}
	return "", "", fmt.Errorf("docker host %q has an unsupported scheme %q", host, proto)
}

// DefaultTLSHost is where the docker CLI dials when TLS is on
// (DOCKER_TLS_VERIFY or DOCKER_TLS) and no host is given.
const DefaultTLSHost = "tcp://localhost:2376"

// defaultTCPHostName and defaultTCPPort fill a tcp:// endpoint's missing
// host and port, as the docker CLI does.
const (
	defaultTCPHostName = "localhost"
	defaultTCPPort     = "2375"
)

// CLIHostOn is the endpoint the docker CLI dials for a --host or DOCKER_HOST
// value on goos, with the defaults its ParseHost fills in: blank is the
// default socket (DefaultTLSHost when tls is on), unix:// and npipe://
// without a path are the default socket and pipe, and tcp:// without a host
// or port is localhost and 2375. http:// and https://, which the CLI refuses
// ("invalid bind address format"), are an error. Anything else is returned as
// it is, for ParseHostOn to judge.
func CLIHostOn(host, goos string, tls bool) (string, error) {
	h := strings.TrimSpace(host)
	if h == "" {
		if tls {
			return DefaultTLSHost, nil
		}
		return DefaultHostOn(goos), nil
	}
	proto, addr, ok := strings.Cut(h, "://")
	if !ok {
		return h, nil
	}
	switch proto {
	case "unix":
		if addr == "" {
			return DefaultHost, nil
		}
	case "npipe":
		if addr == "" {
			return DefaultWindowsHost, nil
		}
	case "tcp":
		if addr == "" {
			return "tcp://" + net.JoinHostPort(defaultTCPHostName, defaultTCPPort), nil
		}
		u, err := url.Parse(h)
		if err != nil || strings.Contains(addr, "://") {
			return h, nil
		}
		name, port := u.Hostname(), u.Port()
		if name == "" {
			name = defaultTCPHostName
		}
		if port == "" {
			port = defaultTCPPort
		}
		return "tcp://" + net.JoinHostPort(name, port) + u.Path, nil
	case "http", "https":
		return "", fmt.Errorf("invalid bind address format: %s (the docker CLI refuses %s://; it takes tcp://host:port)", h, proto)
	}
	return h, nil
}
