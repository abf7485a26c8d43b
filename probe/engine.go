package probe

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/moby/moby/api/types/container"

	"github.com/docker-git/docker-git-tui/model"
)

// Engine runs probe cycles. It keeps the daemon client and the HTTP
// connection warm between cycles and caches what is costly and rarely
// changes (the CLI's version, /info). Cycle is safe to call from several
// goroutines; calls are serialised.
type Engine struct {
	cfg      Config
	childEnv []string

	mu       sync.Mutex
	cycle    int
	daemon   *Daemon
	health   *HealthChecker
	lastOK   bool
	lastInfo model.DaemonFacts
	cli      model.CLIFacts
	cliKey   string // cliCacheKey of the cached CLI facts
	sudo     model.SudoFacts
	sudoKey  string
	lastSock model.SocketFacts
	platform model.Platform // refreshed with /info (InfoEvery)

	// docker-git's own facts: image revision labels by image id, and the
	// CLI and checkout (the checkout is looked for every InfoEvery cycles).
	images    imageRevisions
	dockerGit model.DockerGitFacts
}

// NewEngine builds an engine; it does no IO until Cycle.
func NewEngine(cfg Config) *Engine {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.InfoEvery <= 0 {
		cfg.InfoEvery = model.DefaultInfoEvery
	}
	if cfg.Container == "" {
		cfg.Container = model.DefaultContainer
	}
	return &Engine{cfg: cfg, childEnv: ChildEnv(cfg.Env), health: NewHealthChecker(), images: imageRevisions{}}
}

// Close releases the warm connections.
func (e *Engine) Close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.daemon != nil {
		e.daemon.Close()
		e.daemon = nil
	}
	e.health.Close()
}

// Cycle runs every probe once, within cfg.Timeout overall, and returns what
// it found. It never returns later than the deadline plus scheduling noise,
// whatever the daemon or the controller do.
func (e *Engine) Cycle(parent context.Context) model.Snapshot {
	e.mu.Lock()
	defer e.mu.Unlock()
	ctx, cancel := context.WithTimeout(parent, e.cfg.Timeout)
	defer cancel()
	e.cycle++

	s := model.Snapshot{ExpectedRevision: e.cfg.ExpectedRevision, Durations: map[model.CheckID]time.Duration{}}
	timed(s.Durations, model.CheckEndpoint, func() {
		s.Endpoint = ResolveEndpoint(e.cfg)
		s.Identity = InspectIdentity()
		if !e.platform.Attempted || e.cycle%e.cfg.InfoEvery == 0 {
			e.platform = InspectPlatform(e.cfg, s.Identity.UID)
		}
		s.Platform = e.platform
	})
	s.DockerGit = e.inspectDockerGit()
	if s.Endpoint.Valid() && s.Endpoint.Proto == "unix" {
		timed(s.Durations, model.CheckSocket, func() { s.Socket = InspectSocket(s.Endpoint.Address) })
	}

	var wg sync.WaitGroup
	cliDone := make(chan struct{})
	var cliDur time.Duration
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(cliDone)
		start := time.Now()
		s.CLI = e.inspectCLI(ctx)
		cliDur = time.Since(start)
	}()
	var alternates []model.AlternateFacts
	var altDur time.Duration
	go func() {
		defer wg.Done()
		start := time.Now()
		if s.Endpoint.Proto != "ssh" { // local sockets say nothing of a remote daemon
			alternates = ProbeAlternates(ctx, e.cfg, s.Identity.UID, s.Endpoint)
		}
		altDur = time.Since(start)
	}()

	e.probeDaemon(ctx, &s)
	if !s.Daemon.OK {
		<-cliDone
		start := time.Now()
		s.Sudo = e.probeSudo(ctx, s)
		s.Durations[model.CheckSudo] = time.Since(start)
	} else {
		s.Sudo.SkipReason = "direct access works"
	}
	wg.Wait()
	s.Alternates = alternates
	s.Durations[model.CheckAlternates] = altDur
	s.Durations[model.CheckCLI] = cliDur
	s.Durations[model.CheckCompose] = cliDur
	s.Platform.Install = model.DetectInstall(s)
	return s
}

