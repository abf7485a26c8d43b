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
