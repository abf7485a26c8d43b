package model

import (
	"fmt"
	"strings"
)

func (c *classifier) cli() {
	cli := c.s.CLI
	if !cli.Attempted {
		return
	}
	if !cli.Found {
		c.set(CheckCLI, StatusFail, "docker not found on PATH")
		c.set(CheckCompose, StatusSkipped, "no docker CLI to run `docker compose` with")
		c.add(KindDockerCLIMissing, CheckCLI, "`docker` is not on PATH", faultText(cli.Fault))
		return
	}
	if cli.WSLShim {
		c.set(CheckCLI, StatusFail, "%s is Docker Desktop's WSL shim", orWord(cli.Path, "docker"))
		c.set(CheckCompose, StatusSkipped, "no working docker CLI to run `docker compose` with")
		c.add(KindWSLIntegrationDisabled, CheckCLI,
			fmt.Sprintf("`%s --version` printed Docker Desktop's WSL message", orWord(cli.Path, "docker")), faultText(cli.Fault))
		return
	}
	if cli.Fault != nil {
		// `docker --version` failed (crashed, hung): the CLI does not run,
		// so neither does `docker compose`, whatever is installed.
		c.set(CheckCLI, StatusFail, "%s --version failed", orWord(cli.Path, "docker"))
		c.add(KindUnknown, CheckCLI, fmt.Sprintf("`%s --version` failed: the docker CLI does not run", orWord(cli.Path, "docker")), faultText(cli.Fault))
		if !cli.ComposeFound {
			c.set(CheckCompose, StatusSkipped, "the docker CLI does not run")
		}
		return
	}
	c.set(CheckCLI, StatusOK, "%s %s", orWord(cli.Path, "docker"), orWord(cli.Version, "(version unknown)"))
	if !cli.ComposeFound {
		c.set(CheckCompose, StatusWarn, "docker compose not available")
		c.add(KindComposePluginMissing, CheckCompose, "`docker compose version` failed", faultText(cli.ComposeFault))
		return
	}
	c.set(CheckCompose, StatusOK, "docker compose %s", orWord(cli.ComposeVersion, "(version unknown)"))
}

func (c *classifier) endpoint() {
	e := c.s.Endpoint
	source := orWord(string(e.Source), string(SourceDefault))
	if e.Fault != nil {
		c.set(CheckEndpoint, StatusFail, "%s", orWord(e.Fault.Message, "the endpoint did not resolve"))
		ev := []string{fmt.Sprintf("the endpoint from %s did not resolve", source), e.Fault.Message}
		if e.Host != "" {
			ev[0] = fmt.Sprintf("endpoint from %s: %q", source, e.Host)
		}
		if e.Context != "" {
			ev = append(ev, fmt.Sprintf("docker context: %s", e.Context))
		}
		c.add(KindEndpointInvalid, CheckEndpoint, ev...)
		return
	}
	if e.Host == "" {
		c.set(CheckEndpoint, StatusSkipped, "no endpoint was resolved")
		return
	}
	detail := fmt.Sprintf("%s (from %s)", e.Host, source)
	if e.Given != "" {
		detail = fmt.Sprintf("%s (from %s %q, with the docker CLI's defaults)", e.Host, source, e.Given)
	}
	if e.Context != "" {
		detail = fmt.Sprintf("%s (context %s, from %s)", e.Host, e.Context, source)
	}
	c.set(CheckEndpoint, StatusOK, "%s", detail)
}

// socketLine is the one-line evidence of a socket's ownership and mode.
func socketLine(s SocketFacts) string {
	return fmt.Sprintf("%s: %s %s, owner %s (uid %d), group %s (gid %d), mode %04o",
		s.Path, orWord(s.FileType, "file"), modeString(s.Mode), orID(s.Owner, s.UID), s.UID, orID(s.Group, s.GID), s.GID, s.Mode)
}

func orID(name string, id int) string {
	if name == "" {
		return fmt.Sprint(id)
	}
	return name
}

// modeString renders permission bits like ls: rw-rw----.
func modeString(m uint32) string {
	const rwx = "rwxrwxrwx"
	b := []byte("---------")
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			b[i] = rwx[i]
		}
	}
	return string(b)
}

