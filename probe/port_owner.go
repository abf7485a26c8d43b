package probe

import (
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// APIPortTarget is the address docker-git publishes its API on, as a host
// and port to check on this machine: the API URL's port, on
// DOCKER_GIT_API_BIND_HOST (default 127.0.0.1). ok is false when the API
// URL does not point at this machine (a custom DOCKER_GIT_API_URL
// elsewhere), so no local listener can be in docker-git's way.
func APIPortTarget(apiURL string, getenv func(string) string) (host string, port int, ok bool) {
	u, err := url.Parse(apiURL)
	if err != nil || u.Hostname() == "" {
		return "", 0, false
	}
	bind := getenv("DOCKER_GIT_API_BIND_HOST")
	if bind == "" {
		bind = "127.0.0.1"
	}
	h := u.Hostname()
	ip := net.ParseIP(h)
	local := h == "localhost" || (ip != nil && (ip.IsLoopback() || ip.IsUnspecified())) || h == strings.Trim(bind, "[]")
	if !local {
		return "", 0, false
	}
	p := u.Port()
	if p == "" {
		p = strconv.Itoa(model.DefaultAPIPort)
	}
	port, err = strconv.Atoi(p)
	if err != nil || port <= 0 || port > 65535 {
		return "", 0, false
	}
	return strings.Trim(bind, "[]"), port, true
}

// conflicts reports whether a socket listening on addr blocks binding
// host:port: the same address, or either side is a wildcard.
func conflicts(listen net.IP, host string) bool {
	want := net.ParseIP(host)
	if want == nil {
		if host == "localhost" {
			want = net.IPv4(127, 0, 0, 1)
		} else {
			return true // a name we cannot compare: assume the worst
		}
	}
	return listen.IsUnspecified() || want.IsUnspecified() || listen.Equal(want)
}

// ProbePort finds who listens on port at host (or a wildcard address),
// the way `ss -ltnp` does. It never blocks: it reads /proc.
func ProbePort(host string, port int) model.PortFacts {
	f := model.PortFacts{Attempted: true, Host: host, Port: port}
	ls, err := listeners(host, port)
	if err != nil {
		f.Fault = model.NewFault(err)
		return f
	}
	f.Listeners = ls
	return f
}
