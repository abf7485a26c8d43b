package model

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// SkipRemote is the skip reason of the local-only checks (socket, identity,
// newgrp, alternate sockets, sudo) for an endpoint on another machine.
const SkipRemote = "remote endpoint"

// SSHFacts is what the ssh transport of an ssh:// endpoint showed: the
// destination as ssh resolved it (ssh -G, with the user's own config) and,
// when the ssh process ended, its exit status and stderr. The remote side
// runs `docker system dial-stdio`, so a non-zero exit is either ssh's own
// failure (status 255) or the remote docker's.
type SSHFacts struct {
	Attempted bool
	// User, Host and Port are the login, host name and port ssh uses.
	User string
	Host string
	Port string
	// Exited is true when an ssh process of this cycle ended by itself;
	// ExitCode and Stderr are then its status and last stderr lines.
	Exited   bool
	ExitCode int
	Stderr   string
	// Killed is true when the process was still running at the deadline
	// and was killed; LoggedIn when ssh's log says the login had succeeded
	// (so the remote side, not ssh, hung).
	Killed   bool
	LoggedIn bool
	// Access is what the remote side said about its user and socket, read
	// with a second ssh command after a remote permission denial.
	Access *RemoteAccess
}

// RemoteAccess is the remote user's identity and the remote socket's
// ownership and mode.
type RemoteAccess struct {
	User        string
	Groups      []string
	SocketPath  string
	SocketOwner string
	SocketGroup string
	SocketMode  uint32
	Fault       *Fault
}

// SSHFailure is what an ended ssh process says went wrong.
type SSHFailure string

const (
	SSHOK              SSHFailure = ""
	SSHUnreachable     SSHFailure = "unreachable"
	SSHAuthFailed      SSHFailure = "auth-failed"
	SSHHostKeyUnknown  SSHFailure = "host-key-unknown"
	SSHHostKeyChanged  SSHFailure = "host-key-changed"
	SSHDockerMissing   SSHFailure = "remote-docker-missing"
	SSHRemoteDenied    SSHFailure = "remote-permission-denied"
	SSHRemoteDaemonOff SSHFailure = "remote-daemon-down"
	SSHOther           SSHFailure = "other"
)

// Failure reads the exit status and stderr of an ended ssh process. ssh
// reports its own failures with status 255 and fixed messages (the only
// form they exist in); anything else is the remote command's status.
func (f SSHFacts) Failure() SSHFailure {
	if !f.Exited || (f.ExitCode == 0 && f.Stderr == "") {
		return SSHOK
	}
	e := f.Stderr
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(e, s) {
				return true
			}
		}
		return false
	}
	if f.ExitCode == 255 {
		switch {
		case has("REMOTE HOST IDENTIFICATION HAS CHANGED", "has changed and you have requested strict checking"):
			return SSHHostKeyChanged
		case has("Host key verification failed", "host key is known for", "No matching host key"):
			return SSHHostKeyUnknown
		case has("Permission denied (", "Too many authentication failures", "no more authentication methods"):
			return SSHAuthFailed
		case has("Could not resolve hostname", "Connection refused", "timed out", "No route to host",
			"Network is unreachable", "Connection closed by", "Connection reset by", "kex_exchange_identification"):
			return SSHUnreachable
		}
	}
	switch {
	case f.ExitCode == 127 || has("docker: not found", "docker: command not found"):
		return SSHDockerMissing
	case has("permission denied while trying to connect", "connect: permission denied"):
		return SSHRemoteDenied
	case has("connect: no such file or directory", "connect: connection refused", "Cannot connect to the Docker daemon"):
		return SSHRemoteDaemonOff
	}
	return SSHOther
}

var remoteSocketRE = regexp.MustCompile(`(?:dial unix |unix://)(/[^\s:]+)`)

// RemoteSocket is the socket path the remote docker named in its error, or "".
func (f SSHFacts) RemoteSocket() string {
	if m := remoteSocketRE.FindStringSubmatch(f.Stderr); m != nil {
		return strings.TrimRight(m[1], ".")
	}
	return ""
}

// Destination is user@host:port for evidence, with placeholders for what
// ssh did not say.
func (f SSHFacts) Destination() string {
	d := orWord(f.User, "<remote user>") + "@" + orWord(f.Host, "<ssh host>")
	if f.Port != "" && f.Port != "22" {
		d += ":" + f.Port
	}
	return d
}