// probeDaemon pings the daemon and, when it answers, the controller. It
// runs on the cycle's goroutine; the CLI and alternates goroutines never
// touch the snapshot's Durations map.
func (e *Engine) probeDaemon(ctx context.Context, s *model.Snapshot) {
	if !s.Endpoint.Valid() {
		e.dropDaemon()
		return
	}
	if e.daemon == nil || e.daemon.endpoint.Host != s.Endpoint.Host {
		e.dropDaemon()
		d, err := NewDaemonEnv(s.Endpoint, e.cfg.Env)
		if err != nil {
			s.Daemon = model.DaemonFacts{Attempted: true, Fault: model.NewFault(err)}
			return
		}
		e.daemon = d
	}
	// Permission is checked when a connection is opened: a warm connection
	// would keep working after a chmod that locks every new client out.
	// When the socket's mode or ownership changed, reconnect.
	if sock := s.Socket; sock.Attempted && !sameSocket(sock, e.lastSock) {
		e.daemon.Close()
	}
	e.lastSock = s.Socket

	// While the daemon answers, the controller inspect and the /health
	// request run beside the ping: a cycle then costs the slowest of them,
	// not their sum. While it fails they wait for the ping, so a failing
	// cycle stays a single dial. Their results only count when the ping says
	// the daemon answers (and, for /health, when the controller runs).
	e.daemon.reset()
	e.daemon.useTLS(e.cfg, s.Endpoint)
	var (
		wg              sync.WaitGroup
		ctrl            model.ControllerFacts
		api             model.APIFacts
		ctrlDur, apiDur time.Duration
	)
	// A failed ping makes their answers worthless: they are cancelled then
	// rather than left to run to the deadline.
	sideCtx, cancelSide := context.WithCancel(ctx)
	defer cancelSide()
	inspect := func() {
		defer wg.Done()
		start := time.Now()
		look := ControllerLookup{Name: e.cfg.Container}
		if s.Endpoint.Proto == "unix" {
			look.DaemonSocket = s.Endpoint.Address
		}
		ctrl = InspectController(sideCtx, e.daemon.Client(), look, e.images)
		ctrlDur = time.Since(start)
	}
	health := func() {
		defer wg.Done()
		start := time.Now()
		api = e.health.Check(sideCtx, e.cfg.APIURL)
		apiDur = time.Since(start)
	}
	parallel := e.lastOK
	if parallel {
		wg.Add(2)
		go inspect()
		go health()
	}
	start := time.Now()
	withInfo := !e.lastOK || e.cycle%e.cfg.InfoEvery == 1 || e.cfg.InfoEvery == 1
	s.Daemon = e.daemon.ping(ctx, withInfo)
	s.SSH = e.daemon.SSHFacts(ctx)
	s.TLS = e.daemon.TLSFacts(s.Daemon.Fault)
	s.Durations[model.CheckDaemon] = time.Since(start)
	if !s.Daemon.OK {
		cancelSide()
	}
	if !parallel && s.Daemon.OK {
		wg.Add(2)
		inspect()
		health()
	}
	wg.Wait()
	if s.Daemon.OK {
		if s.Daemon.InfoFetched {
			e.lastInfo = s.Daemon
		} else {
			s.Daemon.ServerVersion = e.lastInfo.ServerVersion
			s.Daemon.MinAPIVersion = e.lastInfo.MinAPIVersion
			s.Daemon.Rootless = e.lastInfo.Rootless
			s.Daemon.Name = e.lastInfo.Name
		}
	}
	e.lastOK = s.Daemon.OK
	if !s.Daemon.OK {
		return
	}
	s.Controller = ctrl
	s.Durations[model.CheckController] = ctrlDur
	s.Port = e.probePort(s)
	if !s.Controller.Exists || s.Controller.State != string(container.StateRunning) {
		// The API is not asked, but its configured URL names the port.
		s.API = model.APIFacts{URL: e.cfg.APIURL}
		return
	}
	s.API = api
	s.Durations[model.CheckControllerAPI] = apiDur
}

