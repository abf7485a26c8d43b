package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/docker-git/docker-git-tui/model"
)

// Size thresholds of the layout.
const (
	minWidth   = 60 // below minWidth x minHeight only "too small" shows
	minHeight  = 15
	wideWidth  = 100 // from here the panel list sits left of the detail
	listWidth  = 30  // width of the panel list in the wide layout
	cellWidth  = 28  // width of one panel cell in the narrow grid
	shortFrame = 20  // below this height the header drops the groups line
)

// separator sits between panel list and detail in the wide layout.
const separator = " │ "

// layout is where each part of the frame goes for one terminal size.
type layout struct {
	tooSmall           bool
	wide               bool
	headerLines        int
	bodyH              int
	listW, listH       int
	cols               int
	detailW, detailH   int
	overlayW, overlayH int
}

// computeLayout splits a width x height terminal into header, body and footer,
// and the body into panel list and detail.
func computeLayout(width, height, footerLines int) layout {
	var l layout
	if width < minWidth || height < minHeight {
		l.tooSmall = true
		return l
	}
	l.headerLines = 4
	if height < shortFrame {
		l.headerLines = 3
	}
	l.bodyH = max(1, height-l.headerLines-footerLines)
	l.overlayW, l.overlayH = width, l.bodyH
	if width >= wideWidth {
		l.wide = true
		l.cols = 1
		l.listW = listWidth
		l.listH = l.bodyH
		l.detailW = width - listWidth - cellWidthOf(separator)
		l.detailH = l.bodyH
		return l
	}
	l.cols = max(1, min(3, width/cellWidth))
	rows := (len(model.AllChecks()) + l.cols - 1) / l.cols
	l.listW = width
	l.listH = max(1, min(rows, l.bodyH/2))
	l.detailW = width
	l.detailH = max(0, l.bodyH-l.listH)
	return l
}

// tooSmallLine is the whole frame when the terminal is below the minimum.
func tooSmallLine(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	msg := fmt.Sprintf("too small: %dx%d, need %dx%d", width, height, minWidth, minHeight)
	return fitLine(msg, width)
}

// fitLine cuts s to at most width cells with an ellipsis. It measures with
// both grapheme and wcwidth rules because terminals disagree on emoji and
// the frame must never overflow under either; the two rules can disagree by
// a cell either way, so it tries shorter cuts until both agree it fits.
func fitLine(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if fits(s, width) {
		return s
	}
	for n := width; n > 0; n-- {
		if c := ansi.Truncate(s, n, "…"); fits(c, width) {
			return c
		}
		if c := ansi.TruncateWc(s, n, "…"); fits(c, width) {
			return c
		}
	}
	return ""
}

func fits(s string, width int) bool {
	return ansi.StringWidth(s) <= width && ansi.StringWidthWc(s) <= width
}

// cellWidthOf is the wider of the two width rules.
func cellWidthOf(s string) int {
	return max(ansi.StringWidth(s), ansi.StringWidthWc(s))
}

// padRight fits s into exactly width cells.
func padRight(s string, width int) string {
	s = fitLine(s, width)
	if w := cellWidthOf(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// fitFrame makes lines a valid frame: no line wider than width, no more than
// height lines. It is the last guard; components already try to fit.
func fitFrame(lines []string, width, height int) []string {
	if height <= 0 || width <= 0 {
		return nil
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = fitLine(l, width)
	}
	return out
}

// padLines pads or cuts lines to exactly height entries.
func padLines(lines []string, height int) []string {
	if height <= 0 {
		return nil
	}
	if len(lines) > height {
		return lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return lines
}

// wrapText wraps s into lines of at most width cells, breaking long words
// (paths, URLs) where needed.
func wrapText(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		if para == "" {
			out = append(out, "")
			continue
		}
		for _, l := range strings.Split(ansi.Wrap(para, width, " /-"), "\n") {
			out = append(out, fitLine(strings.TrimRight(l, " "), width))
		}
	}
	return out
}

// wrapCapped wraps s but keeps at most maxLines, ending the last with an
// ellipsis when text was cut.
func wrapCapped(s string, width, maxLines int) []string {
	lines := wrapText(s, width)
	if maxLines <= 0 || len(lines) <= maxLines {
		return lines
	}
	lines = lines[:maxLines]
	last := lines[maxLines-1]
	if cellWidthOf(last) >= width {
		last = ansi.Truncate(last, max(0, width-1), "")
	}
	lines[maxLines-1] = fitLine(last+"…", width)
	return lines
}

// indent prefixes every line.
func indent(lines []string, prefix string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// joinColumns puts left and right side by side; left is padded to leftW.
func joinColumns(left, right []string, leftW int, sep string) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = padRight(l, leftW) + sep + r
	}
	return out
}

// box frames content with a rounded border and a title, exactly width x
// height cells. Content that does not fit is cut; the caller sizes it.
func box(title string, content []string, width, height int, st styles) []string {
	if width < 4 || height < 2 {
		return padLines(fitFrame(content, width, height), height)
	}
	inner := width - 4
	title = fitLine(title, max(0, width-6))
	topFill := max(0, width-5-cellWidthOf(title))
	top := st.Border.Render("╭─ ") + st.Heading.Render(title) + st.Border.Render(" "+strings.Repeat("─", topFill)+"╮")
	if title == "" {
		top = st.Border.Render("╭" + strings.Repeat("─", width-2) + "╮")
	}
	out := []string{top}
	content = padLines(content, height-2)
	side := st.Border.Render("│")
	for _, c := range content {
		out = append(out, side+" "+padRight(c, inner)+" "+side)
	}
	out = append(out, st.Border.Render("╰"+strings.Repeat("─", width-2)+"╯"))
	return out
}

// clean makes untrusted text (raw errors, paths, container output) safe to
// print: no escape sequences or control characters, tabs as spaces.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\t", "  ")
	if isPlain(s) {
		return s // the common case; sanitising compiles a regexp per call
	}
	return model.SanitizeText(s)
}

// isPlain reports valid UTF-8 without C0 or C1 control characters.
func isPlain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return false
		}
	}
	return true
}

// oneLine is clean text for places that hold a single line.
func oneLine(s string) string {
	return strings.ReplaceAll(clean(s), "\n", " ")
}
