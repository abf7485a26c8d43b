package model

import (
	"regexp"
	"sync"
)

// textRule recognises one error statement. A rule matches a statement line
// when re matches it, also (when set) matches the same line, unless matches
// nothing on it, the paste as a whole matches every needsPaste (context: the
// paste is about Docker, or about ssh) and does not match unlessPaste.
// Weak rules state a conclusion without its cause ("error during connect",
// "Could not find a valid Docker environment"): they count only when no
// strong rule of the same family found anything.
type textRule struct {
	kind Kind
	// preamble rules match a generic lead-in ("Cannot connect to the
	// Docker daemon", "error during connect") that precedes a precise
	// error: they give way to a precise cause of the same family.
	preamble bool
	re       *regexp.Regexp
	// literals are what every match of re contains (see text_prefilter.go).
	literals []string
	also     *regexp.Regexp
	unless   *regexp.Regexp
	// unlessInSentence checks unless only in the sentences that hold a
	// match, not in the rest of the line ("Docker is not reachable.
	// Please make sure Docker is running.").
	unlessInSentence bool
	needsPaste       []*regexp.Regexp
	unlessPaste      *regexp.Regexp
	weak             bool
}

// Patterns shared by several rules.
const (
	// dockerPorts are the daemon's TCP ports (4243 was the one its early
	// docs and tools such as Drone used).
	dockerPorts = `(:|port=|port )(2375|2376|2377|4243)\b`
	// registryContext marks the daemon talking to a registry: the daemon
	// answered, so Docker access works.
	registryContext = registryRequest + `|error response from daemon|Pulling from|Pulling fs layer|Download complete|Retrying in \d|Unable to find image`
	// registryRequest marks a request to a registry (the daemon relays
	// "Error response from daemon" for those and for its own API alike).
	registryRequest = `/v2/|/v1/_ping\b|registry|\bregist(re|ro)\b|\bpull\b|\bpush\b|\blogin\b|docker\.io|ghcr\.io|quay\.io|gcr\.io|azurecr\.io|\.ecr\.|manifest|auth\.docker|index\.docker`
	// buildContext marks a paste as a build whose own steps failed.
	buildContext = `failed to solve|executor failed|(?-i:Step) \d+/\d+ :|(?-i:RUN) |pip install|npm (ERR|install)|apt-get|Could not fetch URL|` +
		`curl: \(\d+\)|fatal: unable to access|go: downloading|Dockerfile:\d+`
	// sshContext marks a docker endpoint reached over ssh.
	sshContext = `dial-stdio|connhelper|ssh://|(?m:^\[CMD\]: (sudo )?docker\b)|docker context|DOCKER_HOST|error during connect|commandconn|docker system|docker -H|` +
		`paramiko|SSHException|SSHKit|docker host|boot2docker (up|start|ssh|init)\b|` +
		// Podman's connection to its service, DevPod's to its machine.
		`unable to connect to Podman socket|Cannot connect to Podman|failed to create sshClient|podman(-remote|-[\d.]+(-dev)?)? (ps|info|version|images|pull|run)\b|Inject Error: |create ssh client: |Server is not reachable|host\.docker\.internal|remote-containers|Remote - SSH|` +
		// RKE reaching each node's Docker over ssh.
		`Failed to dial ssh using address|Failed to set up SSH tunneling for host|` +
		// Meteor Up's ssh client, which sets Docker up on the server.
		`\bnodemiral\b|(?i:\[[\d.]+\] - setup docker)|` +
		// A workflow's ssh step, or plain ssh, running docker on the host.
		`(?s:ssh-action.*\bdocker)|\bssh (-\S+ (\w+=\S+ )?)*\S+@\S+ (sudo )?docker\b`
	// daemonSocketLine marks a line about a daemon's socket (a unix socket
	// error of any other program is no Docker failure).
	// dockerMachineShown is docker-machine (or Docker Toolbox, which
	// drives it) named in a paste; machineOfAnotherTool is a tool that
	// embeds its library for a VM of its own.
	dockerMachineShown   = `docker-machine|machine creation|Running pre-create checks|Copying certs to the local machine directory|Docker Toolbox|Quickstart|boot2docker|Kitematic|connection boilerplate`
	machineOfAnotherTool = `minikube|minishift|\bcrc\b|openshift|libmachine: |Kubernetes`
	daemonSocketLine     = `docker|podman\.sock|colima/(\w+/)?docker\.sock|orbstack|\.rd/`
	// controllerName is docker-git's default controller (a paste only shows
	// what the user's shell used; other names are recognised by docker-git's
	// own wording).
	controllerName = `docker-git-api`
	// answeredTimeout is a timeout reported inside an answer (an HTTP status
	// with its JSON body) or while waiting on a container that was created:
	// the daemon answered.
	answeredTimeout = `status \d{3}: \{|port waiting failed|failed to start container: context deadline`
	// disputed is the paste's own word that the daemon it could not reach
	// runs.
	disputed = `but (it|docker|the daemon) is (up and )?running`
	// containerHealth is a container's health state: the daemon answered
	// the tool that printed it.
	containerHealth = `is not ready: unhealthy|\(unhealthy\)|[Hh]ealth ?[Ss]tatus:? "?unhealthy`
	// libraryClash marks a client library failing on its own dependencies
	// (docker-py with requests 2.32 or urllib3 2, a testcontainers strategy
	// class its class loader cannot find, an HTTP-mocking library in a test
	// run answering docker-py's requests: responses' and moto's), or out of
	// file descriptors: the daemon is never asked.
	libraryClash = `Not supported URL scheme|must be an int or float|unexpected keyword argument|maximum recursion depth exceeded|object has no attribute|` +
		`Can't instantiate a strategy from \S+ \(ClassNotFoundException\)|non-iterable CallbackResponse|Connection refused( by Responses)?: (GET|POST|PUT|DELETE|HEAD) |socket: too many open files`
	// unixSocketClient marks a paste from a client that talks HTTP over the
	// daemon's unix socket or pipe (docker-py, docker-java with jnr, jna or
	// junixsocket, Apache HttpClient's unix://localhost:80 route): a bare
	// errno statement there is the socket's.
	unixSocketClient = `jnr\.unixsocket|UnixSocketChannel|DomainSocket|AFUNIXSocket|newsclub|unix://localhost(:80)?|UnixHTTPConnectionPool|unixconn|` +
		`http\+docker|docker\.sock|UnixSocketFactory|UnixConnectionSocketFactory|NamedPipe|docker_engine|dockerjava|spotify\.docker|docker\.client|Docker API call`
	// tlsFailure is a TLS handshake or certificate failure, or a client
	// that cannot set TLS up from its files.
	tlsFailure = `x509:|tls: |(unable to|cannot|can't) verify the first certificate|SSLV3_ALERT_BAD_CERTIFICATE|\bunknown certificate authority\b|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|certificate (signed by unknown authority|has expired|is not yet valid|is valid for|verify failed)|remote error: (tls|bad certificate|handshake failure|unknown certificate authority|certificate (expired|revoked|unknown|required)|protocol version)|` +
		`\bSSL error: |self[- ]signed certificate in certificate chain|unable to get issuer certificate|UNABLE_TO_GET_ISSUER_CERT|server gave HTTP response to HTTPS client|first record does not look like a TLS handshake|CERTIFICATE_VERIFY_FAILED|SSLError|SSL routines|wrong version number|` +
		tlsFilesMissing + `|could not read CA certificate|DOCKER_CERT_PATH\)? .{0,120}(doesn't exist|does not exist|is not defined|not found)|TLSParameterError|` +
		`malformed HTTP response "?\\+x15\\+x03|PKIX path building failed|SSLHandshakeException|SSLPeerUnverifiedException|` +
		`SSLException|doesn't contain CN or DNS subjectAlt|hostname '[^']*' doesn't match '[^']*'|` +
		`\\+x15\\+x03\\+x0[0-4]`
	// tlsFilesMissing is a client that cannot find a TLS file it is told to
	// use (DOCKER_CERT_PATH, --tlsverify, a context's TLS material), or
	// finds no PEM data in it: no handshake was tried. docker-machine keeps
	// its daemon's server.pem beside them; node tools say ENOENT first.
	tlsFilesMissing = `open \S*(ca|cert|key)\.pem: (no such file|The system cannot find)|` + endpointPEMUnreadable + `|` + dmpPEMUnreadable + `|` + caUnreadable + `|open \S*\.docker[/\\]machine[/\\]\S*server\.pem: (no such file|The system cannot find)|` +
		`ENOENT: no such file or directory, open '\S*\.docker[/\\]\S*(ca|cert|key|server)\.pem'|` + dockerPyTLSFilesMissing + `|Docker daemon is not reachable: .*PEM routines:.*no start line`
	// dockerPyTLSFilesMissing is docker-py told to use TLS without its
	// files.
	dockerPyTLSFilesMissing = `TLSParameterError: Path to a certificate and key files must be provided|` +
		// Compose v1's words for the same error.
		`TLS configuration is invalid - make sure your DOCKER_TLS_VERIFY and DOCKER_CERT_PATH are set correctly`
	// endpointPEMUnreadable and caUnreadable are the docker CLI's TLS
	// loader (go-connections) naming a file it cannot open, in any language.
	endpointPEMUnreadable = `unable to resolve docker endpoint: open \S+\.pem: `
	dmpPEMUnreadable      = `Cannot create docker access object ?: \S*\.pem \((No such file or directory|Permission denied)\)`
	caUnreadable          = `could not read CA certificate\b.{0,200}(no such file|cannot find the (file|path) specified)`
	// connectTimeout is a TCP connection that was never made.
	connectTimeout = `ConnectTimeout(Exception|Error)|\(connect timeout=|connect(ion)? timed out|connect: (connection|operation) timed out|Connection attempt timed out|dial tcp [^ ]+:\d+: (i/o|operation) timed? ?out`
	// otherHTTPAPI is a request to some web API (Docker's routes are
	// /_ping, /version, /v1.NN/…, never under /api/).
	otherHTTPAPI = `https?://[^/\s"']+/(api|apis|rest|graphql)/`
	// socketPathOverTCP is a socket's path dialled over tcp://, as the
	// docker CLI reads a DOCKER_HOST that is a bare path.
	socketPathOverTCP = `tcp://[^/\s:]+(:\d+)?/\S*\.sock\b`
	// clientRejectsEndpoint is one client refusing the form of an endpoint
	// other clients may take: docker-py (and Compose v1 on it) installed
	// without paramiko given ssh://, a plugin that takes only tcp://,
	// docker-py given a TLS host without its scheme, act given a socket
	// path it does not accept, Portainer given another scheme than the
	// three it takes.
	clientRejectsEndpoint = `DockerException: Install paramiko package to enable ssh:// support|docker host must (be present and )?use the format tcp://|` +
		`base_url argument must begin with "https://"|container daemon socket \(.*\) is invalid|Invalid environment protocol: Portainer only supports|Unable to find the socket transport "(https?|unix|tcp)"|unsupported docker host scheme`
	// podmanConnectionInvalid is Podman's connection without a URI, or
	// naming a machine that does not exist.
	podmanConnectionInvalid = `unable to create connection\. "[^"]*" is not a supported schema|could not find a matching machine for connection`
	// currentContextUnresolved is a docker CLI context that cannot be
	// resolved, in any tool's words.
	currentContextUnresolved = `(resolve|find) the current Docker (CLI )?context "[^"]*"|Docker (CLI )?context "[^"]*": context not found`
	// klogWarning is a klog line's warning prefix (minikube, kubelet):
	// W, month and day, time.
	klogWarning = `(?m:^W\d{4} \d\d:\d\d:\d\d)`
	// vscodeDockerDetail is VS Code's Docker extension naming another error
	// under its "Is Docker running?" banner.
	vscodeDockerDetail = `error message "?Invalid image name`
	// daemonAnswered is a paste showing that the daemon it names answered:
	// Compose v1's verbose client printing the daemon's version, a classic
	// Swarm manager's info (its nodes' "Cannot connect" are the manager's
	// report, not this client's), docker-py reading a /version reply that
	// is no JSON (something answered, not a Docker daemon), the daemon
	// answering that a container does not exist.
	daemonAnswered = `get_client: Docker version: |Error response from daemon: No such container: |Server Version: swarm/|server API version: Expecting value: line 1 column 1`
	// pipeWithoutMessageMode is a client in a container that cannot use a
	// named pipe ("message read mode pipes not supported", often wrapped
	// after "read"): the pipe it reached is served.
	pipeWithoutMessageMode = `message read`
	// guessedCauses is a writer guessing among causes ("the daemon isn't
	// running, or no internet connection"): no statement of either.
	guessedCauses = `(isn't|is not|not) running,? or (no|the|your|a|it)\b`
	// cwltool's wrapper says Docker is not available for any failure of
	// its docker step, then gives the reason after it.
	cwltoolWrapper = `Docker is not available for this tool, try --no-container`
	// flagAfterSubcommand is a Compose or stack flag given after its
	// subcommand (`docker-compose up -f`, `docker stack deploy … -f`):
	// misplaced, not a missing Compose.
	flagAfterSubcommand = `\b(up|run|down|deploy|build|start|exec|logs|config|pull)[ \t]+([^\s"'\x60]+[ \t]+){0,3}(-[fp]\b|--(file|project-name|project-directory|profile|env-file)\b)|See 'docker \w+`
	// flagBeforeSubcommand is a subcommand's flag given to Compose itself
	// (`docker compose -d -f x.yml up`): Compose v2 rejects it as docker
	// would, so the rejection shows nothing missing.
	flagBeforeSubcommand = `\bcompose[ \t]+(-[fp][ \t]+\S+[ \t]+)*-d\b`
	// imageBuildStep is a tool building an image (a missing buildx
	// rejects `docker buildx build --file` as docker's own flag): --file
	// rejected there is no missing Compose.
	imageBuildStep = `\bBuilding (a |the )?(Docker )?image\b|\bdocker buildx\b`
	// dockerUsage is docker's own usage hint: docker, not a plugin, parsed
	// the command line.
	dockerUsage = `See 'docker --help'|Run 'docker --help'|Usage:\s+docker \[OPTIONS\] COMMAND`
	// credentialHelperFailure is a credential helper failing: a client-side
	// lookup that never reached a daemon, whatever reason a paste gives.
	credentialHelperFailure = `error getting credentials`
	// composeInstalled is a paste that shows Compose v2 present, or whose
	// writer states the compose plugin installed.
	composeInstalled = `installation (checked|verified|confirmed) with .?docker compose version|\bbut .?docker compose.? (does|works|exists|is there)\b|Docker Compose version (v?[2-9]|is v[2-9])|Docker Compose:? v?[2-9]\.\d+|(installed|install of)\b[^.]{0,30}\b(docker )?compose plugin\b|compose: Docker Compose \(Docker Inc\., v?2|Compose v2 \(integrated|(^|[\s'"\x60])docker-compose-plugin\b|docker compose'? instead of '?docker-compose`
	// dockerSocketClient names Docker's socket, or a client library of
	// Docker's or a script's call to its API, where a socket client prints
	// only an errno.
	dockerSocketClient = `docker\.sock|podman\.sock|Docker::|docker[-_]api\b|docker_runner|docker-php|Docker\\Http|DockerAdapter|Running API command`
	// desktopInternalSocket is one of Docker Desktop's own sockets (its
	// backend, host services, its Windows backend's pipe), which no Docker
	// client uses.
	desktopInternalSocket = `backend\.sock|host-services|com\.docker\.vmnetd\.sock|dockerBackendApiServer`
	// gitRemote marks git talking to its remote over ssh (a clone, a
	// fetch): ssh failing there is no docker endpoint.
	gitRemote = `git@|Could not read from remote repository|github\.com:|gitlab\.com:|bitbucket\.org:`
	// serviceLogLine is a line Compose prefixes with a service's name
	// ("db-1  | …"): the container's own output, so the daemon ran it.
	serviceLogLine = `^[\w.-]+\s+\|`
	// kubeContext marks kubectl's own context errors.
	kubeContext = `kubectl|kubeconfig|kubernetes|\bk8s\b|minikube kubectl|\.kube\b`
)

