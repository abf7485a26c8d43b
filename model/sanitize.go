package model

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// ansiSequence matches CSI, OSC, DCS/SOS/PM/APC strings and two-byte ESC
// sequences, so pasted text can never clear the screen, move the cursor or
// retitle the window when we print it.
func compileAnsiSequence() *regexp.Regexp {
	return regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]`)
}

// SanitizeText makes untrusted text safe to render in a terminal: escape
// sequences are removed and any other control character (except newline and
// tab) is shown in caret notation. Invalid UTF-8 is dropped.
func SanitizeText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = ansiSequence().ReplaceAllString(s, "")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			// CRLF pastes are common; a lone CR would overwrite the line.
		case r < 0x20:
			b.WriteString("^" + string(rune(r+'@')))
		case r == 0x7f:
			b.WriteString("^?")
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, "\\u%04x", r)
		case r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ansiSequence is compiled once on first use and never changes afterwards.
var ansiSequence = sync.OnceValue(compileAnsiSequence)
