//go:build linux

package testdaemon

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"os/user"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Group is a host group created by CreateGroup.
type Group struct {
	Name string
	GID  int
}

// User is a host user created by CreateUser. GID is its private primary group
// (same name as the user); supplementary groups are listed in /etc/group.
type User struct {
	Name string
	UID  int
	GID  int
}

// maxNameLen is useradd's limit on Debian.
const maxNameLen = 32

// CreateGroup adds a group named prefix plus a random suffix, so parallel
// tests and leftovers from crashed runs never collide. The returned cleanup
// deletes it (tolerating an already-deleted group).
func CreateGroup(ctx context.Context, prefix string) (Group, func() error, error) {
	name := uniqueName(prefix)
	if err := accountCmd(ctx, "groupadd", name); err != nil {
		return Group{}, nil, err
	}
	cleanup := func() error { return deleteGroup(name) }
	g, err := user.LookupGroup(name)
	if err != nil {
		return Group{}, nil, errors.Join(fmt.Errorf("testdaemon: lookup group %s: %w", name, err), cleanup())
	}
	gid, err := strconv.Atoi(g.Gid)
	if err != nil {
		return Group{}, nil, errors.Join(fmt.Errorf("testdaemon: group %s gid %q: %w", name, g.Gid, err), cleanup())
	}
	return Group{Name: name, GID: gid}, cleanup, nil
}

// CreateUser adds a user named prefix plus a random suffix, without a home
// dir, with a private primary group (-U) and membership in groups (listed
// in /etc/group, which is what docker socket access checks rely on).
func CreateUser(ctx context.Context, prefix string, groups ...string) (User, func() error, error) {
	name := uniqueName(prefix)
	args := []string{"-M", "-U", "-s", "/bin/sh"}
	if len(groups) > 0 {
		args = append(args, "-G", strings.Join(groups, ","))
	}
	if err := accountCmd(ctx, "useradd", append(args, name)...); err != nil {
		return User{}, nil, err
	}
	cleanup := func() error { return deleteUser(name) }
	u, err := user.Lookup(name)
	if err != nil {
		return User{}, nil, errors.Join(fmt.Errorf("testdaemon: lookup user %s: %w", name, err), cleanup())
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err := errors.Join(err1, err2); err != nil {
		return User{}, nil, errors.Join(fmt.Errorf("testdaemon: user %s ids: %w", name, err), cleanup())
	}
	return User{Name: name, UID: uid, GID: gid}, cleanup, nil
}

// CommandAs returns a command that runs as u with u's primary group and the
// supplementary groups /etc/group lists for it (what a login would get), for
// testing group-based access to a daemon socket. The binary must be
// reachable by u (e.g. copied into Daemon.Dir with mode 0755).
func CommandAs(ctx context.Context, u User, name string, args ...string) (*exec.Cmd, error) {
	lu, err := user.Lookup(u.Name)
	if err != nil {
		return nil, fmt.Errorf("testdaemon: lookup user %s: %w", u.Name, err)
	}
	ids, err := lu.GroupIds()
	if err != nil {
		return nil, fmt.Errorf("testdaemon: groups of %s: %w", u.Name, err)
	}
	groups := make([]uint32, 0, len(ids))
	for _, id := range ids {
		g, err := strconv.ParseUint(id, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("testdaemon: groups of %s: %w", u.Name, err)
		}
		groups = append(groups, uint32(g))
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{
		Uid: uint32(u.UID), Gid: uint32(u.GID), Groups: groups,
	}}
	cmd.Dir = "/"
	return cmd, nil
}

func deleteGroup(name string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := user.LookupGroup(name); err != nil {
		return nil // already gone
	}
	return accountCmd(ctx, "groupdel", name)
}

// deleteUser removes the user and its private group (userdel only removes
// that group when USERGROUPS_ENAB is on, so make sure).
// deleteUser removes the user, first ending any process still running as
// it (a test's dashboard may still be shutting down after its terminal was
// closed): userdel refuses a user that owns processes.
func deleteUser(name string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var err error
	if _, lerr := user.Lookup(name); lerr == nil {
		for attempt := 0; attempt < 20; attempt++ {
			_ = exec.CommandContext(ctx, "pkill", "-KILL", "-u", name).Run()
			if err = accountCmd(ctx, "userdel", name); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	return errors.Join(err, deleteGroup(name))
}

// uniqueName makes a valid (^[a-z][-a-z0-9_]*$), unique account name.
func uniqueName(prefix string) string {
	p := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
			return r
		}
		return -1
	}, strings.ToLower(prefix))
	if p == "" || p[0] < 'a' || p[0] > 'z' {
		p = "dgt" + p
	}
	suffix := "-" + randomHex(4)
	if len(p) > maxNameLen-len(suffix) {
		p = p[:maxNameLen-len(suffix)]
	}
	return p + suffix
}

// accountCmd runs a shadow-utils command, retrying while another process
// holds the /etc/passwd or /etc/group lock (parallel test binaries).
func accountCmd(ctx context.Context, name string, args ...string) error {
	var err error
	for attempt := range 10 {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		out, runErr := exec.CommandContext(cctx, name, args...).CombinedOutput()
		cancel()
		if runErr == nil {
			return nil
		}
		err = fmt.Errorf("testdaemon: %s %s: %w: %s", name, strings.Join(args, " "), runErr, strings.TrimSpace(string(out)))
		if !strings.Contains(strings.ToLower(string(out)), "lock") {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(time.Duration(100*(attempt+1)) * time.Millisecond):
		}
	}
	return err
}
