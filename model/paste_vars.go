package model

// varsFromPaste fills templates for a finding read from a paste: only values
// the paste names are real; everything else is a placeholder the reader
// recognises as one.
func varsFromPaste(p Paste) Vars {
	v := PasteVars()
	v.setHost(p.Host)
	if p.Container != "" {
		v.Container = p.Container
	}
	v.setAPIURL(p.APIURL)
	if p.APIPort != "" && p.APIURL == "" {
		v.APIPort = p.APIPort
	}
	return v
}
