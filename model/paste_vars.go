package model

import (
	"regexp"
	"strings"
)

// varsFromPaste fills templates for a finding read from a paste: only values
// the paste names are real; everything else is a placeholder the reader
// recognises as one.
func varsFromPaste(p Paste) Vars {
	v := PasteVars()
	v.setHost(p.Host)
	if p.Group != "" {
		v.Group = p.Group
	}
	if p.Container != "" {
		v.Container = p.Container
	}
	v.setAPIURL(p.APIURL)
	v.PastedWording = p.PastedWording
	if p.OtherFromSystemd {
		v.AlternateHost, v.AlternatePath, v.AlternateSystemd = p.OtherHost, DefaultSocketPath, true
	} else if p.OtherHost != "" {
		v.AlternateHost, v.AlternateNamed = RedactHost(p.OtherHost), true
		if _, addr, err := ParseHost(p.OtherHost); err == nil && strings.HasPrefix(p.OtherHost, "unix://") {
			v.AlternatePath = addr
		}
	}
	if p.APIPort != "" && p.APIURL == "" {
		v.APIPort = p.APIPort
	}
	return v
}

// platformOfPaste is the platform whose commands a pasted finding gives:
// the reader's (on), as a paste usually comes from the machine explain runs
// on, unless the paste's endpoint shows another one, a Windows named pipe
// or a macOS app's socket under /Users: then that platform's commands are
// the ones that can run where the error happened.
func platformOfPaste(p Paste, on Platform) Platform {
	if proto, addr, err := ParseHostOn(p.Host, "windows"); err == nil {
		switch {
		case proto == "npipe" && on.OS != "windows":
			return Platform{Attempted: true, OS: "windows"}
		case proto == "unix" && strings.HasPrefix(addr, "/Users/") && macInstallOf(addr) != "" && !on.MacOS():
			return Platform{Attempted: true, OS: "darwin", Install: macInstallOf(addr)}
		}
	}
	// The app the paste's statements name serves Docker where the paste
	// ran: its commands, on the reader's system (OrbStack runs on macOS
	// only; Docker Desktop on Linux is its own install; in WSL and on
	// Windows Docker Desktop's commands are the reader's already).
	named, os := appNamed(p)
	if named == "" {
		named = p.AppRun
	}
	if named == "" {
		return on
	}
	if !on.Attempted {
		on = unprobedPlatform()
	}
	switch {
	case os != "" && os != on.OS:
		return Platform{Attempted: true, OS: os, Install: named}
	case named == InstallOrbStack && !on.MacOS():
		return Platform{Attempted: true, OS: "darwin", Install: named}
	case named == InstallDockerDesktop && on.MacOS():
		on.Install = named
	case named == InstallDockerDesktop && on.OS == "linux" && !on.WSL:
		on.Install = InstallDesktopLinux
	case named != InstallDockerDesktop:
		on.Install = named
	}
	return on
}

// appNames are the words by which a statement names the app serving
// Docker, and the system it runs on when the name says.
var appNames = []struct {
	install Install
	os      string
	re      *regexp.Regexp
}{
	{InstallColima, "", regexp.MustCompile(`(?i)\bcolima\b`)},
	{InstallOrbStack, "", regexp.MustCompile(`(?i)\borb(stack|ctl)\b`)},
	{InstallRancherDesktop, "", regexp.MustCompile(`(?i)\bRancher Desktop\b|\brdctl\b`)},
	{InstallPodmanMachine, "", regexp.MustCompile(`(?i)\bpodman machine\b|\bpodman-machine-\w+`)},
	{InstallDockerDesktop, "", regexp.MustCompile(`(?i)\bDocker Desktop\b|\bcom\.docker\.(backend|virtualization)\b`)},
	{InstallDockerDesktop, "darwin", regexp.MustCompile(`(?i)\bDocker for Mac\b`)},
	{InstallDockerDesktop, "windows", regexp.MustCompile(`(?i)\bDocker for Windows\b`)},
}

// appTool is a line running an app's own tool, and the app.
var appTool = regexp.MustCompile(`^(?:sudo )?(colima|orb|orbctl|rdctl|podman machine) (?:start|restart|stop|status|list|ls|init|ssh|delete|set)\b`)

// appRun is the one app whose own tool the paste shows run (a prompted
// command, or the command alone on its line), or "" when it shows none or
// several; advice telling to run one is no evidence.
func appRun(lines []pasteLine) Install {
	tools := map[string]Install{"colima": InstallColima, "orb": InstallOrbStack, "orbctl": InstallOrbStack,
		"rdctl": InstallRancherDesktop, "podman machine": InstallPodmanMachine}
	var run Install
	for _, l := range lines {
		if l.role == roleAdvice {
			continue
		}
		cmd := commandText(l)
		if cmd == "" {
			cmd = l.text
		}
		m := appTool.FindStringSubmatch(cmd)
		if m == nil {
			continue
		}
		if run != "" && run != tools[m[1]] {
			return ""
		}
		run = tools[m[1]]
	}
	return run
}

// appNamed is the one app the statements of the paste's findings name
// ("colima is not running", "Docker Desktop is starting"), with the system
// its name gives, or "" when they name none or several: advice naming an
// app is no evidence of it.
func appNamed(p Paste) (Install, string) {
	var named Install
	var os string
	for _, c := range p.Causes {
		for _, s := range c.Statements {
			for _, a := range appNames {
				if !a.re.MatchString(s) {
					continue
				}
				if named != "" && (named != a.install || os != "" && a.os != "" && os != a.os) {
					return "", ""
				}
				named = a.install
				if a.os != "" {
					os = a.os
				}
			}
		}
	}
	return named, os
}