func (c *classifier) socket() {
	s := c.s.Socket
	switch {
	case !c.s.Endpoint.Valid():
		c.set(CheckSocket, StatusSkipped, "endpoint is invalid")
	case c.s.Endpoint.Proto == "ssh":
		c.set(CheckSocket, StatusSkipped, "%s", SkipRemote)
	case !s.Attempted:
		c.set(CheckSocket, StatusSkipped, "%s endpoint has no local socket", c.s.Endpoint.Proto)
	case s.Fault != nil && !s.Exists:
		c.set(CheckSocket, StatusFail, "%s: %s", s.Path, s.Fault.Message)
	case !s.Exists:
		c.set(CheckSocket, StatusFail, "%s does not exist", s.Path)
	case s.FileType != "socket":
		c.set(CheckSocket, StatusFail, "%s is a %s, not a socket", s.Path, fileKind(s.FileType))
	default:
		c.set(CheckSocket, StatusOK, "%s", socketLine(s))
	}
}

func (c *classifier) daemon() {
	d := c.s.Daemon
	if !c.s.Endpoint.Valid() {
		c.set(CheckDaemon, StatusSkipped, "endpoint is invalid")
		return
	}
	if !d.Attempted {
		return
	}
	c.tlsKey()
	if d.OK {
		var parts []string
		if d.ServerVersion != "" {
			parts = append(parts, "Docker "+d.ServerVersion)
		}
		if d.APIVersion != "" {
			parts = append(parts, "API "+d.APIVersion)
		}
		if d.Rootless {
			parts = append(parts, "rootless")
		}
		detail := "the daemon answers"
		if len(parts) > 0 {
			detail = strings.Join(parts, ", ")
		}
		c.set(CheckDaemon, StatusOK, "%s", detail)
		return
	}
	if c.remote() {
		return
	}
	f := d.Fault
	if f == nil {
		f = FaultOf(ErrOther, "daemon did not answer and gave no error")
	}
	c.set(CheckDaemon, StatusFail, "%s", f.Message)
	host := c.s.Endpoint.Host
	// connect(2) on a file that is not a socket reads as a refusal; the stat
	// says what is really there.
	if sock := c.s.Socket; sock.Attempted && sock.Exists && sock.FileType != "socket" && f.Class != ErrPermission {
		ev := fmt.Sprintf("%s is a %s, not a socket: no daemon can listen there", sock.Path, fileKind(sock.FileType))
		if sock.LinkTarget != "" {
			ev = fmt.Sprintf("%s is a symlink to %s, which does not lead to a socket", sock.Path, sock.LinkTarget)
		}
		c.add(KindDaemonUnreachable, CheckDaemon, ev, faultText(sock.Fault), faultText(f))
		return
	}
	switch f.Class {
	case ErrPermission:
		c.permission()
	case ErrNotExist:
		c.add(KindDaemonUnreachable, CheckDaemon, fmt.Sprintf("socket %s does not exist: no daemon is listening there", c.s.Endpoint.Address), faultText(f))
	case ErrRefused:
		ev := fmt.Sprintf("connection to %s refused: nothing is listening", host)
		if c.s.Socket.Exists {
			ev = fmt.Sprintf("socket %s exists but nothing listens on it (stale socket: the daemon stopped or crashed)", c.s.Socket.Path)
		}
		c.add(KindDaemonUnreachable, CheckDaemon, ev, faultText(f))
	case ErrNotSocket:
		c.add(KindDaemonUnreachable, CheckDaemon, fmt.Sprintf("%s is a %s, not a socket", orWord(c.s.Socket.Path, c.s.Endpoint.Address), fileKind(c.s.Socket.FileType)), faultText(f))
	case ErrHostUnreachable, ErrDNS, ErrInvalid:
		c.add(KindDaemonUnreachable, CheckDaemon, fmt.Sprintf("cannot reach %s", host), faultText(f))
	case ErrTimeout:
		if d.Connected {
			c.add(KindDaemonUnresponsive, CheckDaemon, fmt.Sprintf("connected to %s, but what listens there did not answer before the deadline", host), faultText(f))
		} else {
			c.add(KindDaemonUnreachable, CheckDaemon, fmt.Sprintf("could not connect to %s before the deadline", host), faultText(f))
		}
	case ErrTLS:
		c.tlsError(f)
	case ErrVersion:
		speaks := ""
		if d.ClientMinAPI != "" && d.ClientMaxAPI != "" {
			speaks = fmt.Sprintf("this tool speaks Docker API %s to %s", d.ClientMinAPI, d.ClientMaxAPI)
		}
		c.add(KindAPIVersionMismatch, CheckDaemon, speaks, faultText(f))
	case ErrReset, ErrProtocol:
		if d.Connected {
			c.add(KindUnknown, CheckDaemon, fmt.Sprintf("%s accepted the connection but did not answer as a Docker daemon", host), faultText(f))
		} else {
			c.add(KindDaemonUnreachable, CheckDaemon, faultText(f))
		}
	default:
		c.add(KindUnknown, CheckDaemon, fmt.Sprintf("talking to %s failed", host), faultText(f))
	}
}

