package model

import (
	"net"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Text is the last resort: it is used only for messages that exist only as
// text (what docker-git, the docker CLI, a library or CI printed), never for
// errors we hold as values. Only error statements are read; advice in the
// same paste ("Hint:", "run `newgrp docker`") is not evidence.

// Paste is what a pasted message shows: the causes its statements name,
// cause first, each with the statements that show it, and the values it
// names (an endpoint, a socket), which are facts of the machine it came
// from, not of this one.
type Paste struct {
	Causes []PasteCause
	// Host is the daemon endpoint the paste names ("" when it names none),
	// like unix:///var/run/docker.sock or npipe:////./pipe/docker_engine.
	Host string
	// Container is the controller container the paste names, if any.
	Container string
	// Group is the group the paste shows the user database listing the
	// user in and the session lacking ("" when it names none).
	Group string
	// User is the one user the paste shows running its commands (a shell
	// prompt's user@host, id's uid, sudo's password prompt, the old CLI's
	// warning naming the user), "" when it shows none, only root, or
	// several.
	User string
	// APIURL is the docker-git API URL the paste names, if any.
	APIURL string
	// APIPort is the host port a failed bind names, if any.
	APIPort string
	// NameTaken is the container name the paste shows already in use.
	NameTaken string
	// Revision and ExpectedRevision are the revision docker-git's
	// controller answered with and the one docker-git expected, as its
	// message names them.
	Revision, ExpectedRevision string
	// OtherHost is the endpoint the paste shows Docker at, other than the
	// one that failed ("" when it names none).
	OtherHost string
	// OtherFromSystemd is set when OtherHost is the default socket of a
	// system docker.service the paste shows running (systemctl status),
	// not an endpoint the paste names.
	OtherFromSystemd bool
	// AppRun is the app serving Docker whose own start command printed a
	// daemon finding's statement ("$ podman machine start" … "Error: exit
	// status 255"), if one did.
	AppRun Install
	// AppShown is the app serving Docker whose own report of its state
	// the paste shows (Docker Desktop's diagnostics or log, Podman's
	// machine), if one does.
	AppShown Install
	// OSShown is the one system the paste shows Docker Desktop on (a macOS
	// path, a Windows pipe or drive, Docker Desktop for Linux), if any.
	OSShown string
	// RootlessUnit: the paste shows rootless Docker's systemd user unit.
	RootlessUnit bool
	// DesktopExe: the program of the Docker Desktop older than 4.37 the
	// paste shows the version of (see Platform's).
	DesktopExe string
	// VM is the VM tool the paste shows serving Docker, and what it says
	// of its machine (see readVMTool).
	VM PastedVM
	// RemoteSocket is the socket the daemon over ssh was looked for at.
	RemoteSocket string
	// CertPath is the DOCKER_CERT_PATH the paste shows set.
	CertPath string
	// ClientOS is the one system the paste shows its commands ran on (a
	// Windows shell, macOS paths, the client's OS/Arch), "" when not shown.
	ClientOS string
	// Shown is what the paste's own words show of its system's init,
	// distro and Docker runtime (see platformShown).
	Shown PastedPlatform
	// PastedWording: what the wording of its statements lets a finding say.
	PastedWording
	// Service is what it shows of Docker's service and why the daemon did
	// not start (model/paste_service.go).
	Service PasteService
	// ClientInContainer: the paste shows the client that failed to reach
	// a unix socket running inside a container that has no docker.sock
	// mounted (see clientInContainer); ContainerRun is the `docker run`
	// command line it shows starting that container, if any.
	ClientInContainer bool
	ContainerRun      string
	// CIJob is the CI service whose job the paste shows running the
	// client (model/paste_ci.go).
	CIJob CIJob
	// AppLog is the log of an app's VM (Lima's ha.stderr.log, which
	// Colima runs) the paste names.
	AppLog string
	// ContainerSocketDenied: the client denied the socket runs in a
	// container the host's socket is mounted into (a container's prompt
	// before the denial, or Jenkins in its own image's container).
	ContainerSocketDenied bool
}

// PasteCause is one kind a paste shows and the statement lines showing it.
type PasteCause struct {
	Kind       Kind
	Statements []string
}

// Kinds lists the causes' kinds in order.
func (p Paste) Kinds() []Kind {
	out := make([]Kind, 0, len(p.Causes))
	for _, c := range p.Causes {
		out = append(out, c.Kind)
	}
	return out
}

// statementLines is a finding's statements as a set, to find the paste's
// lines that print them.
type statementLines map[string]bool

func statementsSet(statements []string) statementLines {
	set := statementLines{}
	for _, s := range statements {
		set[s] = true
	}
	return set
}

// statementsOfKind is the set of the statements of the cause of kind k.
func statementsOfKind(causes []PasteCause, k Kind) statementLines {
	for _, c := range causes {
		if c.Kind == k {
			return statementsSet(c.Statements)
		}
	}
	return statementLines{}
}

// prints reports whether line l prints one of the statements.
func (s statementLines) prints(l pasteLine) bool { return s[l.raw] || s[l.text] }

// ClassifyText returns the kinds a pasted message points to, cause first.
// Nothing recognised gives KindUnknown.
func ClassifyText(text string) []Kind {
	return ReadPaste(text).Kinds()
}

type pasteValues struct {
	host         []*regexp.Regexp
	sudoWorks    *regexp.Regexp
	sshDialStdio *regexp.Regexp
	tcpRequest   *regexp.Regexp
	certPath     *regexp.Regexp
	sudoProbe    *regexp.Regexp
	idOutput     *regexp.Regexp
	groupMember  *regexp.Regexp
	// Commands and outputs that show groups.
	newgrpCmd *regexp.Regexp
	// groupShell starts a shell with a group, or runs one command with it
	// (sg GROUP -c CMD); dockerAnswered is output only a daemon's answer
	// prints.
	groupShell     *regexp.Regexp
	dockerCommand  *regexp.Regexp
	dockerAnswered *regexp.Regexp
	otherEndpoint  *regexp.Regexp
	// otherShell is a command that opens a shell as another user or on
	// another machine: what answers in it is not the failing session's
	// Docker. rootPrompt is a prompt of root's.
	otherShell *regexp.Regexp
	rootPrompt *regexp.Regexp
	// sudoReport is a line led by `sudo docker …` that reports its result
	// ("returns valid response", "works, but …"; no advice goes on after
	// it).
	sudoReport *regexp.Regexp
	// serviceLogLine is a line of `docker compose` output prefixed with its
	// service's name.
	serviceLogLine *regexp.Regexp
	// cliNotNow marks a sentence about the CLI working that denies it,
	// expects it, asks it, or puts it elsewhere.
	cliNotNow *regexp.Regexp
	// plainHelloWorld is `docker run hello-world` without sudo.
	plainHelloWorld   *regexp.Regexp
	groupsOfUser      *regexp.Regexp
	groupsOutput      *regexp.Regexp
	usermodCmd        *regexp.Regexp
	apiURL            *regexp.Regexp
	bindPort          *regexp.Regexp
	nameInUse         *regexp.Regexp
	daemonStartFailed *regexp.Regexp
	minimumAPI        *regexp.Regexp
	clientAPI         *regexp.Regexp
	expectedRevision  *regexp.Regexp
	answeredRevision  *regexp.Regexp
	// Docker answering through sudo, or through the CLI's own endpoint.
	sudoSentence *regexp.Regexp
	sudoCompose  *regexp.Regexp
	sudoDocker   *regexp.Regexp
	// `sudo su` (or -i, -s) opening a root shell, and docker typed at a
	// root prompt.
	sudoShell     *regexp.Regexp
	rootDocker    *regexp.Regexp
	plainDockerPS *regexp.Regexp
	cliSentence   *regexp.Regexp
	// `docker ps`'s header and a container's row.
	psHeader *regexp.Regexp
	psRow    *regexp.Regexp
	// `docker version` or `docker info`.
	versionOrInfo *regexp.Regexp
	// anyVersionOrInfo is `docker version` or `docker info` with any
	// flags before the subcommand.
	anyVersionOrInfo *regexp.Regexp
	// A docker command line choosing its endpoint (-H, --host, --context).
	hostOrContextFlag *regexp.Regexp
	// elsewhereSentence is the writer placing output on another machine
	// or user; dockerEngineHeading is a heading only the docker CLI's
	// `version` prints.
	elsewhereSentence   *regexp.Regexp
	dockerEngineHeading *regexp.Regexp
	// An endpoint with two schemes (unix://tcp://…).
	nestedScheme *regexp.Regexp
	// A pull's first line, and its digest or final status.
	pullFrom *regexp.Regexp
	pullDone *regexp.Regexp
	// A line running dockerd itself (a CI step's set -x trace, a prompt):
	// a daemon of the paste's own starting.
	dockerdRun *regexp.Regexp
	// systemctl status of the system's (not a rootless user's)
	// docker.service, and a unit's Active line saying it runs.
	systemUnitHeader *regexp.Regexp
	unitActive       *regexp.Regexp
	// desktopAddress is `docker info`'s label for the socket Docker Desktop
	// serves its CLI at.
	desktopAddress *regexp.Regexp
	// machineRow is a row of `docker-machine ls` (its STATE column).
	machineRow *regexp.Regexp
	// The current docker context and a daemon's own -H endpoint.
	currentContext     *regexp.Regexp
	currentContextJSON *regexp.Regexp
	daemonProcess      *regexp.Regexp
	processEnded       *regexp.Regexp
	// `docker context inspect NAME --format '{{.Endpoints.docker.Host}}'`
	// and the endpoint it prints.
	contextInspect *regexp.Regexp
	bareEndpoint   *regexp.Regexp
	// A tcp:// endpoint a line about Docker names, and a connection to an
	// address refused or unroutable.
	dockerTCPEndpoint *regexp.Regexp
	refused           *regexp.Regexp
	// colima status prints the socket its daemon serves.
	colimaSocket *regexp.Regexp
	// `docker -H ENDPOINT info` (or version) asks the daemon at ENDPOINT.
	hostCommand *regexp.Regexp
	// `sudo docker logs CONTAINER`, and a line saying Docker access failed.
	sudoLogs, accessFailure *regexp.Regexp
	// sudo refusing to run the command (no command's output).
	sudoRefusal *regexp.Regexp
	// A docker command without sudo chained after another on the line.
	chainedDocker *regexp.Regexp
	// A shell prompt's user (user@host:~ $).
	promptUser *regexp.Regexp
	// The writer telling that `groups` lacks docker while /etc/group
	// lists it.
	groupSentence *regexp.Regexp
	// suLogin is `su USER`, a new login that reads the user database.
	suLogin *regexp.Regexp
	// docker version's "Context:" line names the context the CLI used.
	versionContext *regexp.Regexp
	// serverDetail is the first line under a Server: heading that only a
	// daemon's answer prints.
	serverDetail *regexp.Regexp
	// endpoint is a daemon endpoint or socket path written in a line.
	endpoint    *regexp.Regexp
	hedge       *regexp.Regexp
	otherHost   *regexp.Regexp
	fixSentence *regexp.Regexp
	// bareDockerCommand is a docker command typed on a line without a prompt.
	bareDockerCommand *regexp.Regexp
	commandOK         *regexp.Regexp
	// worksComment is a shell comment after a command saying it worked,
	// or the writer's "sudo docker info is ok".
	worksComment *regexp.Regexp
}

func compilePasteValues() pasteValues {
	return pasteValues{
		host: []*regexp.Regexp{
			regexp.MustCompile(`(?i)^DOCKER_HOST:\s*((?:unix|tcp|ssh|npipe)://\S+)`),
			regexp.MustCompile(`(?i)(?:docker|balena|balenaEngine) daemon (?:socket )?at ((?:unix|tcp|ssh|npipe)://[^\s"'` + "`" + `]+?)[.:]?(?:\s|$)`),
			regexp.MustCompile(`(?i)Docker host socket at (/\S+\.sock)\b`),
			regexp.MustCompile(`(?i)docker API at ((?:unix|tcp|ssh|npipe)://[^\s"'` + "`" + `]+?)[.:]?(?:\s|$)`),
			// fig's and docker-py's URL of a TCP daemon ("Couldn't connect
			// to Docker daemon at http://172.16.42.43:4243 - is it running?").
			regexp.MustCompile(`(?i)docker daemon at (https?://[\w.-]+:\d+)/?(?:\s|$)`),
			regexp.MustCompile(`(?i)dial unix (/[^\s:]+): connect`),
			// An old client's dial ("dial unix /var/run/docker.sock:
			// permission denied"), Java's netty naming the socket
			// ("connect(..) failed: Permission denied: /var/run/docker.sock").
			regexp.MustCompile(`(?i)dial unix (/[^\s:]+\.sock): (?:permission denied|no such file|connection refused)`),
			regexp.MustCompile(`(?i)\bfailed: (?:Permission denied|Connection refused|No such file or directory): (/\S+\.sock)\b`),
			regexp.MustCompile(`(?i)connect (?:EACCES|ENOENT|ECONNREFUSED) (/[^\s:]+docker[^\s:]*\.sock)`),
			regexp.MustCompile(`(?i)connect (?:EACCES|ENOENT|ECONNREFUSED) (//\./pipe/[\w.-]+)`),
			regexp.MustCompile(`(?i)open (//\./pipe/[\w.-]+)`),
			// ReactPHP's socket client.
			regexp.MustCompile(`(?i)unable to connect to unix domain socket \\?"(unix:///[^\s"\\]+)`),
			// SELinux's denial of the socket to a process.
			regexp.MustCompile(`avc:\s+denied\s+\{ \w+ \}.*\bpath="(/\S*docker\.sock)"`),
			regexp.MustCompile(`SELinux is preventing \S+ from \w+ access on the \w+ (/\S*docker\.sock)`),
			// The pipe or socket in a request's URL, encoded
			// ("http://%2F%2F.%2Fpipe%2F…", "http://%2Fvar%2Frun%2Fdocker.sock/…").
			regexp.MustCompile(`(?i)http://(%2F%2F\.%2Fpipe%2F[\w.-]+|%2F[\w.%-]+\.sock)\b`),
		},
		sudoWorks: regexp.MustCompile(`(?i)^Sudo probe: exit=0\b`),
		// The docker CLI's ssh command line for an ssh:// endpoint, as its
		// error quotes it ("command [ssh -l deploy -- host docker system
		// dial-stdio] has exited with exit status 255").
		certPath:     regexp.MustCompile(`\bDOCKER_CERT_PATH[=:]\s*["']?([^\s"']+)`),
		tcpRequest:   regexp.MustCompile(`(?i)(?:error during connect|error occurred trying to connect): (?:Get|Post|Head|Put|Delete) "?https?://([\w.-]+:\d+)/`),
		sshDialStdio: regexp.MustCompile(`command \[ssh ([^\]]*?--\s+\S+) docker system dial-stdio\]`),
		// docker-git runs compose through `sudo -n` only when direct access
		// failed and `sudo -n docker info` worked.
		sudoCompose: regexp.MustCompile(`(?i)^Command: sudo -n docker\b`),
		// docker-git's probes of other ways in (sudo, a rootless socket)
		// say nothing about why direct access failed.
		sudoProbe: regexp.MustCompile(`(?i)^(Sudo probe:|Fallback DOCKER_HOST=)`),
		// id's "groups=" is localised (组=, グループ=, Gruppen=, …).
		idOutput:      regexp.MustCompile(`uid=\d+\(([\w.-]+)\) gid=\d+\([\w.-]+\) (?:groups|组|組|グループ|그룹|Gruppen|groupes|grupos|gruppi|группы)=([^\s"]+)`),
		groupSentence: regexp.MustCompile(`(?i)\bgroups.? (didn't|did not|doesn't|does not) (list|show)\b.{0,60}\b(docker)\b.{0,40}\bbut .?/etc/group.? (did|does|lists?|listed|shows?|showed)\b`),
		promptUser:    regexp.MustCompile(`^\[?([a-z_][\w.-]*)@[\w.-]+[:\s\]]`),
		groupMember:   regexp.MustCompile(`^(docker|[\w.-]*docker[\w.-]*):x?:\d+:([\w.,-]*)$`),
		newgrpCmd:     regexp.MustCompile(`^newgrp (\S+)$`),
		groupShell:    regexp.MustCompile(`^(?:sg ([\w.-]*docker[\w.-]*)(?: (?:-c )?['"]?(.+?)['"]?)?|newgrp ([\w.-]*docker[\w.-]*))$`),
		// Plain docker: not through another endpoint or context.
		dockerCommand:  regexp.MustCompile(`^docker(-compose)? \S`),
		otherEndpoint:  regexp.MustCompile(`(^|\s)(-H|--host|-c|--context)(\s|=)|DOCKER_HOST=`),
		dockerAnswered: regexp.MustCompile(daemonAnsweredOutput),
		otherShell:     regexp.MustCompile(`^(sudo )?(ssh|su|multipass (shell|exec)|vagrant ssh|wsl(\.exe)?|docker-machine ssh|limactl shell|colima ssh|podman machine ssh|orb|lima)\b|^sudo (-i|-s|su)\b`),
		sudoReport:     regexp.MustCompile(`(?i)^sudo docker \w+( -\S+)* ((returns|returned|gives|gave) (a )?valid (response|output)|works( fine)?|worked( fine)?|is working|runs fine)([.!]*\s*$|,?\s+(but|while|whereas|though|although)\b)`),
		serviceLogLine: regexp.MustCompile(`^[\w.-]+\s+\|\s`),
		rootPrompt:     regexp.MustCompile(`^(\[?root@|#\s|[^$%>]*#\s)`),
		suLogin:        regexp.MustCompile(`^su (?:-l |--login |- )?([a-z_][\w.-]*)$`),
		groupsOfUser:   regexp.MustCompile(`^groups \S+$`),
		groupsOutput:   regexp.MustCompile(`^(\[?[\w.-]+\]?) : (.+)$`),
		usermodCmd:     regexp.MustCompile(`\b(usermod -a?G|gpasswd -a|adduser \S+ docker|addgroup \S+ docker)`),
		bindPort:       regexp.MustCompile(`(?:Bind for|failed to bind host port for|listen tcp[46]?) [^ ]*?:(\d+)\b`),
		apiURL:         regexp.MustCompile(`https?://(?:127\.0\.0\.1|localhost|\[::1\]|[\w.-]+:\d+|[\w-]+(?:\.[\w-]+)+)`),
		// docker-git's and compose's words for the values they name.
		minimumAPI: regexp.MustCompile(`(?i)minimum supported API version is ([\d.]+\d)`),
		// The first "API version:" of `docker version` is its Client's.
		clientAPI:         regexp.MustCompile(`(?m)^\s*API version:\s+([\d.]+\d)`),
		daemonStartFailed: regexp.MustCompile(`(?i)` + daemonStartFailure),
		nameInUse:         regexp.MustCompile(`container name "/?([\w.-]+)" is already in use`),
		expectedRevision:  regexp.MustCompile(`endpoint with revision (\S+?) responded`),
		answeredRevision:  regexp.MustCompile(`Reachable mismatched controllers: \S+ revision (\S+?)[.,;]?(?:\s|$)`),
		sudoSentence: regexp.MustCompile(`(?i)sudo docker\b[^\n]{0,100}?\b(will proceed|proceeds|works|worked|succeeds|succeeded|is working|runs fine|returns (a )?valid response)|` +
			`(with|using|under) sudo,? (it|everything|this) (works|worked|runs)|sudo docker(-compose)?\b[^\n]{0,60}?\b(things work|fixes the (error|issue|problem))|had to (do a |use |run (it |docker )?(with |as )?)?sudo\b|(operate|run|use) docker (only )?(with|using|through) sudo|works (fine |only )?(with|under|using) sudo|only works (as root|with sudo)`),
		sudoDocker: regexp.MustCompile(`(?i)(\bsudo (-\S+ )*docker(-compose)? |^sudo \S+)`),
		sudoShell:  regexp.MustCompile(`[$%>]\s+sudo (su( -| root)?|-i|-s|bash)\s*$`),
		rootDocker: regexp.MustCompile(`^root@[\w.-]+(:\S*)?#\s+docker(-compose)?\s+\S`),
		cliSentence: regexp.MustCompile(`(?i)docker.? (CLI|command|cli)\b[^.]{0,40}\b(works|is available|is working|still work(ed)?|worked (just )?fine|continues to work)|` +
			`\bcommands such as docker (ps|info|version)( and docker (ps|info|version))? work( correctly| fine)?\s*[.!]?\s*$|` +
			`\bno (problems?|issues?|trouble) (with|running|using) (running |using )?docker commands\b|docker commands (work|run) (fine|normally|from (the )?terminal)|` +
			`docker (ps|run hello-world|info|version)\b[^.]{0,20}\b(works|does work|is working)|` +
			`sock(et)? is (in|at|under) \S*(\.docker/run|\.colima|\.rd/|orbstack|/run/user/)|(^|\s)/\S*docker\S*\.sock exists\b|\b(my|the) (docker )?endpoint is unix://|` +
			`\b(can|could) (execute|run|use) (the command |the )?.?docker (ps|info|version|run hello-world).? without (an? |any )?(issues?|problems?|errors?)\b|(found|find) a docker\.sock at|uses a per-user socket|\bdocker (was|is) working from (the )?command line|` +
			`although docker ps works|(uses?|using|listens? on|but|is at) unix://\S*(\.docker/(desktop|run)|\.colima|\.orbstack|\.rd|/run/user/\d+)/\S*docker\.sock|docker (is|was) running,? but (the |its )?(socket |sock )?(location|path|socket) is\b|docker (is running|works) (using|with) docker ps|sock(et)? file is in my home|` +
			`(found|is) (a |the )?(docker\.)?sock(et)? (file )?(is )?(in|at|under) \S*(\.docker/run|\.colima|\.rd/|orbstack|/run/user/)`),
		versionOrInfo:       regexp.MustCompile(`\bdocker (version|info|system info)\b`),
		anyVersionOrInfo:    regexp.MustCompile(`\bdocker\s+(\S+\s+)*(version|info)\b`),
		hostOrContextFlag:   regexp.MustCompile(`\bdocker\b.*\s(-H|--host|-c|--context)\b`),
		elsewhereSentence:   regexp.MustCompile(`(?i)\b(sudo|root|server|remote|vm|ssh|another (machine|host|user))\b`),
		dockerEngineHeading: regexp.MustCompile(`^(Engine:|Server: Docker (Engine|Desktop)\b)`),
		nestedScheme:        regexp.MustCompile(nestedScheme),
		pullFrom:            regexp.MustCompile(`^\S+: Pulling from \S+$`),
		dockerdRun:          regexp.MustCompile(`^(\+ |\$ |# )?(sudo )?(\S*/)?dockerd( |$)`),
		pullDone:            regexp.MustCompile(`^(Digest: sha256:[0-9a-f]{64}|Status: (Image is up to date|Downloaded newer image) for \S+)$`),
		systemUnitHeader:    regexp.MustCompile(`^\S*\s*docker\.service - Docker Application Container Engine\s*$`),
		unitActive:          regexp.MustCompile(`^Active: active \(running\)`),
		hostCommand:         regexp.MustCompile(`^(?:\S*[$#>%]\s*)?docker (?:-H|--host)[ =]?(\S+) (?:info|version|system info)\s*$`),
		currentContext:      regexp.MustCompile(`^\S+ \*\s.*?\b((?:unix|tcp|npipe|ssh)://\S+)`),
		desktopAddress:      regexp.MustCompile(`\bcom\.docker\.desktop\.address=((?:unix|npipe)://\S+)`),
		machineRow:          regexp.MustCompile(`\s(Running|Stopped|Saved|Paused|Starting|Stopping|Error|Timeout)\s+tcp://`),
		currentContextJSON:  regexp.MustCompile(`"Current":\s*true\b.*"DockerEndpoint":\s*"((?:unix|tcp|npipe|ssh)://[^"]+)"`),
		serverDetail:        regexp.MustCompile(`^(Engine:|Containers:|Version:|Server Version:|Docker Engine)`),
		versionContext:      regexp.MustCompile(`^Context:\s+(\S+)\s*$`),
		colimaSocket:        regexp.MustCompile(`^(?:INFO\[\d+\]\s+)?(?:docker )?socket: (unix://\S+)`),
		contextInspect:      regexp.MustCompile(`\bdocker context inspect\b.*Endpoints\.docker\.Host`),
		bareEndpoint:        regexp.MustCompile(`^((?:unix|tcp|npipe|ssh)://\S+)$`),
		dockerTCPEndpoint:   regexp.MustCompile(`(?i)docker.*\btcp://([\w.-]+:\d+)\b|\btcp://([\w.-]+:\d+)\b.*docker`),
		refused:             regexp.MustCompile(`(?i)connection refused|ECONNREFUSED|actively refused|no route to host|EHOSTUNREACH`),
		processEnded:        regexp.MustCompile(`\(code=(killed|exited|dumped), (signal|status)=`),
		daemonProcess:       regexp.MustCompile(`\b(?:dockerd|docker -d|docker daemon)\b.*\s(?:-H|--host)[ =]?((?:unix|tcp)://\S+)`),
		endpoint:            regexp.MustCompile(`(?:unix|tcp|npipe|ssh)://[^\s"'` + "`" + `,;)]+|(?:^|[\s"'=(` + "`" + `])/[\w.~@+-]+(?:/[\w.~@+-]+)*\.sock\b`),
		hedge:               regexp.MustCompile(`(?i)\b(please|check|make sure|ensure|verify|whether|if|looks like|seems|maybe|perhaps|probably|might)\b`),
		otherHost:           regexp.MustCompile(`DOCKER_HOST=["']?unix://(/\S+?)["']?(\s|$)`),
		fixSentence:         regexp.MustCompile(`(?i)\b(solves|fixes|fixed|solved|resolves|resolved) (the|this|my) (issue|problem)|\b(it|this|that) (works|worked|fixed it)\b`),
		cliNotNow:           regexp.MustCompile(`(?i)(\b(no longer|not|never|stopped)|n't)\s+(\w+\s+){0,2}(works?|worked|working|continues?)\b|\b(would|should|expect\w*)\b[^.]{0,60}\bwork|\?\s*$|\bwork(s|ed|ing)?\?|^(not )?ok \d+\b|^(inside|in) the (VM|container|virtual machine)\b`),
		plainHelloWorld:     regexp.MustCompile(`^docker run (-\S+ )*hello-world\b`),
		psHeader:            regexp.MustCompile(`^CONTAINER ID\s+IMAGE\s`),
		psRow:               regexp.MustCompile(`^[0-9a-f]{12}\s+\S`),
		plainDockerPS:       regexp.MustCompile(`(?i)\bdocker (ps|container ls)\b`),
		worksComment:        regexp.MustCompile(`(?i)\s#\s*(it |this )?(works|worked|ok|succeeds|is fine)\b|^sudo docker \w+ (is|was) (ok|okay|fine)\s*$`),
		chainedDocker:       regexp.MustCompile(`(&&|;|\|\|)\s*docker\b`),
		sudoRefusal:         regexp.MustCompile(`^(sudo: |Sorry, try again)|is not in the sudoers file`),
		sudoLogs:            regexp.MustCompile(`\bsudo docker (container )?logs \S+\s*$`),
		accessFailure:       regexp.MustCompile(`(?i)cannot connect to the docker daemon|permission denied|error during connect|is the docker daemon running|command not found|client is newer than server|client version \S+ is too (new|old)|(maximum|minimum) supported API version`),
		bareDockerCommand:   regexp.MustCompile(`^(sudo )?docker(-compose)? [a-z][\w-]*( |$)`),
		// An id, a table's header, docker info's JSON, Compose's service
		// log prefix ("db-1  | …").
		commandOK: regexp.MustCompile(`^([0-9a-f]{12}|[0-9a-f]{64}|CONTAINER ID\s+IMAGE.*|NETWORK ID\s+NAME.*|REPOSITORY\s+TAG.*|ID\s+(HOSTNAME\s+STATUS|NAME\s+MODE)\s.*|NAME\s+IMAGE\s+COMMAND.*|[\w.-]+\s+\|( .*)?|` +
			`\{"ID":"[A-Z0-9]{4}(:[A-Z0-9]{4})+",.*|Sending build context to Docker daemon.*|(docker: )?Error response from daemon: .*|Step \d+/\d+ : .*|Unable to find image .*|Using default tag: .*|Hello from Docker!|` +
			// Compose creating or starting what the daemon was asked for.
			`Creating [\w.-]+ \.\.\. (done|error)|(Network|Volume|Container) \S+ +(Creating|Created|Starting|Started|Running))$`),
	}
}

var pasteValuesOnce = sync.OnceValue(compilePasteValues)

// wrappedLineLen is the shortest line taken for one a terminal or an issue
// wrapped.
const wrappedLineLen = 50

// wrappedBefore reports whether line may have been wrapped with next its
// rest: line is long and ends no sentence, and next is not blank and
// starts no new error ("Error: …").
func wrappedBefore(line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	return len(line) >= wrappedLineLen && !strings.ContainsAny(line[len(line)-1:], ".?!") &&
		next != "" && !pastePatternsOnce().errorLead.MatchString(next)
}

// cutMidStatement reports a line a wrap cut before the statement's end: it
// ends on the request's method ("error during connect: Get") or a colon.
func cutMidStatement(line string) bool {
	line = strings.TrimSpace(line)
	for _, end := range []string{" Get", " Post", " Head", " Put", " Delete", ":"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// wrappedContext is line i's text joined with the line before it, if that
// may have been wrapped, and with the line after it, if line i may have
// been ("" when neither).
func wrappedContext(lines []pasteLine, i int) string {
	text, joined := lines[i].text, false
	if i > 0 && lines[i-1].role == roleStatement && wrappedBefore(lines[i-1].text, text) {
		text, joined = lines[i-1].text+" "+text, true
	}
	if i+1 < len(lines) && lines[i+1].role == roleStatement && wrappedBefore(lines[i].text, lines[i+1].text) {
		text, joined = text+" "+lines[i+1].text, true
	}
	if !joined {
		return ""
	}
	return text
}

// unwrap joins each line that may have been wrapped with the line after
// it (wrappedBefore).
func unwrap(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i+1 == len(lines) {
			break
		}
		if wrappedBefore(l, lines[i+1]) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// ReadPaste classifies a pasted message by its error statements.
func ReadPaste(text string) Paste {
	whole := unquote(plainText(SanitizeText(text)))
	// The paste with its wrapped lines joined: a guard that a hard wrap
	// split over two lines holds as on the program's line.
	unwrapped := unwrap(whole)
	lines := readPasteLines(whole)

	type found struct {
		first      int // line of its first statement
		statements []string
		weak       bool
		// precise is set when a rule other than a preamble matched.
		precise bool
	}
	byKind := map[Kind]*found{}
	vals := pasteValuesOnce()
	p := Paste{}
	// apply runs every rule on one statement (a line, or wrapped lines
	// joined) and records what matched. Joined lines add only what their
	// lines did not already show precisely, so a line next to a statement
	// is not taken for part of it.
	joining, preciseOnly := false, false
	// apply's around is the statement with the lines a hard wrap may have
	// cut it from ("" when none): a guard split over them holds for it
	// too.
	holds := func(rule textRule, text, around string) bool {
		return mayMatch(rule.literals, strings.ToLower(text)) && rule.re.MatchString(text) &&
			(rule.also == nil || rule.also.MatchString(text)) &&
			(rule.unless == nil || !unlessHolds(rule, text) && (rule.unlessInSentence || around == "" || !rule.unless.MatchString(around))) &&
			matchesAll(rule.needsPaste, whole) &&
			(rule.unlessPaste == nil || !rule.unlessPaste.MatchString(whole) && !rule.unlessPaste.MatchString(unwrapped))
	}
	statement := func(l pasteLine) bool {
		// The sudo probe's own error ("a password is required") says
		// nothing about direct access; only its success counts below.
		return l.role == roleStatement && !vals.sudoProbe.MatchString(l.text)
	}
	// aLineHolds reports whether rule held for one of the n lines from
	// first alone, as the statement it was read as.
	aLineHolds := func(rule textRule, first, n int) bool {
		for i := first; i < first+n; i++ {
			if statement(lines[i]) && holds(rule, lines[i].text, wrappedContext(lines, i)) {
				return true
			}
		}
		return false
	}
	apply := func(text, around string, first int, raws ...string) bool {
		matched := false
		for _, rule := range textRules() {
			if !holds(rule, text, around) {
				continue
			}
			if preciseOnly && (rule.preamble || rule.weak) {
				continue
			}
			f := byKind[rule.kind]
			if joining && (f != nil && f.precise || aLineHolds(rule, first, len(raws))) {
				// A joined statement adds only what its lines do not
				// show alone.
				continue
			}
			matched = true
			if f == nil {
				f = &found{weak: true, first: first}
				byKind[rule.kind] = f
			}
			f.weak = f.weak && rule.weak
			f.precise = f.precise || !rule.preamble
			f.statements = appendUnique(f.statements, raws...)
		}
		return matched
	}
	matched := make([]bool, len(lines))
	for i, l := range lines {
		if statement(l) {
			matched[i] = apply(l.text, wrappedContext(lines, i), i, l.raw)
		}
	}
	// A line that only its first word made advice ("See notification
	// stating: connect ENOENT …", "Run ddev start and the message …")
	// still shows a precise error, unless it supposes one.
	preciseOnly = true
	for i, l := range lines {
		if l.imperative {
			apply(l.text, "", i, l.raw)
		}
	}
	preciseOnly = false
	// A statement wrapped over two lines (a terminal's width, a hard wrap
	// in an issue) is read joined, when neither half says anything alone.
	joining = true
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if statement(a) && statement(b) && (!matched[i] || cutMidStatement(a.text)) && !matched[i+1] {
			if !apply(a.text+" "+b.text, "", i, a.raw, b.raw) {
				apply(a.text+b.text, "", i, a.raw, b.raw)
			}
		}
	}
	// A long statement wrapped over up to four lines is also read whole:
	// each wrapped line but the last is long, and the whole may name a
	// cause that its lines name only in part.
	for i := range lines {
		if !statement(lines[i]) || len(lines[i].text) < wrappedLineLen {
			continue
		}
		text, raws := lines[i].text, []string{lines[i].raw}
		for j := i + 1; j < len(lines) && j <= i+3 && statement(lines[j]); j++ {
			text += " " + lines[j].text
			raws = append(raws, lines[j].raw)
			if j > i+1 || matched[i] || matched[j] {
				apply(text, "", i, raws...)
			}
			if len(lines[j].text) < wrappedLineLen {
				break
			}
		}
	}

	// Weak statements give way to a strong one of the same family, but not
	// to the "Cannot connect" preamble, which old clients printed for a
	// refused permission too.
	strongFamily := map[string]bool{}
	for k, f := range byKind {
		if !f.weak && k != KindUnknown && (k != KindDaemonUnreachable || f.precise) {
			strongFamily[k.family()] = true
		}
	}
	for k, f := range byKind {
		if f.weak && strongFamily[k.family()] {
			delete(byKind, k)
		}
	}
	has := func(k Kind) bool { _, ok := byKind[k]; return ok }
	drop := func(k Kind, ifAny ...Kind) {
		for _, o := range ifAny {
			if has(o) {
				delete(byKind, k)
				return
			}
		}
	}

	if !has(KindDaemonUnreachable) {
		if ev, first, ok := namedEndpointRefused(lines); ok {
			byKind[KindDaemonUnreachable] = &found{statements: ev, first: first, precise: true}
		}
	}
	// A session that lacks a group the user database lists is the cause of
	// a permission error printed with it, and a finding of its own without.
	ev, group, ok := pendingGroup(lines)
	// (Not when a container's log line shows the refusal: the container's
	// user failed, not the shell's.)
	if f := byKind[KindSocketPermissionDenied]; f != nil && !ok && !allMatch(vals.serviceLogLine, f.statements) {
		if ev, group, ok = shellWithGroup(lines[f.first:]); ok {
			p.ShellWithGroupAnswered = true
		} else if ev, group, ok = usermodThenDenied(lines, f.statements); ok {
			p.UsermodThenDenied = true
		}
	}
	if ok {
		p.Group = group
		first := len(lines)
		if f := byKind[KindSocketPermissionDenied]; f != nil {
			first = f.first
		}
		byKind[KindGroupMembershipPending] = &found{statements: ev, first: first, precise: true}
		delete(byKind, KindSocketPermissionDenied)
	}
	// The "Cannot connect" preamble and generic connect errors are not a
	// second cause beside the precise one printed with them; a precise
	// "no such socket" or "refused" of its own is.
	if f := byKind[KindDaemonUnreachable]; f != nil && !f.precise {
		drop(KindDaemonUnreachable, KindDockerCLIMissing, KindAPIVersionMismatch)
	}
	if f := byKind[KindDaemonUnreachable]; f != nil && !f.precise {
		drop(KindDaemonUnreachable, KindSocketPermissionDenied, KindGroupMembershipPending, KindDaemonUnresponsive,
			KindTLSError, KindSSHAuthFailed, KindSSHHostKeyUnknown, KindSSHUnreachable, KindRemoteDockerMissing,
			KindEndpointInvalid, KindWSLIntegrationDisabled)
	}
	drop(KindDaemonUnresponsive, KindSSHAuthFailed, KindSSHHostKeyUnknown, KindSSHUnreachable, KindSocketPermissionDenied)
	// A refusal at an endpoint with two schemes (unix://tcp://…) is a
	// path that is no socket: the endpoint is the cause.
	for _, k := range []Kind{KindSocketPermissionDenied, KindDaemonUnreachable} {
		if f := byKind[k]; f != nil && allMatch(vals.nestedScheme, f.statements) {
			drop(k, KindEndpointInvalid)
		}
	}
	// A socket that is missing or refuses connections is why a request to
	// it timed out (a strategy's ping, a diagnostic's `docker ps`).
	if f := byKind[KindDaemonUnreachable]; f != nil && f.precise {
		drop(KindDaemonUnresponsive, KindDaemonUnreachable)
	}
	if f := byKind[KindSocketPermissionDenied]; f != nil && !f.precise {
		drop(KindSocketPermissionDenied, KindSSHAuthFailed, KindSSHHostKeyUnknown, KindSSHUnreachable, KindRemoteDockerMissing,
			KindTLSError, KindEndpointInvalid)
	}
	drop(KindDockerCLIMissing, KindRemoteDockerMissing, KindWSLIntegrationDisabled)
	// A controller that is not running, missing or blocked explains why its
	// API does not answer.
	drop(KindControllerAPIUnreachable, KindControllerNotRunning, KindControllerMissing, KindControllerRestarting,
		KindControllerPortTaken, KindControllerNameTaken)
	drop(KindControllerNotRunning, KindControllerPortTaken, KindControllerNameTaken)
	// A controller in a restart loop never becomes healthy.
	drop(KindControllerUnhealthy, KindControllerRestarting)
	drop(KindUnknown, accessKinds()...)

	// The paste shows Docker answering another way: through sudo
	// (docker-git's sudo probe, or `sudo docker …` printing its result),
	// or plain `docker ps` listing containers while a tool cannot reach
	// its socket (the CLI uses another endpoint).
	for _, l := range lines {
		if l.role == roleStatement && vals.sudoCompose.MatchString(l.text) {
			byKind[KindSudoFallbackOnly] = &found{statements: []string{l.raw}, first: len(lines)}
		}
	}
	if hasAccessFailure(byKind) {
		if ev, ok := sudoWorks(lines); ok {
			byKind[KindSudoFallbackOnly] = &found{statements: ev, first: len(lines)}
		}
		// The daemon answers through sudo (shown, or said in the paste's
		// own words): a generic "cannot connect" (which old clients printed
		// for a refused socket permission too) does not show it down.
		if f := byKind[KindDaemonUnreachable]; f != nil && !f.precise && has(KindSudoFallbackOnly) {
			delete(byKind, KindDaemonUnreachable)
		}
		// The daemon lives where the CLI looks, not where the failing tool
		// looks: that is the finding, as in a live report.
		if f, ok := byKind[KindDaemonUnreachable]; ok {
			if ev, ok := cliWorks(lines, f.statements); ok {
				byKind[KindAlternateSocketAvailable] = &found{statements: append(f.statements, ev...), first: f.first, precise: true}
				delete(byKind, KindDaemonUnreachable)
				p.OtherHost = otherEndpoint(ev, f.statements)
			} else if ev, ok := systemDaemonRunning(lines, f.statements); ok {
				byKind[KindAlternateSocketAvailable] = &found{statements: append(f.statements, ev...), first: f.first, precise: true}
				delete(byKind, KindDaemonUnreachable)
				p.OtherHost, p.OtherFromSystemd = "unix://"+DefaultSocketPath, true
			}
		}
	}

	// Cause first: Docker access before the controller that needs it,
	// errors before warnings, then in the order the paste shows them.
	type ordered struct {
		PasteCause
		rank, first int
	}
	var causes []ordered
	for k, f := range byKind {
		if k == KindUnknown && len(byKind) > 1 {
			continue
		}
		rank := 0
		if k.family() == "controller" {
			rank = 1
		}
		if k.Severity() != SeverityError {
			rank = 2
		}
		causes = append(causes, ordered{PasteCause{Kind: k, Statements: f.statements}, rank, f.first})
	}
	sort.Slice(causes, func(i, j int) bool {
		a, b := causes[i], causes[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.Kind.priority() < b.Kind.priority()
	})
	for _, c := range causes {
		p.Causes = append(p.Causes, c.PasteCause)
		// What the finding may say of each kind's statements, when they
		// all show it.
		for _, w := range pasteWordings() {
			if w.kind == c.Kind && (allMatch(w.re, c.Statements) || w.anyStatement && anyMatch(w.re, c.Statements)) && (w.pasteNeeds == nil || w.pasteNeeds.MatchString(whole)) {
				w.set(&p)
			}
		}
	}
	if len(p.Causes) == 0 {
		p.Causes = []PasteCause{{Kind: KindUnknown}}
	}
	if p.ClientTooOld && p.DaemonTooOld {
		// Both sides said too old somewhere: which one is, is not shown.
		p.ClientTooOld, p.DaemonTooOld = false, false
	}
	p.MinimumAPI = PlaceholderMinimumAPI
	if m := pasteValuesOnce().minimumAPI.FindStringSubmatch(whole); m != nil {
		p.MinimumAPI = m[1]
	}
	if p.ClientTooOld {
		p.CLINewEnough = cliNewEnough(whole)
		p.ComposeV1Client = composeV1Shown.MatchString(whole) && !composeV2Shown.MatchString(whole)
		for _, c := range p.Causes {
			if c.Kind == KindAPIVersionMismatch {
				p.CLIMadeRequest = cliMadeRequest(lines, c.Statements)
			}
		}
	}
	p.readValues(lines)
	p.AppRun = appRun(lines, p.Causes)
	p.AppShown = appShown(lines)
	p.OSShown = osShown(whole)
	p.DesktopExe = desktopExeShown(whole)
	p.ClientOS = clientOS(whole)
	p.Shown = platformShown(lines, whole)
	p.DaemonPackageMissing = p.Shown.OpenWrt && opkgClientOnly.MatchString(whole)
	p.readVMTool(lines, whole)
	// The socket's group as `ls -l` or the old CLI's warning names it.
	if p.Group == "" {
		for _, re := range []*regexp.Regexp{socketListing, groupAsked} {
			if m := re.FindStringSubmatch(whole); m != nil && groupName(m[1]) {
				p.Group = m[1]
				break
			}
		}
	}
	p.readShownValues(lines)
	p.RootlessUnit = rootlessUnitShown.MatchString(whole)
	p.Service = readPasteService(lines, p.Causes)
	p.ClientInContainer, p.ContainerRun = clientInContainer(lines, p.Causes, whole, p.DaemonStartFailed || p.Service.StartFailedShown || p.Service.Cause != "")
	if p.CIJob = ciJobOfCauses(whole, p.Causes); p.CIJob != CINone {
		// A CI job's container is no container the paste started: its
		// daemon comes from the job's configuration.
		p.ClientInContainer, p.ContainerRun = false, ""
	}
	if m := limaHostAgentLog.FindStringSubmatch(whole); m != nil {
		p.AppLog = m[1]
	}
	p.ContainerSocketDenied = p.CIJob == CIJenkins && jenkinsContainerShown.MatchString(whole) || deniedAfterContainerPrompt(lines, p.Causes) || hostSocketSeenFrom.MatchString(whole) || deniedInServiceLog(p.Causes)
	p.SELinuxContainer = p.SELinuxDenied && strings.Contains(whole, "container_t")
	// A path as the shell got it: not a ~ or $VAR it would expand.
	if m := pasteValuesOnce().certPath.FindStringSubmatch(whole); m != nil && !strings.ContainsAny(m[1], "~$%") {
		p.CertPath = m[1]
	}
	return p
}

// matchesAll reports whether every pattern matches s.
func matchesAll(patterns []*regexp.Regexp, s string) bool {
	for _, p := range patterns {
		if !p.MatchString(s) {
			return false
		}
	}
	return true
}

// accessKinds are the kinds that mean Docker itself cannot be reached.
func accessKinds() []Kind {
	var out []Kind
	for _, k := range AllKinds() {
		if k.family() == "access" && k != KindUnknown && k.Severity() == SeverityError {
			out = append(out, k)
		}
	}
	return out
}

func hasAccessFailure[V any](byKind map[Kind]V) bool {
	for _, k := range accessKinds() {
		if _, ok := byKind[k]; ok {
			return true
		}
	}
	return false
}

// sudoSaidToWork tells a sentence that sudo docker works, not one that
// hedges, denies or asks it ("sudo docker ps no longer works"); the denial
// is read in the words that say it works, so "sudo docker ps works, plain
// docker doesn't" still says so.
func sudoSaidToWork(text string) bool {
	vals := pasteValuesOnce()
	at := vals.sudoSentence.FindStringIndex(text)
	if at == nil || vals.hedge.MatchString(text) {
		return false
	}
	asked := strings.HasPrefix(text[at[1]:], "?")
	return !asked && !vals.cliNotNow.MatchString(text[at[0]:at[1]])
}

// sudoWorks finds a statement that Docker works through sudo: docker-git's
// "Sudo probe: exit=0", a sentence saying so, or `sudo docker …` followed
// by its output (container or network ids, a table).
func sudoWorks(lines []pasteLine) ([]string, bool) {
	vals := pasteValuesOnce()
	for i, l := range lines {
		switch {
		case l.role == roleStatement && (vals.sudoWorks.MatchString(l.text) || sudoSaidToWork(l.text)):
			return []string{l.raw}, true
		case l.imperative && vals.sudoReport.MatchString(l.text) && !vals.hedge.MatchString(l.text):
			// "sudo docker ps returns valid response.": only its first
			// words made it read as advice.
			return []string{l.raw}, true
		case vals.sudoDocker.MatchString(l.text):
			// "$ sudo docker ps   # works": the paste's own note on it.
			if vals.worksComment.MatchString(l.text) {
				return []string{l.raw}, true
			}
			// Its output up to the next prompt must hold no access failure
			// (a pull prints "Using default tag" before failing), unless a
			// docker command without sudo follows it on the line (`sudo
			// docker network create web && docker compose up`): the failure
			// is that one's.
			if !vals.chainedDocker.MatchString(l.text) && accessFailureBeforeNextCommand(lines[i+1:]) {
				continue
			}
			if out, ok := commandOutput(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
			// `sudo docker logs` printing the container's log: the daemon
			// answered.
			if out, ok := outputLine(lines[i+1:]); ok && vals.sudoLogs.MatchString(l.text) && !vals.sudoRefusal.MatchString(strings.TrimSpace(out)) {
				return []string{l.raw, out}, true
			}
			if out, ok := serverSection(lines[i+1:]); ok && vals.versionOrInfo.MatchString(l.text) {
				return []string{l.raw, out}, true
			}
		case l.role == roleCommand && vals.sudoShell.MatchString(l.text):
			// The root shell's next command, if it is docker's, and its output.
			next, ok := nextCommand(lines[i+1:])
			if !ok || !vals.rootDocker.MatchString(lines[i+1+next].text) {
				continue
			}
			if out, ok := commandOutput(lines[i+2+next:]); ok {
				return []string{l.raw, lines[i+1+next].raw, out}, true
			}
		}
	}
	return nil, false
}

// unlessHolds reports whether rule's unless pattern vetoes its match in
// text: anywhere in the line, or, for a sentence-scoped rule, before the
// end of every match in its sentence (a hedge governs what follows it:
// "if docker isn't running", not "docker isn't running, make sure …").
func unlessHolds(rule textRule, text string) bool {
	if !rule.unlessInSentence {
		return rule.unless.MatchString(text)
	}
	for _, m := range rule.re.FindAllStringIndex(text, -1) {
		if !rule.unless.MatchString(sentenceBefore(text, m[0], m[1])) {
			return false
		}
	}
	return true
}

// sentenceBefore is the sentence of text that holds text[start:end], up
// to end: from after the last ". ", "! " or "? " before start.
func sentenceBefore(text string, start, end int) string {
	from := 0
	for _, sep := range []string{". ", "! ", "? "} {
		if i := strings.LastIndex(text[:start], sep); i >= 0 && i+len(sep) > from {
			from = i + len(sep)
		}
	}
	return text[from:end]
}

// accessFailureBeforeNextCommand reports whether a line of rest before the
// next prompt says Docker access failed.
//
// A docker command typed without a prompt ("docker run -it ubuntu bash"
// on a line of its own) starts the next command too.
func accessFailureBeforeNextCommand(rest []pasteLine) bool {
	for _, l := range rest {
		if l.role == roleCommand || pasteValuesOnce().bareDockerCommand.MatchString(l.text) {
			return false
		}
		if pasteValuesOnce().accessFailure.MatchString(l.text) {
			return true
		}
	}
	return false
}

// pasteWording is a wording of one kind's statements that lets its
// finding say more of what the paste shows, when every statement has it
// (and the paste matches pasteNeeds, when set): set records that on the Paste
// (varsFromPaste hands it to the template).
type pasteWording struct {
	kind       Kind
	re         *regexp.Regexp
	set        func(*Paste)
	pasteNeeds *regexp.Regexp
	// anyStatement: one statement showing it is enough (a fact of the
	// cause, not a way all its statements are worded).
	anyStatement bool
}

var pasteWordings = sync.OnceValue(func() []pasteWording {
	ci := func(pattern string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + pattern) }
	return []pasteWording{
		{kind: KindComposePluginMissing, re: ci(composeV1Missing + `|` + composeV1Broken + `|` + proseNotFound(`docker-compose(\.exe)?`)), set: func(p *Paste) { p.ComposeV1Missing = true }},
		{kind: KindDockerCLIMissing, re: ci(dockerCLIUnrunnable), set: func(p *Paste) { p.CLINotRunnable = true }},
		{kind: KindDockerCLIMissing, re: ci(dockerCLIAtPathMissing), set: func(p *Paste) { p.CLIAtPathMissing = true }},
		{kind: KindWSLIntegrationDisabled, re: ci(wslIntegrationStopped), set: func(p *Paste) { p.WSLIntegrationStopped = true }},
		{kind: KindDaemonUnreachable, re: ci(systemdNotRunning), set: func(p *Paste) { p.NoSystemd = true }},
		{kind: KindDaemonUnreachable, re: ci(daemonStartFailure), set: func(p *Paste) { p.DaemonStartFailed = true }},
		{kind: KindDaemonUnreachable, re: ci(dockerServiceMasked), set: func(p *Paste) { p.ServiceMasked = true }, anyStatement: true},
		{kind: KindDaemonUnreachable, re: ci(desktopWSLOutdated), set: func(p *Paste) { p.WSLUpdateNeeded = true }, anyStatement: true},
		{kind: KindSSHUnreachable, re: ci(`ChannelException\(2, 'Connect failed'\)|open failed: Connect failed`), set: func(p *Paste) { p.SSHChannelRefused = true }},
		// wsl.exe printing its usage for the --mount --vhd Docker Desktop
		// ran: a WSL too old to have that option.
		{kind: KindDaemonUnreachable, re: ci(`\bwsl\.exe\b.*--mount\b.*--vhd\b`), set: func(p *Paste) { p.WSLMountUnknown = true }, anyStatement: true,
			pasteNeeds: ci(`(?m)^\W*(Usage|Nutzung|Utilisation|Uso|Использование|用法|使用法)\s*:\s*wsl(\.exe)?\b`)},
		{kind: KindSocketPermissionDenied, re: ci(seLinuxSocketDenial), set: func(p *Paste) { p.SELinuxDenied = true }, anyStatement: true},
		{kind: KindSocketPermissionDenied, re: ci(seLinuxSuspected), set: func(p *Paste) { p.SELinuxSuspected = !p.SELinuxDenied }, anyStatement: true},
		{kind: KindDaemonUnreachable, re: ci(hostNotResolved), set: func(p *Paste) { p.HostNotResolved = true }},
		{kind: KindDockerCLIMissing, re: ci(dockerCLIRelativePath), set: func(p *Paste) { p.CLIRelativePath = true }},
		{kind: KindDockerCLIMissing, re: ci(desktopCLIShimBroken), set: func(p *Paste) { p.DesktopCLIShimBroken = true }},
		{kind: KindAPIVersionMismatch, re: ci(apiClientTooOld), set: func(p *Paste) { p.ClientTooOld = true }, anyStatement: true},
		{kind: KindAPIVersionMismatch, re: ci(apiDaemonTooOld), set: func(p *Paste) { p.DaemonTooOld = true }, anyStatement: true},
		// An exception Docker Desktop's engine start path threw.
		{kind: KindDaemonUnreachable, re: ci(desktopStartException), set: func(p *Paste) { p.DaemonStartFailed = true }, pasteNeeds: ci(desktopStartFrames)},
		{kind: KindDaemonUnreachable, re: ci(connectReasonUnsaid), set: func(p *Paste) { p.ConnectReasonUnsaid = true }},
		{kind: KindDaemonUnreachable, re: ci(proxyServerError), set: func(p *Paste) { p.ProxyAnswered = true }},
		{kind: KindDaemonUnreachable, re: ci(dockerFailureUnsaid), set: func(p *Paste) { p.DockerFailureUnsaid = true }},
		{kind: KindDaemonUnreachable, re: ci(scriptMessage), set: func(p *Paste) { p.ScriptMessageShown = true }},
		// Docker Desktop's refusal to run on an older macOS is its own line,
		// beside the statements of the daemon it never started.
		{kind: KindDaemonUnreachable, re: ci(`.`), pasteNeeds: ci(`\bThe application requires macOS \d+(\.\d+)* or later\b`), set: func(p *Paste) { p.MacOSTooOld = true }, anyStatement: true},
		{kind: KindEndpointInvalid, re: ci(clientRejectsEndpoint), set: func(p *Paste) { p.ClientRejectsEndpoint = true }},
		{kind: KindEndpointInvalid, re: ci(podmanConnectionInvalid), set: func(p *Paste) { p.PodmanConnectionInvalid = true }},
		// Nothing of ssh's stderr follows on the line.
		{kind: KindSSHUnreachable, re: ci(sshFailureUnsaid + `[^=]*(stderr=\s*)?$`), set: func(p *Paste) { p.SSHFailureUnsaid = true }},
		{kind: KindTLSError, re: ci(tlsFilesMissing), set: func(p *Paste) { p.TLSFilesMissing = true }},
	}
})

// anyMatch reports whether re matches one of statements.
func anyMatch(re *regexp.Regexp, statements []string) bool {
	for _, st := range statements {
		if re.MatchString(st) {
			return true
		}
	}
	return false
}

// allMatch reports whether re matches every one of statements.
func allMatch(re *regexp.Regexp, statements []string) bool {
	for _, st := range statements {
		if !re.MatchString(st) {
			return false
		}
	}
	return true
}

// nextCommand is the index in rest of the next prompt line.
func nextCommand(rest []pasteLine) (int, bool) {
	for j, l := range rest {
		if l.role == roleCommand {
			return j, true
		}
	}
	return 0, false
}

// serverSection finds the daemon's part of `docker version` or `docker
// info` output (printed only when the daemon answered) before the next
// command.
//
// `docker info` prints a bare "Server:" heading before its error too, so
// that heading counts only when the daemon's details follow it.
func serverSection(rest []pasteLine) (string, bool) {
	for i, l := range rest {
		if l.role == roleCommand {
			break
		}
		t := strings.TrimSpace(l.raw)
		if strings.HasPrefix(t, "Server: Docker Engine") || strings.HasPrefix(t, "Server Version:") || strings.HasPrefix(t, "Server version:") {
			return l.raw, true
		}
		if t == "Server:" {
			if next, ok := nextLine(rest[i+1:]); ok && pasteValuesOnce().serverDetail.MatchString(strings.TrimSpace(next.raw)) {
				return l.raw, true
			}
		}
	}
	return "", false
}

// cliWorks finds `docker ps` (without sudo) printing its table, or a
// statement that the docker CLI works or a socket was found elsewhere.
//
// It also finds a daemon serving another endpoint than the failing
// statements name: the current context of `docker context ls` (a table
// row marked "*" or JSON with "Current":true), a daemon process started
// with -H, or `docker -H ENDPOINT info` printing a daemon's answer.
func cliWorks(lines []pasteLine, failing []string) ([]string, bool) {
	vals := pasteValuesOnce()
	failed := strings.Join(failing, "\n")
	// A named pipe is no way in for a client that failed on a unix
	// socket (a WSL distro beside Windows), nor the other way round.
	failedOnPipe := strings.Contains(failed, "pipe") && !strings.Contains(failed, ".sock")
	elsewhere := func(endpoint string) bool {
		u, err := url.Parse(endpoint)
		if err != nil || endpoint == "unix://"+DefaultSocketPath || u.Scheme == "npipe" && !failedOnPipe || u.Scheme == "unix" && failedOnPipe {
			return false
		}
		where := u.Path
		if u.Scheme != "unix" && u.Scheme != "npipe" {
			where = u.Host
		}
		return where != "" && !strings.Contains(failed, where)
	}
	// The docker CLI's own failure ("docker: Cannot connect …"): a pull
	// it printed before is no other endpoint's answer.
	cliFailed := false
	for _, st := range failing {
		cliFailed = cliFailed || strings.HasPrefix(strings.TrimSpace(st), "docker: ")
	}
	startFailed := vals.daemonStartFailed.MatchString(failed)
	for i, l := range lines {
		named := []*regexp.Regexp{vals.currentContext, vals.currentContextJSON, vals.daemonProcess, vals.colimaSocket, vals.desktopAddress}
		if vals.machineRow.MatchString(l.text) {
			// `docker-machine ls` marks its active machine as `docker
			// context ls` marks its current context: one machine among
			// several, not where the failing client's daemon is.
			named = named[1:]
		}
		// systemd's record of a daemon process that ended, or a daemon's
		// command line when the failing statements show it failing to
		// start: it serves no endpoint.
		ended := vals.processEnded.MatchString(l.text) || startFailed
		for _, re := range named {
			if ended && re == vals.daemonProcess {
				continue
			}
			if m := re.FindStringSubmatch(l.text); m != nil && elsewhere(m[1]) {
				return []string{l.raw}, true
			}
		}
		// `docker version` through a context other than the default,
		// with the Server section its daemon answered with.
		if m := vals.versionContext.FindStringSubmatch(l.text); m != nil && m[1] != "default" {
			if out, ok := serverSection(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
		}
		// `docker -H ENDPOINT info` answered by a daemon at another
		// endpoint.
		if endpoint, ok := hostCommandEndpoint(l.text); ok {
			if out, ok := serverSection(lines[i+1:]); ok && elsewhere(endpoint) {
				return []string{l.raw, out}, true
			}
		}
		if l.role == roleCommand && vals.contextInspect.MatchString(l.text) {
			if out, ok := nextLine(lines[i+1:]); ok {
				if m := vals.bareEndpoint.FindStringSubmatch(out.text); m != nil && elsewhere(m[1]) {
					return []string{l.raw, out.raw}, true
				}
			}
		}
	}
	var otherHost string
	otherShellAt := firstOtherShell(lines)
	for _, l := range lines {
		if m := vals.otherHost.FindStringSubmatch(l.text); m != nil && m[1] != DefaultSocketPath {
			otherHost = l.raw
		}
	}
	for i, l := range lines {
		// "Sockets found:" and the sockets a tool found where it looked.
		if strings.HasPrefix(strings.ToLower(l.text), "sockets found:") {
			for _, n := range lines[i+1:] {
				t := strings.TrimSpace(n.text)
				if strings.HasSuffix(t, ".sock") && t != DefaultSocketPath {
					return []string{l.raw, n.raw}, true
				}
				if t == "" || !strings.HasPrefix(t, "/") {
					break
				}
			}
		}
		if l.role == roleStatement && vals.cliSentence.MatchString(l.text) && !vals.hedge.MatchString(l.text) && !vals.cliNotNow.MatchString(l.text) {
			return []string{l.raw}, true
		}
		// "export DOCKER_HOST=unix:///…/colima/…/docker.sock … solves the
		// issue": the daemon answers at that socket.
		if l.role == roleStatement && otherHost != "" && vals.fixSentence.MatchString(l.text) {
			return []string{otherHost, l.raw}, true
		}
		// (In a shell opened elsewhere, as another user or on another
		// machine, Docker answering says nothing of the failing session.)
		// (Nor does an answer the same CLI's later failure follows: the
		// daemon stopped answering since.)
		if l.role == roleCommand && vals.plainDockerPS.MatchString(l.text) && !vals.sudoDocker.MatchString(l.text) && i <= otherShellAt && !cliFailedAfter(lines, i, failing) {
			if out, ok := commandOutput(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
		}
		// Plain `docker run hello-world` printing its greeting.
		if vals.plainHelloWorld.MatchString(commandText(l)) && i <= otherShellAt && !cliFailedAfter(lines, i, failing) {
			for _, n := range lines[i+1:] {
				if n.role == roleCommand {
					break
				}
				if vals.dockerAnswered.MatchString(n.text) {
					return []string{l.raw, n.raw}, true
				}
			}
		}
		// A pull the docker CLI completed (its digest or final status after
		// "Pulling from"), as tools that shell out to it print it (dive);
		// not when a dockerd is started after it (a CI step pulling its
		// image, then running its own daemon, which the client dials).
		if vals.pullFrom.MatchString(l.text) && !cliFailed && !daemonStartedAfter(lines[i+1:]) {
			for _, n := range lines[i+1:] {
				if n.role == roleCommand || vals.accessFailure.MatchString(n.text) {
					break
				}
				if vals.pullDone.MatchString(n.text) {
					return []string{l.raw, n.raw}, true
				}
			}
		}
		// Plain `docker info` or `docker version`, typed or named in
		// prose, followed by the Server section its daemon answered with.
		if plainVersionOrInfo(lines, i) {
			if out, ok := serverSection(lines[i+1:]); ok {
				return []string{l.raw, out}, true
			}
		}
		// Prose naming plain `docker ps` ("I verify it by running `docker
		// ps`"), followed by its table with a container in it.
		if l.role != roleCommand && vals.plainDockerPS.MatchString(l.text) && !vals.sudoDocker.MatchString(l.text) {
			if table, ok := psTable(lines[i+1:]); ok {
				return append([]string{l.raw}, table...), true
			}
		}
	}
	return nil, false
}

// daemonStartedAfter reports whether one of lines runs dockerd.
func daemonStartedAfter(lines []pasteLine) bool {
	vals := pasteValuesOnce()
	for _, l := range lines {
		if vals.dockerdRun.MatchString(strings.TrimSpace(l.raw)) {
			return true
		}
	}
	return false
}

// cliFailedAfter reports whether plain docker, run at line i or after it,
// printed one of the failing statements after line i.
func cliFailedAfter(lines []pasteLine, i int, failing []string) bool {
	vals := pasteValuesOnce()
	cmd := commandText(lines[i])
	for _, l := range lines[i+1:] {
		if l.role == roleCommand {
			cmd = commandText(l)
			continue
		}
		if slices.Contains(failing, l.raw) && vals.dockerCommand.MatchString(cmd) && !vals.otherEndpoint.MatchString(cmd) {
			return true
		}
	}
	return false
}

// firstOtherShell is the index of the first command that opened a shell
// as another user or on another machine (ssh, su, multipass shell, …), or
// len(lines) when none did.
func firstOtherShell(lines []pasteLine) int {
	vals := pasteValuesOnce()
	for i, l := range lines {
		if vals.otherShell.MatchString(commandText(l)) {
			return i
		}
	}
	return len(lines)
}

// plainVersionOrInfo reports whether lines[i] starts what plain `docker
// version` or `docker info` printed: the command itself, typed or named,
// or the "Client:" heading of output pasted without its command (unless
// the command before it ran docker through sudo, -H or a context, or an
// access failure comes between them: `docker info` prints its Client
// section after the error too).
func plainVersionOrInfo(lines []pasteLine, i int) bool {
	vals := pasteValuesOnce()
	plain := func(l pasteLine) bool {
		text := l.text
		if cmd := commandText(l); cmd != "" {
			text = cmd
		}
		return vals.anyVersionOrInfo.MatchString(text) && !vals.sudoDocker.MatchString(text) && !vals.hostOrContextFlag.MatchString(text)
	}
	l := lines[i]
	if vals.versionOrInfo.MatchString(l.text) {
		return plain(l)
	}
	if l.text != "Client:" && !strings.HasPrefix(l.text, "Client: Docker Engine") {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		switch {
		case vals.accessFailure.MatchString(lines[j].text):
			return false
		case lines[j].role == roleCommand || vals.anyVersionOrInfo.MatchString(lines[j].text):
			return plain(lines[j])
		case lines[j].role == roleStatement && vals.elsewhereSentence.MatchString(lines[j].text):
			// "On the server, as root:": the output is another machine's
			// or another user's.
			return false
		}
	}
	// Output pasted without its command: only the docker CLI's own
	// headings say it is Docker's.
	for _, n := range lines[i+1 : min(len(lines), i+20)] {
		if vals.dockerEngineHeading.MatchString(n.text) {
			return true
		}
	}
	return false
}

// systemDaemonRunning finds `systemctl status docker` showing the system's
// docker.service active (running) while the failing statements name
// another endpoint than the default socket it serves (a Docker Desktop or
// rootless socket): the unit's header and its Active line.
func systemDaemonRunning(lines []pasteLine, failing []string) ([]string, bool) {
	failed := strings.Join(failing, "\n")
	if !strings.Contains(failed, "unix://") || strings.Contains(failed, DefaultSocketPath) || strings.Contains(failed, "unix:///run/docker.sock") {
		return nil, false
	}
	vals := pasteValuesOnce()
	for i, l := range lines {
		if !vals.systemUnitHeader.MatchString(l.text) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+4; j++ {
			if vals.unitActive.MatchString(lines[j].text) {
				return []string{l.raw, lines[j].raw}, true
			}
		}
	}
	return nil, false
}

// nextLine is the first non-blank line of rest, unless it is a command.
func nextLine(rest []pasteLine) (pasteLine, bool) {
	for _, l := range rest {
		if strings.TrimSpace(l.raw) != "" {
			return l, l.role != roleCommand
		}
	}
	return pasteLine{}, false
}

// namedEndpointRefused finds a connection refused (or unroutable) to a
// tcp:// endpoint the paste names in a line about Docker (a tool's "Docker
// URL", a DOCKER_HOST): a daemon on a port the rules do not know as
// Docker's. It returns the line naming the endpoint, the refused statement
// and that statement's line.
func namedEndpointRefused(lines []pasteLine) ([]string, int, bool) {
	vals := pasteValuesOnce()
	type named struct{ hostPort, line string }
	var endpoints []named
	for _, l := range lines {
		for _, m := range vals.dockerTCPEndpoint.FindAllStringSubmatch(l.text, -1) {
			endpoints = append(endpoints, named{hostPort: m[1] + m[2], line: l.raw})
		}
	}
	for i, l := range lines {
		if l.role != roleStatement || !vals.refused.MatchString(l.text) {
			continue
		}
		for _, e := range endpoints {
			if strings.Contains(l.text, e.hostPort) {
				return appendUnique([]string{e.line}, l.raw), i, true
			}
		}
	}
	return nil, 0, false
}

// otherEndpoint is the first endpoint the evidence names that the failing
// statements do not.
func otherEndpoint(evidence, failing []string) string {
	failed := strings.Join(failing, "\n")
	for _, l := range evidence {
		// A bare host in `docker -H HOST:PORT info` (an endpoint with its
		// scheme is found below).
		if endpoint, ok := hostCommandEndpoint(strings.Trim(strings.TrimSpace(l), "`")); ok && !strings.Contains(l, "://") && !strings.Contains(failed, strings.TrimPrefix(endpoint, "tcp://")) {
			return endpoint
		}
		for _, m := range pasteValuesOnce().endpoint.FindAllString(l, -1) {
			h := normaliseHost(strings.TrimLeft(m, " \t\"'=(`"))
			if h == "" {
				continue
			}
			if _, addr, err := ParseHost(h); err == nil && addr != "" && !strings.Contains(failed, addr) && socketEndpoint(h) {
				return h
			}
		}
	}
	return ""
}

// commandOutput reports whether the first non-blank lines after a command
// are its successful output: an id or a table header.
func commandOutput(rest []pasteLine) (string, bool) {
	out, ok := outputLine(rest)
	return out, ok && pasteValuesOnce().commandOK.MatchString(strings.TrimSpace(strings.Trim(out, "`")))
}

// outputLine is the first line of rest a command printed: past blank lines
// and sudo's password prompt.
func outputLine(rest []pasteLine) (string, bool) {
	for _, l := range rest {
		t := strings.TrimSpace(strings.Trim(l.raw, "`"))
		// Compose's warnings come before it asks the daemon anything.
		if t == "" || strings.HasPrefix(t, "[sudo] password for") || strings.HasPrefix(t, "WARNING: The ") {
			continue
		}
		return l.raw, true
	}
	return "", false
}

// hostCommandEndpoint is the endpoint a `docker -H ENDPOINT info` (or
// version) line asks, with or without a prompt; the CLI reads a bare
// host:port as tcp://.
func hostCommandEndpoint(line string) (string, bool) {
	m := pasteValuesOnce().hostCommand.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	if !strings.Contains(m[1], "://") {
		return "tcp://" + m[1], true
	}
	return m[1], true
}

// psTable is `docker ps` output at the start of rest: its header, then a
// container's row, or the header alone (no container to list); blank lines
// and code fences between are skipped.
func psTable(rest []pasteLine) ([]string, bool) {
	vals := pasteValuesOnce()
	var table []string
	for _, l := range rest {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(l.raw), "`"))
		if t == "" {
			continue
		}
		if len(table) == 0 && !vals.psHeader.MatchString(t) {
			return nil, false
		}
		if len(table) == 1 && !vals.psRow.MatchString(t) {
			// The header alone: docker ps prints it only after the
			// daemon answered, with no container to list.
			return table, true
		}
		if table = append(table, l.raw); len(table) == 2 {
			return table, true
		}
	}
	return table, len(table) == 1
}

// usermodJoin is a usermod (or gpasswd) command adding a user to a group:
// usermod's group and user, or gpasswd's user and group.
var usermodJoin = regexp.MustCompile(`^(?:sudo )?(?:usermod -a ?-?G ?([\w.-]+) (\S+)|gpasswd -a (\S+) ([\w.-]+))\s*$`)

// sessionRenewed is a command after which the shell may hold new groups
// (a new group shell or login, or the old session left).
var sessionRenewed = regexp.MustCompile(`^(?:sudo )?(?:newgrp|sg|su|login|exit|logout|reboot|exec su|ssh)\b`)

// reloggedSaid is the writer saying a new login (or reboot) did not help.
var reloggedSaid = regexp.MustCompile(`(?i)\bafter (a |the )?(reboot|rebooting|restart|restarting|re-?log(ging)? ?in|log(ging)? ?(out|off)|logout|re-?login)\b`)

// usermodThenDenied finds the paste's own usermod adding the user to a
// group, then, in the same shell (no new login or group shell between), a
// docker command refused the socket: the session does not hold the group
// it was just given.
func usermodThenDenied(lines []pasteLine, denials []string) (evidence []string, group string, ok bool) {
	said := statementsSet(denials)
	for _, l := range lines {
		if reloggedSaid.MatchString(l.text) {
			// The writer logged in again since: not a session that
			// predates the group.
			return nil, "", false
		}
	}
	usermod, last := "", ""
	for i, l := range lines {
		cmd := strings.TrimSpace(commandText(l))
		switch {
		case usermodJoin.MatchString(cmd):
			m := usermodJoin.FindStringSubmatch(cmd)
			group, usermod, last = m[1]+m[4], l.raw, ""
			if out, _ := outputLine(lines[i+1:]); usermodFailed.MatchString(out) {
				// The paste shows the usermod failing: nobody joined.
				usermod = ""
			}
		case sessionRenewed.MatchString(cmd):
			usermod = ""
		case cmd != "":
			last = cmd
		case usermod != "" && said.prints(l) && groupName(group) && pasteValuesOnce().bareDockerCommand.MatchString(last):
			// The refusal a docker command of that shell printed (not a
			// service's log).
			return []string{usermod, l.raw}, group, true
		}
	}
	return nil, "", false
}

// pendingGroup finds a session that lacks a group the user database
// lists the user in. The session's groups come from the first `id` output
// or a bare `groups`; the database's from `getent group`, `groups USER`, or
// an `id` that shows the group after `newgrp GROUP` succeeded.
func pendingGroup(lines []pasteLine) (evidence []string, group string, ok bool) {
	vals := pasteValuesOnce()
	var user, sessionLine string
	var session []string
	db := map[string]string{}         // group -> evidence line
	members := map[string][]string{}  // getent: group -> users
	memberLine := map[string]string{} // getent: group -> line
	newgrp := ""
	relogin := false // after `su USER`: the session that follows is new
	afterOtherLines := false
	for i, l := range lines {
		cmd := commandText(l)
		if vals.usermodCmd.MatchString(cmd) && afterOtherLines {
			// What the database says after the paste added the user is
			// the fix, not the state the error was printed in (a paste
			// that starts with the usermod shows the state after it).
			break
		}
		afterOtherLines = afterOtherLines || l.role == roleStatement || l.role == roleCommand
		switch {
		case vals.newgrpCmd.MatchString(cmd):
			newgrp = vals.newgrpCmd.FindStringSubmatch(cmd)[1]
		case vals.suLogin.MatchString(cmd) && session != nil:
			// A new login of the same user reads the database's groups.
			relogin = vals.suLogin.FindStringSubmatch(cmd)[1] == user
		case cmd == "exit" || strings.HasPrefix(l.text, "su: "):
			// Back in the old session, or the login failed.
			relogin = false
		case (cmd == "groups" || cmd == "id -nG" || cmd == "id -Gn") && relogin:
			if out, ok := nextLine(lines[i+1:]); ok {
				for _, g := range strings.Fields(out.text) {
					db[g] = out.raw
				}
			}
		case cmd == "groups" || cmd == "id -nG" || cmd == "id -Gn":
			if out, ok := nextLine(lines[i+1:]); ok && session == nil {
				session, sessionLine = strings.Fields(out.text), out.raw
				// groups names no user: the prompt's user@host does.
				if m := vals.promptUser.FindStringSubmatch(l.text); m != nil && user == "" {
					user = m[1]
				}
			}
		case vals.groupsOfUser.MatchString(cmd):
			if out, ok := nextLine(lines[i+1:]); ok {
				if m := vals.groupsOutput.FindStringSubmatch(out.text); m != nil {
					if user == "" {
						user = m[1]
					}
					for _, g := range strings.Fields(m[2]) {
						db[g] = out.raw
					}
				}
			}
		}
		if m := vals.idOutput.FindStringSubmatch(l.text); m != nil {
			groups := idGroups(m[2])
			switch {
			case newgrp != "":
				for _, g := range groups {
					if g == newgrp {
						db[g] = l.raw
					}
				}
			case session == nil:
				user, session, sessionLine = m[1], groups, l.raw
			}
		}
		if m := vals.groupMember.FindStringSubmatch(l.text); m != nil {
			members[m[1]] = strings.Split(m[2], ",")
			memberLine[m[1]] = l.raw
		}
	}
	if session == nil {
		// The writer's own account: `groups` lacks docker, /etc/group has it.
		for _, l := range lines {
			if m := vals.groupSentence.FindStringSubmatch(l.text); m != nil && l.role == roleStatement && !vals.hedge.MatchString(l.text) {
				// Group names are case-sensitive: the docker group's is
				// "docker", however the sentence capitalises it.
				return []string{l.raw}, strings.ToLower(m[3]), true
			}
		}
		return nil, "", false
	}
	for g, names := range members {
		for _, n := range names {
			if n == user {
				db[g] = memberLine[g]
			}
		}
	}
	for g, line := range db {
		if !strings.Contains(g, "docker") {
			continue
		}
		inSession := false
		for _, s := range session {
			inSession = inSession || s == g
		}
		if !inSession {
			return []string{line, sessionLine}, g, true
		}
	}
	return nil, "", false
}

// shellWithGroup finds Docker answering in a shell that `sg GROUP` or
// `newgrp GROUP` started (or in the one command `sg GROUP -c CMD` ran) after
// the paste showed the socket refusing the user: the user is in the group,
// the session that failed does not hold it. It returns the command and
// the answer's line.
func shellWithGroup(lines []pasteLine) (evidence []string, group string, ok bool) {
	vals := pasteValuesOnce()
	plainDocker := func(cmd string) bool {
		return vals.dockerCommand.MatchString(cmd) && !vals.otherEndpoint.MatchString(cmd)
	}
	for i, l := range lines {
		m := vals.groupShell.FindStringSubmatch(commandText(l))
		// root's shell answers without the group.
		if m == nil || vals.rootPrompt.MatchString(l.raw) {
			continue
		}
		group, run := m[1]+m[3], m[2]
		rest, ran := lines[i+1:], l.raw
		if run == "" {
			// A shell: its next command must ask plain docker, as the
			// same user.
			j, found := nextCommand(rest)
			if !found || !plainDocker(commandText(rest[j])) || vals.rootPrompt.MatchString(rest[j].raw) {
				continue
			}
			ran, rest = rest[j].raw, rest[j+1:]
		} else if !plainDocker(run) {
			continue
		}
		for _, out := range rest {
			if out.role == roleCommand {
				break
			}
			if vals.dockerAnswered.MatchString(out.text) {
				if ran == l.raw {
					return []string{l.raw, out.raw}, group, true
				}
				return []string{l.raw, ran, out.raw}, group, true
			}
		}
	}
	return nil, "", false
}

// idGroups lists the names in id's "groups=1000(ada),998(docker)".
func idGroups(list string) []string {
	var out []string
	for _, part := range strings.Split(list, ",") {
		if _, name, ok := strings.Cut(part, "("); ok {
			out = append(out, strings.TrimSuffix(name, ")"))
		}
	}
	return out
}

// readValues records the endpoint, controller and API URL the paste names.
func (p *Paste) readValues(lines []pasteLine) {
	vals := pasteValuesOnce()
	for _, l := range lines {
		if l.role != roleStatement {
			continue
		}
		if p.Host == "" {
			p.Host = hostOf(l.text)
		}
		if p.Container == "" && strings.Contains(l.text, controllerName) {
			p.Container = controllerName
		}
		if m := vals.bindPort.FindStringSubmatch(l.text); m != nil && p.APIPort == "" {
			p.APIPort = m[1]
		}
		if m := vals.nameInUse.FindStringSubmatch(l.text); m != nil && p.NameTaken == "" {
			p.NameTaken = m[1]
		}
		if m := vals.expectedRevision.FindStringSubmatch(l.text); m != nil && p.ExpectedRevision == "" {
			p.ExpectedRevision = m[1]
		}
		if m := vals.answeredRevision.FindStringSubmatch(l.text); m != nil && p.Revision == "" {
			p.Revision = m[1]
		}
		if p.APIURL == "" && strings.Contains(strings.ToLower(l.text), "docker-git") {
			if m := vals.apiURL.FindString(l.text); m != "" {
				p.APIURL = strings.TrimRight(m, ".")
			}
		}
	}
}

// cliNewEnough reports a paste whose `docker version` shows the CLI's API
// version at or above the minimum the daemon said it accepts.
// composeV1Shown is Compose v1 in a paste: its version line, a
// docker-compose command run, its Python frames, or its own "ERROR:" lead-in
// of the daemon's refusal.
var composeV1Shown = regexp.MustCompile(`(?im)docker-compose(\.exe)? version:? v?1\.\d+|(^|[\s$>#\x60])docker-compose(\.exe)?\s+(-\S+\s+\S+\s+)*(up|build|pull|run|start|create|ps|down|config)\b|compose[\\/]cli[\\/]main\.py|^\W*ERROR: client version \S+ is too old`)

// dockerCLICommand is a docker CLI command (not Compose v1's program).
var dockerCLICommand = regexp.MustCompile(`^(sudo )?docker(\.exe)? [a-z][\w-]*( |$)`)

// cliMadeRequest reports a statement whose nearest command line before it
// is the docker CLI's: the CLI made the request its statement answers.
func cliMadeRequest(lines []pasteLine, statements []string) bool {
	said := statementsSet(statements)
	last := ""
	for _, l := range lines {
		if c := strings.TrimSpace(commandText(l)); c != "" {
			last = c
			continue
		}
		if said.prints(l) && dockerCLICommand.MatchString(last) {
			return true
		}
	}
	return false
}

// composeV2Shown: the paste shows Compose v2 installed.
var composeV2Shown = regexp.MustCompile(`(?i)` + composeInstalled)

func cliNewEnough(whole string) bool {
	vals := pasteValuesOnce()
	minimum := vals.minimumAPI.FindStringSubmatch(whole)
	cli := vals.clientAPI.FindStringSubmatch(whole)
	if minimum == nil || cli == nil {
		return false
	}
	return !apiVersionLess(cli[1], minimum[1])
}

// apiVersionLess compares two API versions ("1.42" < "1.44").
func apiVersionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) || i < len(bs); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}

// The values a paste shows beside its error statements.
var (
	// userNamed is the old docker CLI's warning naming the user ("user
	// `vagrant` does not have permission to access the Docker daemon",
	// "Does `vagrant` belong to the `docker` group?"), or sudo's password
	// prompt.
	userNamed = regexp.MustCompile("\\buser `?([a-z_][\\w.-]*)`? does not have permission to access the Docker daemon|\\bDoes `?([a-z_][\\w.-]*)`? belong to the `?[\\w.-]+`? group\\?|^\\[sudo\\] password for ([a-z_][\\w.-]*):")
	// memberSaid is the writer saying the user is in a group ("my user
	// was already in the 'docker' group", "The user is part of the docker
	// group", "My user account is a member"), with the group when named.
	memberSaid = regexp.MustCompile(`(?i)(?:\b(?:(?:my|the|this) user(?: account)?|my account|user ` + "`?[\\w.-]+`?" + `|I) (?:is|was|am|have been|has been|had been)|\bI['’]m|\bI['’]ve been) (?:already )?(?:(?:a )?member of|part of|in|added to) (?:the )?['"‘’` + "`" + `]?([\w.-]*docker[\w.-]*)['"‘’` + "`" + `]? group\b|\b(?:my|the) user(?: account)? (?:is|was) (?:already )?a member\b`)
	// daemonGroupFlag is a daemon started with its socket's group
	// (dockerd -G 8000, --group docker).
	daemonGroupFlag = regexp.MustCompile(`\bdockerd\b.*?\s(?:-G|--group)[ =]([\w.-]+)`)
	// dockerHostPrinted is a shell printing its DOCKER_HOST.
	dockerHostPrinted = regexp.MustCompile(`^(?:echo "?\$\{?DOCKER_HOST\}?"?|printenv DOCKER_HOST)$`)
	// sshEndpointTyped is an ssh:// endpoint on a command line (podman
	// --url, docker -H, DOCKER_HOST=).
	sshEndpointTyped = regexp.MustCompile(`\bssh://[^\s"'` + "`" + `]+`)
	// commandTyped is a command typed without a prompt that may name an
	// endpoint.
	commandTyped = regexp.MustCompile(`^(?:sudo )?(?:docker(?:-compose)?|podman|export|DOCKER_HOST=)\b`)
)

// usermodFailed is usermod's (or the shell's) error for a usermod run.
var usermodFailed = regexp.MustCompile(`\busermod: |\b(usermod|gpasswd): (command )?not found\b`)

// typedUserName is a user's name as typed (not a $VAR the shell expands).
var typedUserName = regexp.MustCompile(`^[a-z_][\w.-]*$`)

// groupsListDocker is the output of `groups` (names) or `id` (groups=…)
// that lists the docker group.
var groupsListDocker = regexp.MustCompile(`^\s*(\S+ )*docker( \S+)*\s*$|\bgroups=\S*\(docker\)`)

// readShownValues records what the paste shows beside its error
// statements: the user running its commands, the group a daemon gave its
// socket or the writer says the user is in, an ssh endpoint typed for an
// ssh finding, and DOCKER_HOST as its shell printed it.
func (p *Paste) readShownValues(lines []pasteLine) {
	vals := pasteValuesOnce()
	p.User = pastedUser(lines)
	kinds := map[Kind]bool{}
	for _, c := range p.Causes {
		kinds[c.Kind] = true
	}
	for _, l := range lines {
		if m := daemonGroupFlag.FindStringSubmatch(l.text); m != nil && l.role != roleAdvice && p.Group == "" && groupName(m[1]) {
			p.Group = m[1]
		}
	}
	// The paste's own usermod names the user and the group it joins;
	// run before the socket's refusal, joining is what was already done.
	usermodGroup := ""
	denied := statementsOfKind(p.Causes, KindSocketPermissionDenied)
	usermodRun := false
	for i, l := range lines {
		if usermodRun && denied.prints(l) {
			if p.Group == "" || p.Group == usermodGroup {
				p.UserSaidInGroup = true
			}
			break
		}
		if l.role == roleAdvice || usermodRun {
			continue
		}
		if m := usermodJoin.FindStringSubmatch(strings.TrimSpace(commandText(l))); m != nil {
			group, user := m[1]+m[4], m[2]+m[3]
			if p.User == "" && user != "root" && typedUserName.MatchString(user) {
				p.User = user
			}
			if p.Group == "" && groupName(group) {
				p.Group = group
			}
			// Unless the paste shows it failing ("usermod: command not
			// found", "usermod: group 'docker' does not exist").
			out, _ := outputLine(lines[i+1:])
			usermodRun = !usermodFailed.MatchString(out)
			usermodGroup = group
		}
	}
	// `groups` or `id` run in the paste, listing the docker group: the
	// session that ran them holds it.
	for i, l := range lines {
		c := strings.TrimSpace(commandText(l))
		if c != "groups" && c != "id" || p.Group != "" && p.Group != "docker" {
			continue
		}
		if out, ok := outputLine(lines[i+1:]); ok && groupsListDocker.MatchString(out) {
			p.UserSaidInGroup, p.SessionInGroup, p.Group = true, true, "docker"
		}
		break
	}
	for _, l := range lines {
		m := memberSaid.FindStringSubmatchIndex(l.text)
		// Not in a question, nor hedged.
		if m == nil || l.role != roleStatement || vals.hedge.MatchString(l.text) || strings.HasPrefix(strings.TrimLeft(l.text[m[1]:], " `'\"’"), "?") {
			continue
		}
		// Group names are case-sensitive; the docker group's is
		// "docker", however the sentence writes it.
		said := ""
		if m[2] >= 0 {
			said = strings.ToLower(l.text[m[2]:m[3]])
		}
		// A user in another group than the socket's has not joined it.
		if said != "" && p.Group != "" && said != p.Group {
			break
		}
		p.UserSaidInGroup = true
		if p.Group == "" {
			p.Group = said
		}
		break
	}
	// An ssh failure's host: as ssh's statement names it, else as the
	// paste's command lines typed it.
	for _, c := range p.Causes {
		for _, st := range c.Statements {
			if p.Host == "" && sshKind(c.Kind) {
				p.Host = sshHostOf(plainText(st))
			}
		}
	}
	if p.Host == "" && (kinds[KindSSHAuthFailed] || kinds[KindSSHHostKeyUnknown] || kinds[KindSSHUnreachable]) {
		p.Host = typedSSHEndpoint(lines)
	}
	// DOCKER_HOST as the shell printed it, when the failing statements
	// do not name it: the endpoint where Docker answers.
	if h := printedDockerHost(lines); h != "" && !p.OtherFromSystemd {
		_, addr, _ := ParseHost(h)
		for _, c := range p.Causes {
			if c.Kind == KindAlternateSocketAvailable && p.OtherHost == "" && !strings.Contains(strings.Join(c.Statements, "\n"), addr) {
				p.OtherHost = h
			}
		}
		p.AlternateInEnv = p.OtherHost == h
	}
	p.PermissionFindingToo = kinds[KindSudoFallbackOnly] && (kinds[KindSocketPermissionDenied] || kinds[KindGroupMembershipPending])
}

// sshHostStated are ssh's and its clients' statements naming the host
// they failed to reach or log in to ("ssh: connect to host HOST port 22:
// …", "USER@HOST: Permission denied (publickey)", podman's "Connection
// to bastion host (ssh://USER@HOST:PORT/…)"): user, host and port.
var sshHostStated = []*regexp.Regexp{
	regexp.MustCompile(`\bssh: connect to host ()([\w.-]+) port (\d+):`),
	regexp.MustCompile(`(?:^|[\s:(])([a-z_][\w.-]*)@([\w.-]+)(): Permission denied \(`),
	regexp.MustCompile(`\bbastion host \(ssh://(?:([\w.-]+)@)?([\w.-]+)(?::(\d+))?[/)]`),
	regexp.MustCompile(`\bssh host key mismatch for host ()([\w.-]+)(?::(\d+))?`),
}

// maskedHost is a host name or path the writer masked ("161.xx.xx.xx",
// "***", "/Users/<name>/", "/Users/.../").
var maskedHost = regexp.MustCompile(`(?i)\*|xx|[<>\[\]]|\.\.`)

// sshHostOf is the ssh endpoint an ssh failure's statement names, as ssh
// takes it (ssh://[user@]host[:port]), "" when it names none or a masked
// one.
func sshHostOf(text string) string {
	for _, re := range sshHostStated {
		m := re.FindStringSubmatch(text)
		if m == nil || maskedHost.MatchString(m[2]) {
			continue
		}
		u := &url.URL{Scheme: "ssh", Host: m[2]}
		if m[1] != "" {
			u.User = url.User(m[1])
		}
		if m[3] != "" && m[3] != "22" {
			u.Host = net.JoinHostPort(m[2], m[3])
		}
		return u.String()
	}
	return ""
}

// sshKind reports an ssh failure's kind.
func sshKind(k Kind) bool {
	return k == KindSSHAuthFailed || k == KindSSHHostKeyUnknown || k == KindSSHUnreachable
}

// groupName reports a group's name, not its number: newgrp takes only
// names.
func groupName(g string) bool {
	return strings.Trim(g, "0123456789") != ""
}

// pastedUser is the one user other than root the paste shows running its
// commands: its prompts' user@host, id's uid=N(user), sudo's password
// prompt, the old CLI's warning ("" when it shows none, or several).
func pastedUser(lines []pasteLine) string {
	vals := pasteValuesOnce()
	users := map[string]bool{}
	for _, l := range lines {
		if l.role == roleAdvice {
			continue
		}
		var found []string
		if l.role == roleCommand {
			if m := vals.promptUser.FindStringSubmatch(strings.TrimSpace(l.raw)); m != nil {
				found = append(found, m[1])
			}
		}
		if m := vals.idOutput.FindStringSubmatch(l.text); m != nil {
			found = append(found, m[1])
		}
		if m := userNamed.FindStringSubmatch(l.text); m != nil {
			found = append(found, m[1]+m[2]+m[3])
		}
		for _, u := range found {
			// (Not a name the writer masked: "xxx".)
			if u != "root" && !maskedHost.MatchString(u) {
				users[u] = true
			}
		}
	}
	if len(users) != 1 {
		return ""
	}
	for u := range users {
		return u
	}
	return ""
}

// typedSSHEndpoint is the ssh endpoint the paste's command lines give
// (podman --url ssh://host, docker -H ssh://user@host), as ssh takes it:
// ssh://[user@]host[:port], without a socket path; "" when they give none
// or several hosts. A user stays only when every one of them names it.
func typedSSHEndpoint(lines []pasteLine) string {
	var found *url.URL
	sameUser := true
	for _, l := range lines {
		text := commandText(l)
		if text == "" && l.role != roleAdvice && commandTyped.MatchString(l.text) {
			text = l.text
		}
		for _, raw := range sshEndpointTyped.FindAllString(text, -1) {
			u, err := url.Parse(strings.TrimRight(raw, ".,;:)"))
			if err != nil || u.Hostname() == "" {
				continue
			}
			u = &url.URL{Scheme: "ssh", User: u.User, Host: u.Host}
			switch {
			case found == nil:
				found = u
			case found.Host != u.Host:
				return ""
			case found.User.String() != u.User.String():
				sameUser = false
			}
		}
	}
	if found == nil {
		return ""
	}
	if !sameUser {
		found.User = nil
	}
	return found.String()
}

// printedDockerHost is the endpoint the paste's shell printed for
// DOCKER_HOST (`echo $DOCKER_HOST` and the line after it), "" when none
// or no socket (a value cut short).
func printedDockerHost(lines []pasteLine) string {
	vals := pasteValuesOnce()
	for i, l := range lines {
		text := commandText(l)
		if text == "" && l.role != roleAdvice {
			text = strings.Trim(l.text, "`")
		}
		if !dockerHostPrinted.MatchString(text) {
			continue
		}
		if out, ok := outputLine(lines[i+1:]); ok {
			if m := vals.bareEndpoint.FindStringSubmatch(strings.TrimSpace(strings.Trim(out, "`"))); m != nil && socketEndpoint(m[1]) {
				return m[1]
			}
		}
	}
	return ""
}

// socketEndpoint reports an endpoint a client can dial as it is: a unix://
// one must name a socket file, not a directory (as a value cut short at
// "/" does), on a path the writer did not mask ("/Users/***/…").
func socketEndpoint(h string) bool {
	proto, addr, err := ParseHost(h)
	if err != nil {
		return false
	}
	if proto != "unix" {
		return true
	}
	return !strings.HasSuffix(addr, "/") && strings.Contains(strings.ToLower(path.Base(addr)), "sock") && !maskedHost.MatchString(addr)
}

// socketListing is `ls -l` of a docker socket (its group), groupAsked the
// old docker CLI's warning naming the socket's group.
var (
	socketListing = regexp.MustCompile(`(?m)^s[rwxsStT-]{9}[.+@]?\s+\d+\s+\S+\s+(\S+)\s+.*\bdocker\.sock\b`)
	groupAsked    = regexp.MustCompile("Does `?\\S+?`? belong to the `?([\\w.-]+?)`? group\\?")
)

// rootlessUnitShown is rootless Docker's systemd user unit in a paste.
var rootlessUnitShown = regexp.MustCompile(`\b(systemctl|journalctl) --user\b[^\n]*\bdocker\b|\.config/systemd/user/docker\.service\b`)

// remoteSocket is the socket the remote docker named in ssh's stderr.
var remoteSocket = regexp.MustCompile(`stderr=.*\bunix://(/[^\s"'.]+(?:\.[^\s"'.]+)*)`)

// hostOf is the Docker endpoint a statement names ("" when none).
func hostOf(text string) string {
	vals := pasteValuesOnce()
	// A JSON string's escaped slashes ("unix:\/\/\/var\/run\/docker.sock").
	text = strings.ReplaceAll(text, `\/`, "/")
	// The ssh command's host first: a socket named in its stderr is the
	// remote daemon's, reached through it.
	if m := vals.sshDialStdio.FindStringSubmatch(text); m != nil {
		if h := sshEndpointOfArgs(strings.Fields(m[1])); h != "" {
			return h
		}
	}
	for _, re := range vals.host {
		if m := re.FindStringSubmatch(text); m != nil {
			return normaliseHost(m[1])
		}
	}
	// The request URL of a client failing to connect over TCP (not the
	// placeholder host of the CLI's ssh helper).
	if m := vals.tcpRequest.FindStringSubmatch(text); m != nil && !strings.HasPrefix(m[1], "docker.example.com") {
		return "tcp://" + m[1]
	}
	// A tcp:// endpoint a client library names in its own failure to
	// connect (aiodocker's "Cannot connect to Docker Engine via
	// tcp://10.0.7.12:2376/ [Connect call failed …]").
	if m := tcpConnectFailed.FindStringSubmatch(text); m != nil && !maskedHost.MatchString(m[1]) {
		return "tcp://" + m[1]
	}
	return ""
}

// tcpConnectFailed is a statement failing to connect to a tcp:// endpoint
// it names, in the same sentence.
var tcpConnectFailed = regexp.MustCompile(`(?i)\b(?:cannot|can't|could not|couldn't|unable to|failed to|error while|error) (?:connect|connecting|reach|dial)\b[^\n]*?\btcp://([\w.-]+:\d+)\b`)

// sshEndpointOfArgs is the ssh:// endpoint the docker CLI's ssh command
// line reaches ("-o ConnectTimeout=30 -T -l deploy -p 2222 -- host"), ""
// when it names no host.
func sshEndpointOfArgs(args []string) string {
	var user, port string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--":
			if i+1 >= len(args) {
				return ""
			}
			u := &url.URL{Scheme: "ssh", Host: args[i+1]}
			if at := strings.LastIndex(args[i+1], "@"); at >= 0 {
				u.User, u.Host = url.User(args[i+1][:at]), args[i+1][at+1:]
			}
			if user != "" {
				u.User = url.User(user)
			}
			if port != "" {
				u.Host = net.JoinHostPort(u.Host, port)
			}
			return u.String()
		case (a == "-l" || a == "-p" || a == "-o" || a == "-F" || a == "-i") && i+1 < len(args):
			if a == "-l" {
				user = args[i+1]
			} else if a == "-p" {
				port = args[i+1]
			}
			i++
		}
	}
	return ""
}