func compileTextRules() []textRule {
	re := func(p string) *regexp.Regexp {
		if p == "" {
			return nil
		}
		return regexp.MustCompile(`(?i)` + p)
	}
	r := func(k Kind, pattern string) textRule {
		return textRule{kind: k, re: re(pattern), literals: requiredLiterals(`(?i)` + pattern)}
	}
	also := func(t textRule, p string) textRule { t.also = re(p); return t }
	unless := func(t textRule, p string) textRule { t.unless = re(p); return t }
	// needs may be given several times: the paste must match each.
	needs := func(t textRule, p string) textRule { t.needsPaste = append(t.needsPaste, re(p)); return t }
	unlessPaste := func(t textRule, p string) textRule { t.unlessPaste = re(p); return t }
	weak := func(t textRule) textRule { t.weak = true; return t }
	preamble := func(t textRule) textRule { t.preamble = true; return t }
	unlessInSentence := func(t textRule, p string) textRule { t.unless, t.unlessInSentence = re(p), true; return t }

	return []textRule{
		// docker-git's own headlines and messages.
		// docker-git's headlines are its own guess from `docker info`'s exit
		// (its probe line rarely carries the raw error): a precise cause in
		// the same paste (ssh, TLS, a missing context) wins over them.
		preamble(r(KindSocketPermissionDenied, `Host Docker socket rejected this user|Cannot access Docker daemon socket: permission denied`)),
		preamble(r(KindDaemonUnreachable, `^Cannot connect to Docker daemon\.$`)),
		weak(preamble(r(KindDaemonUnreachable, `Host Docker daemon is not reachable from this user`))),
		r(KindDockerCLIMissing, `docker CLI was not found on this machine`),
		weak(r(KindUnknown, `docker-git host CLI cannot access Docker from the client process`)),
		r(KindRemoteAPIURLRequired, `cannot auto-discover the controller over a remote DOCKER_HOST`),
		r(KindControllerRevisionMismatch, `No docker-git controller endpoint with revision \S+ responded|controller revision mismatch|expected (controller )?revision \S+`),
		r(KindControllerUnhealthy, `docker-git controller health returned \d+|Controller did not become healthy in time`),
		r(KindControllerAPIUnreachable, `docker-git controller is not reachable at|No docker-git controller endpoint responded to /health|docker-git controller health probe failed`),
		weak(r(KindControllerAPIUnreachable, `docker-git controller did not become reachable`)),
		r(KindControllerNotRunning, `Controller is not running\. Start it with`),
		weak(r(KindControllerNotRunning, `Failed to start docker-git controller`)),
		r(KindControllerPortTaken, `Bind for [^ ]*:3334 failed: port is already allocated|[^ ]*:3334: bind: address already in use|failed to bind host port for [^ ]*:3334\b`),
		needs(r(KindControllerMissing, `open \S*docker-compose\.ya?ml: no such file or directory`), `docker-git\b`),
		// Another port in a docker-git paste is the controller's only when
		// the paste is about the controller (its API port is configurable);
		// a project's SSH port is docker-git's hint about --ssh-port.
		unlessPaste(needs(r(KindControllerPortTaken, `Bind for \S+ failed: port is already allocated|:\d+: bind: address already in use`),
			`docker-git-api|docker-git controller|DOCKER_GIT_API_PORT`), `--ssh-port`),
		r(KindControllerNameTaken, `container name "/?[\w.-]*\bdocker-git\b[\w.-]*" is already in use`),
		r(KindControllerMissing, `no such container:?\s*`+controllerName+`|container "?`+controllerName+`"? (not found|does not exist)`),
		r(KindControllerRestarting, controllerName+`.*\brestarting\b|container \S+ is restarting.*`+controllerName),
		needs(r(KindControllerRestarting, `container \S+ is restarting, wait until the container is running`), controllerName+`|docker-git controller`),
		r(KindControllerNotRunning, controllerName+`.*\bexited \(\d+\)|container \S*`+controllerName+`\S* is not running`),
		needs(r(KindControllerNotRunning, `container \S+ is not running`), controllerName+`|docker-git controller`),
		r(KindControllerUnhealthy, controllerName+`.*\(unhealthy\)|`+controllerName+` is unhealthy`),
		unless(r(KindControllerAPIUnreachable, `(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):3334\b.*(refused|reset|timed? ?out|unreachable|ECONNREFUSED|EHOSTUNREACH)|ECONNREFUSED (127\.0\.0\.1|::1|localhost):3334`), `bind|already allocated|address already in use`),

		// Platforms and shells: the docker command itself is missing.
		// Docker Desktop's integration with a distro that stopped (its
		// proxy in the distro failed), unless the paste shows the daemon
		// answering.
		unlessPaste(r(KindWSLIntegrationDisabled, wslIntegrationStopped), daemonAnsweredOutput),
		r(KindWSLIntegrationDisabled, `could not be found in this WSL \d distro|activate the WSL integration in Docker Desktop|WslIntegrationAgent\S*.*disabling integration`),
		r(KindDockerGitCLIMissing, `docker-git: (command )?not found|command not found: docker-git\b|'docker-git' is not recognized|term 'docker-git' is not recognized|Unknown command:? '?docker-git\b|Command "docker-git" not found|`+
			localisedNotFound(`docker-git`)),
		needs(r(KindRemoteDockerMissing, `dial-stdio.*exit(ed with exit)? status 127|exit status 127.*dial-stdio|docker: (command )?not found|command not found: docker\b|Usage:\s+docker system COMMAND|'dial-stdio' is not a docker command`), `dial-stdio|connhelper|ssh://|(remote host|connecting) (via|over) ssh|`+
			// Tools that run docker on a host they reach over ssh.
			`SSHKit::|\b(kamal|mrsk) (deploy|setup|app|server|accessory)|\(remote-exec\)|ssh-action|======CMD======|`+
			// Meteor Up's task list on a server.
			`(?m:^\s*\[[\w.-]+\] (-|x|✔|✘) Setup Docker\b)|`+
			// An ssh command line whose remote command is docker.
			`\bssh\b.*\s\S+@\S+\s+['"]?docker\s|`+
			// Azure Pipelines' "Run shell commands on remote machine" task.
			`Trying to setup SSH connection to|`+
			// ssh's own line as an interactive session on a host ends.
			`(?m:^Connection to \S+ closed\.$)`),
		unless(r(KindDockerCLIMissing, `(^|[\s:/'"\x60])docker(\.exe)?: (command )?not found|(^|\s)(/usr/bin/)?env: '?docker'?: No such file or directory|cannot find docker client executable|\bNo Docker binary found\b|"docker(\.exe)?": executable file not found in (\$PATH|%PATH%)|Unable to locate executable file:? '?docker(\.exe)?'?|Command 'docker' not found|`+
			`(the )?docker( and \S+)? commands? (are|is) (no longer|not) (recognized|recognised|found|available)|`+
			`['"]?docker(\.exe)?['"]? is not (recognized as )?(an? )?internal or external command|['"]?docker(\.exe)?['"]? ?(no se reconoce|n'est pas reconnu|não é reconhecido|n\S{0,2}o\s+(\S{1,2}\s+)?reconhecido como um comando|wird nicht als|ist entweder falsch|не является|不是内部或外部(命令|指令))|command not found: docker(\.exe)?\b|exec: "docker(\.exe)?": executable file not found|`+
			`'docker(\.exe)?' is not recognized as an internal or external command|term 'docker(\.exe)?' is not recognized|Unknown command:? '?docker'?\s*$|`+
			`spawn(Sync)? .*\bdocker(\.exe)? ENOENT|could not find .?docker.? on the PATH|execvpe\(docker\) failed: No such file or directory|problem occurred starting process 'command 'docker(\.exe)?''|Container runtime 'docker' could not be found|`+
			`DockerProcessStartException: Unable to start docker process|Unable to start docker process\. Is docker correctly installed|`+
			// .NET's Process.Start.
			`An error occurred trying to start process '(\S*[/\\])?docker(\.exe)?'.{0,200}(cannot find the file specified|No such file or directory)|Failed to execute docker command: Os \{ code: 2,|No such file or directory: b?'(\S*/)?docker(\.exe)?'|No such file or directory - docker(\.exe)?\s*$|(^|[\s:'"])((/usr(/local)?)?/s?bin/)?docker: No such file or directory|\S: line \d+: ((\S*/)?s?bin/|/)?docker: No such file or directory|`+
			`\bdocker(\.exe)?[：:]\s*(找不到命令|未找到命令)|\bFile not found: [^\n]{0,60}\\Docker\\docker(\.exe)?\b|Cannot run program "docker"|failed to find docker binary|Unable to execute '?docker'? in order to build|'docker' was not discovered\b|failed to determine command for sandbox; install docker or podman|ENOENT.*"syscall":\s*"spawn docker(\.exe)?"|"syscall":\s*"spawn docker(\.exe)?".*ENOENT|Failed which ?: Not found docker\b|Failed to execute '(\S*/)?docker\b[^']*': exited with status 127|docker client binary file was not found|command not found, please install docker\b|The program '?docker'? is currently not installed|(?-i:No such file or directory): docker(['"\s.,;)]|$)|Command: docker not found|\bNot found docker(\.exe)?: (null|undefined)\b|docker binary not found|no container engine found|No container runtime was found|`+
			`(^|[^\w.-])['"]?docker['"]? (executable|command|binary|cli) (was |is )?not (found|installed|available)|(could not|couldn't|can't|cannot|unable to) find (the )?['"\x60]?docker['"\x60]? (executable|binary|command)|`+
			`File not found: '?docker(\.exe)?('|\s*$)|(command|executable|binary) ['"\x60]docker(\.exe)?['"\x60] (was |is )?not found|^Executable ['"\x60]?docker(\.exe)?['"\x60]? not found|`+
			`"com\.docker\.cli(\.exe)?"?: executable file not found|exec: "docker(\.exe)?": cannot run executable found relative to current directory|'docker' not found on PATH|^docker not found\s*$|(Required|required) (program|command|binary|executable) not found: docker\s*$|dependency check failed for docker: docker not found|^cannot find docker\s*$|`+
			localisedNotFound(`docker(\.exe)?`)),
			`dial-stdio|docker-compose([^\w-]|$)|docker-git\b|docker-credential|docker-machine([^\w-]|$)`),
		// The docker program there, but the system cannot run it.
		r(KindDockerCLIMissing, dockerCLIUnrunnable),
		// nixpacks, when its docker command cannot be run.
		r(KindDockerCLIMissing, `\bPlease install Docker to build the app\b`),
		// Rust's std::process::Command unable to spawn docker (Azure IoT
		// Edge's check prints it).
		needs(r(KindDockerCLIMissing, `could not run Command \{ std: "docker(\.exe)?"`), `could not run Command \{ std: "docker(\.exe)?"[^\n]*\n\s*caused by: (No such file or directory|The system cannot find the file specified\.) \(os error 2\)`),
		// Tools' own words for docker missing: Compose's container wrapper
		// (run.sh installed as docker-compose), minikube, Aspire, Vagrant,
		// gcloud, doctl, azd and the Azure CLI (Python's WinError 2).
		r(KindDockerCLIMissing, `docker-compose: exec: line \d+: docker: not found|PROVIDER_DOCKER_NOT_FOUND|Container runtime '(docker|podman)' could not be found|The executable '?docker'? Vagrant is trying to run was not|`+
			`(^|\s)\W?docker\W? not in system PATH\b|unable to find the Docker CLI binary|^\W*(- )?Docker: neither docker nor podman is installed|Could not run '?docker(\.exe)?'? command\. Exception: \[WinError 2\]`),
		// Prose that docker is not installed, unless it is a supposition.
		unless(r(KindDockerCLIMissing, `docker (wasn't|was not|isn't|is not) installed([.,;)]|\s*$| on | in | yet| or not (in|on) (your |the )?PATH)|^docker (was )?not found([.!,]|\s*$)|`+
			`docker is required but (was )?not found|docker (was )?not found (on|in) (your |the )?PATH`),
			`dial-stdio|docker-compose|docker-git\b|docker-credential|docker-machine|\b(if|when|whether|unless|in case)\b[^.]{0,60}\bdocker\b`),
		r(KindComposePluginMissing, `Command failed: docker compose version|'?compose'? is not a docker command|unknown command:? "?(docker )?compose"?|docker: unknown command: docker compose|`+
			`compose plugin (is )?(not|missing)|docker compose (v2 )?(plugin )?(is )?not (installed|available)|\[docker compose\] has not been installed|"docker compose"? (does not|doesn't) exist|docker compose (v2 )?not found!|looking up compose provider failed|compose\s+failed to fetch metadata: fork/exec \S*docker-compose(\.exe)?: `),
		// Compose v1's docker-compose program missing: Compose is missing
		// where the paste ran, unless the paste shows Compose v2 answering
		// (the finding then says which program was missing).
		unlessPaste(r(KindComposePluginMissing, composeV1Missing), composeInstalled),
		unlessPaste(r(KindComposePluginMissing, composeV1NotExecutable), composeInstalled),
		needs(r(KindComposePluginMissing, composeV1BrokenInstall), `File "\S*/docker-compose", line \d+`),
		// The writer's own account of the shell not finding the program
		// ("running `docker-compose up` results in "command not found""),
		// unless it supposes one.
		unlessInSentence(unlessPaste(r(KindComposePluginMissing, proseNotFound(`docker-compose(\.exe)?`)), composeInstalled), proseSupposition),
		// Not found "unless I add sudo" is found under sudo (sudo's PATH or
		// the writer's wording): the sudo statement is the finding.
		unlessPaste(unlessInSentence(r(KindDockerCLIMissing, proseNotFound(`docker(\.exe)?`)), proseSupposition), `\bunless I (add|use|put|type) .?sudo`),
		// docker itself (not Compose) rejected Compose's flags: `compose` is
		// no docker command here.
		// A paste that shows Compose v2 installed has its flags misplaced.
		// Any flag after `docker compose`; without it, Compose's own flags.
		unlessPaste(needs(needs(r(KindComposePluginMissing, `unknown shorthand flag: '\w' in -\w|^unknown flag: --[\w-]+$`), `docker compose\s`),
			dockerUsage), composeInstalled),
		// Podman's docker shim answers `docker compose` the same way.
		unlessPaste(needs(r(KindComposePluginMissing, `unknown shorthand flag: '[fdp]' in -[fdp]\b|`+
			`^(Error: )?unknown flag: --(file|project-name|project-directory|detach|env-file|profile|build|remove-orphans|force-recreate|no-deps|wait|short|format)$`),
			dockerUsage+`|See 'podman --help|docker compose\s+(-f|--file|-p|-d|up|down|--profile|--env-file|--project-name|--project-directory)`), composeInstalled+"|"+flagAfterSubcommand+"|"+flagBeforeSubcommand+"|"+imageBuildStep),
		// docker rejecting a flag that only Compose v2 takes, on the command
		// line it echoes (a tool's "Command failed: docker compose …").
		unlessPaste(r(KindComposePluginMissing, `\bdocker compose (-\S+ \S+ )*.{0,200}\bunknown flag: --(file|project-name|project-directory|env-file|profile)\b`),
			composeInstalled+"|"+flagAfterSubcommand),
		// Compose's own project flags, which no docker command takes,
		// rejected on their own line (a tool calling `docker compose`).
		unlessPaste(r(KindComposePluginMissing, `^(Error: )?unknown flag: --project-(directory|name)$`), composeInstalled+"|"+flagAfterSubcommand),
		// The docker CLI finding the Compose plugin unusable (another
		// architecture, a broken file).
		r(KindComposePluginMissing, `Plugin "\S*docker-compose(\.exe)?" is not valid`),
		// The same rejection of Compose's -f, -d or -p on its own (often the
		// only line a script's user pastes, or named in prose), unless the
		// paste shows the flag misplaced (after a subcommand, or -d before
		// one) or Compose v2 installed.
		unlessPaste(r(KindComposePluginMissing, `unknown shorthand flag:? '?[fdp]'?( in -[fdp]\b|\s*\)|\s+error|\s*$)|unknown shorthand flag -[fdp]\b`),
			composeInstalled+"|"+flagAfterSubcommand+"|"+flagBeforeSubcommand),

		// SSH endpoints.
		unlessPaste(needs(r(KindSSHHostKeyUnknown, `Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No \S+ host key is known for|knownhosts: key (is unknown|mismatch)|host key mismatch|Server ('\S+' )?not found in known_hosts|\S+ not found in known_hosts|(server|host) key not found in known_hosts`), sshContext), gitRemote),
		unlessPaste(needs(r(KindSSHAuthFailed, `Permission denied \((publickey|password|keyboard-interactive|gssapi)|Too many authentication failures|ssh: unable to authenticate|Enter passphrase for key|passphrase protected|Authentication \(publickey\) failed|AuthenticationException|PasswordRequiredException|private key file is encrypted|cannot decode encrypted private keys|All configured authentication methods failed|No authentication methods available`), sshContext), gitRemote+`|hostagent|minikube`),
		unlessPaste(needs(r(KindSSHUnreachable, `ssh: connect to host \S+ port \d+: (Connection refused|Connection timed out|No route to host|Network is unreachable|Operation timed out)|ssh: Could not resolve hostname|kex_exchange_identification|Connection closed by \S+ port \d+|Connection timed out during banner exchange`), sshContext), gitRemote),
		// A handshake the remote host cut; at a loopback port it is a local
		// VM's forward (a Podman machine still starting), not a host.
		unless(needs(r(KindSSHUnreachable, `ssh: handshake failed: (read|write) tcp \S+: (read|write): connection reset by peer`), sshContext), `->(127\.|\[::1\])`),
		r(KindSSHUnreachable, `ssh connection error.*(ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)`),
		needs(r(KindDaemonUnresponsive, `ducttape\.TimeoutException`), `DockerClientProviderStrategy\.ping`),
		// docker-machine's ssh client dialing or logging in to the VM or
		// host it drives, when the paste shows docker-machine (minikube's,
		// minishift's and crc's copies of it reach their own node).
		unlessPaste(needs(r(KindSSHUnreachable, `Error dialing TCP: dial tcp \S+: (connectex: |connect: )?(No connection could be made|connection refused|i/o timeout|operation timed out|no route to host)`), dockerMachineShown), machineOfAnotherTool),
		unlessPaste(needs(r(KindSSHAuthFailed, `Error dialing TCP: ssh: handshake failed: ssh: unable to authenticate`), dockerMachineShown), machineOfAnotherTool),
		needs(r(KindSSHUnreachable, `NoValidConnectionsError`), `ssh://|DOCKER_HOST|docker-compose|docker context`),
		// paramiko (docker-py's, Compose v1's ssh) refused a channel by
		// sshd: the connection is made, the stream to the daemon is not.
		needs(r(KindSSHUnreachable, `ChannelException\(2, 'Connect failed'\)|Secsh channel \d+ open FAILED: open failed: Connect failed`), `(?i)\bssh\b`),
		needs(r(KindSSHUnreachable, `Net::SSH::(ConnectionTimeout|Disconnect|Proxy::ConnectError)`), `kamal|mrsk`),
		needs(r(KindSSHAuthFailed, `Net::SSH::AuthenticationFailed`), `kamal|mrsk`),
		needs(r(KindSSHHostKeyUnknown, `Net::SSH::HostKeyMismatch|Net::SSH::HostKeyUnknown`), `kamal|mrsk`),
		// docker-modem's ssh transport refused at the ssh port.
		needs(needs(r(KindSSHUnreachable, `connect ECONNREFUSED \S+:22\b`), `docker-modem|ssh://`), `docker`),
		needs(r(KindSSHUnreachable, `Timed out while waiting for handshake`), `ssh2|ssh://`),
		// The docker CLI's ssh helper quotes ssh's own stderr as stderr=….
		r(KindSSHHostKeyUnknown, `stderr=.{0,40}(Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED)`),
		unlessPaste(r(KindSSHAuthFailed, `stderr=.{0,80}Permission denied \((publickey|password|keyboard-interactive)`), `hostagent|essential requirement`),
		r(KindSSHUnreachable, `stderr=ssh: (connect to host \S+ port \d+: |Could not resolve hostname)`),
		// Meteor Up's ssh2 client, which sets up and runs Docker on the
		// server, refused at the ssh port.
		needs(r(KindSSHUnreachable, `connect ECONNREFUSED \S+:22\s*$`), `\bmupx?\b|Meteor Up|nodemiral`),
		// The docker CLI's ssh helper saying ssh ended with 255, ssh's own
		// failure (to connect or to log in), when the paste holds no more
		// precise ssh message.
		weak(r(KindSSHUnreachable, sshFailureUnsaid)),
		// No ssh program to dial an ssh:// endpoint with.
		needs(r(KindSSHUnreachable, `exec: \\?"ssh\\?": executable file not found|fork/exec \S*/ssh: permission denied`), sshContext),
		// DevPod's providers dial the machine that runs the workspace's
		// Docker.
		r(KindSSHUnreachable, `create ssh client: dial to \S+ failed: dial tcp \S+: (connect: (connection refused|no route to host|network is unreachable)|i/o timeout)`),

		// Settings.
		unlessPaste(unless(r(KindEndpointInvalid, `unable to parse docker host|invalid (docker_host|docker host)|unsupported protocol scheme|context "[^"]*" does not exist|`+
			`context not found: open \S*/contexts/meta|current context "[^"]*" is not found on the file system|docker host .* (has no scheme|unsupported scheme)|unsupported scheme \S+ in DOCKER_HOST|`+
			// An empty host: "at http:/ - is it running?"
			`Docker daemon at (https?|tcp|unix):/{0,3}\s|`+
			`invalid bind address (format|protocol)|unable to resolve docker endpoint|error loading context|Invalid DOCKER_HOST|is not a valid Docker (URL|host)|`+
			`docker endpoint for "[^"]*" not found|context "[^"]*": context not found|failed to connect to Docker daemon: invalid endpoint|ssh host connection is not valid|Error while fetching server API version: .{0,40}URL has an invalid label|`+
			// A placeholder or an unexpanded variable left in the host, and
			// Windows refusing to dial 0.0.0.0.
			`lookup (<[^>]+>|\$\{?\w+\}?): no such host|dial tcp 0\.0\.0\.0:\d+: connectex: The requested address is not valid in its context|`+
			`parse "?(tcp|unix|npipe|ssh|http)://[^"]*"?: (invalid character|invalid port|missing port)|`+
			// A DOCKER_HOST given twice its scheme (tcp://tcp://…) is looked
			// up as a host name.
			`dial tcp: lookup [a-z]+://|`+
			// A unix path without its // read as host "unix" (and looked up).
			`https?://(unix|npipe)(:\d+)?/\S*\.sock\b|dial tcp: lookup (unix|npipe) on \S+: |`+
			// An ssh:// endpoint handed to a client that speaks only tcp
			// (its user@host is looked up as a host name).
			`dial tcp: lookup [^\s@:/]+@[^\s:]+: no such host|`+
			// A socket path given where a host name belongs.
			`docker\.sock"?: Name or service not known|lookup \S*docker\.sock\b|`+
			// A named pipe's path dialled as a host name.
			`(^|\s)//\./pipe/\S+: no such host|`+
			// A context whose stored metadata is gone.
			`contexts[/\\]meta[/\\]\S+[/\\]meta\.json: (no such file|The system cannot find)|`+
			`Unix domain sockets are not supported on Windows`), `\.pem\b|tls:|(?-i:^error: context)|`+klogWarning), kubeContext),
		// Go's URL parser and the socket layer on a DOCKER_HOST without a
		// scheme, or a unix:// endpoint on Windows.
		needs(r(KindEndpointInvalid, `UnsupportedSchemeException|Unknown URL scheme`), `docker|tcp://\S+:237[56]\b`),
		// A URL dialled as a socket path, a URL refused by an extension.
		needs(r(KindEndpointInvalid, `connect ENOENT (ssh|tcp|https?)://|DOCKER_HOST env(ironment)? variable should be`), `docker`),
		needs(r(KindEndpointInvalid, `Get "?http://[^/\s"]+/v1\.\d+/\S*"?: dial tcp: lookup \S+: no such host`), `DOCKER_HOST=["']?ssh://`),
		// docker-py given a socket path without unix://.
		r(KindEndpointInvalid, `DockerException: Bind address needs a port`),
		// Podman's connection settings: an empty URI, or a connection
		// naming a machine that does not exist.
		r(KindEndpointInvalid, podmanConnectionInvalid),
		// A socket path read as a tcp:// endpoint: DOCKER_HOST set to a
		// bare path, without unix://.
		needs(r(KindEndpointInvalid, socketPathOverTCP), `docker`),
		// An ssh endpoint's user@host dialled over tcp by a client that only
		// speaks tcp: no host name holds an @.
		needs(r(KindEndpointInvalid, `dial tcp: lookup [^\s@:]+@[^\s:]+: no such host`), `docker|DOCKER_HOST`),
		// A socket's path looked up as a host name by a client asking the
		// Docker API.
		needs(r(KindEndpointInvalid, `lookup \S*\.sock: no such host`), `docker|/containers/|/_ping|/v1\.\d+/`),
		// A client that cannot use the endpoint in the form it was given.
		r(KindEndpointInvalid, clientRejectsEndpoint),
		// A context store file that is no JSON (NUL bytes after a crash).
		needs(r(KindEndpointInvalid, `invalid character '\\x00' looking for beginning of value`), `docker context`),
		// A docker CLI context that cannot be resolved, whatever tool says
		// so; minikube only warns of it (klog's W prefix) and goes on, so
		// beside another access failure its warning gives way.
		unless(r(KindEndpointInvalid, currentContextUnresolved), klogWarning),
		weak(needs(r(KindEndpointInvalid, currentContextUnresolved), klogWarning)),
		needs(r(KindEndpointInvalid, `(failed to create (docker )?client|client): invalid endpoint\b`), `DOCKER_HOST|docker`),
		needs(r(KindEndpointInvalid, `ERR_INVALID_URL`), `DOCKER_HOST|Action: docker-context\.`),
		// A DOCKER_HOST without its scheme, on Docker's own port.
		r(KindEndpointInvalid, "(^|\x60)parse \"?(\\d{1,3}\\.){3}\\d{1,3}:237[56]\"?: first path segment in URL cannot contain colon"),
		unless(needs(r(KindEndpointInvalid, `first path segment in URL cannot contain colon|missing protocol scheme|^protocol not available$|dial unix: protocol not available|(Failed to initialize|Error initializing Docker client): protocol not available`), `DOCKER_HOST|docker`), `\.pem|tls|cert`),

		// TLS with the daemon (not with a registry, not inside a build): a
		// statement that names the daemon's endpoint is one whatever else
		// the paste shows; any other TLS statement only in a paste that
		// pulls nothing and builds nothing.
		// dockerd failing to start on its own certificates (its swarm's,
		// its TLS key pair) is the daemon not starting (below), no client's
		// handshake.
		// docker-py told to use TLS without the files: its message links
		// Docker's docs, which the rules below take for another web API.
		r(KindTLSError, dockerPyTLSFilesMissing),
		unless(also(r(KindTLSError, tlsFailure), `error during connect|error occurred trying to connect|`+dockerPorts+`|/_ping|/v1\.\d+/(info|version|containers)|DOCKER_HOST|docker daemon`), registryRequest+`|DialWithDialer timed out|Error creating cluster component|`+dockerdStartFailure),
		// The docker CLI's own loader naming a TLS file it cannot read.
		r(KindTLSError, endpointPEMUnreadable+`|`+caUnreadable),
		// fabric8's docker-maven-plugin unable to read its TLS files (Java's
		// FileNotFoundException wording).
		r(KindTLSError, dmpPEMUnreadable),
		// Ruby's Excon (docker-api) unable to verify the daemon's
		// certificate.
		needs(r(KindTLSError, `Unable to verify certificate, please set .?Excon\.defaults`), `(?i)docker`),
		// dockerd logging a client's failed handshake.
		needs(r(KindTLSError, serverHandshakeLog), `dockerd\[\d+\]|docker\.log|-u docker(\.service)?\b`),
		// kubectl's "Unable to connect to the server" is a cluster's API.
		// A server's log of a client's failed handshake ("http: TLS
		// handshake error from ADDR") is the daemon's only when dockerd
		// logged it.
		unlessPaste(needs(unless(r(KindTLSError, tlsFailure), registryContext+`|DialWithDialer timed out|https://|Error creating cluster component|`+dockerdStartFailure+`|Unable to connect to the server: |`+serverHandshakeLog), `docker|`+dockerPorts+`|error occurred trying to connect|error during connect|server API version`),
			buildContext+`|\bduring (the |a )?build\b|\b(in|inside|from) (a|the|my) docker container\b|在 ?Docker ?容器中|`+otherHTTPAPI+`|/v2/|/v1/users|docker login|registry|Pulling from|Unable to find image|docker pull|error pulling|\bpulling (the )?(image|from|layers?|fs|manifest|docker|\S+[:/])|\bpulling\s*$|\bpull (the |an |my )?images?\b|private (repository|repo)\b|notary|DOCKER_CONTENT_TRUST|`+
				`behind (a|my|our|the) (corporate )?(proxy|firewall)|HTTPS?_PROXY|Installing VS Code Server|ca-certificates|\bharbor\b|登[录陆]|ログイン|\blog ?in\b|\bsign(ing)? ?in\b|`+
				// An app that printed where it listens: its container runs.
				`(?m:^Listening on https?://)`),
		// (A registry's answer is no daemon's.)
		// A Go HTTPS server's answer to plain HTTP: the daemon's only in a
		// paste about Docker.
		needs(unless(r(KindTLSError, `Client sen[dt] an HTTP request to an HTTPS server|dockerjava\S*DockerClientException: Error in SSL Configuration`), registryRequest), `daemon|DOCKER_HOST|--tls|DockerException|docker-compose|docker(java|-java|\.client)|`+dockerPorts),

		// API versions.
		r(KindAPIVersionMismatch, `(?-i:please upgrade your client)|`+`client version [\d.]+ is too (new|old)|api version [\d.]+ is not supported|minimum supported api version|maximum supported api version|client is newer than server|`+
			`client API version \S+ is (too new|too old)|minim(um|al) (supported )?API version is [\d.]+ in Docker|minimum supported version is [\d.]+|client is too (new|old)|newest supported API version|`+
			`client and server don't have same version`),

		// A 400 from the daemon that the paste shows raising its minimum
		// API version (Docker Engine 29 answers older clients so).
		needs(r(KindAPIVersionMismatch, `\b(got|get|returns?|returned|received|with) (an? )?(HTTP )?(status )?400\b.{0,40}\b(docker|engine|daemon)\b`), `\(minimum version \d+\.\d+\)`),

		// Permission on the socket or pipe.
		unless(r(KindSocketPermissionDenied, `permission denied while trying to connect to the docker|got permission denied while trying|^(Error: )?permission denied while trying to connect(\.\.\.|…)\s*$|(`+daemonSocketLine+`).*dial unix \S+: connect: permission denied|dial unix \S+: connect: permission denied.*(`+daemonSocketLine+`)|`+
			`(docker|podman)[^/\s]*\.sock\S*:? (connect: )?permission denied|dial unix /run/podman/io\.podman: connect: permission denied|permission denied.*docker\.sock|connect EACCES \S*docker|`+
			`pipe[/\\]docker\w*: Access is denied|docker_engine: Access is denied|access denied.*docker daemon|`+
			`docker daemon socket.*permission denied|cannot connect to docker (engine|daemon).*permission denied|(failed|unable) to connect to (the )?docker\b.{0,40}permission denied|`+
			`connect\(.*\) failed\s*:?\s*Permission denied|->unix://localhost:80: Permission denied|DockerException\b.*Permission denied|`+
			`permission denied.{0,3} (while|when) (executing|running|using) docker|permission denied while trying to .{0,20}docker daemon socket|`+
			`(getting|get|fetch(ing)?|read(ing)?) (the )?docker (version|info)\b.{0,40}permission denied|does not have permission to (run|use|access) '?docker\b|`+
			`named pipe error: Access is denied|not allowed to use Docker\b|must be in the .{0,3}docker-users.{0,3} group|blocked from accessing \S*docker\.sock|`+
			`does not have Docker permissions`), `\binstead of (failing|erroring|returning)\b|listen unix|containerd (error|client)\b.*dial unix \S*/containerd\S*\.sock: connect: permission denied|bind: permission denied|failed to load listeners|api proxy listener|\bmount|(ls|rm|chmod|chown|chgrp|ln|mv|cp|touch|stat|unlink): cannot (access|open|remove|change|create|stat|move|read|set|unlink|overwrite)\b|(chown|chgrp): changing ownership of|chmod: changing permissions of|\bstatfs |`+desktopInternalSocket),
		// A tool's own account of a mounted socket its process's groups
		// do not open.
		r(KindSocketPermissionDenied, `socket mounted but not accessible by current process|Process groups do not include socket gid \d+|\bDocker host socket at \S+ is not (readable|writable)\b|\bCannot access docker socket file\b`),
		// socat relaying the daemon's socket: connect(…"path", len): errno.
		r(KindSocketPermissionDenied, `\bconnect\([^)]*"\S*docker\.sock", \d+\): Permission denied`),
		// Prose that the socket refuses this user, unless a supposition.
		// A paste telling that Docker did not fail ("instead of failing")
		// reports no refusal.
		unlessPaste(unless(r(KindSocketPermissionDenied, `docker socket is not (readable|writable|accessible)|(cannot|can't|unable to) (read|access|open) the docker socket|`+
			`(does not belong to|is not in|isn't in|is not a member of|isn't a member of) (the )?.?docker.? group`), `\b(if|whether|unless)\b|\b(when|whenever) (the )?docker socket`), `\binstead of (failing|erroring)\b`),
		// Rust's io::Error prints errno 13 as "kind: PermissionDenied" or
		// "(os error 13)": the socket's only when the paste is a Docker
		// client's (an app's own files give the same words).
		unless(needs(r(KindSocketPermissionDenied, `Permission denied - connect\(2\)|Permission denied \(os error 13\)|kind: PermissionDenied|UnauthorizedAccessException: Access to the path is denied`), `docker (socket|daemon)|docker\.sock|NamedPipeClientStream|bollard|rs-docker|hyper|error trying to connect|Docker::`), `\bbind\b|`+serviceLogLine),
		also(r(KindSocketPermissionDenied, `SocketException \(13\): Permission denied`), `docker (unix )?socket|docker\.sock|Docker\.DotNet`),
		// fabric8's docker-maven-plugin asking the daemon for its version.
		r(KindSocketPermissionDenied, `Cannot extract API version from server \S+: Permission denied`),
		// sshd refusing to forward the stream to the node's socket: the
		// ssh user may not open it (RKE's tunnel).
		r(KindSocketPermissionDenied, `(docker\.sock|Docker socket): ssh: rejected: administratively prohibited`),
		// EPERM opening the socket: a sandbox (macOS's, an agent's,
		// seccomp or AppArmor) refuses the client the socket.
		r(KindSocketPermissionDenied, `(error connecting to|dial unix|open|connect) \S*docker\.sock: (connect: )?operation not permitted`),
		needs(r(KindSocketPermissionDenied, `(PermissionError|\berror)\(13, ''?Permission denied''?\)|EACCES\b.*(\S*docker\S*\.sock|docker_engine|/var/run/\S*\.sock)|\[Errno 13\] Permission denied\s*$`), `docker|server api version|unixconn|'Connection aborted\.', (PermissionError|error)\(13`),
		needs(r(KindSocketPermissionDenied, `Caused by <class 'socket\.error'>: \[Errno 13\] Permission denied`), `docker\.sock`),
		needs(r(KindSocketPermissionDenied, `"code":\s*"EACCES"|code: 'EACCES'`), `docker\.sock`),
		// Prose in other languages that access to the daemon's socket was
		// refused for lack of permission.
		// Unless it is one guess of several ("…挂了或者…没有权限").
		weak(unless(needs(r(KindSocketPermissionDenied, `权限不足|没有权限|沒有權限|権限がありません|permission insuffisante|keine Berechtigung|permiso denegado|permissão negada|отказано в доступе`),
			`docker\.sock|unix socket|docker/api/client|docker daemon|守护进程`), `或者|或是|可能|也许|かもしれ|peut-être|vielleicht|quizás|talvez|возможно|(^|\s)или\s`)),
		needs(r(KindSocketPermissionDenied, `\[Errno 13\] Permission denied \(File "\S*(urllib3|requests|docker)`), `docker|podman`),
		needs(r(KindSocketPermissionDenied, `Cannot connect to host \S+ ssl:\S+ \[Permission denied\]`), `docker`),
		// pywin32 opening Docker's named pipe (docker-py on Windows).
		r(KindSocketPermissionDenied, `\(5, 'CreateFile', 'Access is denied`),
		// testcontainers-java: the socket is there but may not be opened.
		r(KindSocketPermissionDenied, `Root cause AccessDeniedException \(\S*docker\.sock\)`),
		// SELinux refusing a connection to the socket (file modes allow it).
		// SELinux refusing a process the socket (audit's record, and
		// setroubleshoot's summary of it).
		// (Not a record SELinux only logged: permissive=1 refused nothing.)
		unless(r(KindSocketPermissionDenied, seLinuxSocketDenial), `permissive=1`),

		// The daemon: connects but does not answer.
		unless(also(r(KindDaemonUnresponsive, `context deadline exceeded|Read timed out|Client\.Timeout exceeded|request canceled|timed out|TimeoutError|ReadTimeout|timeout exceeded`),
			`_ping|/version|/info|/containers|docker\.sock|docker_engine|docker d(ae|ea)mon|`+dockerPorts+`|UnixHTTPConnectionPool|NpipeHTTPConnectionPool|localhost:80|docker api|dial-stdio|`+
				`docker (ps|info|version)|daemon to respond|docker engine|host='docker'|error occurred trying to connect|error during connect`), registryContext+`|`+answeredTimeout+`|dial tcp|lookup |waiting for (log|container|port)|HostPortWaitStrategy|LogMessageWaitStrategy|`+connectTimeout),
		// A connection that was never made: nothing answers at the address.
		unless(also(r(KindDaemonUnreachable, connectTimeout),
			`_ping|/version|/info|docker daemon|`+dockerPorts+`|docker api|docker (ps|info|version)|docker engine|DOCKER_HOST|docker host`), registryContext+`|dial-stdio|ssh: connect to host|`+otherHTTPAPI),
		needs(r(KindDaemonUnresponsive, `^(docker|docker-compose) (ps|info|version|images|run|pull|stats)\b.{0,20}\b(hangs?|hanging|is stuck|freezes|never returns)`), `docker`),
		// Prose: a docker command, named, did not answer.
		r(KindDaemonUnresponsive, "\\bdocker (ps|info|version|images|commands?)\x60? (was|is|are|were|became|becomes|went) (completely |totally )?unresponsive\\b"),
		// Ruby's docker-api gem timing out on its request to the daemon.
		r(KindDaemonUnresponsive, `\bDocker::Error::TimeoutError\b`),
		unlessPaste(unless(needs(r(KindDaemonUnresponsive, `deadline exceeded|never responds|hangs forever`), `docker (ps|info|version)|Docker (for Mac|Desktop)`), registryContext+`|`+answeredTimeout), buildContext),
		unless(needs(r(KindDaemonUnresponsive, `ping failed .*TimeoutException|Timeout waiting for result with exception`), `dockerHost|docker\.sock|DockerClientProviderStrategy`), `Connection refused`),
		needs(r(KindDaemonUnresponsive, `System\.TimeoutException|The operation has timed out`), `Docker\.DotNet|Docker\.PowerShell|NamedPipeClientStream`),
		// buildx's docker driver listing its builder's workers past the
		// deadline: the daemon behind the endpoint did not answer.
		needs(r(KindDaemonUnresponsive, `failed to list workers: .*(DeadlineExceeded|context deadline exceeded)`), `docker buildx|docker context`),
		// docker-py's socket read timing out, its adapter in the traceback.
		needs(r(KindDaemonUnresponsive, `^E?\s*(TimeoutError|socket\.timeout): timed out\s*$`), `docker\.transport\.unixconn|UnixHTTPAdapter`),
		// (The pipe's backslashes are lost in some pastes: "\.pipedocker_engine".)
		r(KindDaemonUnresponsive, `pipe[/\\]?docker\w*:? \(?All pipe instances are busy`),
		// Docker Desktop's API proxy answering for an engine that did not
		// respond in time (no request URL: not a registry).
		r(KindDaemonUnresponsive, `Error response from daemon: A connection attempt failed because the connected party did not properly respond`),
		// docker-py's pipe or socket transport giving up on a read.
		needs(r(KindDaemonUnresponsive, `^TimeoutError\s*$`), `docker[/\\]transport[/\\](npipesocket|unixconn)\.py`),
		// docker-compose v1's own timeout on the daemon's API, Docker
		// Desktop's diagnostics and backend waiting for the engine, and a
		// connection the daemon closed without an answer.
		unless(r(KindDaemonUnresponsive, `An HTTP request took too long to complete|HTTP 请求完成时间过长|docker (ps|info|version)\S*: timeout after|`+
			`still waiting for (the )?(API|engine|daemon) to respond`), registryContext),
		// A connection closed without an answer: the daemon is stuck, unless
		// the paste shows its socket gone.
		weak(unless(r(KindDaemonUnresponsive, `(error during connect|An error occurred trying to connect|Cannot connect to the Docker daemon)\S*:? .*(/_ping|/v1\.\d+/\S+)"?: EOF`), registryContext)),
		// The CLI before 1.13 printed the request alone (after the log's
		// date): an API path closed without an answer.
		weak(needs(unless(r(KindDaemonUnresponsive, `^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?(Get|Post|Head|Put|Delete) "?https?://\S+?(/_ping|/v1\.\d+/(_ping|info|version|containers|images|networks|volumes|exec|build|events)\b\S*)"?: EOF\s*$`), registryContext), `docker|:237[56]\b|:4243\b|unix://`)),
		// Docker Desktop's diagnostics (before its DDnnnn checks): its app
		// not running.
		r(KindDaemonUnreachable, `^\W*Failed with: Docker is not running\b`),
		// A tool that could not connect to an endpoint on Docker's ports,
		// saying no more.
		weak(r(KindDaemonUnreachable, `(cannot|can't|could not|couldn't|unable to) connect to "?(tcp|https?)://[\w.-]+:237[56]\b`)),
		// VS Code's Dev Containers when its `docker version` failed: it says
		// so for any failure (no daemon, a refused socket, no docker CLI), so
		// any other finding names the cause.
		unlessPaste(weak(r(KindDaemonUnreachable, dockerFailureUnsaid)), daemonAnsweredOutput),
		// VS Code's Docker extension: its request to the daemon timed out.
		r(KindDaemonUnresponsive, `Is Docker running\?\s*Error: Request timed out`),
		// The Go client's request to a local socket, whose URL host is the
		// placeholder "docker", closed without an answer.
		weak(r(KindDaemonUnresponsive, `\b(Get|Post|Head) "?http://docker/\S+"?: EOF\b`)),
		// The daemon's socket accepted the connection and closed it before
		// the request was written.
		weak(unless(r(KindDaemonUnresponsive, `write unix @?->\S*(docker|podman)\S*\.sock: write: broken pipe`), `Error response from daemon: `)),
		// A connect to the daemon's socket refused with EAGAIN: its queue of
		// connections waiting to be accepted is full (the daemon accepts
		// none).
		r(KindDaemonUnresponsive, `dial unix \S*(docker|podman)\S*\.sock: (connect: )?resource temporarily unavailable`),
		// Docker-in-Docker without --privileged: its dockerd never starts.
		needs(r(KindDaemonUnreachable, dindMountDenied), `Could not mount /sys/kernel/security|\bdind\b`),
		// An old client's request to the socket closed without an answer.
		r(KindDaemonUnresponsive, `\b(Post|Get|Delete) "?http:///var/run/docker\.sock/v1\.\d+/\S+"?: EOF\b`),
		// The ssh helper killed by the client that gave up waiting for the
		// remote daemon's answer (its ssh connection itself was made).
		r(KindDaemonUnresponsive, `docker system dial-stdio\]? has exited with signal: killed`),

		// The daemon: nothing answers. Generic lead-ins first (preamble),
		// then the precise errors (no socket, refused, no pipe).
		// "Cannot connect to the Docker daemon at ENDPOINT" is the modern
		// CLI's whole message for a missing socket or a refused connection;
		// without "at" (docker 1.12 and older) it was printed for
		// permission errors too.
		unless(r(KindDaemonUnreachable, `cannot connect to the (docker|balena|balenaEngine) daemon at (unix|tcp|npipe)://\S+`), `permission denied|:3334|`+socketPathOverTCP),
		r(KindDaemonUnreachable, `ENOENT\b.*docker\.sock|no such file or directory,? (stat |open |connect )?'?\S*docker\.sock|Socket not found: \S*docker\.sock|No Docker socket found at`),
		unlessPaste(unless(preamble(r(KindDaemonUnreachable, `cannot connect to the docker daemon|is the docker daemon running|could not access (the )?docker daemon\b|`+
			`Error while fetching server API version|failed to connect to the docker API|couldn'?t connect to docker daemon|(could not|couldn't|unable to) connect to (the )?docker socket|`+
			`is docker running|unable to connect to docker\b|\bdocker daemon is not operational\b|\bengine is down with error\b|\byou need to share your Docker host socket\b|\bpermanent failure in dockerutil\b|\b(unable to|failed to|cannot) (listen|subscribe) to docker events\b|\bdocker event stream connection failure\b|cannot reach (the )?\S*docker\.sock\b|\bdocker socket not found\b|\bno container runtime available\b|\bno available runtime found\b|cannot connect to (the )?docker deamon\b|\bfailure to connect to (the )?docker daemon\b|\berror connecting to (the )?docker daemon\b|\bcannot ping (the )?docker daemon\b|Docker Connection - Cannot ping Daemon\b|\bfailed to ping the docker daemon\b|Running 'docker' succeeded, but 'docker ps' failed|unable to contact the docker daemon|failed to connect to (the )?docker daemon|docker daemon (doesn't|does not) seem to be (responding|running)|`+
			`requires (Docker|a container runtime)\b.{0,60}\b(installed and running|running|installed)\?|requires Docker\. Please make sure it is installed and running|`+
			`无法连接到\s*docker\s*守护进程|Docker\s*デーモンに接続できません|Verbindung zum Docker-Daemon|`+
			`no docker (daemon|engine|environment) (found|available|running)|`+
			// Testcontainers for .NET finding no endpoint, Azure IoT Edge's
			// check of its engine, BcContainerHelper's and other tools' words.
			`Cannot detect the Docker endpoint\b|(unable to|could not|couldn't|cannot|can't|failed to) connect to (the )?local docker daemon\b|`+
			`could not communicate with (the )?container engine at \S*(docker|pipe)|\bDockerd process not found\b|unable to communicate with (the )?docker socket\b|`+
			`docker is either not running or (misconfigured|not configured)|Docker daemon is not available|Either DOCKER_HOST or local sockets are not available|^Launch docker client failed\b`)),
			// A daemon plugin's own failure is the daemon answering.
			`permission denied|bind: address|port is already allocated|address already in use|:3334|Error response from daemon: plugin|`+disputed), daemonAnswered+`|`+libraryClash+`|`+vscodeDockerDetail),
		// A daemon plugin's socket (/run/docker/plugins/…) is the daemon
		// answering and relaying its plugin's failure.
		unless(also(r(KindDaemonUnreachable, `dial unix \S+: connect: (no such file or directory|connection refused)`), daemonSocketLine), `containerd|/run/(buildkit|dagger)/|/docker/plugins/|permission denied|:3334|`+desktopInternalSocket),
		unless(r(KindDaemonUnreachable, `is the docker engine running|`+
			`docker\.sock\S*:? (connect: )?(no such file|connection refused)|connect ENOENT \S*(docker|podman\.sock|/podman/\S+\.sock)|connect ECONNREFUSED \S*((docker|podman)\.sock|/podman/\S+\.sock)|`+
			`pipe[/\\]docker\w*:? \(?The system cannot find the file specified|named pipe error: The system cannot find the file specified|docker_engine:? \(?The system cannot find the file specified|`+
			`Docker Desktop is starting|colima is not running|`+
			`rootless Docker not found|SocketNotFoundError|pywintypes\.error: \(2, '(CreateFile|WaitNamedPipe)'|\(2, '(CreateFile|WaitNamedPipe)', 'The system cannot find the file specified\.'\)|pywintypes\.error \(cannot find the file specified\)|kind: Connect, source: Some\(Os \{ code: (2|61|111)|`+
			// bollard (Rust) over hyper: the connect step failed.
			`kind: Connect\b.{0,80}\b(kind: (ConnectionRefused|NotFound)|code: (2|61|111)\b)`),
			`permission denied|:3334`),
		// socat relaying the daemon's socket: connect(…"path", len): errno.
		r(KindDaemonUnreachable, `\bconnect\([^)]*"\S*docker\.sock", \d+\): (No such file or directory|Connection refused)`),
		// hyper's own connect error under a Docker client: a missing socket
		// (a refusal may be any TCP service's).
		needs(r(KindDaemonUnreachable, `hyper::Error\(Connect, Os \{ code: 2\b`), `docker`),
		// Podman's lead-in: the reason follows it (a refused permission, an
		// ssh handshake), or nothing more precise is said.
		unless(preamble(r(KindDaemonUnreachable, `unable to connect to Podman|Cannot connect to Podman`)), `:3334`),
		// A pipe that cannot be opened for any reason but access (the
		// reason is often localised) is a pipe nobody serves; a client in
		// a container that cannot use a pipe ("message read mode pipes not
		// supported") reached one that is served.
		// (A quoted log line doubles its backslashes.)
		unless(r(KindDaemonUnreachable, `open (//\./|\\{2,4}\.\\{1,2})pipe(/|\\{1,2})docker\w*:`), `Access is denied|access denied|Zugriff|acc[eè]s refus|`+pipeWithoutMessageMode),
		// Docker for Mac's socket proxy unable to dial its engine's socket.
		r(KindDaemonUnreachable, `500 Server Error: Internal Server Error \("?b?'?dial unix \S*docker\.raw\.sock`),
		// Docker Desktop's proxy answering 500 because the engine behind it
		// did not answer in time (docker-py's APIError, the dashboard's
		// "(HTTP code 500) server error").
		needs(r(KindDaemonUnresponsive, `(500 Server Error: Internal Server Error \("?b?'?|\(HTTP code 500\) server error - )i/o timeout`), `Docker Desktop|localnpipe|docker_engine|docker\.sock|dockerDesktop`),
		// Docker Desktop's proxy giving up on its engine, no request named.
		unlessPaste(needs(r(KindDaemonUnresponsive, `^Error response from daemon: i/o timeout\s*$`), `Docker Desktop|docker_engine|dockerDesktop`), registryRequest),
		// Docker Desktop's proxy answers 500 to every route while the engine
		// behind it is stopped or stuck starting.
		r(KindDaemonUnreachable, proxyServerError),
		// Unless it is given as the reason for a credential helper's failure.
		unlessPaste(r(KindDaemonUnreachable, appStopped), credentialHelperFailure),
		needs(r(KindDaemonUnreachable, `FileNotFoundError\(2, 'No such file or directory'\)|ConnectionRefusedError\(111, 'Connection refused'\)`), `docker|unixconn`),
		// Ruby (Errno), Rust (os error) and other runtimes' wording for the
		// daemon's socket missing or refusing.
		r(KindDaemonUnreachable, `(No such file or directory|Connection refused) - connect\(2\) for \S*(docker|podman)\S*\.sock|`+
			`cannot (statx|stat|access) '\S*(docker|podman)\.sock': No such file or directory`),
		// A bare OS error names no file: it may be the socket or the docker
		// binary, so a precise statement elsewhere wins.
		// A URL on the line names what was refused: some web service.
		weak(unlessPaste(unless(needs(r(KindDaemonUnreachable, `(No such file or directory|Connection refused) \(os error (2|61|111)\)`), `docker|podman`), `\bspawn|https?://`), containerHealth+`|could not run Command \{`)),
		needs(r(KindDaemonUnreachable, `Active: (inactive|failed) \((dead|Result)`), `systemctl status (docker|podman)|(docker|podman)\.(service|socket)|dockerd|docker\[\d+\]:|ExecStart=\S*/(docker|podman)\b|Docker Application Container Engine`),
		needs(r(KindDaemonUnreachable, `\bno host address\b|failed to connect: dial tcp \S+: (connectex: No connection could be made|connect: connection refused)`), `podman`),
		r(KindDaemonUnreachable, `failed to load listeners|can't create unix socket|Failed to start (docker\.service - )?Docker Application Con`),
		// Docker Desktop's own status that its engine is stopped, unless
		// supposed.
		unlessInSentence(r(KindDaemonUnreachable, desktopStopped), proseSupposition),
		// A DOCKER_HOST with two schemes (unix://tcp://…): the client
		// dials a path that is no socket.
		r(KindEndpointInvalid, nestedScheme),
		// Docker Desktop failing to start its engine, unless supposed.
		unlessInSentence(r(KindDaemonUnreachable, desktopEngineStartFailure), proseSupposition),
		// OpenRC's service whose daemon died, and an init system with no
		// docker service at all (unless docker itself is missing: then the
		// CLI is what the paste shows missing).
		needs(r(KindDaemonUnreachable, openrcCrashed), `rc-service docker|/etc/init\.d/docker`),
		unlessPaste(r(KindDaemonUnreachable, dockerServiceUnknown), `docker: (command )?not found`),
		// systemctl asked to start docker where systemd does not run (WSL
		// without systemd, a container), unless the paste shows the daemon
		// started another way (its init script), or its socket there,
		// refusing the user.
		// (systemctl's message on the command's line or the next.)
		unlessPaste(needs(r(KindDaemonUnreachable, systemdNotRunning), `systemctl (re)?start docker(\.service)?([^\w.\n-][^\n]*)?(\n\s*)?(\n[^\n]*)?(`+systemdNotRunning+`)|(`+systemdNotRunning+`)[^\n]*systemctl (re)?start docker(\.service)?([^\w.-]|$)`), `systemctl --user|Starting Docker: docker\b|permission denied while trying to connect|connect: permission denied|`+daemonAnsweredOutput),
		// The service or dockerd failing to start; unless the service came
		// up after (a restart's "stop/waiting" then "start/running"), or it
		// is a minikube node's own docker.
		unlessPaste(r(KindDaemonUnreachable, dockerServiceStartFailure), `docker start/running|minikube`),
		// dockerd's own fatal start-up error: no daemon serves the socket.
		// (`dockerd --validate` checks a configuration file, it starts
		// nothing.)
		unlessPaste(needs(r(KindDaemonUnreachable, dockerdStartFailure), `docker|graphdriver|containerd|network controller|dockremap`), `\bdockerd\b[^\n]*\s--validate\b`),
		// The VM or user namespace that runs the daemon failing to start:
		// Colima's VM (unless it runs another runtime), Docker Desktop's VM
		// without KVM or its Hyper-V VM, OrbStack's machine, Rancher
		// Desktop's and Podman's VMs, Finch's, rootless dockerd's rootlesskit.
		unlessPaste(needs(r(KindDaemonUnreachable, colimaStartFailure), `colima`), `(runtime: |--runtime[ =])(containerd|incus)`),
		r(KindDaemonUnreachable, finchStartFailure),
		needs(r(KindDaemonUnreachable, desktopKVMFailure), `Docker Desktop`),
		// Desktop's engine start failing: the exception its start path
		// threw, when its message says nothing more precise.
		weak(needs(r(KindDaemonUnreachable, desktopStartException), desktopStartFrames)),
		needs(r(KindDaemonUnreachable, desktopHyperVFailure), `Docker\.Actions\.DoStart|MobyLinuxVM|DockerDesktopVM`),
		needs(r(KindDaemonUnreachable, desktopWSLFailure+`|`+desktopNoVirtualization), `Docker Desktop|docker-desktop|DockerDesktop|Docker\.(Desktop|Engines|Core)\b|\bpinata\b|\bDocker (on|for) Windows\b`),
		needs(r(KindDaemonUnreachable, orbstackStartFailure), `orbstack|orbctl|(?m:^orb\b)`),
		needs(r(KindDaemonUnreachable, orbstackServicesTimeout), `\borbctl\b`),
		needs(r(KindDaemonUnreachable, rancherDesktopStartFailure), `Rancher Desktop|rancher-desktop`),
		needs(r(KindDaemonUnreachable, podmanMachineStartFailure), `podman machine|podman-machine-\w+`),
		// `podman machine start` ending in its bare exit status (after its
		// own progress lines only: another command's status is not its).
		needs(r(KindDaemonUnreachable, `^Error: exit status [1-9]\d*\s*$`), `podman machine start\b[^\n]*\n(\s*(Starting|Waiting|Mounting|Booting|Copying|Extracting|INFO|WARN|DEBU)[^\n]*\n)*\s*Error: exit status [1-9]`),
		needs(r(KindDaemonUnreachable, rootlessStartFailure), `dockerd|\bdind\b`),
		r(KindDaemonUnreachable, rootlesskitMissing),
		unlessPaste(needs(r(KindDaemonUnreachable, dockerMachineStartFailure), dockerMachineShown), machineOfAnotherTool),
		// docker-machine's daemon that never answered on the VM, and a
		// machine the Toolbox's start script cannot find: no daemon answers.
		unlessPaste(needs(r(KindDaemonUnreachable, `Daemon not responding yet: dial tcp `), `docker-machine\b`), machineOfAnotherTool),
		unlessPaste(needs(r(KindDaemonUnreachable, `^(Error: )?Host does not exist: "?[\w.-]+"?\s*$`), `docker-machine (create|start|env|restart)|Quickstart|start\.sh|Starting machine|Creating Machine`), machineOfAnotherTool),
		// docker-machine's VM, where the daemon runs, is stopped.
		r(KindDaemonUnreachable, `Error checking TLS connection: Host is not running`),
		// The writer telling that the daemon's socket is not where the
		// client looks, unless supposed.
		unlessInSentence(r(KindDaemonUnreachable, `(can't|cannot|couldn't|could not) find the socket at \S*(docker|podman)\.sock`), proseSupposition),
		// Docker for Windows' diagnostics: the service check failed.
		needs(r(KindDaemonUnreachable, `^\s*\[-\] Service is running\b`), `Describing Docker is installed`),
		// A tool's own error that the socket it was given is not there.
		r(KindDaemonUnreachable, `\bERROR: Docker socket is missing\b`),
		// aiohttp (aiodocker) finding nothing behind the daemon's socket.
		r(KindDaemonUnreachable, `Cannot connect to unix socket \S*(docker|podman)\.sock ssl:\S+ \[(Connection refused|No such file or directory)\]`),
		// ssh forwarding a daemon's socket that does not exist on the host.
		r(KindDaemonUnreachable, `connect to \S*(docker|podman)\.sock port -2 failed: No such file or directory`),
		// A connect that timed out at a daemon's port: nothing answers there.
		unless(r(KindDaemonUnreachable, `connect ETIMEDOUT \S+`+dockerPorts), registryContext),
		// ("connection was refused": gVisor's network stack, behind OrbStack's
		// and Podman's forwards).
		unless(r(KindDaemonUnreachable, dockerPorts+`.*(ECONNREFUSED|Connection refused|connection was refused|actively refused|connect: connection refused|network is unreachable|no route to host|EHOSTUNREACH)|(ECONNREFUSED|Connection refused|actively refused)\S*\s.*`+dockerPorts), registryContext),
		// Apache HttpClient failing to connect to a daemon's port.
		unless(also(r(KindDaemonUnreachable, `HttpHostConnectException: Connect to \S+`), dockerPorts), registryContext),
		// testcontainers' strategies: the root cause of a refused ping.
		needs(r(KindDaemonUnreachable, `Root cause ConnectException \(Connection refused`), `DockerClientProviderStrategy|ClientProviderStrategy`),
		needs(r(KindDaemonUnreachable, `"code":\s*"(ENOENT|ECONNREFUSED)"|code: '(ENOENT|ECONNREFUSED)'`), `docker\.sock|docker-modem[/\\]lib[/\\]modem\.js`),
		// requests over a unix socket (docker-py): only a socket file can be
		// missing when a connection is aborted with ENOENT.
		r(KindDaemonUnreachable, `'Connection aborted\.', (FileNotFoundError|\berror)\(2, 'No such file or directory'\)`),
		// The VS Code Docker extension's error report: its container, image,
		// network, volume and compose actions talk only to the daemon.
		needs(r(KindDaemonUnreachable, `connect ECONNREFUSED \S+`), `Action: vscode-docker\.(containers?|images?|networks?|volumes?|compose|system|contexts?)\.`),
		needs(r(KindDaemonUnreachable, `ProtocolError\('Connection aborted\.', (error|ConnectionRefusedError)\((111|61), '?Connection refused`), `docker`),
		// A Node client's request to the daemon refused (dockerode,
		// testcontainers): listing or pulling through it, or its default
		// localhost:80 when its host option was not understood.
		needs(r(KindDaemonUnreachable, `\b(list|pull|create|start|inspect|remove|fetch)\w* (images?|containers?|networks?|volumes?)\b.{0,60}\bconnect (ECONNREFUSED|ENOENT) `), `docker|testcontainers`),
		needs(r(KindDaemonUnreachable, `connect ECONNREFUSED (::1|127\.0\.0\.1|localhost):80\b`), `dockerode|docker-modem|new Docker\(`),
		// aiohttp's unix connector (aiodocker) names its host and the errno.
		needs(r(KindDaemonUnreachable, `Cannot connect to host \S+ ssl:\S+ \[(No such file or directory|Connection refused)\]`), `docker`),
		unless(needs(r(KindDaemonUnreachable, `FileNotFoundError: \[Errno 2\] No such file or directory\s*$|ConnectionRefusedError: \[Errno (111|61)\]`), `unixconn|docker|podman/api/uds|podman\.sock`), serviceLogLine),
		needs(r(KindDaemonUnreachable, `runtime strategy .* does not work.*(ECONNREFUSED|ENOENT)`), `testcontainers`),
		// A unix-socket client's bare errno: the socket is missing or
		// nobody listens on it (jnr, jna, junixsocket, Apache HttpClient);
		// unless the paste shows the daemon answering that client
		// (Testcontainers' "Connected to docker:" and its Server Version):
		// then the refusal is a container's port (Ryuk's).
		unlessPaste(needs(r(KindDaemonUnreachable, `(IOException|SocketException|LastErrorException|AFUNIXSocketException|ConnectException)\b:? (\[(2|61|111)\] )?(No such file or directory|Connection refused)|`+
			`unix://localhost(:80)?: (No such file or directory|Connection refused)|\berror\((2|61|111), '(No such file or directory|Connection refused)'\)`), unixSocketClient), `Connected to docker:\s*\n\s*Server Version: \S`),
		// PHP's socket clients (docker-php over Guzzle, php-http), Ruby's
		// excon and nc -U name only the errno of the socket they open.
		unless(needs(r(KindDaemonUnreachable, `Cannot open socket connection: (No such file or directory|Connection refused)|(Connection refused|No such file or directory) - connect\(2\)|nc: unix connect failed: (No such file or directory|Connection refused)`), dockerSocketClient), serviceLogLine),
		unless(needs(r(KindSocketPermissionDenied, `Cannot open socket connection: Permission denied|nc: unix connect failed: Permission denied`), dockerSocketClient), serviceLogLine),
		needs(r(KindSocketPermissionDenied, `Socket\\Exception\\ConnectionException: Permission denied`), `docker\.sock`),
		// JNA's errno 13 (docker-java, testcontainers' unix socket).
		needs(r(KindSocketPermissionDenied, `LastErrorException: \[13\] Permission denied`), `docker`),
		unlessPaste(needs(r(KindDaemonUnreachable, `LastErrorException: \[(2|61|111)\] |(Connection refused|No such file or directory)\b.{0,20}(GET|POST|HEAD|PUT|DELETE) http\+docker://`), `docker`), libraryClash),
		weak(r(KindDaemonUnreachable, `Error in the hyper legacy client: client error \(Connect\)|Container runtime strategy "UnixSocketStrategy" is not applicable`)),
		// go-dockerclient's ErrConnectionRefused, Docker Desktop's proxy
		// with its engine stopped, and tools that say the socket is missing.
		// Docker 1.x asked about TLS when the socket was missing or refused.
		unless(preamble(r(KindDaemonUnreachable, `are you trying to connect to a TLS-enabled daemon without TLS`)), `permission denied`),
		// curl's "couldn't connect" does not say why; its verbose lines do.
		preamble(needs(r(KindDaemonUnreachable, `curl: \(7\) (Couldn't|Failed to) connect`), `--unix-socket \S*(docker|podman)\S*\.sock`)),
		r(KindDaemonUnreachable, `Immediate connect fail for \S*(docker|podman)\S*\.sock: (No such file or directory|Connection refused)`),
		r(KindDaemonUnreachable, `\S*(docker|podman)\S*\.sock is not listening|DOCKER_HOST \S+ is not listening|failed to reach (the )?docker daemon|`+
			`docker socket is not available|mount the docker socket into|inside a container without access to docker\b|Could not find unix domain socket(\)\. Root cause (NoSuchFile|ConnectException)|\)?\s*$)|DockerNotPresentException|`+
			`Connection to the Docker daemon at \S+ failed with error "\[(2|61|111)\]|`+
			// Java HTTP clients refused at Docker's own ports; Pulumi's and
			// Aspire's words for a daemon that does not answer.
			`Failed to connect to \S*:237[56]\b|Connect to \S+:237[56] \[\S+\] failed|failed to connect to any docker daemon|docker/podman API not available|`+
			`Container runtime '(docker|podman)' was found but appears to be unhealthy`),
		// Tools' own lead-ins: they say Docker did not answer, not why.
		// An HTTP status from the endpoint means something answered there.
		unlessPaste(unless(preamble(r(KindDaemonUnreachable, `connection to (the )?docker (client|daemon)( at '[^']+')? failed|failed to ping Docker: .*no such file or directory|`+
			`(could not|couldn't|unable to|failed to|cannot|can ?not|can't) connect to (the |a )?Docker([.,;]|\s*$| (daemon|engine|Desktop|API|provider|host|server|socket)\b)|`+
			`(could not|couldn't|unable to|failed to|cannot|can ?not|can't) connect to (the )?standard docker's socket|cannot connect to the Podman socket, please verify`)),
			`permission denied|bind: address|port is already allocated|address already in use|:3334|Error response from daemon: plugin|`+disputed), `\b(401|403) (Forbidden|Unauthorized)\b|resulted in a .{0,2}\d{3} |`+daemonAnswered+`|`+libraryClash+`|`+vscodeDockerDetail),
		// Docker for Mac's diagnostics call a socket it may not stat "does
		// not exist"; beside EACCES on it, the permission is the cause.
		unlessPaste(r(KindDaemonUnreachable, `\S*docker\.sock does not exist`), `Permission denied \(EACCES\) connecting to`),
		// Docker for Mac's privileged network helper (vmnetd) is no engine.
		unless(r(KindDaemonUnreachable, `\((ECONNREFUSED|ENOENT)\) connecting to \S*(docker\.sock|/s60)|com\.docker\.\S+( -db)? is not running|`+
			`cannot connect to Docker endpoint|Bad response from Docker engine|Docker hv-sock proxy \(vsudd\) is not reachable|`+
			// OpenWrt's dockerman finding no daemon socket.
			`Please input the SOCKET PATH of docker da|`+
			// fabric8's plugins finding no endpoint at all.
			`no read/writable '\S*docker\.sock'|No (<dockerHost>|url) given, no DOCKER_HOST|Cannot extract API version from server \S+: (Connection refused|No such file)|Cannot create docker access object ?: Unknown host \S+|`+
			// testcontainers' strategy: the socket or pipe is not there.
			`Root cause NoSuchFileException|Docker Engine socket not found|did you forget to mount the docker socket|(can't|cannot|could not|couldn't|unable to) find (the )?docker socket\b|docker socket (is|was) (missing|not found)\b|`+
			// PHP's stream_socket_client, .NET's managed handler on a socket
			// that is not there.
			`unable to connect to unix://\S*docker\.sock \((No such file or directory|Connection refused)\)|Cannot assign requested address \(?\S*docker\.sock|Neither '\S*docker\.sock' nor|(docker )?socket (was )?not found at \S*(docker|podman)\S*\.sock`), `com\.docker\.vmnetd is not running`),
		weak(preamble(unlessPaste(r(KindDaemonUnreachable, `Could not find a valid Docker environment|Could not find a working container runtime strategy|Previous attempts to find a Docker environment failed`), libraryClash))),
		// .NET's errno 99 for a unix socket that is not there (Docker.DotNet
		// names no path).
		needs(r(KindDaemonUnreachable, `SocketException \(99\): Cannot assign requested address`), `Docker\.DotNet`),
		// Tools' own lead-ins for finding no daemon: Quarkus dev services,
		// Dozzle.
		weak(preamble(r(KindDaemonUnreachable, `IllegalStateException: Please configure the datasource URL for (the )?\S+ datasource or ensure the Docker daemon is up and running|Could not connect to any Docker Engines?\b|`+
			// testcontainers-node finding no strategy that reaches a daemon;
			// LocalStack's Lambda finding no Docker; AgentCore finding no
			// engine.
			`\bNo Docker client strategy found\b|\bFailed to create the runtime executor for the function\b|\bNo supported container engine found\b|`+
			// AWS SAM's, when its ping of the daemon fails.
			`\bRunning AWS SAM projects locally requires Docker\b`))),
		// Prose that the daemon is down, unless it is a supposition.
		// Unless it is a reason given for a credential helper's failure.
		unlessPaste(unlessInSentence(preamble(r(KindDaemonUnreachable, `\bdocker( daemon| engine| desktop)?,?( and it)? (isn't|is not|doesn't seem to be|does not seem to be|doesn't appear to be|does not appear to be|not) (running|reachable|available)\b|`+
			`\bdocker (is )?(unreachable|not available|unavailable)\b|\bdocker is installed,? but (is )?not running\b|\bdocker service (cannot|can't|could not|couldn't) be started\b|\bdocker was found\b[^.]{0,30}\bbut (is not|isn't|does not appear to be|doesn't appear to be|does not seem to be|doesn't seem to be) running\b|\bconnection to (the )?docker( daemon| engine)? (was|is) refused\b|requires Docker (Desktop )?to be running|\b(didn't|did not|don't|do not|doesn't|does not) have docker( desktop)? (running|started)\b|`+
			`\bdocker\b.{0,20}(não está em execução|no está en ejecución|no se está ejecutando|n'est pas en cours d'exécution|läuft nicht)`)),
			`\b(if|whether|when|unless|make sure|check)\b`), credentialHelperFailure+`|`+pipeWithoutMessageMode+`|`+guessedCauses+`|`+cwltoolWrapper),
		// "error during connect" is the CLI failing to reach its daemon: a
		// registry named in the URL is only the request it was making, and
		// a pipe without message mode was reached (see above). A request body
		// the client could not build (a build context without its
		// Dockerfile, a socket file in it) is no connection failure.
		weak(preamble(unless(r(KindDaemonUnreachable, `error during connect|error occurred trying to connect`), `error response from daemon|`+pipeWithoutMessageMode+`|creating docker context|opening dockerfile|archivePaths|archive/tar|`+sshFailureUnsaid+`|`+libraryClash))),
		unlessPaste(unless(r(KindDaemonUnreachable, `error during connect: .*dial tcp: lookup \S+( on \S+)?: no such host`), `lookup ([a-z]+://|<|\$|/|[^\s@:/]+@|(unix|npipe):)`), `DOCKER_HOST=["']?ssh://`),

		// Group and sudo statements (not about Docker Desktop's internal
		// sockets, which sudo reaches and the daemon's clients never use).
		unlessPaste(r(KindSudoFallbackOnly, `works (fine |only )?(with|under|using) sudo|only works (as root|with sudo)|works as root but not|(with|using) sudo,? (it )?works|`+
			`(unable to|can't|cannot|can not|not able to|couldn't|could not) (run|call|use|execute|access) .{0,60}without .{0,20}sudo|requires? (me )?to use sudo|need to use sudo (for|with) (every|all|each)|`+
			`\b(works|starts|runs) (fine |ok |well )?(when|if) (running|run|ran|started) as (a )?(super ?user|root)\b|\bonly have sudo access to docker\b|`+
			`\busing .?sudo.? (does )?(allow|let)s? (the )?(operations?|commands?|it|docker)\b|`+
			`sudo.? (in front of|before) (the )?docker\b.{0,60}\b(work|start)|`+
			// The writer telling that the command fails unless sudo leads it.
			`\b(I|we) (have|had|need|needed|just needed) to (put|add|type|run) (a |the )?.?sudo.? (before|in front of) (the |my |each |every )?(command|docker)|`+
			`\b(I|we) (have|had|need|needed) to prefix (all|every|each|my) docker commands? with .?sudo\b|`+
			`\bif I (don'?t|do not|didn'?t|did not) (use|run (it |them )?with|prefix (it|them|the command|docker\S*) with|put) .?sudo\b|\bunless I (add|use|put|type) .?sudo.?\b|`+
			`(with|using|under) .?sudo.?,? (the )?(exit (code|status) is 0|(problem|issue|error) (went|goes) away)|\b(running|run) (it |docker\S* |\S+ )?with .?sudo.? fixes (it|this|the (issue|problem|error))\b|(could not|couldn't|cannot|can't|can not) be (used|run) without (running it )?(with|under|using) .?sudo`), desktopInternalSocket),
		// Prose that docker itself hangs (no error is ever printed), unless
		// it supposes so.
		weak(unlessInSentence(needs(r(KindDaemonUnresponsive, `\bdocker (ps|info|version|images|stats)\b.{0,80}\b(hangs?|hanging|don'?t respond|does ?n[o']t respond|no response|never returns|freezes|is stuck|gets stuck|blocks forever)|`+
			`\bdocker commands\b.{0,40}\b(hang|freeze|are stuck|get stuck|never return)\b|^docker hangs\.?$|/_ping\S* (just |simply )?(hangs|hung)\b`), `docker`), proseSupposition)),
		// Prose that the daemon times out, unless supposed or told of what
		// happens whenever it does.
		weak(unlessInSentence(r(KindDaemonUnresponsive, `\bdocker (daemon|engine) (just )?(completely )?times out\b`), proseSupposition+`|\bwhen(ever)?\b`)),
	}
}

