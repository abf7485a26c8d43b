package probe

import (
	"os"
	"os/user"
	"sort"
	"strconv"

	"github.com/docker-git/docker-git-tui/model"
)

// InspectIdentity reports who this process is. Groups come from getgroups
// (what the kernel checks on open) and DBGroups from the user database (what
// the next login would get); the difference is the "newgrp" case.
func InspectIdentity() model.Identity {
	id := model.Identity{UID: os.Getuid(), GID: os.Getgid()}
	id.User = userName(id.UID)
	gids, err := os.Getgroups()
	if err != nil {
		id.Fault = model.NewFault(err)
	}
	for _, g := range gids {
		id.Groups = append(id.Groups, model.Group{ID: g, Name: groupName(g)})
	}
	sortGroups(id.Groups)
	if id.User == "" {
		return id
	}
	u, err := user.LookupId(strconv.Itoa(id.UID))
	if err != nil {
		id.Fault = model.NewFault(err)
		return id
	}
	ids, err := u.GroupIds()
	if err != nil {
		// An unreadable /etc/group: report it, keep what getgroups said.
		id.Fault = model.NewFault(err)
		return id
	}
	for _, s := range ids {
		n, err := strconv.Atoi(s)
		if err != nil {
			continue
		}
		id.DBGroups = append(id.DBGroups, model.Group{ID: n, Name: groupName(n)})
	}
	sortGroups(id.DBGroups)
	return id
}

func sortGroups(gs []model.Group) {
	sort.Slice(gs, func(i, j int) bool { return gs[i].ID < gs[j].ID })
}
