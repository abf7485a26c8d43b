package probe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/docker-git/docker-git-tui/model"
)

// maxContexts bounds how many contexts are probed at once: a store with
// thousands of entries must not start thousands of probes.
const maxContexts = 64

// ContextEntry is one row of the contexts view: a context of the store, or
// "default" (DOCKER_HOST when it is set, else the default socket).
type ContextEntry struct {
	Name string
	// Host is the endpoint the context names (for display; the probe
	// resolves it again).
	Host string
	// Current marks the context the docker CLI would use now.
	Current bool
	// Config is the probe configuration that selects this context.
	Config Config
}

// ListContexts lists "default" and every context in the store
// ($DOCKER_CONFIG/contexts/meta/*/meta.json), sorted by name with default
// first. A meta.json that cannot be read still gives a row (named by its
// directory), so its probe reports why.
func ListContexts(cfg Config) ([]ContextEntry, error) {
	cfg.HostFlag, cfg.ContextFlag = "", ""
	cur := ResolveEndpoint(cfg)
	def := cfg
	def.ContextFlag = "default"
	if cfg.Env("DOCKER_HOST") != "" {
		// Like `docker context ls`: with DOCKER_HOST set, the default
		// context is DOCKER_HOST.
		def = cfg
	}
	// The endpoint the CLI dials, its defaults filled in (the raw setting
	// when the CLI refuses it).
	defHost := ResolveEndpoint(def).Host
	out := []ContextEntry{{Name: "default", Host: defHost, Config: def,
		Current: cur.Context == "" || cur.Context == "default"}}
	dir := filepath.Join(configDir(cfg), "contexts", "meta")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return out, err
	}
	var rest []ContextEntry
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if len(rest) == maxContexts {
			return append(out, rest...), fmt.Errorf("more than %d contexts in %s: the first %d are shown", maxContexts, dir, maxContexts)
		}
		name, host := e.Name(), ""
		if data, err := readSmall(filepath.Join(dir, e.Name(), "meta.json")); err == nil {
			var meta struct {
				Name      string
				Endpoints map[string]struct{ Host string }
			}
			if json.Unmarshal(data, &meta) == nil && meta.Name != "" {
				name, host = meta.Name, meta.Endpoints["docker"].Host
			}
		}
		if name == "default" {
			continue
		}
		c := cfg
		c.ContextFlag = name
		rest = append(rest, ContextEntry{Name: name, Host: host, Config: c, Current: cur.Context == name})
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Name < rest[j].Name })
	return append(out, rest...), nil
}

// Contexts probes every context concurrently, each with its own engine
// (warm connections, its own deadline), so a whole round takes one
// --timeout however many contexts there are.
type Contexts struct {
	Entries []ContextEntry
	engines []*Engine
}

// NewContexts builds an engine per entry; no IO until Cycle.
func NewContexts(entries []ContextEntry) *Contexts {
	c := &Contexts{Entries: entries}
	for _, e := range entries {
		c.engines = append(c.engines, NewEngine(e.Config))
	}
	return c
}

// Cycle probes every context once, in parallel, and returns their
// snapshots in Entries' order.
func (c *Contexts) Cycle(ctx context.Context) []model.Snapshot {
	out := make([]model.Snapshot, len(c.engines))
	var wg sync.WaitGroup
	for i, eng := range c.engines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = eng.Cycle(ctx)
		}()
	}
	wg.Wait()
	return out
}

// Engine returns the engine of entry i (the dashboard opens its panels).
func (c *Contexts) Engine(i int) *Engine { return c.engines[i] }

// Close releases every engine's connections (and ssh processes).
func (c *Contexts) Close() {
	for _, e := range c.engines {
		e.Close()
	}
}