// composeV1Missing is a shell or runtime not finding Compose v1's
// docker-compose program.
var composeV1Missing = `docker-compose(\.exe)?: (command )?not found|docker-compose(\.exe)?[：:]\s*(找不到命令|未找到命令)|(^|\s)(/usr/bin/)?env: '?docker-compose'?: No such file or directory|make: docker-compose: No such file or directory|docker-compose: line 1: Not: command not found|docker-compose: line \d+: (html|head|meta|title|body|<?!DOCTYPE): No such file or directory|docker-compose\)? is required but (was |is )?not (installed|found)|requires "docker-compose" to be installed|You need to install docker compose( \(?v2\)?)? to continue|command not found: docker-compose|A problem occurred starting process 'command 'docker-compose(\.exe)?''|'docker-compose' is not recognized|` +
	`docker-compose (does not|doesn't) (appear|seem) to be installed|Local Docker Compose not found|'?docker-compose'? (is not|isn't) installed|` +
	// Installers' own checks.
	`^Cannot find docker-compose\b|^docker-compose is not available\b|\bdue to docker-compose not being available\b|` +
	`Command 'docker-compose' not found|'docker-compose(\.exe)?' command could not be located|docker-compose['"]? (command|executable|binary) (was |is )?not found|` +
	`term 'docker-compose' is not recognized|['"]?docker-compose(\.exe)?['"]? is not (recognized as )?(an? )?internal or external commands?|spawn \S*docker-compose(\.exe)? ENOENT|exec: "docker-compose(-v1)?": executable file not found|` +
	// Python's subprocess not finding the program, and strace showing the
	// kernel refusing to run it (no file, or no interpreter for it).
	`FileNotFoundError: \[Errno 2\] No such file or directory: 'docker-compose'|"code":"ENOENT","syscall":"spawn docker-compose"|` +
	`^execve\("\S*/docker-compose", .*\) = -1 ENOENT\b|Cannot run program "docker-compose(\.exe)?"|` +
	// A shell's remembered path to a docker-compose that is gone.
	`(^|\s)(-?(ba|z|da|k)?sh|-su|\S+\.sh): (line \d+: )?/\S*/bin/docker-compose(-[\d.]+)?: No such file or directory|\bzsh: no such file or directory: \S*/bin/docker-compose|` +
	// Python's subprocess naming the program it could not find.
	`No such file or directory: '(\S*/)?docker-compose'|` +
	// A download saved as the program: the server's HTML error page.
	`docker-compose: line \d+: syntax error near unexpected token|` +
	localisedNotFound(`docker-compose(\.exe)?`)

