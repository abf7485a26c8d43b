package model

import (
	"net/url"
	"path"
	"strconv"
	"strings"
)

// Vars are the real values remediation commands are filled with. Templates
// use them as {{q .User}} (q shell-quotes).
type Vars struct {
	User             string
	UID              int
	Group            string
	GID              int
	SocketPath       string
	SocketDir        string
	Host             string
	Context          string
	APIURL           string
	APIPort          string
	Container        string
	AlternateHost    string
	AlternateProduct string
	AlternatePath    string
	ExpectedRevision string
	Revision         string
	// SSHTarget is the ssh destination of an ssh:// endpoint
	// (ssh://user@host:port, which ssh accepts as is); SSHHost is the name
	// known_hosts files it under ([host]:port when the port is not 22).
	SSHTarget string
	SSHHost   string
}

// VarsFrom collects template values from a snapshot, with the conventional
// defaults where a probe had nothing (group "docker", the default socket).
func VarsFrom(s Snapshot) Vars {
	v := Vars{
		User:             s.Identity.User,
		UID:              s.Identity.UID,
		Group:            "docker",
		GID:              -1,
		SocketPath:       s.Endpoint.SocketPath(),
		Host:             RedactHost(s.Endpoint.Host),
		Context:          s.Endpoint.Context,
		APIURL:           RedactHost(s.API.URL),
		Container:        s.Controller.Name,
		ExpectedRevision: s.ExpectedRevision,
		Revision:         s.API.Revision,
	}
	if v.User == "" {
		v.User = "$USER"
	}
	if v.Host == "" {
		v.Host = DefaultHost
	}
	if v.SocketPath == "" {
		v.SocketPath = "/var/run/docker.sock"
	}
	v.SocketDir = path.Dir(v.SocketPath)
	if s.Socket.Attempted && s.Socket.Exists {
		v.GID = s.Socket.GID
		if s.Socket.Group != "" {
			v.Group = s.Socket.Group
		} else if s.Socket.GID >= 0 {
			v.Group = strconv.Itoa(s.Socket.GID)
		}
	}
	if v.Container == "" {
		v.Container = "docker-git-api"
	}
	if v.APIURL == "" {
		v.APIURL = "http://127.0.0.1:3334"
	}
	v.APIPort = portOf(v.APIURL)
	v.SSHTarget, v.SSHHost = "<ssh host>", "<ssh host>"
	if s.Endpoint.Proto == "ssh" {
		if u, err := url.Parse(s.Endpoint.Host); err == nil && u.Hostname() != "" {
			v.SSHTarget = RedactHost(s.Endpoint.Host)
			v.SSHHost = u.Hostname()
			if p := u.Port(); p != "" && p != "22" {
				v.SSHHost = "[" + u.Hostname() + "]:" + p
			}
		}
	}
	for _, a := range s.Alternates {
		if a.OK {
			v.AlternateHost = a.Host
			v.AlternateProduct = a.Product
			v.AlternatePath = strings.TrimPrefix(a.Host, "unix://")
			break
		}
	}
	return v
}

// portOf returns the port of an http URL, defaulting by scheme.
func portOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	if p := u.Port(); p != "" {
		return p
	}
	if u.Scheme == "https" {
		return "443"
	}
	return "80"
}

// Facts are the verifiable statements remediation steps can be ticked by.
// A fact absent from the map is unknown and leaves its step manual.
type Facts map[string]bool

// Fact names used by `verify:` lines in the remediation files.
const (
	FactCLIFound            = "cli-found"
	FactComposeFound        = "compose-found"
	FactEndpointValid       = "endpoint-valid"
	FactSocketExists        = "socket-exists"
	FactDaemonAnswers       = "daemon-answers"
	FactUserInSocketGroup   = "user-in-socket-group"
	FactSessionHasGroup     = "session-has-socket-group"
	FactSocketGroupRW       = "socket-group-rw"
	FactControllerExists    = "controller-exists"
	FactControllerRunning   = "controller-running"
	FactControllerHealthy   = "controller-healthy"
	FactControllerMounts    = "controller-mounts-socket"
	FactAPIAnswers          = "api-answers"
	FactRevisionMatches     = "revision-matches"
	FactEndpointIsAlternate = "endpoint-is-alternate"
)

func knownFact(name string) bool {
	switch name {
	case FactCLIFound, FactComposeFound, FactEndpointValid, FactSocketExists, FactDaemonAnswers,
		FactUserInSocketGroup, FactSessionHasGroup, FactSocketGroupRW, FactControllerExists,
		FactControllerRunning, FactControllerHealthy, FactControllerMounts, FactAPIAnswers,
		FactRevisionMatches, FactEndpointIsAlternate:
		return true
	}
	return false
}
