package model

// varsFromPaste fills templates for a finding read from a paste: only values
// the paste names are real; everything else is a placeholder the reader
// recognises as one.
func varsFromPaste(p Paste) Vars {
	v := PasteVars()
	if p.Host != "" {
		v.Host = RedactHost(p.Host)
		if proto, addr, err := ParseHost(p.Host); err == nil && proto == "unix" {
			v.SocketPath = addr
		}
	}
	if p.Container != "" {
		v.Container = p.Container
	}
	if p.APIURL != "" {
		v.APIURL = RedactHost(p.APIURL)
		v.APIPort = portOf(v.APIURL)
	}
	return v
}

// PasteVars is a Vars of placeholders only, for text read from a paste.
func PasteVars() Vars {
	return Vars{
		User: "<your user>", UID: -1, Group: "<socket group>", GID: -1,
		SocketPath: "<socket path>", SocketDir: "<socket directory>", Host: "<daemon endpoint>",
		Context: "<context>", APIURL: "<API URL>", APIPort: "<API port>", Container: "<controller name>",
		AlternateHost: "<other endpoint>", AlternateProduct: "<other daemon>", AlternatePath: "<other socket>",
		ExpectedRevision: "<expected revision>", Revision: "<revision>",
		SSHTarget: "<ssh host>", SSHHost: "<ssh host>",
	}
}