// daemonAnsweredOutput is output only a daemon's answer prints: `docker
// ps`'s table, hello-world's greeting, the Server section of `docker info`
// and `docker version`.
const daemonAnsweredOutput = `(?m:^\s*CONTAINER ID\s+IMAGE\b|^\s*ID\s+HOSTNAME\s+STATUS\s+AVAILABILITY\b|^\s*ID\s+NAME\s+MODE\s+REPLICAS\b|^\s*REPOSITORY\s+TAG\s+IMAGE ID\b|^\s*NETWORK ID\s+NAME\s+DRIVER\b|^\s*Hello from Docker!|^\s*Server Version: \S|^\s*Server: Docker (Engine|Desktop)\b)`

// wslIntegrationStopped is Docker Desktop reporting that its integration
// with a WSL distro stopped: its proxy in that distro failed.
const wslIntegrationStopped = `running wsl distro proxy in \S+ distro: `

// systemdNotRunning is systemctl finding no systemd to talk to, or no
// D-Bus to reach it over: it starts no service there.
const systemdNotRunning = `System has not been booted with systemd|Failed to connect to bus: (Host is down|Connection refused)|Failed to get D-Bus connection`

// dockerCLIAtPathMissing is a shell finding no docker program at the path
// it was given ("/usr/bin/docker: No such file or directory",
// "/setup.sh: line 74: /docker: No such file or directory").
const dockerCLIAtPathMissing = `(^|[\s:'"])/(\S*/)?docker: No such file or directory`