// normaliseHost turns what a message prints into a DOCKER_HOST value.
// cutSocketName is a socket path cut inside docker.sock's name.
var cutSocketName = regexp.MustCompile(`/docker\.(s|so|soc)$`)

func normaliseHost(h string) string {
	h = strings.TrimRight(h, `.,:;"'`+"`")
	if strings.HasPrefix(strings.ToUpper(h), "%2F") {
		// A request URL's encoded pipe or socket path.
		if decoded, err := url.PathUnescape(h); err == nil {
			h = decoded
		}
	}
	if strings.HasPrefix(h, "unix://") && !strings.HasPrefix(h, "unix:///") && strings.HasSuffix(h, ".sock") {
		// docker-py's unix://var/run/docker.sock, the socket
		// /var/run/docker.sock (docker-py reads the path as absolute).
		h = "unix:///" + h[len("unix://"):]
	}
	if cutSocketName.MatchString(h) {
		// The line was cut inside the socket's name ("docker.so"): no
		// endpoint is known.
		return ""
	}
	switch {
	case strings.HasPrefix(h, "/") && !strings.HasPrefix(h, "//"):
		return "unix://" + h
	case strings.HasPrefix(h, "//./pipe/"):
		return "npipe://" + h
	}
	if u, err := url.Parse(h); err == nil && u.Scheme != "" {
		return h
	}
	return ""
}

