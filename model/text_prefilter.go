package model

import (
	"regexp/syntax"
	"strings"
)

// A rule's regular expression can only match a statement that contains one
// of the literals every match must contain. Checking those literals first
// (lower-cased, as every rule ignores case) skips most rules on most lines
// without running the regular expression; the answer is the same.

// requiredLiterals returns lower-cased strings of which every match of
// pattern contains at least one, or nil when no such set is known.
func requiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return mustContain(re.Simplify())
}

func mustContain(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture:
		return mustContain(re.Sub[0])
	case syntax.OpPlus:
		return mustContain(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustContain(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits := mustContain(sub)
			if lits == nil {
				return nil
			}
			out = append(out, lits...)
		}
		return out
	case syntax.OpConcat:
		// Adjacent literals form a longer one; otherwise the most selective
		// part decides (the one whose shortest literal is longest).
		var best []string
		score := func(lits []string) int {
			shortest := -1
			for _, l := range lits {
				if n := len(l); shortest < 0 || n < shortest {
					shortest = n
				}
			}
			return shortest
		}
		var run strings.Builder
		flush := func() {
			if run.Len() > 0 {
				if lits := []string{strings.ToLower(run.String())}; score(lits) > score(best) {
					best = lits
				}
				run.Reset()
			}
		}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral {
				run.WriteString(string(sub.Rune))
				continue
			}
			flush()
			if lits := mustContain(sub); lits != nil && score(lits) > score(best) {
				best = lits
			}
		}
		flush()
		return best
	}
	return nil
}

// mayMatch reports whether a lower-cased statement contains one of lits
// (nil lits: no constraint).
func mayMatch(lits []string, lower string) bool {
	if lits == nil {
		return true
	}
	for _, l := range lits {
		if strings.Contains(lower, l) {
			return true
		}
	}
	return false
}