// fileKind names a stat file type for a sentence ("a regular file").
func fileKind(t string) string {
	switch t {
	case "regular":
		return "regular file"
	case "other", "":
		return "special file"
	}
	return t
}

func orWord(s, w string) string {
	if s == "" {
		return w
	}
	return s
}

// groupMembership says whether the socket's group is held by this session
// and whether the user database lists the user in it.
func groupMembership(id Identity, gid int) (inSession, inDB bool) {
	inSession = id.GID == gid || containsGroup(id.Groups, gid)
	inDB = containsGroup(id.DBGroups, gid)
	return inSession, inDB
}

func containsGroup(gs []Group, gid int) bool {
	for _, g := range gs {
		if g.ID == gid {
			return true
		}
	}
	return false
}

func groupList(gs []Group) string {
	if len(gs) == 0 {
		return "(none)"
	}
	parts := make([]string, len(gs))
	for i, g := range gs {
		parts[i] = fmt.Sprintf("%s(%d)", orID(g.Name, g.ID), g.ID)
	}
	return strings.Join(parts, " ")
}

// permission explains an EACCES on the socket: which of user, group or mode
// blocks access. The socket facts and the identity decide; nothing is
// guessed from error text.
func (c *classifier) permission() {
	s, id := c.s.Socket, c.s.Identity
	raw := faultText(c.s.Daemon.Fault)
	dbGroups := groupList(id.DBGroups)
	if id.Fault != nil && len(id.DBGroups) == 0 {
		dbGroups = "not read"
	}
	who := fmt.Sprintf("you are %s (uid %d), process groups: %s; user database groups: %s",
		orID(id.User, id.UID), id.UID, groupList(id.Groups), dbGroups)
	if id.Fault != nil {
		who += "; the user database could not be read, so its groups may be incomplete: " + faultText(id.Fault)
	}
	if !s.Attempted || !s.Exists {
		reach := "the socket or a directory above it cannot be reached by this user"
		if s.BlockedDir != "" {
			reach = fmt.Sprintf("directory %s (owner %s, group %s, mode %s) above the socket does not let this user search it (x), so %s cannot be reached",
				s.BlockedDir, orWord(s.BlockedDirOwner, "unknown"), orWord(s.BlockedDirGroup, "unknown"), modeString(s.BlockedDirMode), s.Path)
		}
		c.add(KindSocketPermissionDenied, CheckSocket, reach, faultText(s.Fault), raw, who)
		return
	}
	line := socketLine(s)
	group := orID(s.Group, s.GID)
	inSession, inDB := groupMembership(id, s.GID)
	switch {
	case id.UID == s.UID:
		c.add(KindSocketPermissionDenied, CheckSocket, line,
			fmt.Sprintf("you own the socket but its owner bits are %s", modeString(s.Mode)[:3]), raw)
	case inSession && !s.GroupRW():
		c.add(KindSocketPermissionDenied, CheckSocket, line,
			fmt.Sprintf("mode blocks the group: this session holds group %s, but the socket's group bits are %s (need rw-)", group, modeString(s.Mode)[3:6]), raw, who)
	case inSession:
		ev := []string{line, fmt.Sprintf("this session holds group %s and the mode allows it, yet access is denied: an ACL, SELinux or AppArmor policy may block it", group), raw, who}
		if c.s.Platform.SELinuxEnforcing {
			ev = append(ev, "SELinux is enforcing on this machine (/sys/fs/selinux/enforce is 1): its policy can deny the socket although group and mode allow it")
		}
		c.add(KindSocketPermissionDenied, CheckSocket, ev...)
	case inDB:
		c.add(KindGroupMembershipPending, CheckSocket, line,
			fmt.Sprintf("the user database lists %s in group %s, but this process does not hold it", orID(id.User, id.UID), group), who, raw)
		if !s.GroupRW() {
			c.add(KindSocketPermissionDenied, CheckSocket, line,
				fmt.Sprintf("mode blocks the group too: the socket's group bits are %s (need rw-)", modeString(s.Mode)[3:6]))
		}
	default:
		notIn := fmt.Sprintf("not in group: %s is not a member of group %s", orID(id.User, id.UID), group)
		if id.Fault != nil {
			notIn = fmt.Sprintf("not in group: this session does not hold group %s, and the user database could not be read to tell whether %s is a member", group, orID(id.User, id.UID))
		}
		ev := []string{line, notIn, who, raw}
		if !s.GroupRW() {
			ev = append(ev, fmt.Sprintf("the socket's group bits are %s, so joining the group alone will not be enough", modeString(s.Mode)[3:6]))
		}
		c.add(KindSocketPermissionDenied, CheckSocket, ev...)
	}
}