// Explain builds findings for a pasted message: each cause with its
// remediation, its statements from the paste as evidence, and text that
// speaks of the paste, not of this machine.
func Explain(text string, cat Catalog) []Finding {
	return ExplainOn(text, cat, Platform{})
}

// ExplainOn is Explain with commands for the platform the reader runs them
// on (this machine's, measured by the probe); an unprobed platform gets the
// usual Debian and systemd commands.
func ExplainOn(text string, cat Catalog, on Platform) []Finding {
	// Redact the whole paste before it is split into lines: a private key
	// spans many.
	p := ReadPaste(Redact(text))
	out := make([]Finding, 0, len(p.Causes))
	for _, c := range p.Causes {
		rem := cat.Remedy(c.Kind)
		// Each finding speaks of the endpoint its own statements name,
		// the paste's first one when they name none.
		p := p
		for _, s := range c.Statements {
			h := hostOf(plainText(s))
			if h == "" && sshKind(c.Kind) {
				// The host ssh itself names.
				h = sshHostOf(plainText(s))
			}
			if h != "" {
				p.Host = h
				// The remote daemon's socket, as ssh's stderr names it.
				if m := remoteSocket.FindStringSubmatch(s); m != nil && strings.HasPrefix(h, "ssh://") {
					p.RemoteSocket = m[1]
				}
				break
			}
		}
		vars := varsFromPaste(p)
		plat := platformOfCause(c, p, platformOfPaste(p, on))
		if plat.OS == "windows" {
			plat.DesktopExe = p.DesktopExe
		}
		vars.setPlatform(plat)
		// The app's own start command is what the paste shows failing.
		vars.AppStartShown = p.AppRun != "" && plat.Install == p.AppRun && p.DaemonStartFailed
		if plat.Install == InstallColima && p.AppLog != "" {
			// The host agent's log where the paste says it is (Lima's
			// directory differs between Colima releases).
			vars.DaemonLogs = "tail -n 50 " + ShellQuote(p.AppLog)
		}
		// This tool, and this machine's daemon log, as the probe found
		// them, when the finding's commands are this machine's.
		if on.Self != "" {
			vars.Self = on.Self
		}
		if on.Attempted && plat.OS == on.OS && plat.Install == on.Install {
			vars.DaemonLogMissing = on.DaemonLogMissing
		}
		if c.Kind == KindTLSError && !p.TLSFilesMissing {
			if t := tlsFailureOfStatements(c.Statements); t != "" {
				vars.TLSFailure = string(t)
			}
		}
		title, expl := rem.Filled(vars)
		ev := make([]string, 0, len(c.Statements)+1)
		for _, s := range c.Statements {
			ev = append(ev, "pasted: "+s)
		}
		if len(ev) == 0 {
			ev = append(ev, "pasted text: no Docker error statement recognised")
		}
		severity := c.Kind.Severity()
		if c.Kind == KindUnknown {
			// Nothing in the paste shows a failure this tool knows: it
			// claims no error.
			severity = SeverityInfo
		}
		out = append(out, Finding{
			Kind:        c.Kind,
			Severity:    severity,
			Source:      SourcePaste,
			Title:       title,
			Explanation: expl,
			Evidence:    RedactAll(ev),
			Checklist:   rem.Render(vars, Facts{}),
		})
	}
	return out
}

