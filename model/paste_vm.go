package model

import (
	"net"
	"regexp"
	"strings"
)

// A VM tool (docker-machine, Docker Toolbox's Quickstart Terminal around
// it, the boot2docker CLI, Minishift) runs the daemon in a virtual machine
// of its own and points the client at it over TCP: its own commands start
// that machine, not a service of this system. A paste shows one by the
// tool's commands run (typed after a prompt, or alone on their line) and
// by its own output; advice to run one ("you might need to run
// `docker-machine start default`") shows none, except beside the
// endpoint docker-machine gives its VirtualBox machines.

// PastedVM is what a paste shows of a VM tool: the tool (docker-machine,
// boot2docker, minishift; "" when none or several), the machine it names,
// the hypervisor driver its start command names, and whether a statement
// says the CPU's virtualization is off in the firmware (any VM tool's,
// VirtualBox's).
type PastedVM struct {
	Tool              Install
	Machine, Driver   string
	VirtualizationOff bool
	// Quickstart: Docker Toolbox's Quickstart Terminal printed it, a bash
	// shell even on Windows.
	Quickstart bool
	// MachineMissing: docker-machine said its machine does not exist.
	MachineMissing bool
}

// machineMissing is docker-machine saying the machine does not exist.
var machineMissing = regexp.MustCompile(`(?i)\bHost does not exist: "?([\w.-]+?)"?$|\bDocker machine "([\w.-]+)" does not exist\b`)

// quickstartShown is the output of Docker Toolbox's Quickstart Terminal
// script (start.sh).
var quickstartShown = regexp.MustCompile(`^Looks like something went wrong in step\b|^Setting environment variables for machine \S+\.\.\.$`)

// vmToolSigns are the lines that show each tool: its commands run, then
// output only it prints. Minishift's output holds docker-machine's words
// (libmachine's "Error creating machine"), so it is read first.
var vmToolSigns = []struct {
	tool Install
	re   *regexp.Regexp
}{
	{InstallMinishift, regexp.MustCompile(`(?i)(^|[$#>:%]\s*)minishift(\.exe)? (start|stop|status|delete|docker-env|ip|ssh)\b|^-- Starting (profile '[^']*'|Minishift VM)\b|\bMinishift VM\b`)},
	{InstallBoot2Docker, regexp.MustCompile(`(?i)(^|[$#>:%]\s*)(\S*/)?boot2docker(\.exe)? (up|start|boot|init|restart|shellinit|status|ip|down|stop|halt|ssh)\b|^To connect the Docker client to the Docker daemon, please set:$|\bboot2docker-vm\b`)},
	{InstallDockerMachine, regexp.MustCompile(`(?i)(^|[$#>:%]\s*)docker-machine(\.exe)? (start|restart|env|create|ls|regenerate-certs|ip|status|stop|ssh|rm)\b|^Setting environment variables for machine \S+\.\.\.$|^Looks like something went wrong in step\b|^Started machines may have new IP addresses\b|^Starting "[\w.-]+"\.\.\.$|^\([\w.-]+\) (Waiting for an IP|Check network to re-create if needed|Creating VirtualBox VM)\b|^export DOCKER_MACHINE_NAME=`)},
}

// machineCheckSaid is docker-machine's library (libmachine) checking a
// machine's daemon: docker-machine's, unless another VM tool built on the
// library (minishift) is shown.
var machineCheckSaid = regexp.MustCompile(`\bError checking and/or regenerating the certs\b|\bThere was an error validating certificates for host\b|^\W*Daemon not responding yet: `)

// machineCommand is a docker-machine command run on a machine, and its
// arguments: the machine is the last.
var machineCommand = regexp.MustCompile(`(?i)(?:^|[$#>:%]\s*)docker-machine(?:\.exe)? (?:start|restart|env|regenerate-certs|ip|status|stop)((?:\s+\S+)*)\s*$`)

// machineCreate is docker-machine creating a machine, and its arguments:
// the machine is the last, after flags that mostly take a value.
var machineCreate = regexp.MustCompile(`(?i)(?:^|[$#>:%]\s*)docker-machine(?:\.exe)? create((?:\s+\S+)+)\s*$`)

