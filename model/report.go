package model

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// CheckID names one check area; the dashboard shows one panel per check.
type CheckID string

const (
	CheckCLI           CheckID = "cli"
	CheckCompose       CheckID = "compose"
	CheckEndpoint      CheckID = "endpoint"
	CheckSocket        CheckID = "socket"
	CheckDaemon        CheckID = "daemon"
	CheckAlternates    CheckID = "alternates"
	CheckSudo          CheckID = "sudo"
	CheckController    CheckID = "controller"
	CheckControllerAPI CheckID = "controller-api"
)

// AllChecks lists the checks in display order.
func AllChecks() []CheckID {
	return []CheckID{CheckCLI, CheckCompose, CheckEndpoint, CheckSocket, CheckDaemon,
		CheckAlternates, CheckSudo, CheckController, CheckControllerAPI}
}

// Title is the human name of a check area.
func (c CheckID) Title() string {
	switch c {
	case CheckCLI:
		return "Docker CLI"
	case CheckCompose:
		return "Compose plugin"
	case CheckEndpoint:
		return "Endpoint"
	case CheckSocket:
		return "Socket"
	case CheckDaemon:
		return "Daemon"
	case CheckAlternates:
		return "Other sockets"
	case CheckSudo:
		return "Sudo fallback"
	case CheckController:
		return "Controller container"
	case CheckControllerAPI:
		return "Controller API"
	}
	return string(c)
}

// Status of a check.
type Status string

const (
	StatusOK      Status = "ok"
	StatusFail    Status = "fail"
	StatusWarn    Status = "warn"
	StatusSkipped Status = "skipped"
	// StatusInfo is a check that found no fault of its own but offers no
	// way out either: the sudo fallback fails too, no other socket answers.
	// It is neither "ok" (that would read as "this works") nor a failure.
	StatusInfo Status = "info"
)

// Check is one check area's outcome.
type Check struct {
	ID       CheckID       `json:"id"`
	Status   Status        `json:"status"`
	Duration time.Duration `json:"-"`
	Detail   string        `json:"detail"`
	// Kinds are the findings this check produced, for the dashboard.
	Kinds []Kind `json:"kinds,omitempty"`
}

// MarshalJSON writes the duration as duration_ms.
func (c Check) MarshalJSON() ([]byte, error) {
	type plain Check
	return json.Marshal(struct {
		plain
		DurationMS float64 `json:"duration_ms"`
	}{plain(c), float64(c.Duration.Microseconds()) / 1000})
}

// Step is one remediation step. Done is nil when no probe can verify it.
type Step struct {
	Step    string `json:"step"`
	Command string `json:"command,omitempty"`
	Done    *bool  `json:"done"`
	// Verify names the fact that decides Done ("" when manual).
	Verify string `json:"-"`
}

// Finding is one diagnosed failure with its evidence and checklist.
type Finding struct {
	Kind     Kind     `json:"kind"`
	Severity Severity `json:"severity"`
	Check    CheckID  `json:"check"`
	// Source says where the finding's facts come from: this machine's
	// probes, or a pasted message (explain).
	Source      FindingSource `json:"source"`
	Title       string        `json:"title"`
	Explanation string        `json:"explanation"`
	Evidence    []string      `json:"evidence"`
	Checklist   []Step        `json:"checklist"`
}

// FindingSource is where a finding's facts were read.
type FindingSource string

const (
	SourceProbe FindingSource = "probe"
	SourcePaste FindingSource = "paste"
)

// EndpointSummary is the report's view of the endpoint.
type EndpointSummary struct {
	Host    string         `json:"host"`
	Source  EndpointSource `json:"source"`
	Context string         `json:"context,omitempty"`
}

// IdentitySummary is the report's view of who probed.
type IdentitySummary struct {
	UID      int     `json:"uid"`
	User     string  `json:"user"`
	GID      int     `json:"gid"`
	Groups   []Group `json:"groups"`
	DBGroups []Group `json:"db_groups"`
}

// SocketSummary is the report's view of the daemon socket, present when
// the endpoint is a unix socket that exists.
type SocketSummary struct {
	Path  string `json:"path"`
	Owner string `json:"owner"`
	UID   int    `json:"uid"`
	Group string `json:"group"`
	GID   int    `json:"gid"`
	// Mode is the permission bits in octal, like "0660".
	Mode string `json:"mode"`
}

// DaemonSummary is the report's view of the daemon.
type DaemonSummary struct {
	Version    string `json:"version,omitempty"`
	APIVersion string `json:"api_version,omitempty"`
	Rootless   bool   `json:"rootless,omitempty"`
}

