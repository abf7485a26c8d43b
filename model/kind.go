// Package model holds the pure core of docker-git-tui: the facts a probe
// cycle gathered (Snapshot), the failure kinds, the classifier that turns
// facts into findings, and the remediation catalog. Nothing here does IO,
// reads the clock or the environment, so every decision is testable as data.
package model

// Kind is the stable id of a failure mode. Ids appear in JSON, in exit codes
// and in the dashboard; never rename one.
type Kind string

const (
	KindDockerCLIMissing           Kind = "docker-cli-missing"
	KindComposePluginMissing       Kind = "compose-plugin-missing"
	KindEndpointInvalid            Kind = "endpoint-invalid"
	KindDaemonUnreachable          Kind = "daemon-unreachable"
	KindDaemonUnresponsive         Kind = "daemon-unresponsive"
	KindSocketPermissionDenied     Kind = "socket-permission-denied"
	KindGroupMembershipPending     Kind = "group-membership-pending"
	KindAPIVersionMismatch         Kind = "api-version-mismatch"
	KindTLSError                   Kind = "tls-error"
	KindAlternateSocketAvailable   Kind = "alternate-socket-available"
	KindSudoFallbackOnly           Kind = "sudo-fallback-only"
	KindControllerMissing          Kind = "controller-missing"
	KindControllerNotRunning       Kind = "controller-not-running"
	KindControllerRestarting       Kind = "controller-restarting"
	KindControllerUnhealthy        Kind = "controller-unhealthy"
	KindControllerAPIUnreachable   Kind = "controller-api-unreachable"
	KindControllerRevisionMismatch Kind = "controller-revision-mismatch"
	KindControllerSocketNotMounted Kind = "controller-socket-not-mounted"
	KindUnknown                    Kind = "unknown"

	// docker-git's own contract (its controller, port and CLI).
	KindControllerNotCreated   Kind = "controller-not-created"
	KindControllerNameMismatch Kind = "controller-name-mismatch"
	KindControllerNameTaken    Kind = "controller-name-taken"
	KindControllerPortTaken    Kind = "controller-port-taken"
	KindRemoteAPIURLRequired   Kind = "remote-api-url-required"
	KindDockerGitCLIMissing    Kind = "docker-git-cli-missing"

	// Platforms and remote daemons.
	KindWSLIntegrationDisabled Kind = "wsl-integration-disabled"
	KindSSHUnreachable         Kind = "ssh-unreachable"
	KindSSHAuthFailed          Kind = "ssh-auth-failed"
	KindSSHHostKeyUnknown      Kind = "ssh-host-key-unknown"
	KindRemoteDockerMissing    Kind = "remote-docker-missing"
	KindTLSKeyReadable         Kind = "tls-key-readable"
)

// kindInfo is the fixed, code-level metadata of a kind. Titles, explanations
// and steps live in assets/remediation so they can be edited as prose.
type kindInfo struct {
	kind     Kind
	severity Severity
	exitCode int
}

// kindTable lists every kind in priority order: when several error findings
// are present the first one here decides the exit code. It is a function, not
// a package variable, so nothing can mutate the table at run time.
func kindTable() []kindInfo {
	return []kindInfo{
		{KindEndpointInvalid, SeverityError, 12},
		{KindWSLIntegrationDisabled, SeverityError, 35},
		{KindSSHHostKeyUnknown, SeverityError, 38},
		{KindSSHAuthFailed, SeverityError, 37},
		{KindSSHUnreachable, SeverityError, 36},
		{KindRemoteDockerMissing, SeverityError, 39},
		{KindTLSError, SeverityError, 18},
		{KindGroupMembershipPending, SeverityError, 16},
		{KindSocketPermissionDenied, SeverityError, 15},
		{KindAlternateSocketAvailable, SeverityError, 19},
		{KindDaemonUnreachable, SeverityError, 13},
		{KindDaemonUnresponsive, SeverityError, 14},
		{KindAPIVersionMismatch, SeverityError, 17},
		// docker-git cannot create or reach its controller without these, so
		// they come before the controller findings they cause.
		{KindDockerCLIMissing, SeverityError, 10},
		{KindComposePluginMissing, SeverityWarning, 11},
		{KindRemoteAPIURLRequired, SeverityError, 32},
		{KindControllerPortTaken, SeverityError, 29},
		{KindControllerNameTaken, SeverityError, 31},
		{KindControllerNameMismatch, SeverityError, 30},
		{KindControllerMissing, SeverityError, 21},
		{KindControllerNotRunning, SeverityError, 22},
		{KindControllerRestarting, SeverityError, 23},
		{KindControllerSocketNotMounted, SeverityError, 27},
		{KindControllerUnhealthy, SeverityError, 24},
		{KindControllerAPIUnreachable, SeverityError, 25},
		{KindControllerRevisionMismatch, SeverityError, 26},
		{KindUnknown, SeverityError, 28},
		{KindSudoFallbackOnly, SeverityWarning, 20},
		{KindControllerNotCreated, SeverityWarning, 33},
		{KindDockerGitCLIMissing, SeverityWarning, 34},
		{KindTLSKeyReadable, SeverityWarning, 40},
	}
}

// AllKinds returns every kind in priority order.
func AllKinds() []Kind {
	table := kindTable()
	out := make([]Kind, len(table))
	for i, e := range table {
		out[i] = e.kind
	}
	return out
}

func lookupKind(k Kind) (kindInfo, int, bool) {
	table := kindTable()
	for i, e := range table {
		if e.kind == k {
			return e, i, true
		}
	}
	return kindInfo{}, len(table), false
}

// Valid reports whether k is one of the documented kinds.
func (k Kind) Valid() bool {
	_, _, ok := lookupKind(k)
	return ok
}

// Severity is how bad a finding of this kind is.
func (k Kind) Severity() Severity {
	info, _, ok := lookupKind(k)
	if !ok {
		return SeverityError
	}
	return info.severity
}

// ExitCode is the documented process exit code for this kind. Codes start at
// 10 so they never collide with 0 (ready) or 1 (usage error).
func (k Kind) ExitCode() int {
	info, _, ok := lookupKind(k)
	if !ok {
		return KindUnknown.ExitCode()
	}
	return info.exitCode
}

// priority orders kinds; lower comes first.
func (k Kind) priority() int {
	_, i, _ := lookupKind(k)
	return i
}

// Severity of a finding.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// ExitUsage is the exit code for bad flags or arguments.
const ExitUsage = 1