// vmMachineName are the places docker-machine's machine name shows besides
// its commands: Toolbox's start script, docker-machine's own output and
// its env output.
var vmMachineName = []*regexp.Regexp{
	regexp.MustCompile(`^Setting environment variables for machine ([\w.-]+?)\.\.\.$`),
	regexp.MustCompile(`^Looks like something went wrong in step .Checking if machine ([\w.-]+) exists.`),
	regexp.MustCompile(`^Starting "([\w.-]+)"\.\.\.$`),
	regexp.MustCompile(`^\(([\w.-]+)\) (?:Waiting for an IP|Check network to re-create if needed|Creating VirtualBox VM)\b`),
	regexp.MustCompile(`^export DOCKER_MACHINE_NAME="?([\w.-]+)"?$`),
}

// machineName is a machine's name as docker-machine accepts it (no
// sentence's full stop after it).
var machineName = regexp.MustCompile(`^[A-Za-z0-9][\w-]*(\.[\w-]+)*$`)

// minishiftDriver is the hypervisor a minishift start names: without it
// minishift starts with its configured or platform default driver.
var minishiftDriver = regexp.MustCompile(`(?i)(?:^|[$#>:%]\s*)minishift(?:\.exe)? start\b.*\s--vm-driver[= ]([\w-]+)\b`)

// vmHostSet is the endpoint a VM tool's output or a typed command sets
// (`export DOCKER_HOST=tcp://192.168.59.103:2375`, docker-machine env's
// lines, PowerShell's $Env:DOCKER_HOST = "…").
var vmHostSet = regexp.MustCompile(`(?i)(?:^|[$#>:%]\s*)(?:export |set |\$Env:)?DOCKER_HOST\s*=\s*"?(tcp://[\w.-]+:\d+)"?$`)

// readVMTool records the one VM tool the paste's lines show, the machine
// they name, and the endpoint they set when no statement named one; and
// whether a statement says virtualization is off. A client that dialled a
// socket or a pipe was not pointed at a tool's machine: no tool is read
// then.
func (p *Paste) readVMTool(lines []pasteLine, whole string) {
	shown := map[Install]bool{}
	var names []string
	var host, driver string
	machineChecked := false
	for _, l := range lines {
		if l.role == roleAdvice {
			continue
		}
		text := strings.TrimSpace(l.text)
		if l.role == roleCommand {
			if c := commandText(l); c != "" {
				text = c
			}
		}
		if l.role == roleStatement && virtualizationOff.MatchString(text) {
			p.VM.VirtualizationOff = true
		}
		for _, s := range vmToolSigns {
			if s.re.MatchString(text) {
				shown[s.tool] = true
				break
			}
		}
		if machineCheckSaid.MatchString(text) {
			machineChecked = true
		}
		p.VM.Quickstart = p.VM.Quickstart || quickstartShown.MatchString(text)
		if m := machineMissing.FindStringSubmatch(text); m != nil && l.role == roleStatement {
			p.VM.MachineMissing = true
			names = append(names, m[1]+m[2])
		}
		if n := machineOfCreate(text); n != "" {
			names = append(names, n)
		}
		if n := machineOfCommand(text); n != "" {
			names = append(names, n)
		}
		for _, re := range vmMachineName {
			if m := re.FindStringSubmatch(text); m != nil {
				names = append(names, m[1])
				break
			}
		}
		if m := minishiftDriver.FindStringSubmatch(text); m != nil && driver == "" {
			driver = m[1]
		}
		if m := vmHostSet.FindStringSubmatch(text); m != nil && host == "" {
			host = m[1]
		}
	}
	if strings.HasPrefix(p.Host, "unix://") || strings.HasPrefix(p.Host, "npipe://") {
		return
	}
	if len(shown) == 0 && (machineChecked || dockerMachineEndpoint(p.Host) && strings.Contains(whole, "docker-machine")) {
		shown[InstallDockerMachine] = true
	}
	if len(shown) != 1 {
		return
	}
	for tool := range shown {
		p.VM.Tool = tool
	}
	switch p.VM.Tool {
	case InstallMinishift:
		p.VM.Driver = driver
	case InstallDockerMachine:
		for _, n := range names {
			if p.VM.Machine != "" && p.VM.Machine != n {
				// Several machines: which one failed is not shown.
				p.VM.Machine = ""
				break
			}
			p.VM.Machine = n
		}
	}
	if p.Host == "" {
		p.Host = host
	}
}

