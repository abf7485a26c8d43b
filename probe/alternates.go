package probe

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/docker-git/docker-git-tui/model"
)

// knownSocket is a place another Docker-compatible daemon puts its socket.
type knownSocket struct {
	product string
	path    string
}

// knownSockets lists, for this user, where rootless Docker, Docker Desktop,
// Colima, Podman, Rancher Desktop and OrbStack listen. Users of those tools
// often report "cannot connect" when their daemon simply lives here.
func knownSockets(cfg Config, uid int) []knownSocket {
	var out []knownSocket
	add := func(product, path string) {
		if path == "" || !filepath.IsAbs(path) {
			return
		}
		for _, k := range out {
			if k.path == path {
				return
			}
		}
		out = append(out, knownSocket{product, path})
	}
	xdg := cfg.Env("XDG_RUNTIME_DIR")
	if xdg != "" {
		add("rootless Docker", filepath.Join(xdg, "docker.sock"))
	}
	if !cfg.SkipSystemSockets {
		add("rootless Docker", filepath.Join("/run/user", strconv.Itoa(uid), "docker.sock"))
	}
	if cfg.Home != "" {
		add("Docker Desktop", filepath.Join(cfg.Home, ".docker", "desktop", "docker.sock"))
		add("Docker Desktop", filepath.Join(cfg.Home, ".docker", "run", "docker.sock"))
		add("Colima", filepath.Join(cfg.Home, ".colima", "default", "docker.sock"))
	}
	if xdg != "" {
		add("Podman", filepath.Join(xdg, "podman", "podman.sock"))
	}
	if !cfg.SkipSystemSockets {
		add("Podman", "/run/podman/podman.sock")
	}
	if cfg.Home != "" {
		add("Rancher Desktop", filepath.Join(cfg.Home, ".rd", "docker.sock"))
		add("OrbStack", filepath.Join(cfg.Home, ".orbstack", "run", "docker.sock"))
	}
	if !cfg.SkipSystemSockets {
		add("system Docker", model.DefaultSocketPath)
	}
	return out
}

// ProbeAlternates pings every known socket that exists, except the main
// endpoint, in parallel. Missing paths cost one stat each.
func ProbeAlternates(ctx context.Context, cfg Config, uid int, main model.Endpoint) []model.AlternateFacts {
	var cands []knownSocket
	mainPath := main.SocketPath()
	for _, k := range knownSockets(cfg, uid) {
		if k.path == mainPath || sameFile(k.path, mainPath) {
			continue
		}
		if fi, err := os.Stat(k.path); err != nil || fi.Mode()&os.ModeSocket == 0 {
			continue
		}
		cands = append(cands, k)
	}
	out := make([]model.AlternateFacts, len(cands))
	var wg sync.WaitGroup
	for i, k := range cands {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = pingAlternate(ctx, k)
		}()
	}
	wg.Wait()
	return out
}

func sameFile(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}

func pingAlternate(ctx context.Context, k knownSocket) model.AlternateFacts {
	host := "unix://" + k.path
	a := model.AlternateFacts{Product: k.product, Host: host}
	e := model.Endpoint{Host: host, Proto: "unix", Address: k.path}
	d, err := NewDaemon(e)
	if err != nil {
		a.Fault = model.NewFault(err)
		return a
	}
	defer d.Close()
	facts := d.Ping(ctx, false)
	a.OK, a.Fault = facts.OK, facts.Fault
	return a
}