// probePort looks for another process on the API port when the daemon is
// on this host (a unix endpoint) and the controller does not already
// publish that port: compose's `up` would then fail on it.
func (e *Engine) probePort(s *model.Snapshot) model.PortFacts {
	host, port, ok := APIPortTarget(e.cfg.APIURL, e.cfg.Env)
	if !ok || s.Endpoint.Proto != "unix" {
		return model.PortFacts{}
	}
	if ct := s.Controller; ct.Exists && ct.State == string(container.StateRunning) {
		for _, b := range ct.Ports {
			if b.HostPort == strconv.Itoa(port) {
				return model.PortFacts{}
			}
		}
	}
	return ProbePort(host, port)
}

// inspectDockerGit looks for the docker-git CLI every cycle (a few stats)
// and for the checkout around the working directory on the first cycle and
// every InfoEvery cycles after.
func (e *Engine) inspectDockerGit() model.DockerGitFacts {
	if !e.dockerGit.Attempted || e.cycle%e.cfg.InfoEvery == 1 {
		e.dockerGit = InspectDockerGit(e.cfg)
		return e.dockerGit
	}
	f := InspectDockerGit(Config{Env: e.cfg.Env})
	f.Cwd, f.Checkout, f.HasCtl = e.dockerGit.Cwd, e.dockerGit.Checkout, e.dockerGit.HasCtl
	return f
}

func (e *Engine) dropDaemon() {
	if e.daemon != nil {
		e.daemon.Close()
		e.daemon = nil
	}
	e.lastOK = false
}

// probeSudo runs the sudo fallback once per kind of failure: sudo is a
// subprocess that costs more than a whole cycle, and while the failure stays
// the same its answer does not change. It is asked again when the failure
// changes and every InfoEvery cycles.
func (e *Engine) probeSudo(ctx context.Context, s model.Snapshot) model.SudoFacts {
	switch {
	case s.Endpoint.Proto == "ssh":
		return model.SudoFacts{SkipReason: model.SkipRemote}
	case e.cfg.NoSudo:
		return model.SudoFacts{SkipReason: "--no-sudo"}
	case !s.Endpoint.Valid():
		return model.SudoFacts{SkipReason: "endpoint is invalid"}
	case !s.CLI.Found:
		return model.SudoFacts{SkipReason: "docker CLI not found"}
	}
	key := s.Endpoint.Host
	if s.Daemon.Fault != nil {
		key += " " + string(s.Daemon.Fault.Class)
	}
	if key == e.sudoKey && e.cycle%e.cfg.InfoEvery != 1 {
		return e.sudo
	}
	f := ProbeSudo(ctx, e.childEnv, e.cfg.Env("PATH"), s.CLI.Path, s.Endpoint.Host)
	if f.Fault.Is(model.ErrTimeout) {
		// A cut-short answer is no answer: ask again next cycle.
		e.sudoKey = ""
	} else {
		e.sudo, e.sudoKey = f, key
	}
	return f
}

// inspectCLI re-runs the CLI probes only when what they depend on changed:
// the docker binary on PATH or a CLI plugin directory (stat is cheap, two
// subprocesses cost more than the rest of a cycle together).
func (e *Engine) inspectCLI(ctx context.Context) model.CLIFacts {
	path := e.cfg.Env("PATH")
	key := cliCacheKey(path, e.cfg)
	if e.cli.Attempted && key == e.cliKey && e.cli.Fault == nil {
		return e.cli
	}
	f := InspectCLI(ctx, e.childEnv, path)
	e.cli, e.cliKey = f, key
	return f
}

// timed runs f and records its duration under id.
func timed(d map[model.CheckID]time.Duration, id model.CheckID, f func()) {
	start := time.Now()
	f()
	d[id] = time.Since(start)
}

// sameSocket reports whether access to the socket can have changed.
func sameSocket(a, b model.SocketFacts) bool {
	return a.Exists == b.Exists && a.FileType == b.FileType && a.Mode == b.Mode &&
		a.UID == b.UID && a.GID == b.GID && a.Path == b.Path
}