// machineOfCommand is the machine a docker-machine command line names: its
// last argument, after flags and their values ("" when the line is no
// such command, or prose that goes on after it).
func machineOfCommand(text string) string {
	m := machineCommand.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	args := strings.Fields(m[1])
	n := len(args)
	if n == 0 || n > 3 || !machineName.MatchString(args[n-1]) {
		return ""
	}
	for i, a := range args[:n-1] {
		// A flag, or --shell's value (the only flag of these commands
		// that takes one).
		if !strings.HasPrefix(a, "-") && (i == 0 || args[i-1] != "--shell") {
			return ""
		}
	}
	if n > 1 && args[n-2] == "--shell" {
		return ""
	}
	return args[n-1]
}

// machineOfCreate is the machine a docker-machine create line names: its
// last argument, when the one before it is no flag (whose value it could
// be) and it is a machine's name ("" otherwise).
func machineOfCreate(text string) string {
	m := machineCreate.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	args := strings.Fields(m[1])
	n := len(args)
	if !machineName.MatchString(args[n-1]) || n > 1 && strings.HasPrefix(args[n-2], "-") && !strings.Contains(args[n-2], "=") {
		return ""
	}
	return args[n-1]
}

// dockerMachineEndpoint is the endpoint docker-machine gives its VirtualBox
// machines: TLS port 2376 on the host-only network 192.168.99.0/24.
func dockerMachineEndpoint(host string) bool {
	proto, addr, err := ParseHost(host)
	if err != nil || proto != "tcp" {
		return false
	}
	h, port, err := net.SplitHostPort(addr)
	return err == nil && port == "2376" && strings.HasPrefix(h, "192.168.99.")
}

// virtualizationOff is a statement saying the CPU's virtualization
// extension is off in the firmware: docker-machine's and minikube's
// VirtualBox driver, VirtualBox's own VERR_VMX and VERR_SVM errors.
var virtualizationOff = regexp.MustCompile(`(?i)\bdoesn't have VT-X/AMD-v enabled\b|\bVT-x is disabled in the BIOS\b|\bAMD-V is disabled in the BIOS\b`)

// vmPlatformOfCause is the platform of a daemon finding whose paste shows
// a VM tool, or says virtualization is off: the tool's commands, for its
// machine, on the platform the paste gives (ok is false for other
// findings).
func vmPlatformOfCause(c PasteCause, p Paste, base Platform) (Platform, bool) {
	if c.Kind != KindDaemonUnreachable && c.Kind != KindDaemonUnresponsive || p.VM.Tool == "" && !p.VM.VirtualizationOff {
		return base, false
	}
	if !base.Attempted {
		base = unprobedPlatform()
	}
	if p.VM.Tool != "" {
		base.Install, base.Machine, base.VMDriver = p.VM.Tool, p.VM.Machine, p.VM.Driver
		base.MachineMissing = p.VM.Tool == InstallDockerMachine && p.VM.MachineMissing
		if base.MachineMissing && p.VM.Quickstart {
			// The Quickstart Terminal creates its machine with VirtualBox.
			base.VMDriver = "virtualbox"
		}
	}
	base.VirtualizationOff = p.VM.VirtualizationOff
	if p.VM.Quickstart && base.OS == "windows" {
		// Toolbox's terminal on Windows is Git's bash: its commands
		// are a POSIX shell's, not PowerShell's.
		base = Platform{Attempted: true, Install: base.Install, Machine: base.Machine, VMDriver: base.VMDriver,
			MachineMissing: base.MachineMissing, VirtualizationOff: base.VirtualizationOff}
	}
	return base, true
}