// dockerCLIUnrunnable is the docker program present where it ran but not
// runnable: the loader cannot find a shared library or C library it needs
// (a host's docker mounted into a container, a package left half
// installed).
const dockerCLIUnrunnable = `(^|[\s:'"])(\S*/)?docker: (error while loading shared libraries: \S+: cannot open shared object file|\S*libc\.so\.\d+: version \W?GLIBC_[\d.]+\W? not found \(required by (\S*/)?docker\))|` +
	// musl's loader.
	`Error loading shared library \S+: No such file or directory \(needed by \S*/docker\)|^Error relocating \S*/docker: \w+: symbol not found`

// composeV1Broken is Compose v1's docker-compose program present but not
// runnable: not executable for this user, or its Python install broken (the
// traceback's entry frame is docker-compose's, see the rule).
const (
	composeV1NotExecutable = `(^|\s)(/usr(/local)?)?/bin/docker-compose(-[\d.]+)?: Permission denied\s*$|(^|[\s:'"])((\S*/bin/)?docker-compose|(\S*/)?docker-compose-\d[\d.]*)(\.exe)?: cannot execute binary file|Cannot open self \S*docker-compose(\.exe)? or archive|` +
		`(^|[\s:'"])(\S*/bin/)?docker-compose: error while loading shared libraries: `
	composeV1BrokenInstall = `^E?\s*(pkg_resources\.)?(DistributionNotFound|ModuleNotFoundError|ImportError)\b`
	composeV1Broken        = composeV1NotExecutable + `|` + composeV1BrokenInstall
)

