package model

import (
	"fmt"
	"strconv"
	"strings"
)

// SocketMountTarget is where a host-runtime controller must see the daemon
// socket: the runtime contract of docker-git-api.
const SocketMountTarget = DefaultSocketPath

func (c *classifier) controller() {
	ct := c.s.Controller
	if !c.s.Daemon.OK {
		c.set(CheckController, StatusSkipped, "daemon is not reachable")
		return
	}
	if !ct.Attempted {
		return
	}
	if ct.Fault != nil && !ct.Exists && !ct.Fault.Is(ErrNotExist) {
		c.set(CheckController, StatusFail, "inspect failed: %s", ct.Fault.Message)
		c.add(KindUnknown, CheckController, fmt.Sprintf("inspecting container %s failed", c.wanted()), faultText(ct.Fault))
		return
	}
	running := ct.Exists && ct.State == ContainerRunning
	if !running && c.has(KindComposePluginMissing) {
		c.escalate(KindComposePluginMissing, "the controller is not running, and docker-git starts it with `docker compose`")
	}
	portCause := c.portTaken()
	if sq := ct.Squatter; sq != nil {
		c.add(KindControllerNameTaken, CheckController,
			fmt.Sprintf("container %s (image %s, %s) holds the name but is not docker-git's: %s", sq.Name, orWord(sq.Image, "unknown"),
				orWord(sq.State, "state unknown"), composeLabels(sq.Project, sq.Service)),
			fmt.Sprintf("docker-git's `docker compose up` fails with: container name \"/%s\" is already in use", sq.Name))
	}
	if !ct.Exists {
		c.notCreated(portCause)
		return
	}
	if ct.ByLabels {
		c.add(KindControllerNameMismatch, CheckController,
			fmt.Sprintf("no container is named %s, but %s carries docker-git's labels (%s=%s, %s=%s)",
				c.wanted(), ct.Name, LabelComposeProject, ComposeProject, LabelComposeService, ComposeService),
			fmt.Sprintf("the shell that created it had DOCKER_GIT_API_CONTAINER_NAME=%s", ct.Name))
	}
	c.set(CheckController, StatusOK, "%s", c.controllerLine())
	switch ct.State {
	case ContainerRunning:
	case ContainerRestarting:
		c.add(KindControllerRestarting, CheckController,
			fmt.Sprintf("container %s is restarting (restart count %d, last exit code %d)", ct.Name, ct.RestartCount, ct.ExitCode),
			errorLine(ct.Error))
	default:
		ev := []string{fmt.Sprintf("container %s is %s, exit code %d", ct.Name, ct.State, ct.ExitCode)}
		if ct.OOMKilled {
			ev = append(ev, "it was killed for running out of memory (OOMKilled)")
		}
		ev = append(ev, errorLine(ct.Error))
		c.add(KindControllerNotRunning, CheckController, ev...)
	}
	c.socketMount()
}

// wanted is the configured controller name.
func (c *classifier) wanted() string {
	return orWord(c.s.Controller.Wanted, c.s.Controller.Name)
}

// runtime is the controller's Docker runtime as docker-git reads it, and
// where it was read: DOCKER_GIT_DOCKER_RUNTIME ("" or "host" is host,
// "isolated" is isolated, anything else is invalid and mode is ""), else the
// runtime part of a revision, else host (docker-git's reading of an unset
// variable).
func (c *classifier) runtime() (mode, source string) {
	ct := c.s.Controller
	switch ct.Runtime {
	case RuntimeHost, RuntimeIsolated:
		return ct.Runtime, EnvRuntime + "=" + ct.Runtime
	case "":
	default:
		return "", fmt.Sprintf("%s=%s, which docker-git rejects (it takes host or isolated)", EnvRuntime, ct.Runtime)
	}
	for _, r := range []struct{ rev, where string }{
		{c.s.API.Revision, "/health"}, {ct.EnvRevision, EnvControllerRevision}, {ct.ImageRevision, "image label"},
	} {
		if m := RuntimeOfRevision(r.rev); m != "" {
			return m, fmt.Sprintf("revision %s (%s)", r.rev, r.where)
		}
	}
	return RuntimeHost, EnvRuntime + " unset, which docker-git reads as host"
}

