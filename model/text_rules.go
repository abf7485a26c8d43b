package model

import (
	"regexp"
	"sync"
)

// textRule recognises one error statement. A rule matches a statement line
// when re matches, every pattern in needs matches the line or, for
// needsPaste, the whole paste's statements, and unless matches neither.
// Weak rules state a conclusion without its cause ("error during connect",
// "Failed to start docker-git controller."): they count only when no strong
// rule of the same family found anything.
type textRule struct {
	kind       Kind
	re         *regexp.Regexp
	unless     *regexp.Regexp // on the line
	needsPaste *regexp.Regexp // anywhere in the statements
	weak       bool
}

// Patterns shared by several rules.
const (
	// daemonContext marks a line as being about reaching the Docker daemon,
	// not a registry or an application.
	daemonContext = `error during connect|cannot connect to the docker daemon|docker daemon|docker\.sock|docker_engine|dockerDesktop\w*Engine|` +
		`:2375\b|:2376\b|tcp://|docker host|DOCKER_HOST|DOCKER_TLS|DOCKER_CERT_PATH|docker api|_ping|server api version|` +
		`valid docker environment|docker client|docker engine`
	// registryContext marks the daemon talking to a registry: the daemon
	// answered, so Docker access works.
	registryContext = `/v2/|/v1/_ping\b|registry|\bpull\b|\bpush\b|\blogin\b|docker\.io|ghcr\.io|quay\.io|gcr\.io|azurecr\.io|\.ecr\.|` +
		`error response from daemon|manifest|auth\.docker|index\.docker`
	// sshContext marks a docker endpoint reached over ssh.
	sshContext = `dial-stdio|connhelper|ssh://|docker context|DOCKER_HOST|error during connect|commandconn|docker system|docker -H`
	// controllerName is docker-git's default controller (a paste only shows
	// what the user's shell used; other names are recognised by docker-git's
	// own wording).
	controllerName = `docker-git-api`
)

