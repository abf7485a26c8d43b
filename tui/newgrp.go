package tui

import (
	"fmt"
	"strconv"

	"github.com/docker-git/docker-git-tui/model"
)

// newgrp is the overlay for the "added to the group but this session does
// not have it" case: why, the exact commands with the real group name, and a
// check that runs the probe under `sg <group>`.
type newgrp struct {
	open      bool
	group     string
	user      string
	self      string // the command that runs this tool here
	applies   bool   // the current report shows the pending-membership case
	verifying bool
	gen       int // verify request; older results are dropped
	result    *verifyMsg
	width     int
	height    int
}

func (n *newgrp) SetSize(width, height int) { n.width, n.height = width, height }

// Open shows the overlay for the group named by the current report.
func (n *newgrp) Open(r *model.Report, fallback string) {
	n.open = true
	n.group = socketGroup(r, fallback)
	n.user = ""
	n.self = model.SelfName
	if r != nil && r.Platform != nil && r.Platform.Self != "" {
		n.self = r.Platform.Self
	}
	n.applies = false
	if r != nil {
		n.user = r.Identity.User
		n.applies = r.Has(model.KindGroupMembershipPending)
	}
	if n.result != nil && n.result.group != n.group {
		n.result = nil
	}
}

func (n newgrp) commands() []string {
	g := model.ShellQuote(n.group)
	return []string{"newgrp " + g, "sg " + g + " -c " + model.ShellQuote(model.ShellQuote(n.self))}
}

// View renders the overlay body, exactly width x height.
func (n newgrp) View(st styles, spin string) []string {
	if n.width <= 0 || n.height <= 0 {
		return nil
	}
	inner := max(1, n.width-4)
	g := oneLine(n.group)
	user := oneLine(n.user)
	if user == "" {
		user = "your user"
	}
	var c []string
	para := func(s string) { c = append(c, wrapText(s, inner)...) }
	if !n.applies {
		para(st.Dim.Render("The current report does not show a pending group membership; this is the general recipe."))
	}
	para(fmt.Sprintf("A process gets its groups when the session starts. %s was added to group %s after this terminal's session began, so this shell and everything it starts still run without %s, and the socket refuses them.", user, g, g))
	para(st.Dim.Render(fmt.Sprintf("`id -nG` lists what this session holds; `getent group %s` lists who the database puts in it.", g)))
	c = append(c, "")
	c = append(c, st.Heading.Render("Pick up the group:"))
	cmds := n.commands()
	c = append(c, wrapText(st.Command.Render("  $ "+cmds[0])+"   new shell with the group (this terminal)", inner)...)
	c = append(c, wrapText(st.Command.Render("  $ "+cmds[1])+"   only this dashboard", inner)...)
	c = append(c, wrapText("  or log out and back in: every new session gets the group", inner)...)
	c = append(c, "")
	switch {
	case n.verifying:
		c = append(c, wrapText(spin+" checking: probing under `sg "+g+"`…", inner)...)
	case n.result != nil:
		c = append(c, n.verdict(st, inner)...)
	default:
		c = append(c, wrapText("Press v to check first: it runs the probe under `sg "+g+"`.", inner)...)
	}
	return box("Group membership pending: "+g, c, n.width, min(n.height, len(c)+2), st)
}

func (n newgrp) verdict(st styles, width int) []string {
	res := n.result
	g := oneLine(res.group)
	if res.err != nil {
		return wrapText(st.Fail.Render("✗ could not run under sg "+g+": ")+oneLine(res.err.Error()), width)
	}
	ok, text := verdict(res.report, g)
	if ok {
		return append(wrapText(st.Ready.Render("✓ "+text), width),
			wrapText("Press s to restart this dashboard under `sg "+g+"` now, with the same flags.", width)...)
	}
	return wrapText(st.Fail.Render("✗ "+text), width)
}

// verdict says whether Docker access works with the group: fully (report
// OK), or at least the socket no longer refuses (other problems remain).
func verdict(r model.Report, group string) (bool, string) {
	switch {
	case r.OK:
		return true, "With group " + group + " Docker access works: run newgrp " + group + " (or log in again)."
	case !r.Has(model.KindGroupMembershipPending) && !r.Has(model.KindSocketPermissionDenied):
		return true, "With group " + group + " the socket lets you in; other problems remain: " + stateOf(r) + "."
	}
	return false, "Even with group " + group + " access fails: " + stateOf(r) + "."
}

// socketGroup is the group that owns the daemon socket, as the report
// states it, else fallback (model.DefaultGroup when empty).
func socketGroup(r *model.Report, fallback string) string {
	if fallback == "" {
		fallback = model.DefaultGroup
	}
	if r == nil || r.Socket == nil {
		return fallback
	}
	if r.Socket.Group != "" {
		return r.Socket.Group
	}
	return strconv.Itoa(r.Socket.GID)
}