// The daemon, or what runs it, failing to start: nothing serves its API.
// The rules above read each with the paste guard it needs; once one has
// found the kind, daemonStartFailure (each pattern specific enough to stand
// without its guard) lets the finding say what the paste shows.
const (
	// Docker Desktop's engine: it cannot serve its pipe, or the machine
	// lacks virtualization for its VM.
	desktopEngineStartFailure = `setting up docker api proxy listener|starting services: initializing Backend API: |^\W*Failed to start the Docker Engine\b|Hardware assisted virtualization (and data execution protection )?must be enabled|virtualization and data execution protection must be enabled|Docker Desktop (is unable|failed) to start\b|hardware is incompatible with Docker Desktop|` +
		`services supporting Docker Desktop have exited unexpectedly|StartAll failed: cannot start \S*Docker\.app|` +
		`failed to run backend processes|running engine: (waiting for the Docker API: )?engine \S+ failed to run|\bUnable to start Docker Engine\b|` +
		`Timed out waiting for the lifecycle-server to start|com\.docker\.backend cannot start|Docker\.ApiServices\.StateMachines\.FailedToStartState\b|\bDocker daemon failed to start\b|WSL distro stopped while waiting for Lifecycle server|` +
		// Its VM that never became ready.
		`engine linux/wsl failed to start|running engine: waiting for the VM setup to be ready`
	// desktopNoVirtualization is Docker Desktop's dialog and backend log
	// when the machine has no virtualization for its VM (other tools print
	// the same words: only with Docker Desktop named).
	desktopNoVirtualization = `^Virtualization support not detected\s*$|Virtual Machine Platform not enabled`
	desktopKVMFailure       = `failed to initialize KVM|Could not access KVM kernel module`
	// Docker Desktop for Windows failing to create its Hyper-V VM.
	// Docker Desktop's own status line that its engine stopped (quoted, or
	// a line of its own), not "Docker Desktop stopped the container".
	// An app serving Docker (or its engine) said to be stopped.
	appStopped           = `(OrbStack|Rancher Desktop|Docker Desktop|Docker for (Windows|Mac)|colima|podman machine|docker engine)\b.{0,20}\bis (not running|stopped)`
	desktopStopped       = `["'\x60]Docker (Desktop|Engine) stopped(\.\.\.|…)?["'\x60]|^\W*Docker (Desktop|Engine) stopped\W*$`
	desktopHyperVFailure = `^Unable to (create|start) ?[-:] The running command stopped because the preference variable|'(DockerDesktopVM|MobyLinuxVM)' failed to start|Unable to start Hyper-V VM\b`
	// Docker Desktop on Windows finding WSL too old or incomplete for it.
	desktopWSLOutdated = `\bwsl update failed: a manual wsl update is required\b|WSL ?2 installation is incomplete|WSL 2 requires an update to its kernel component|WSL 2 erfordert ein Update der Kernelkomponente`
	// Docker Desktop on Windows failing to deploy or reach the WSL distro
	// its engine runs in.
	desktopWSLFailure = `(Failed|fail) to (deploy distro|set version to) docker-desktop|running wsl-bootstrap: exit status [1-9]|` + desktopWSLOutdated + `|provisioning docker WSL distros|ensuring data disk is available: |checking if isocache exists: |Docker Desktop distro installation failed|ensuring main distro is deployed: |unable to communicate with the Windows Subsystem for Linux|\bWSL is unresponsive|` +
		`unexpected error (was encountered|occurred) while executing a WSL command|Unexpected WSL error`
	// systemd (the snap's docker.dockerd unit too), SysV and upstart
	// reporting the service down, and dockerd's fatal errors before it
	// serves its API.
	dockerServiceStartFailure = `Job for docker\.(service|socket) failed|docker(\.dockerd)?\.(service|socket):? (main |control )?process exited, code=exited,? status=[1-9]|` +
		`Failed to listen on Docker Socket for the API|Dependency failed for Docker Application Container Engine|^docker stop/waiting\s*$|\S*/dockerd not present or not executable|\S*/dockerd: cannot execute binary file|` +
		`Shutting down due to ServeAPI error|failed to create API server|dockerd\[\d+\]: Failed to connect to containerd|^Failed to connect to containerd: failed to dial|` +
		`\bdockerd (is not|isn't) running after\b|Failed to start docker\.(service|socket): Unit( \S+)? (not found|failed to load)|` + dockerServiceMasked + `|(sudo )?systemctl (re)?start docker(\.service)?: exit status [1-9]|ExecStart=\S*dockerd\b.*\(code=exited, status=[1-9]|initscript docker, action "start" failed|Could not automatically start the Docker Daemon|` +
		// systemd's own lines for the unit (since v250 it names the unit
		// before its description), and appliances' words for the service.
		// (journalctl cuts its lines at the terminal's width.)
		`Failed to start (docker\.service - )?Docker Application Con|docker\.(service|socket): Job docker\.(service|socket)/start failed with result '\w+'|(^|[\s\]])docker\.service: Start request repeated to|start request repeated too quickly for docker\.service|(^|[\s\]])docker\.service: Failed with result '(exit-code|signal|core-dump|start-limit-hit|resources)'|Docker service could not be started`
	// systemd refusing to start a masked unit (a masked unit is linked
	// to /dev/null: no start of it runs anything).
	dockerServiceMasked = `Failed to start docker\.(service|socket): Unit docker\.(service|socket) is masked`
	dockerdStartFailure = `(failed to start|Error starting) daemon:( |$)|\bFailed to load listeners: |failed to setup UID/GID map: |unable to configure the Docker daemon with file \S+: |dockerd\[\d+\]: failed to start containerd: |Docker failed to start within \d+ seconds|\bstart docker daemon failed\b|no sockets found via socket activation|Error creating cluster component: |Shutting down daemon due to errors: `
	colimaStartFailure  = `error starting vm: |error provisioning docker: |error starting docker: error at '|` +
		// Lima's host agent giving up on the VM.
		`\bexiting, status=\{Running:false\b|\[hostagent\] Driver stopped due to error\b`
	orbstackStartFailure = `Can.t start machine|start VM: timed out waiting for VM to start`
	// orbctl's panic when OrbStack's services never started (any Go
	// program may panic so: only after orbctl).
	orbstackServicesTimeout = `^panic: timed out waiting for services to start`
	// Rancher Desktop's Lima VM, and Podman's machine (its QEMU monitor
	// socket never came up).
	rancherDesktopStartFailure = `\blimactl(\.\w+)? exited with code [1-9]`
	// dindMountDenied is the Docker-in-Docker image's entrypoint refused
	// its mounts: its container runs without --privileged.
	dindMountDenied           = `\bCould not mount /sys/kernel/security\b|^\W*mount: permission denied \(are you root\?\)\s*$|\bmount: mounting none on /sys/kernel/security failed: Permission denied\b`
	podmanMachineStartFailure = `machine did not transition into running state|\bmachine \S+ is not running but in state \w+|WSL bootstrap script failed|unable to start host networking: |exec: "(vfkit|krunkit|gvproxy|qemu-system-\w+)": executable file not found|dial unix \S*/qmp_\S+\.sock: connect: (no such file|connection refused)|\b(vfkit|qemu|krunkit) exited unexpectedly with exit code \d+|qemu-system-\w+: .*Could not set up host forwarding rule\b`
	// Docker Desktop's engine start path (its .NET frames) and the
	// exception it threw.
	desktopStartFrames    = `Docker\.Backend\.ContainerEngine\.\w+\.(Do)?Start\(|Docker\.Engines\.\S+\.<(DoStart|Start|DeployDistro)\w*>|Docker\.Engines\.WSL2\.WSL2Provisioning`
	desktopStartException = `^\W*(System\.[\w.]*Exception|Docker\.[\w.]*Exception)\b|^Time out has expired and the operation has not been completed`
	// An init system that has no docker service to start.
	dockerServiceUnknown = `^docker: unrecognized service\s*$`
	// OpenRC: the service started, its daemon is gone.
	openrcCrashed        = `^\W*status: crashed\s*$`
	finchStartFailure    = `Finch virtual machine failed to start|the instance "finch" does not exist`
	rootlessStartFailure = `\[rootlesskit:parent\] error: `
	// docker-machine (Docker Toolbox) unable to create the VM that would
	// run the daemon.
	dockerMachineStartFailure = `doesn't have VT-X/AMD-v enabled|Too many retries waiting for SSH to be available|Error getting IP address: Host is not running|Error setting up host only network on machine start|Machine does not have a host-only adapter|` +
		// Its VM that VirtualBox would not start or create.
		`Unable to start the VM: .*\bVBoxManage(\.exe)? startvm\b|Error creating machine: Error with pre-create check: |Cannot run SSH command: Host "?[\w.-]+"? is not running|` +
		`Too many retries\. Last error: Maximum number of retries \(\d+\) exceeded|` +
		// The engine it installed never listening.
		`Unable to verify the Docker daemon is listening: `
	// dockerd-rootless.sh without rootlesskit: it stops before starting.
	rootlesskitMissing = `^rootlesskit needs to be installed|(^|\| )XDG_RUNTIME_DIR needs to be set and writable`

	daemonStartFailure = desktopEngineStartFailure + `|` + desktopStopped + `|` + appStopped + `|` + desktopKVMFailure + `|` + desktopHyperVFailure + `|` + desktopWSLFailure + `|` + dockerServiceStartFailure + `|` + dockerServiceUnknown + `|` + openrcCrashed + `|` + dockerdStartFailure + `|` +
		colimaStartFailure + `|` + orbstackStartFailure + `|` + orbstackServicesTimeout + `|` + desktopNoVirtualization + `|` + rancherDesktopStartFailure + `|` + podmanMachineStartFailure + `|` + finchStartFailure + `|` + rootlessStartFailure + `|` + rootlesskitMissing + `|` + dockerMachineStartFailure
)