// Kinds lists the kinds of causes, in order.
func Kinds(cs []PasteCause) []Kind {
	return Paste{Causes: cs}.Kinds()
}

// The signs that the client which failed to reach a socket runs inside a
// container: the writer's statement that it does, introducing the error
// ("My web-app runs in a container, and … I get the following error", "I
// created a docker container with pack that tried to publish …, however I
// got the following error"); a container's own shell prompt (root@ and the
// container's 12-hex id) before the failure; or a `docker run` of the tool
// whose failure is not the docker CLI's own. A docker.sock mount, or a
// daemon of the container's own (docker:dind), shown anywhere says the
// socket is not simply unmounted.
var (
	containerSaid      = regexp.MustCompile(`(?i)\b(?:(?:runs?|running|run|is running) (?:in|inside|within|from) (?:a|an|the|my|our|its) (?:docker )?container\b|(?:from )?(?:inside|within) (?:a|an|the|my|our) (?:docker )?container\b|\bcreated an? (?:docker )?container with\b)`)
	containerSaidError = regexp.MustCompile(`(?i)\b(?:error|errors|fail|fails|failed|get|got|getting)\b`)
	containerPrompt    = regexp.MustCompile(`^root@[0-9a-f]{12}:[^\s$#]*# \S`)
	containerRunCmd    = regexp.MustCompile(`^(?:sudo )?docker (?:container )?run\s`)
	socketMounted      = regexp.MustCompile(`docker\.sock:/|docker_engine:|(?:\s-v\s*|--volume[ =])/(?:var/)?run/?:|\bdind\b|--privileged\b|(?i)docker-in-docker`)
	// containerDaemon is the daemon as what runs in the container ("docker
	// fails to start within a container", "install Docker inside the
	// container").
	containerDaemon = regexp.MustCompile(`(?i)\b(?:dockerd?|daemon|engine)\b`)
	// cliOwnWords are the docker CLI's own words failing to connect: a
	// `docker run` printing them failed itself, before any container ran.
	cliOwnWords = regexp.MustCompile(`(?i)Cannot connect to the Docker daemon|Is the docker daemon running|^docker: |error during connect|\bdial (?:unix|tcp)\b|^(?:FATA\[\d+\] )?(?:Get|Post|Head) "?https?://`)
)