// socketMount checks the daemon socket mount of a host-runtime controller.
// An isolated controller runs its own dockerd and mounts no socket.
func (c *classifier) socketMount() {
	ct := c.s.Controller
	mode, source := c.runtime()
	if mode == RuntimeIsolated {
		return
	}
	why := fmt.Sprintf("its runtime is host (%s): it drives the host's daemon through %s", source, SocketMountTarget)
	if mode == "" {
		why = fmt.Sprintf("its runtime is unknown (%s), so it is checked as a host-runtime controller, which needs %s", source, SocketMountTarget)
	}
	if !ct.MountsSocket {
		mounts := "none"
		if len(ct.Mounts) > 0 {
			mounts = strings.Join(ct.Mounts, ", ")
		}
		c.add(KindControllerSocketNotMounted, CheckController,
			fmt.Sprintf("container %s does not bind-mount the daemon socket at %s", ct.Name, SocketMountTarget),
			why, "its mounts: "+mounts)
		return
	}
	daemonSock := c.s.Endpoint.SocketPath()
	switch {
	case ct.SourceType == "":
		// The daemon is not on this host: its paths cannot be checked here.
	case ct.SourceType == "missing":
		c.add(KindControllerSocketNotMounted, CheckController,
			fmt.Sprintf("container %s mounts %s from %s, which does not exist on this host", ct.Name, SocketMountTarget, ct.SocketSource),
			why, fmt.Sprintf("this daemon listens on %s", orWord(daemonSock, c.s.Endpoint.Host)))
	case ct.SourceType != "socket":
		c.add(KindControllerSocketNotMounted, CheckController,
			fmt.Sprintf("container %s mounts %s from %s, which on this host is %s, not a socket", ct.Name, SocketMountTarget, ct.SocketSource, withArticle(ct.SourceType)),
			"Docker creates an empty directory at a bind-mount source that does not exist when the container is created",
			why, fmt.Sprintf("this daemon listens on %s", orWord(daemonSock, c.s.Endpoint.Host)))
	case !ct.SourceIsDaemon && daemonSock != "":
		c.add(KindControllerSocketNotMounted, CheckController,
			fmt.Sprintf("container %s mounts %s from %s, but this daemon listens on %s", ct.Name, SocketMountTarget, ct.SocketSource, daemonSock),
			why, "the controller reaches another daemon (or none) through that socket, not the one your docker commands use")
	}
}

// notCreated reports a controller that does not exist: a warning while
// docker-git can create it, an error with its cause when it cannot.
func (c *classifier) notCreated(portCause string) {
	ct := c.s.Controller
	gone := fmt.Sprintf("the daemon has no container named %q and none labelled %s=%s, %s=%s",
		c.wanted(), LabelComposeProject, ComposeProject, LabelComposeService, ComposeService)
	if ct.Squatter != nil {
		gone = fmt.Sprintf("the container named %q is not docker-git's, and none is labelled %s=%s, %s=%s",
			c.wanted(), LabelComposeProject, ComposeProject, LabelComposeService, ComposeService)
	}
	var causes []string
	cli := c.s.CLI
	switch {
	case cli.Attempted && !cli.Found:
		causes = append(causes, "docker-git cannot create it: the docker CLI is not on PATH")
	case cli.Attempted && !cli.ComposeFound:
		causes = append(causes, "docker-git cannot create it: Compose v2 (`docker compose`) is missing")
	}
	if portCause != "" {
		causes = append(causes, "docker-git cannot create it: "+portCause)
	}
	if ct.Squatter != nil {
		causes = append(causes, fmt.Sprintf("docker-git cannot create it: container %s already holds its name", ct.Squatter.Name))
	}
	if c.has(KindRemoteAPIURLRequired) {
		causes = append(causes, "docker-git stops before creating it: "+RemoteDockerMessage)
	}
	if len(causes) > 0 {
		c.set(CheckController, StatusFail, "no controller, and docker-git cannot create it%s", c.checkoutNote())
		c.add(KindControllerMissing, CheckController, append([]string{gone}, causes...)...)
		return
	}
	c.set(CheckController, StatusWarn, "%s not created yet%s", c.wanted(), c.checkoutNote())
	ev := []string{gone}
	if cli.Attempted && cli.ComposeFound {
		ev = append(ev, fmt.Sprintf("Compose v2 is installed (docker compose %s)", orWord(cli.ComposeVersion, "version unknown")))
	}
	if p := c.s.Port; p.Attempted && p.Fault == nil && len(p.Listeners) == 0 {
		ev = append(ev, fmt.Sprintf("port %d on %s is free", p.Port, p.Host))
	}
	c.add(KindControllerNotCreated, CheckController, ev...)
}