// nestedScheme is an endpoint with two schemes (unix://tcp://…).
const nestedScheme = `\b(unix|tcp|npipe)://(unix|tcp|ssh|https?|npipe):/`

// serverHandshakeLog is a Go server logging a client's failed handshake.
const serverHandshakeLog = `http: TLS handshake error from \S+`

// proxyServerError is a proxy in front of the engine (Docker Desktop's)
// answering the client's request with a server error of its own.
const proxyServerError = `request returned (500 )?Internal Server Error for API route( and version \S*(pipe|docker\.sock|docker_engine|_ping)|\s*$)`

// sshFailureUnsaid is the docker CLI's ssh connection helper reporting
// that ssh exited with status 255, which ssh uses only for its own failure
// (it could not connect, or could not log in) and never for the remote
// command's.
const sshFailureUnsaid = `command \[ssh\b.*?\] has exited with exit status 255`

// dockerFailureUnsaid is a tool saying that Docker failed, and neither the
// error nor its reason: VS Code's Dev Containers after its `docker version`
// failed.
const dockerFailureUnsaid = `Docker returned an error\. Make sure the Docker daemon is running\b`

// connectReasonUnsaid is a client saying it could not connect to the
// daemon in words it also uses when the socket refuses the user: Compose
// v1 wraps every connection error (a refused permission too) in "Couldn't
// connect to Docker daemon", and the docker CLI before 1.13 printed
// "Cannot connect to the Docker daemon. Is the docker daemon running on
// this host?" for both.
// dockerCLIRelativePath is Go refusing a docker found through a relative
// PATH entry (exec.ErrDot); desktopCLIShimBroken Docker Desktop's docker
// command in a WSL distro or on a Mac finding no com.docker.cli to run.
const (
	dockerCLIRelativePath = `exec: "docker(\.exe)?": cannot run executable found relative to current directory`
	desktopCLIShimBroken  = `"com\.docker\.cli(\.exe)?"?: executable file not found`
)