// clientInContainer reports whether the paste shows the client whose
// daemon-unreachable statements name a unix socket (or no endpoint) running
// inside a container with no docker.sock mounted, and the `docker run` line
// it shows starting it ("" when none). Advice and questions are no
// evidence.
// opkgClientOnly is `opkg files docker` listing the client alone.
var opkgClientOnly = regexp.MustCompile(`(?m)^Package docker \([^)]*\) is installed on \S+ and has the following files:\s*\n\s*/usr/bin/docker\s*(\n\s*(\x60{3})?\s*$|\z)`)

// limaHostAgentLog is the path of Lima's host agent log a paste names (as
// its hint "see …/ha.stderr.log" does).
var limaHostAgentLog = regexp.MustCompile(`((?:~|/Users/[^/\s"']+|/home/[^/\s"']+)/\.(?:lima|colima)/[^\s"']*ha\.stderr\.log)`)

// hostSocketNotShared is a tool in a container saying the host's socket is
// not shared with it; hostSocketSeenFrom is one naming the socket it sees
// as the host's.
var (
	hostSocketNotShared = regexp.MustCompile(`(?i)\byou need to share your Docker host socket\b`)
	hostSocketSeenFrom  = regexp.MustCompile(`(?i)\bDocker host socket at \S+ is not (readable|writable)\b`)
)