// lastLine is the last non-empty line of ssh's stderr, for check details.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// remote classifies a failed ssh:// endpoint. It returns false when ssh
// did not fail in a way it knows (the daemon checks then run as usual).
func (c *classifier) remote() bool {
	ssh := c.s.SSH
	if c.s.Endpoint.Proto != "ssh" || !ssh.Attempted {
		return false
	}
	fail := ssh.Failure()
	if fail == SSHOK || fail == SSHOther {
		switch {
		case ssh.Killed && ssh.LoggedIn:
			c.set(CheckDaemon, StatusFail, "the daemon on %s did not answer before the deadline", ssh.Destination())
			c.add(KindDaemonUnresponsive, CheckDaemon,
				fmt.Sprintf("logged in to %s over ssh, but the remote daemon did not answer `docker system dial-stdio` before the deadline", ssh.Destination()),
				faultText(c.s.Daemon.Fault))
			return true
		case ssh.Killed:
			c.set(CheckDaemon, StatusFail, "ssh to %s did not log in before the deadline", ssh.Destination())
			c.add(KindSSHUnreachable, CheckDaemon,
				fmt.Sprintf("ssh to %s had not connected and logged in when the deadline came, and was stopped", ssh.Destination()),
				faultText(c.s.Daemon.Fault))
			return true
		case fail == SSHOther:
			// ssh or the remote docker ended in a way not recognised: its
			// own words are the evidence, not the client's "EOF".
			c.set(CheckDaemon, StatusFail, "%s", lastLine(ssh.Stderr))
			c.add(KindUnknown, CheckDaemon,
				fmt.Sprintf("ssh to %s ended with status %d", ssh.Destination(), ssh.ExitCode),
				orWord(strings.TrimSpace(ssh.Stderr), "(ssh printed nothing)"), faultText(c.s.Daemon.Fault))
			return true
		}
		return false
	}
	dest := ssh.Destination()
	stderr := fmt.Sprintf("ssh exited with status %d: %s", ssh.ExitCode, strings.TrimSpace(ssh.Stderr))
	c.set(CheckDaemon, StatusFail, "%s", lastLine(ssh.Stderr))
	switch fail {
	case SSHUnreachable:
		c.add(KindSSHUnreachable, CheckDaemon, fmt.Sprintf("ssh could not reach %s", dest), stderr)
	case SSHAuthFailed:
		c.add(KindSSHAuthFailed, CheckDaemon,
			fmt.Sprintf("%s refused every key ssh offered for %s (ssh runs with BatchMode=yes: it never asks for a password or passphrase)", orWord(ssh.Host, "<ssh host>"), orWord(ssh.User, "<remote user>")),
			stderr)
	case SSHHostKeyUnknown:
		c.add(KindSSHHostKeyUnknown, CheckDaemon,
			fmt.Sprintf("host key unknown: known_hosts has no key for %s, and ssh may not ask whether to trust it", dest), stderr)
	case SSHHostKeyChanged:
		c.add(KindSSHHostKeyUnknown, CheckDaemon,
			fmt.Sprintf("host key changed: %s now shows a different key than known_hosts holds. This may be an attack (someone between you and the host); confirm the new key with the host's owner before removing the old one", dest),
			stderr)
	case SSHDockerMissing:
		c.add(KindRemoteDockerMissing, CheckDaemon,
			fmt.Sprintf("the login to %s works, but its shell did not find docker for `docker system dial-stdio`", dest), stderr)
	case SSHRemoteDenied:
		c.remotePermission(stderr)
	case SSHRemoteDaemonOff:
		sock := orWord(ssh.RemoteSocket(), "its Docker socket")
		c.add(KindDaemonUnreachable, CheckDaemon,
			fmt.Sprintf("on %s, docker could not reach a daemon at %s: the remote daemon is not running or listens elsewhere", dest, sock), stderr)
	}
	return true
}

// remotePermission is socket-permission-denied on the remote host: the
// remote user may not open the remote socket.
func (c *classifier) remotePermission(stderr string) {
	ssh := c.s.SSH
	dest := ssh.Destination()
	sock := orWord(ssh.RemoteSocket(), "<remote socket>")
	ev := []string{fmt.Sprintf("on %s, the remote user %s may not open the remote socket %s", dest, orWord(ssh.User, "<remote user>"), sock)}
	if a := ssh.Access; a != nil {
		if a.SocketOwner != "" {
			ev = append(ev, fmt.Sprintf("remote %s: owner %s, group %s, mode %s (%04o)", orWord(a.SocketPath, sock), a.SocketOwner, a.SocketGroup, modeString(a.SocketMode), a.SocketMode))
		}
		if a.User != "" {
			ev = append(ev, fmt.Sprintf("remote user %s is in groups: %s", a.User, orWord(strings.Join(a.Groups, " "), "(none)")))
		}
		if a.User != "" && a.SocketGroup != "" && !containsString(a.Groups, a.SocketGroup) {
			ev = append(ev, fmt.Sprintf("not in group: remote user %s is not a member of group %s", a.User, a.SocketGroup))
		}
		if a.Fault != nil {
			ev = append(ev, "asking the remote side for its user's groups and the socket's mode failed: "+faultText(a.Fault))
		}
	}
	ev = append(ev, stderr)
	c.add(KindSocketPermissionDenied, CheckDaemon, ev...)
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// remoteVars points the template values at the remote side for an ssh://
// endpoint: the remote user, socket and group, and Remote so templates can
// prefix commands with ssh.
func remoteVars(v *Vars, s Snapshot) {
	if s.Endpoint.Proto != "ssh" {
		return
	}
	v.OverSSH = true
	// ssh takes ssh://user@host:port, without the socket path a docker
	// host may carry.
	if u, err := url.Parse(s.Endpoint.Host); err == nil && u.Hostname() != "" && u.Path != "" {
		u.Path, u.RawPath = "", ""
		v.SSHTarget = RedactHost(u.String())
	}
	v.UserKnown = false
	v.User = orWord(s.SSH.User, "<remote user>")
	v.SocketPath = orWord(s.SSH.RemoteSocket(), PlaceholderSocketPath)
	v.Group = PlaceholderGroup
	if a := s.SSH.Access; a != nil {
		v.User = orWord(a.User, v.User)
		v.SocketPath = orWord(a.SocketPath, v.SocketPath)
		v.Group = orWord(a.SocketGroup, v.Group)
		v.GroupKnown = a.SocketGroup != ""
	}
	v.SocketDir = path.Dir(v.SocketPath)
}