// portTaken reports controller-port-taken when a process other than the
// controller's own port proxy listens on the API port, and returns the
// cause line for a controller that cannot be created ("" when the port is
// free or unknown).
func (c *classifier) portTaken() string {
	p, ct := c.s.Port, c.s.Controller
	if !p.Attempted || p.Fault != nil || len(p.Listeners) == 0 {
		return ""
	}
	port := strconv.Itoa(p.Port)
	if ct.Exists && ct.State == ContainerRunning {
		for _, b := range ct.Ports {
			if b.HostPort == port {
				return "" // the listener is the controller's own port proxy
			}
		}
	}
	ev := []string{}
	for _, l := range p.Listeners {
		switch {
		case l.PID == 0:
			ev = append(ev, fmt.Sprintf("%s is held by a process of uid %d that this user cannot see: run `sudo ss -ltnp 'sport eq %d'` to name it", l.Addr, l.UID, p.Port))
		case l.IsDockerProxy():
			ev = append(ev, fmt.Sprintf("%s is held by pid %d: %s (another container publishes this port: `docker ps --filter publish=%d`)", l.Addr, l.PID, l.Command, p.Port))
		default:
			ev = append(ev, fmt.Sprintf("%s is held by pid %d: %s", l.Addr, l.PID, l.Command))
		}
	}
	ev = append(ev, fmt.Sprintf("docker-git's `docker compose up` then fails with: Bind for %s:%d failed: port is already allocated", p.Host, p.Port))
	c.add(KindControllerPortTaken, CheckController, ev...)
	return fmt.Sprintf("port %d on %s is held by another process", p.Port, p.Host)
}

// controllerLine is the controller panel's detail for an existing controller.
func (c *classifier) controllerLine() string {
	ct := c.s.Controller
	parts := []string{fmt.Sprintf("%s: %s", ct.Name, ct.State)}
	switch mode, _ := c.runtime(); {
	case mode == "":
		parts = append(parts, "runtime invalid ("+EnvRuntime+"="+ct.Runtime+")")
	case ct.Runtime == "" && RuntimeOfRevision(c.s.API.Revision+ct.EnvRevision+ct.ImageRevision) == "" && mode == RuntimeHost:
		parts = append(parts, "runtime host (unset)")
	default:
		parts = append(parts, "runtime "+mode)
	}
	if ct.Health != "" {
		parts = append(parts, "Docker health "+ct.Health)
	}
	parts = append(parts, "ports "+portList(ct.Ports))
	if ct.SocketSource != "" {
		src := "socket from " + ct.SocketSource
		if ct.SourceIsDaemon {
			src += " (this daemon's)"
		}
		parts = append(parts, src)
	}
	return strings.Join(parts, ", ") + c.checkoutNote()
}

// checkoutNote names the docker-git checkout this tool runs in.
func (c *classifier) checkoutNote() string {
	d := c.s.DockerGit
	switch {
	case d.Checkout == "":
		return ""
	case d.HasCtl && !d.CtlUsable():
		// ./ctl passes no --project-name: from a directory not named
		// docker-git it manages another compose project than the CLI.
		return fmt.Sprintf("; checkout %s (its ./ctl runs compose project %q, not %s)", d.Checkout, d.CtlProject, ComposeProject)
	}
	return "; checkout " + d.Checkout
}