// hostNotResolved is a client whose daemon's host name did not resolve:
// it connected to nothing.
const hostNotResolved = `dial tcp: lookup \S+( on \S+)?: (no such host|server misbehaving|Temporary failure in name resolution)|getaddrinfo (ENOTFOUND|EAI_AGAIN)\b|Name or service not known|nodename nor servname provided|No address associated with hostname`

// apiClientTooOld is a daemon refusing a client older than it accepts;
// apiDaemonTooOld a client asking for more than the daemon supports.
const (
	apiClientTooOld = `client version [\d.]+ is too old|minim(um|al) (supported )?API version is|\bminimum supported version is \d|client API version \S+ is too old|client is too old|\(minimum version \d+\.\d+\)|please upgrade your client`
	apiDaemonTooOld = `client version [\d.]+ is too new|maximum supported API version|client is newer than server|client API version \S+ is too new|client is too new|newest supported API version`
)

// seLinuxSocketDenial is SELinux refusing a process the daemon's socket
// (audit's record, and setroubleshoot's summary of it).
const seLinuxSocketDenial = `avc:\s+denied\s+\{ (connectto|write) \}.*\b(path|name)="?\S*docker\.sock|SELinux is preventing \S+ from (connectto|write) access on the (unix_stream_socket|sock_file) \S*docker\.sock`

const connectReasonUnsaid = `couldn'?t connect to docker daemon\b|\bdocker was found\b[^.]{0,30}\bbut (does not|doesn't) (appear|seem) to be running\b|(unable to|could not|couldn't|cannot|can't|failed to) connect to (the )?local docker daemon\b|unable to communicate with (the )?docker socket\b|requires Docker\. Please make sure it is installed and running|\bIf it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable|` +
	`Cannot connect to the Docker daemon\.? Is ('docker daemon'|'docker -d'|the docker daemon) running( on this host)?\?|` +
	`^\W*Are you trying to connect to a TLS-enabled daemon without TLS\?`

var textRules = sync.OnceValue(compileTextRules)

// proseNotFound is the writer telling that running program (a pattern),
// quoted or named after a verb, gave the shell's "command not found":
// "running ‘docker-compose up’ results in “command not found”",
// "`docker-compose up -d`, but command not found", "I get command not
// found when I run docker".
func proseNotFound(program string) string {
	const (
		open    = `['"‘’“”\x60]`
		args    = `( [\w./=-]+)*`
		outcome = `,? (=|results in|resulted in|gives( me)?|gave( me)?|returns|returned|says|said|prints|outputs|throws|fails with|failed with|(but |and )?(I get|I got|we get|get|got|it says|says)|but)( an?| the)?( error( message)?)?:? ` + open + `?command not found`
		verb    = `\b(run|running|ran|type|typing|typed|execute|executing|executed|call|calling|enter|entering|try|trying|tried)( the)?( command)? `
	)
	return verb + open + `?` + program + args + open + `?` + outcome + `|` +
		// "fails with an error docker not found", "docker-compose couldn't found".
		`\b(fails|failed|failing) with (an? |the )?error:? ` + open + `?` + program + open + `? (command )?not found\b|` +
		`\b(getting|get|got) (an? |the )?error:? ` + open + program + ` (command )?not found` + open + `|` +
		`(^|\s|` + open + `)` + program + open + `? (couldn't|can't|cannot) (be )?found\b|` +
		`(^|` + open + `)` + program + args + open + `?` + outcome + `|` +
		`\b(I|we) (get|got|see|saw)( an?| the)?( error)? ` + open + `?command not found` + open + `? (when|whenever|after) (I |we )?(run|type|execute|call|try to run|enter)( the command)? ` + open + `?` + program + `(` + open + `|[ .,]|\s*$)`
}

// proseSupposition is a sentence that supposes the outcome rather than
// telling it.
const proseSupposition = `\b(if|whether|unless|in case|might|may|could|would|should)\b`

// localisedNotFound is a shell in another language not finding program (a
// pattern): PowerShell's "NAME : <not a cmdlet>" and its locale-free
// category, bash's translated message.
func localisedNotFound(program string) string {
	return `^` + program + ` : .*(cmdlet|командлет|コマンドレット|applet)|ObjectNotFound: \(` + program + `:String\)|` +
		`(^|\s)` + program + ` ?[:：] ?(Befehl nicht gefunden|commande introuvable|orden no encontrada|no se encontró la orden|команда не найдена|未找到命令|` +
		`コマンドが見つかりません|comando não encontrado|comando non trovato|nie znaleziono polecenia|명령을 찾을 수 없습니다)`
}

// family groups kinds whose weak rules give way to strong ones: a summary
// ("docker-git controller did not become reachable") yields to the reason
// printed with it.
func (k Kind) family() string {
	switch k {
	// Compose v2 only decides whether docker-git can create or start its
	// controller (an error only while the controller is not running).
	case KindComposePluginMissing,
		KindControllerMissing, KindControllerNotRunning, KindControllerRestarting, KindControllerUnhealthy,
		KindControllerAPIUnreachable, KindControllerRevisionMismatch, KindControllerSocketNotMounted,
		KindControllerNotCreated, KindControllerNameMismatch, KindControllerNameTaken, KindControllerPortTaken,
		KindRemoteAPIURLRequired:
		return "controller"
	}
	return "access"
}
