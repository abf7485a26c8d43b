package model

import (
	"fmt"
	"strings"
)

// SocketMountTarget is where the controller must see the daemon socket: the
// runtime contract of docker-git-api.
const SocketMountTarget = "/var/run/docker.sock"

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
		c.add(KindUnknown, CheckController, fmt.Sprintf("inspecting container %s failed", ct.Name), faultText(ct.Fault))
		return
	}
	if !ct.Exists {
		c.set(CheckController, StatusFail, "no container named %s", ct.Name)
		c.add(KindControllerMissing, CheckController, fmt.Sprintf("the daemon has no container named %q", ct.Name))
		return
	}
	state := fmt.Sprintf("%s: %s", ct.Name, ct.State)
	if ct.Health != "" {
		state += ", health " + ct.Health
	}
	c.set(CheckController, StatusOK, "%s, ports %s", state, portList(ct.Ports))
	switch ct.State {
	case "running":
		if ct.Health == "unhealthy" {
			c.add(KindControllerUnhealthy, CheckController, fmt.Sprintf("Docker reports container %s as unhealthy", ct.Name))
		}
	case "restarting":
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
	if !ct.MountsSocket {
		mounts := "none"
		if len(ct.Mounts) > 0 {
			mounts = strings.Join(ct.Mounts, ", ")
		}
		c.add(KindControllerSocketNotMounted, CheckController,
			fmt.Sprintf("container %s does not bind-mount the daemon socket at %s", ct.Name, SocketMountTarget),
			"its mounts: "+mounts)
	}
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

func (c *classifier) controllerAPI() {
	a, ct := c.s.API, c.s.Controller
	switch {
	case !c.s.Daemon.OK:
		c.set(CheckControllerAPI, StatusSkipped, "daemon is not reachable")
		return
	case !ct.Exists || ct.State != "running":
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
			fmt.Sprintf("container %s publishes %s", ct.Name, portList(ct.Ports)))
	case a.Status < 200 || a.Status > 299:
		c.set(CheckControllerAPI, StatusFail, "GET %s/health answered %d", a.URL, a.Status)
		c.add(KindControllerUnhealthy, CheckControllerAPI,
			fmt.Sprintf("GET %s/health answered HTTP %d in %s", a.URL, a.Status, a.Latency.Round(100_000)))
	case a.BodyFault != nil:
		c.set(CheckControllerAPI, StatusFail, "GET %s/health: unreadable body", a.URL)
		c.add(KindControllerUnhealthy, CheckControllerAPI,
			fmt.Sprintf("GET %s/health answered %d but its body is not {\"revision\": ...}", a.URL, a.Status), faultText(a.BodyFault))
	default:
		c.set(CheckControllerAPI, StatusOK, "GET %s/health %d in %s, revision %s", a.URL, a.Status, a.Latency.Round(10_000), orWord(a.Revision, "(none)"))
		if exp := c.s.ExpectedRevision; exp != "" && a.Revision != exp {
			c.add(KindControllerRevisionMismatch, CheckControllerAPI,
				fmt.Sprintf("controller runs revision %q, expected %q", a.Revision, exp))
		}
	}
}