func compileTextRules() []textRule {
	re := func(p string) *regexp.Regexp {
		if p == "" {
			return nil
		}
		return regexp.MustCompile(`(?i)` + p)
	}
	r := func(k Kind, pattern string) textRule { return textRule{kind: k, re: re(pattern)} }
	unless := func(t textRule, p string) textRule { t.unless = re(p); return t }
	needs := func(t textRule, p string) textRule { t.needsPaste = re(p); return t }
	weak := func(t textRule) textRule { t.weak = true; return t }

	return []textRule{
		// docker-git's own headlines and messages.
		r(KindSocketPermissionDenied, `Host Docker socket rejected this user|Cannot access Docker daemon socket: permission denied`),
		r(KindDaemonUnreachable, `^Cannot connect to Docker daemon\.$`),
		weak(r(KindDaemonUnreachable, `Host Docker daemon is not reachable from this user`)),
		r(KindDockerCLIMissing, `docker CLI was not found on this machine`),
		weak(r(KindUnknown, `docker-git host CLI cannot access Docker from the client process`)),
		r(KindRemoteAPIURLRequired, `cannot auto-discover the controller over a remote DOCKER_HOST`),
		r(KindControllerRevisionMismatch, `No docker-git controller endpoint with revision \S+ responded|controller revision mismatch|expected (controller )?revision`),
		r(KindControllerUnhealthy, `docker-git controller health returned \d+|Controller did not become healthy in time`),
		r(KindControllerAPIUnreachable, `docker-git controller is not reachable at|No docker-git controller endpoint responded to /health|docker-git controller health probe failed`),
		weak(r(KindControllerAPIUnreachable, `docker-git controller did not become reachable`)),
		r(KindControllerNotRunning, `Controller is not running\. Start it with`),
		weak(r(KindControllerNotRunning, `Failed to start docker-git controller`)),
		r(KindControllerPortTaken, `Bind for [^ ]*:3334 failed: port is already allocated|[^ ]*:3334: bind: address already in use`),
		needs(r(KindControllerPortTaken, `Bind for \S+ failed: port is already allocated|:\d+: bind: address already in use`), `docker-git`),
		r(KindControllerNameTaken, `container name "/?[\w.-]*docker-git[\w.-]*" is already in use`),
		r(KindControllerMissing, `no such container:?\s*`+controllerName+`|container "?`+controllerName+`"? (not found|does not exist)`),
		r(KindControllerRestarting, controllerName+`.*\brestarting\b|container \S+ is restarting.*`+controllerName),
		needs(r(KindControllerRestarting, `container \S+ is restarting, wait until the container is running`), controllerName+`|docker-git controller`),
		r(KindControllerNotRunning, controllerName+`.*\bexited \(\d+\)|container \S*`+controllerName+`\S* is not running`),
		needs(r(KindControllerNotRunning, `container \S+ is not running`), controllerName+`|docker-git controller`),
		r(KindControllerUnhealthy, controllerName+`.*\(unhealthy\)|`+controllerName+` is unhealthy`),
		unless(r(KindControllerAPIUnreachable, `(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):3334\b.*(refused|reset|timed? ?out|unreachable|ECONNREFUSED|EHOSTUNREACH)|ECONNREFUSED (127\.0\.0\.1|::1|localhost):3334`), `bind|already allocated|address already in use`),
		r(KindControllerSocketNotMounted, `controller.*(cannot|can't|could not) (reach|access|find|see) .*docker\.sock|/var/run/docker\.sock.*not mounted`),

		// Platforms and shells: the docker command itself is missing.
		r(KindWSLIntegrationDisabled, `could not be found in this WSL 2 distro|activate the WSL integration in Docker Desktop`),
		r(KindDockerGitCLIMissing, `docker-git: (command )?not found|command not found: docker-git\b|'docker-git' is not recognized|term 'docker-git' is not recognized|Unknown command:? '?docker-git\b`),
		needs(r(KindRemoteDockerMissing, `dial-stdio.*exit(ed with exit)? status 127|exit status 127.*dial-stdio|docker: (command )?not found`), `dial-stdio|connhelper|ssh://`),
		unless(r(KindDockerCLIMissing, `(^|[\s:])docker: (command )?not found|command not found: docker\b|exec: "docker": executable file not found|`+
			`'docker' is not recognized as an internal or external command|term 'docker' is not recognized|Unknown command:? '?docker'?\s*$|`+
			`spawn docker ENOENT|No such file or directory: 'docker'|docker: No such file or directory|`+
			`"docker": executable file not found|Cannot run program "docker"|failed to find docker binary|docker binary not found|`+
			`docker (executable|command|binary) (was )?not found|could not find (the )?docker (executable|binary|command)`),
			`dial-stdio|docker-compose|docker-git|docker-credential`),
		r(KindComposePluginMissing, `'compose' is not a docker command|unknown command:? "?(docker )?compose"?|docker: unknown command: docker compose|`+
			`docker-compose: (command )?not found|command not found: docker-compose|'docker-compose' is not recognized|compose plugin (is )?(not|missing)|`+
			`docker compose (plugin )?(is )?not (installed|available)`),
		needs(r(KindComposePluginMissing, `unknown shorthand flag: '[fdp]' in -[fdp]`), `compose`),

		// SSH endpoints.
		needs(r(KindSSHHostKeyUnknown, `Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No \S+ host key is known for|knownhosts: key (is unknown|mismatch)|host key mismatch`), sshContext),
		needs(r(KindSSHAuthFailed, `Permission denied \((publickey|password|keyboard-interactive|gssapi)|Too many authentication failures|ssh: unable to authenticate|Enter passphrase for key|passphrase protected`), sshContext),
		needs(r(KindSSHUnreachable, `ssh: connect to host \S+ port \d+: (Connection refused|Connection timed out|No route to host|Network is unreachable|Operation timed out)|ssh: Could not resolve hostname|kex_exchange_identification|Connection closed by \S+ port \d+`), sshContext),

		// Settings.
		r(KindEndpointInvalid, `unable to parse docker host|invalid (docker_host|docker host)|unsupported protocol scheme|context "[^"]*" does not exist|`+
			`context not found: open \S*/contexts/meta|current context "[^"]*" is not found on the file system|docker host .* (has no scheme|unsupported scheme)|`+
			`invalid bind address (format|protocol)|unable to resolve docker endpoint|error loading context`),

		// TLS with the daemon (not with a registry).
		needs(unless(r(KindTLSError, `x509:|tls: |certificate (signed by unknown authority|has expired|is not yet valid|is valid for)|remote error: tls|`+
			`server gave HTTP response to HTTPS client|first record does not look like a TLS handshake|CERTIFICATE_VERIFY_FAILED|SSLError|`+
			`could not read CA certificate|open \S*(ca|cert|key)\.pem: no such file|unable to verify the docker daemon`), registryContext), daemonContext+`|dind|docker:dind`),
		r(KindTLSError, `Client sent an HTTP request to an HTTPS server`),

		// API versions.
		r(KindAPIVersionMismatch, `client version [\d.]+ is too (new|old)|api version [\d.]+ is not supported|minimum supported api version|maximum supported api version|client is newer than server|`+
			`client API version \S+ is (too new|too old)`),

		// Permission on the socket or pipe.
		r(KindSocketPermissionDenied, `permission denied while trying to connect to the docker|got permission denied while trying|dial unix \S+: connect: permission denied|`+
			`docker\.sock\S*:? (connect: )?permission denied|permission denied.*docker\.sock|connect EACCES \S*docker|`+
			`pipe/docker\w*: Access is denied|docker_engine: Access is denied|access denied.*docker daemon|`+
			`docker daemon socket.*permission denied`),
		needs(r(KindSocketPermissionDenied, `PermissionError\(13, 'Permission denied'\)|EACCES|\[Errno 13\] Permission denied`), `docker`),

		// The daemon: connects but does not answer.
		unless(r(KindDaemonUnresponsive, `(context deadline exceeded|Read timed out|Client\.Timeout exceeded|timed out waiting for|request canceled)`), registryContext+`|dial tcp|lookup `),
		// The daemon: nothing answers.
		unless(r(KindDaemonUnreachable, `cannot connect to the docker daemon|is the docker daemon running|dial unix \S+: connect: (no such file or directory|connection refused)|`+
			`docker\.sock\S*:? (connect: )?(no such file|connection refused)|connect ENOENT \S*docker|connect ECONNREFUSED \S*docker\.sock|`+
			`pipe/docker\w*: The system cannot find the file specified|docker_engine: The system cannot find the file specified|`+
			`Error while fetching server API version|Could not find a valid Docker environment|failed to connect to the docker API|`+
			`docker daemon is not running|Docker Desktop is (not running|stopped|starting)|docker is not running|is docker running|`+
			`dial tcp \S+:(2375|2376): connect: connection refused|unable to connect to Podman|Cannot connect to Podman|colima is not running|`+
			`docker (daemon|engine) (is )?(not )?(running|reachable|available)\b.*(not|isn't)|no docker (daemon|engine|environment) (found|available|running)|`+
			`docker is either not running or misconfigured|Docker daemon is not available|Connection refused.*docker|docker.*Connection refused`),
			`permission denied|bind|port is already allocated|address already in use|:3334`),
		weak(unless(r(KindDaemonUnreachable, `error during connect|dial tcp: lookup \S+ on \S+: no such host.*2375|\bno such host\b.*(2375|2376)`), registryContext)),

		// Group and sudo statements.
		r(KindSudoFallbackOnly, `works (fine |only )?(with|under|using) sudo|only works (as root|with sudo)|works as root but not`),
	}
}

var textRules = sync.OnceValue(compileTextRules)

// family groups kinds whose weak rules give way to strong ones: a summary
// ("docker-git controller did not become reachable") yields to the reason
// printed with it.
func (k Kind) family() string {
	switch k {
	case KindControllerMissing, KindControllerNotRunning, KindControllerRestarting, KindControllerUnhealthy,
		KindControllerAPIUnreachable, KindControllerRevisionMismatch, KindControllerSocketNotMounted,
		KindControllerNotCreated, KindControllerNameMismatch, KindControllerNameTaken, KindControllerPortTaken,
		KindRemoteAPIURLRequired:
		return "controller"
	}
	return "access"
}