// deniedInServiceLog reports socket denials all printed on a Compose
// service's log lines ("traefik_1  | … permission denied"): a container's
// process was refused the socket mounted into it.
func deniedInServiceLog(causes []PasteCause) bool {
	for _, c := range causes {
		if c.Kind == KindSocketPermissionDenied {
			return len(c.Statements) > 0 && allMatch(pasteValuesOnce().serviceLogLine, c.Statements)
		}
	}
	return false
}

// anyContainerPrompt is a shell prompt in a container: any user at a host
// named by the container's 12-digit id.
var anyContainerPrompt = regexp.MustCompile(`^\S+@[0-9a-f]{12}:[^\s$#]*[$#] \S`)

// deniedAfterContainerPrompt reports a socket denial the paste shows after
// a command typed at a container's prompt: the client in the container
// reached the socket mounted into it, and its user was refused.
func deniedAfterContainerPrompt(lines []pasteLine, causes []PasteCause) bool {
	said := statementsOfKind(causes, KindSocketPermissionDenied)
	if len(said) == 0 {
		return false
	}
	prompt := false
	for _, l := range lines {
		if commandText(l) != "" {
			prompt = anyContainerPrompt.MatchString(strings.TrimSpace(l.raw))
			continue
		}
		if prompt && said.prints(l) {
			return true
		}
	}
	return false
}

