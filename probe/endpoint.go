package probe

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/docker-git/docker-git-tui/model"
)

// maxConfigSize caps how much of config.json / meta.json is read: a
// corrupted or hostile file must not stall or bloat a probe.
const maxConfigSize = 1 << 20

// ResolveEndpoint picks the daemon endpoint the way the docker CLI does:
// --host, then --context, then DOCKER_HOST, then DOCKER_CONTEXT, then
// currentContext in $DOCKER_CONFIG/config.json, then the default socket.
// A broken setting yields an Endpoint with a Fault (endpoint-invalid), never
// a silent fallback: the docker CLI would fail the same way.
func ResolveEndpoint(cfg Config) model.Endpoint {
	e := resolveEndpoint(cfg)
	e.ConfigFile = filepath.Join(configDir(cfg), "config.json")
	return withCA(cfg, e)
}

// withCA faults an endpoint the docker CLI cannot use because TLS is on
// (DOCKER_TLS_VERIFY or DOCKER_TLS) and ca.pem is missing: the CLI reads it
// for a unix://, ssh:// or npipe:// endpoint too, though it then connects
// without TLS. A tcp:// endpoint reports the same through its TLS facts
// (LoadTLS); a named context uses its own TLS store instead.
func withCA(cfg Config, e model.Endpoint) model.Endpoint {
	if !e.Valid() || e.Proto == "tcp" || (e.Context != "" && e.Context != "default") {
		return e
	}
	source, dir, on := envTLSSettings(cfg)
	if !on {
		return e
	}
	ca := filepath.Join(dir, "ca.pem")
	if err := missingCA(ca, source); err != nil {
		e.Fault, e.TLSFile = model.FaultOf(model.ErrInvalid, err.Error()), ca
	}
	return e
}

func resolveEndpoint(cfg Config) model.Endpoint {
	getenv := cfg.Env
	switch {
	case cfg.HostFlag != "":
		return cliHost(cfg, model.Endpoint{Host: cfg.HostFlag, Source: model.SourceHostFlag})
	case cfg.ContextFlag != "":
		return fromContext(cfg, cfg.ContextFlag, model.SourceContextFlag)
	case getenv("DOCKER_HOST") != "":
		return cliHost(cfg, model.Endpoint{Host: getenv("DOCKER_HOST"), Source: model.SourceDockerHost})
	case getenv("DOCKER_CONTEXT") != "":
		return fromContext(cfg, getenv("DOCKER_CONTEXT"), model.SourceDockerContext)
	}
	name, err := currentContext(configDir(cfg))
	if err != nil {
		return model.Endpoint{Host: model.DefaultHostOn(runtime.GOOS), Source: model.SourceConfigFile,
			Fault: model.FaultOf(model.ErrInvalid, err.Error())}
	}
	if name != "" && name != "default" {
		return fromContext(cfg, name, model.SourceConfigFile)
	}
	return cliHost(cfg, model.Endpoint{Source: model.SourceDefault})
}

// cliHost resolves a --host or DOCKER_HOST value (or none, for the default
// context) to the endpoint the docker CLI dials, its defaults filled in, or
// the fault the CLI stops with.
func cliHost(cfg Config, e model.Endpoint) model.Endpoint {
	host, err := model.CLIHostOn(e.Host, runtime.GOOS, envTLS(cfg))
	if err != nil {
		e.Fault = model.FaultOf(model.ErrInvalid, err.Error())
		return e
	}
	if host != e.Host && e.Source != model.SourceDefault && e.Source != model.SourceContextFlag {
		e.Given = e.Host
	}
	e.Host = host
	return parsed(e)
}

func parsed(e model.Endpoint) model.Endpoint {
	proto, addr, err := model.ParseHostOn(e.Host, runtime.GOOS)
	if err != nil {
		e.Fault = model.FaultOf(model.ErrInvalid, err.Error())
		return e
	}
	e.Proto, e.Address = proto, addr
	return e
}

// configDir is $DOCKER_CONFIG or ~/.docker.
func configDir(cfg Config) string {
	if d := cfg.Env("DOCKER_CONFIG"); d != "" {
		return d
	}
	return filepath.Join(cfg.Home, ".docker")
}

// readSmall reads a regular file of at most maxConfigSize bytes. It stats
// before opening so a FIFO planted at the path cannot block the probe.
func readSmall(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("%s is larger than the %d bytes this tool reads", path, maxConfigSize)
	}
	return data, nil
}

// currentContext reads currentContext from config.json. A missing file means
// no context; an unparsable one is an error the docker CLI also reports.
func currentContext(dir string) (string, error) {
	path := filepath.Join(dir, "config.json")
	data, err := readSmall(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", path, err)
	}
	var conf struct {
		CurrentContext string `json:"currentContext"`
	}
	if err := json.Unmarshal(data, &conf); err != nil {
		return "", fmt.Errorf("%s is not valid JSON: %v", path, err)
	}
	return conf.CurrentContext, nil
}

// fromContext looks a context up in the meta store
// ($DOCKER_CONFIG/contexts/meta/<sha256 of name>/meta.json).
func fromContext(cfg Config, name string, src model.EndpointSource) model.Endpoint {
	e := model.Endpoint{Source: src, Context: name}
	if name == "default" {
		return cliHost(cfg, e)
	}
	sum := sha256.Sum256([]byte(name))
	path := filepath.Join(configDir(cfg), "contexts", "meta", hex.EncodeToString(sum[:]), "meta.json")
	data, err := readSmall(path)
	if errors.Is(err, fs.ErrNotExist) {
		e.Fault = model.FaultOf(model.ErrInvalid, fmt.Sprintf("context %q does not exist (no %s)", name, path))
		return e
	}
	if err != nil {
		e.Fault = model.FaultOf(model.ErrInvalid, fmt.Sprintf("context %q: %v", name, err))
		return e
	}
	var meta struct {
		Name      string
		Endpoints map[string]struct {
			Host string
		}
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		e.Fault = model.FaultOf(model.ErrInvalid, fmt.Sprintf("context %q: %s is malformed: %v", name, path, err))
		return e
	}
	docker, ok := meta.Endpoints["docker"]
	if !ok || docker.Host == "" {
		e.Fault = model.FaultOf(model.ErrInvalid, fmt.Sprintf("context %q has no docker endpoint in %s", name, path))
		return e
	}
	e.Host = docker.Host
	return parsed(e)
}
