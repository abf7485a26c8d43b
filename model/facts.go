package model

// FactsFrom derives the verifiable facts of a snapshot. Only what a probe
// actually established is set; everything else stays unknown so its
// checklist step remains manual.
func FactsFrom(s Snapshot) Facts {
	f := Facts{}
	if s.CLI.Attempted {
		f[FactCLIFound] = s.CLI.Found
		if s.CLI.Found {
			f[FactComposeFound] = s.CLI.ComposeFound
		}
	}
	f[FactEndpointValid] = s.Endpoint.Valid()
	if s.Socket.Attempted {
		f[FactSocketExists] = s.Socket.Exists && s.Socket.FileType == "socket"
		if s.Socket.Exists {
			inSession, inDB := groupMembership(s.Identity, s.Socket.GID)
			f[FactUserInSocketGroup] = inDB || inSession
			f[FactSessionHasGroup] = inSession
			f[FactSocketGroupRW] = s.Socket.GroupRW()
		}
	}
	if s.Daemon.Attempted {
		f[FactDaemonAnswers] = s.Daemon.OK
	}
	if ct := s.Controller; ct.Attempted {
		f[FactControllerExists] = ct.Exists
		f[FactControllerRunning] = ct.Exists && ct.State == ContainerRunning
		f[FactControllerHealthy] = ct.Exists && ct.State == ContainerRunning && ct.Health != "unhealthy"
		if ct.Exists {
			f[FactControllerMounts] = ct.MountsSocket
		}
	}
	if a := s.API; a.Attempted {
		f[FactAPIAnswers] = a.Fault == nil && a.Status >= 200 && a.Status <= 299
		if s.ExpectedRevision != "" {
			f[FactRevisionMatches] = a.Fault == nil && a.Revision == s.ExpectedRevision
		}
	}
	return f
}