// withArticle puts "a" or "an" before a noun phrase.
func withArticle(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

func composeLabels(project, service string) string {
	switch {
	case project == "" && service == "":
		return "it has no compose labels"
	case service == ComposeService:
		// ./ctl passes no --project-name: compose names the project after
		// the checkout directory, while docker-git's CLI pins docker-git.
		return fmt.Sprintf("it is service api of compose project %q, not %q (./ctl creates that from a checkout directory named %s)", project, ComposeProject, project)
	}
	return fmt.Sprintf("its compose labels are project %q, service %q", project, service)
}

func errorLine(e string) string {
	if e == "" {
		return ""
	}
	return "daemon error: " + e
}

func portList(ps []PortBinding) string {
	if len(ps) == 0 {
		return "none published"
	}
	parts := make([]string, 0, len(ps))
	for _, p := range ps {
		parts = append(parts, fmt.Sprintf("%s:%s->%s", p.HostIP, p.HostPort, p.ContainerPort))
	}
	return strings.Join(parts, " ")
}

// dockerHealth is Docker's own health status as evidence, when the image
// defines a HEALTHCHECK (docker-git's does not: /health is its signal).
func (c *classifier) dockerHealth() string {
	if h := c.s.Controller.Health; h != "" {
		return fmt.Sprintf("Docker's HEALTHCHECK status of %s: %s", c.s.Controller.Name, h)
	}
	return ""
}

func (c *classifier) controllerAPI() {
	a, ct := c.s.API, c.s.Controller
	switch {
	case !c.s.Daemon.OK:
		c.set(CheckControllerAPI, StatusSkipped, "daemon is not reachable")
		return
	case !ct.Exists || ct.State != ContainerRunning:
		c.set(CheckControllerAPI, StatusSkipped, "controller is not running")
		return
	case !a.Attempted:
		return
	}
	switch {
	case a.Fault != nil:
		c.set(CheckControllerAPI, StatusFail, "GET %s/health: %s", a.URL, a.Fault.Message)
		c.add(KindControllerAPIUnreachable, CheckControllerAPI,
			fmt.Sprintf("GET %s/health failed: %s", a.URL, faultText(a.Fault)),
			fmt.Sprintf("container %s publishes %s", ct.Name, portList(ct.Ports)), c.dockerHealth())
	case a.Status < 200 || a.Status > 299:
		c.set(CheckControllerAPI, StatusFail, "GET %s/health answered %d", a.URL, a.Status)
		c.add(KindControllerUnhealthy, CheckControllerAPI,
			fmt.Sprintf("GET %s/health answered HTTP %d in %s (docker-git counts only 2xx as healthy)", a.URL, a.Status, a.Latency.Round(100_000)),
			c.dockerHealth())
	default:
		c.set(CheckControllerAPI, StatusOK, "%s", c.healthLine())
		revs := c.revisions()
		if exp := c.s.ExpectedRevision; exp != "" && a.Revision != exp {
			runs := fmt.Sprintf("controller runs revision %s, expected %q", revisionWord(a), exp)
			if healthForeign(c.s) {
				runs = fmt.Sprintf("/health reports revision %s, expected %q, while container %s carries %q", revisionWord(a), exp, ct.Name, exp)
			}
			c.add(KindControllerRevisionMismatch, CheckControllerAPI, append([]string{runs}, revs...)...)
		}
	}
}

// healthForeign: the controller carries the expected revision (its env or
// image label), but /health reports another that is neither the
// container's nor its image's, so another process answers on the port.
func healthForeign(s Snapshot) bool {
	ct, a, exp := s.Controller, s.API, s.ExpectedRevision
	return RealRevision(a.Revision) && exp != "" && a.Revision != exp && a.Revision != ct.EnvRevision &&
		a.Revision != ct.ImageRevision && (ct.EnvRevision == exp || ct.ImageRevision == exp)
}

// healthLine is the API panel's detail for a 2xx /health.
func (c *classifier) healthLine() string {
	a := c.s.API
	line := fmt.Sprintf("GET %s/health %d in %s: revision %s", a.URL, a.Status, a.Latency.Round(10_000), revisionWord(a))
	if a.OK != "" {
		line += ", ok " + a.OK
	}
	if a.Cwd != "" {
		line += ", cwd " + a.Cwd
	}
	if a.ProjectsRoot != "" {
		line += ", projectsRoot " + a.ProjectsRoot
	}
	if a.BodyFault != nil {
		line += " (healthy: docker-git counts any 2xx; body: " + a.BodyFault.Message + ")"
	}
	if revs := c.revisions(); len(revs) > 0 {
		line += "; " + strings.Join(revs, "; ")
	} else if ct := c.s.Controller; ct.EnvRevision != "" || ct.ImageRevision != "" {
		line += fmt.Sprintf("; env %s %s, image label %s", EnvControllerRevision, orWord(strconv.Quote(ct.EnvRevision), "(none)"), revisionOrNone(ct.ImageRevision, ct.ImageRead))
	}
	return line
}

// revisionOrNone quotes an image's revision label, or says why there is none.
func revisionOrNone(rev string, read bool) string {
	switch {
	case rev != "":
		return strconv.Quote(rev)
	case read:
		return "(none)"
	}
	return "(not read)"
}

func revisionWord(a APIFacts) string {
	switch {
	case a.RevisionNull:
		return "null"
	case a.Revision == "":
		return "(none)"
	}
	return strconv.Quote(a.Revision)
}

// revisions compares the revision in /health, the container env and the
// image label, and says what a disagreement means. It returns nothing when
// the known ones agree.
func (c *classifier) revisions() []string {
	a, ct := c.s.API, c.s.Controller
	health, env, image := a.Revision, ct.EnvRevision, ct.ImageRevision
	type src struct{ where, rev string }
	var known []src
	for _, s := range []src{{"/health", health}, {EnvControllerRevision + " in its env", env}, {"image label " + LabelControllerRevision, image}} {
		if RealRevision(s.rev) {
			known = append(known, s)
		}
	}
	agree := true
	for _, k := range known[min(1, len(known)):] {
		if k.rev != known[0].rev {
			agree = false
		}
	}
	if agree {
		return nil
	}
	parts := make([]string, len(known))
	for i, k := range known {
		parts[i] = fmt.Sprintf("%s %q", k.where, k.rev)
	}
	out := []string{"revisions disagree: " + strings.Join(parts, ", ")}
	if RealRevision(env) && RealRevision(image) && env != image {
		out = append(out, fmt.Sprintf("the image was built for revision %q but the container was created for %q: compose reused an image without rebuilding it (`up` without `--build`)", image, env))
	}
	if RealRevision(health) && health != env && health != image {
		out = append(out, "the process answering /health reports neither the container's nor its image's revision: another process may answer on the API port")
	}
	return out
}
