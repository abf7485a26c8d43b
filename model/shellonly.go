package model

import "strings"

// ShellOnly reports whether command changes the state of the shell that runs
// it (its environment, working directory or groups) rather than the
// machine: export, unset, cd, source (or .), newgrp, exec, alias, eval, or a
// bare VAR=value. Run in a child shell, such a step changes nothing the
// user keeps, so the dashboard does not run it: the user runs it in their
// own shell. A command list (;, &&, ||, |) is shell-only when any part is.
func ShellOnly(command string) bool {
	for _, part := range splitCommandList(command) {
		words := strings.Fields(part)
		if len(words) == 0 {
			continue
		}
		switch words[0] {
		case "export", "unset", "cd", "source", ".", "newgrp", "exec", "alias", "unalias", "eval", "set", "pushd", "popd", "umask", "ulimit":
			return true
		}
		if isAssignment(words[0]) && len(words) == 1 {
			return true
		}
	}
	return false
}

// splitCommandList splits at the shell's list operators outside quotes.
func splitCommandList(s string) []string {
	var parts []string
	var quote rune
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == ';' || r == '|' || r == '&':
			parts = append(parts, string(rs[start:i]))
			if i+1 < len(rs) && (rs[i+1] == '|' || rs[i+1] == '&') {
				i++
			}
			start = i + 1
		}
	}
	return append(parts, string(rs[start:]))
}

// isAssignment reports whether w is NAME=value.
func isAssignment(w string) bool {
	name, _, ok := strings.Cut(w, "=")
	if !ok || name == "" {
		return false
	}
	for i, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