// PlatformSummary is the report's view of the machine (model/platform.go).
type PlatformSummary struct {
	OS               string         `json:"os"`
	Arch             string         `json:"arch,omitempty"`
	Distro           string         `json:"distro,omitempty"`
	DistroLike       []string       `json:"distro_like,omitempty"`
	DistroName       string         `json:"distro_name,omitempty"`
	Family           Family         `json:"family,omitempty"`
	WSL              bool           `json:"wsl"`
	WSLVersion       int            `json:"wsl_version,omitempty"`
	ServiceManager   ServiceManager `json:"service_manager,omitempty"`
	SELinuxEnforcing bool           `json:"selinux_enforcing"`
	Install          Install        `json:"install,omitempty"`
	Label            string         `json:"label"`
	// Self is the command that runs this tool here: its name when PATH
	// finds it, else its path.
	Self string `json:"self,omitempty"`
}

// Summary is the report's view of the platform; nil when it was not probed.
func (p Platform) Summary() *PlatformSummary {
	if !p.Attempted {
		return nil
	}
	return &PlatformSummary{OS: p.OS, Arch: p.Arch, Distro: p.DistroID, DistroLike: p.DistroLike,
		DistroName: p.DistroName, Family: p.Family(), WSL: p.WSL, WSLVersion: p.WSLVersion,
		ServiceManager: p.ServiceManager, SELinuxEnforcing: p.SELinuxEnforcing, Install: p.Install,
		Label: p.Label(), Self: p.Self}
}

// Report is the classified result of one probe cycle: what the one-shot
// output prints and what the dashboard renders.
type Report struct {
	OK       bool             `json:"ok"`
	Platform *PlatformSummary `json:"platform,omitempty"`
	Endpoint EndpointSummary  `json:"endpoint"`
	Identity IdentitySummary  `json:"identity"`
	Daemon   DaemonSummary    `json:"daemon"`
	Socket   *SocketSummary   `json:"socket,omitempty"`
	Findings []Finding        `json:"findings"`
	Checks   []Check          `json:"checks"`
}

// FirstError is the highest-priority finding of severity error (findings
// are kept in priority order), and whether there is one.
func (r Report) FirstError() (Finding, bool) {
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			return f, true
		}
	}
	return Finding{}, false
}

// ExitCode is 0 when no finding is an error, else the code of the
// highest-priority error finding.
func (r Report) ExitCode() int {
	if f, ok := r.FirstError(); ok {
		return f.Kind.ExitCode()
	}
	return 0
}

// Check returns the check with id, and whether it is present.
func (r Report) Check(id CheckID) (Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}

// Has reports whether the report contains a finding of kind k.
func (r Report) Has(k Kind) bool {
	for _, f := range r.Findings {
		if f.Kind == k {
			return true
		}
	}
	return false
}

// OKVerdict is the verdict on a report whose Docker access works (OK):
// docker-git is ready, unless the docker-git CLI was not found on PATH,
// which no working Docker makes up for.
func (r Report) OKVerdict() string {
	if r.Has(KindDockerGitCLIMissing) {
		return "Docker access OK; the docker-git CLI is not on PATH"
	}
	return "Docker access OK: docker-git is ready"
}

// ControllerHealthy reports whether docker-git's controller answered
// /health with a 2xx in this report (the controller-api check passed).
func (r Report) ControllerHealthy() bool {
	c, ok := r.Check(CheckControllerAPI)
	return ok && c.Status == StatusOK
}

// WaitFor is what the dashboard's --exit-when-ready waits for.
type WaitFor string

const (
	// WaitDockerGit: docker-git can run (no error finding: Docker access,
	// and Compose v2 when its controller has to be created).
	WaitDockerGit WaitFor = "docker-git"
	// WaitController: that, and a healthy controller.
	WaitController WaitFor = "controller"
)

// ReadyFor reports whether the report reaches w.
func (r Report) ReadyFor(w WaitFor) bool {
	if w == WaitController {
		return r.OK && r.ControllerHealthy()
	}
	return r.OK
}

// endpointLabel names the endpoint in a report: its host (redacted), or,
// when none resolved, a placeholder saying which context did not resolve.
func endpointLabel(e Endpoint) string {
	if strings.TrimSpace(e.Host) != "" {
		return RedactHost(e.Host)
	}
	if e.Context != "" {
		return fmt.Sprintf("<context %q does not resolve>", e.Context)
	}
	return PlaceholderHost
}

// userLabel names the probing user in a report: the user database's name,
// or a placeholder with the uid when it has none.
func userLabel(id Identity) string {
	if id.User != "" {
		return id.User
	}
	return fmt.Sprintf("<uid %d: no user name found>", id.UID)
}