func clientInContainer(lines []pasteLine, causes []PasteCause, whole string, daemonStartShown bool) (bool, string) {
	var failing []string
	for _, c := range causes {
		if c.Kind == KindDaemonUnreachable {
			failing = c.Statements
		}
	}
	if len(failing) == 0 || daemonStartShown {
		return false, ""
	}
	// A containerised tool's own words that the host's socket is not
	// mounted into its container.
	if anyMatch(hostSocketNotShared, failing) {
		return true, ""
	}
	if socketMounted.MatchString(whole) {
		return false, ""
	}
	for _, s := range failing {
		if h := hostOf(plainText(s)); h != "" && !strings.HasPrefix(h, "unix://") {
			return false, ""
		}
	}
	said := statementsSet(failing)
	vals := pasteValuesOnce()
	var runs []string
	dockerCommands := 0
	prompt := false
	for _, l := range lines {
		if l.role == roleAdvice {
			continue
		}
		if said.prints(l) {
			if prompt {
				return true, ""
			}
		}
		cmd := commandText(l)
		if cmd != "" {
			prompt = containerPrompt.MatchString(strings.TrimSpace(l.raw))
		} else if l.role == roleStatement && vals.bareDockerCommand.MatchString(l.text) {
			cmd = l.text
		}
		if cmd != "" && vals.bareDockerCommand.MatchString(cmd) {
			dockerCommands++
			if containerRunCmd.MatchString(cmd) {
				runs = append(runs, cmd)
			}
		}
		if l.role != roleStatement || strings.HasSuffix(strings.TrimSpace(l.text), "?") {
			continue
		}
		// The writer's sentence, up to its question if it asks one.
		m := containerSaid.FindStringIndex(l.text)
		if m == nil {
			continue
		}
		// Its own sentence: what comes before the statement, and after it
		// up to the sentence's end.
		before, after := l.text[:m[0]], l.text[m[1]:]
		if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
			before = before[i+1:]
		}
		if i := strings.IndexAny(after, ".!?"); i >= 0 && (i+1 == len(after) || after[i+1] == ' ') {
			if after[i] == '?' {
				continue
			}
			after = after[:i]
		}
		if containerSaidError.MatchString(after) && !vals.hedge.MatchString(before) && !containerDaemon.MatchString(before) {
			return true, ""
		}
	}
	// The one docker command the paste shows is a `docker run` of the
	// tool, and what failed is not the CLI's own words.
	if len(runs) == 1 && dockerCommands == 1 && !anyMatch(cliOwnWords, failing) {
		if strings.HasSuffix(runs[0], `\`) {
			// Continued on lines not read as one.
			return true, ""
		}
		return true, runs[0]
	}
	return false, ""
}
