package model

import "strings"

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
	proto, addr, err := ParseHostOn(p.Host, "windows")
	if err != nil {
		return on
	}
	switch {
	case proto == "npipe" && on.OS != "windows":
		return Platform{Attempted: true, OS: "windows"}
	case proto == "unix" && strings.HasPrefix(addr, "/Users/") && macInstallOf(addr) != "" && !on.MacOS():
		return Platform{Attempted: true, OS: "darwin", Install: macInstallOf(addr)}
	}
	return on
}