func (c *classifier) alternates() {
	if c.s.Daemon.OK {
		c.set(CheckAlternates, StatusSkipped, "main endpoint works")
		return
	}
	if c.s.Endpoint.Proto == "ssh" {
		c.set(CheckAlternates, StatusSkipped, "%s", SkipRemote)
		return
	}
	if len(c.s.Alternates) == 0 {
		c.set(CheckAlternates, StatusInfo, "no other known daemon socket exists")
		return
	}
	var found []AlternateFacts
	for _, a := range c.s.Alternates {
		if a.OK {
			found = append(found, a)
		}
	}
	if len(found) == 0 {
		c.set(CheckAlternates, StatusInfo, "none of %d other known sockets answers", len(c.s.Alternates))
		return
	}
	c.set(CheckAlternates, StatusWarn, "%s answers at %s", orWord(found[0].Product, "a daemon"), found[0].Host)
	ev := []string{fmt.Sprintf("main endpoint %s (from %s) fails", orWord(c.s.Endpoint.Host, "(none)"), orWord(string(c.s.Endpoint.Source), string(SourceDefault)))}
	for _, a := range found {
		ev = append(ev, fmt.Sprintf("%s daemon answers at %s", orWord(a.Product, "a"), a.Host))
	}
	c.add(KindAlternateSocketAvailable, CheckAlternates, ev...)
	// The daemon is not down, it lives elsewhere: report the cause only.
	c.drop(KindDaemonUnreachable)
	c.drop(KindDaemonUnresponsive)
}

func (c *classifier) sudo() {
	s := c.s.Sudo
	switch {
	case !s.Attempted && s.SkipReason != "":
		c.set(CheckSudo, StatusSkipped, "%s", s.SkipReason)
	case !s.Attempted:
	case s.OK:
		c.set(CheckSudo, StatusWarn, "sudo -n docker info works")
		c.add(KindSudoFallbackOnly, CheckSudo, "`sudo -n docker info` succeeds while direct access fails", "docker-git's CLI copes while sudo asks no password: when `docker info` fails and `sudo -n docker info` works, it runs its docker commands as `sudo -n docker`; the docker CLI and other tools still fail without sudo")
	default:
		c.set(CheckSudo, StatusInfo, "sudo -n docker info fails too: %s", orWord(faultText(s.Fault), "no error recorded"))
	}
}
