package tui

import (
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// maxEvidenceLines caps one evidence item: a raw error can be a page long,
// and the checklist below it matters more.
const maxEvidenceLines = 6

// detail shows the focused check: its findings with explanation, evidence
// and checklist, and a cursor on one checklist step.
type detail struct {
	width, height int
	expanded      bool
	cursor        int // index into stepsOf(report, check)
	offset        int // first visible line
}

func newDetail() detail { return detail{expanded: true} }

func (d *detail) SetSize(width, height int) { d.width, d.height = max(0, width), max(0, height) }

// Reset puts the cursor on the first step, for a newly focused check.
func (d *detail) Reset() { d.cursor, d.offset = 0, 0 }

// MoveStep moves the step cursor by delta within n steps, without wrapping:
// the checklist reads top to bottom.
func (d *detail) MoveStep(delta, n int) {
	d.cursor = clampInt(d.cursor+delta, 0, max(0, n-1))
}

// Scroll moves the view by delta lines within total body lines.
func (d *detail) Scroll(delta, total int) {
	d.offset = clampInt(d.offset+delta, 0, max(0, total-d.bodyHeight()))
}

// bodyHeight is the scrolling part of the detail: the heading line stays.
func (d detail) bodyHeight() int { return max(0, d.height-1) }

// EnsureVisible scrolls so lines [start, end) show, leaving the last row
// for the "more below" hint.
func (d *detail) EnsureVisible(start, end, total int) {
	h := d.bodyHeight()
	if h <= 0 || start < 0 {
		return
	}
	room := max(1, h-1)
	if end > d.offset+room {
		d.offset = end - room
	}
	if start < d.offset {
		d.offset = start
	}
	d.offset = clampInt(d.offset, 0, max(0, total-h))
}

// Visible says whether line of total body lines is on screen; the last row
// holds the "more below" hint unless the window reaches the end.
func (d detail) Visible(line, total int) bool {
	end := d.offset + d.bodyHeight()
	if end < total {
		end--
	}
	return line >= d.offset && line < end
}

// stepRef is one checklist step with the finding kind it belongs to; the
// pair keys manual ticks across reports.
type stepRef struct {
	kind model.Kind
	step model.Step
}

// tickKey identifies a manual step across reports: the same kind and step
// text is the same step even after a new probe rebuilt the report.
func tickKey(k model.Kind, step string) string { return string(k) + "\x00" + step }

// findingsOf returns the findings that belong to check id.
func findingsOf(r *model.Report, id model.CheckID) []model.Finding {
	if r == nil {
		return nil
	}
	var out []model.Finding
	for _, f := range r.Findings {
		if f.Check == id {
			out = append(out, f)
		}
	}
	return out
}

// stepsOf flattens the checklists of check id's findings in display order.
func stepsOf(r *model.Report, id model.CheckID) []stepRef {
	var out []stepRef
	for _, f := range findingsOf(r, id) {
		for _, s := range f.Checklist {
			out = append(out, stepRef{kind: f.Kind, step: s})
		}
	}
	return out
}

// stepDone says whether a step is ticked and whether the probe decided it.
func stepDone(ref stepRef, ticks map[string]bool) (done, auto bool) {
	if ref.step.Done != nil {
		return *ref.step.Done, true
	}
	return ticks[tickKey(ref.kind, ref.step.Step)], false
}

// heading is the pinned first line: which check the detail is about.
func (d detail) heading(r *model.Report, id model.CheckID, st styles) string {
	c, known := model.Check{}, false
	if r != nil {
		c, known = r.Check(id)
	}
	rule := "── " + id.Title() + " "
	if known {
		rule = "── " + id.Title() + " · " + strings.TrimSpace(statusMark(c.Status, known)) + " "
	}
	return st.Heading.Render(fitLine(rule+strings.Repeat("─", max(0, d.width-cellWidthOf(rule))), d.width))
}

// stepSpan is where the cursor step sits in the rendered body: lines
// [start, end); start is -1 when the check has no steps.
type stepSpan struct{ start, end int }

// render lays out the scrolling body of the detail and where the step
// cursor sits.
func (d detail) render(r *model.Report, id model.CheckID, ticks map[string]bool, st styles) ([]string, stepSpan) {
	w := d.width
	none := stepSpan{-1, -1}
	if w <= 0 {
		return nil, none
	}
	var lines []string
	add := func(ls ...string) { lines = append(lines, ls...) }
	if r == nil {
		return []string{"Waiting for the first probe…"}, none
	}
	c, _ := r.Check(id)
	if c.Detail != "" {
		for _, l := range wrapCapped(clean(c.Detail), w, 3) {
			add(st.Dim.Render(l))
		}
	}
	findings := findingsOf(r, id)
	if len(findings) == 0 {
		add("")
		switch c.Status {
		case model.StatusOK:
			add(st.OK.Render("No problems found here."))
		case model.StatusSkipped:
			add(st.Dim.Render("Not checked this cycle."))
		case model.StatusInfo:
			add(st.Dim.Render("Nothing is wrong here, but it offers no way around the failure either."))
		default:
			add("No finding is attached to this check; the failing checks explain the cause.")
		}
		return lines, none
	}

	span, stepIndex := none, 0
	for _, f := range findings {
		add("")
		mark := severityMark(f.Severity) + " "
		for i, l := range wrapText(oneLine(f.Title), max(1, w-2)) {
			if i == 0 {
				add(st.severity(f.Severity).Render(mark + l))
			} else {
				add(st.severity(f.Severity).Render("  " + l))
			}
		}
		add(st.Dim.Render(fitLine("  "+string(f.Kind)+" · "+string(f.Severity), w)))
		if d.expanded {
			add(indent(wrapText(clean(f.Explanation), max(1, w-2)), "  ")...)
			if len(f.Evidence) > 0 {
				add(st.Heading.Render("  Evidence"))
				for _, ev := range f.Evidence {
					for i, l := range wrapCapped(clean(ev), max(1, w-6), maxEvidenceLines) {
						if i == 0 {
							add("    • " + l)
						} else {
							add("      " + l)
						}
					}
				}
			}
		}
		if len(f.Checklist) == 0 {
			continue
		}
		add(st.Heading.Render("  Checklist") + st.Dim.Render(fitLine("  auto steps tick themselves; space ticks the others", max(0, w-11))))
		for _, s := range f.Checklist {
			ref := stepRef{kind: f.Kind, step: s}
			focused := stepIndex == d.cursor
			sl := stepLines(ref, focused, ticks, st, w)
			if focused {
				span = stepSpan{len(lines), len(lines) + len(sl)}
			}
			lines = append(lines, sl...)
			stepIndex++
		}
	}
	return lines, span
}

// stepLines renders one checklist step and its command.
func stepLines(ref stepRef, focused bool, ticks map[string]bool, st styles, w int) []string {
	done, auto := stepDone(ref, ticks)
	cursor := "  "
	if focused {
		cursor = st.Cursor.Render("› ")
	}
	box := "[ ]"
	switch {
	case done && auto:
		box = st.OK.Render("[✓]")
	case done:
		box = st.OK.Render("[x]")
	}
	text := oneLine(ref.step.Step)
	if auto {
		text += st.Dim.Render(" · auto")
	}
	var out []string
	for i, l := range wrapText(text, max(1, w-8)) {
		if i == 0 {
			out = append(out, "  "+cursor+box+" "+l)
		} else {
			out = append(out, "        "+l)
		}
	}
	if cmd := ref.step.Command; cmd != "" {
		// Commands are wrapped, never cut: they must read exactly as run.
		for _, l := range wrapText("$ "+oneLine(cmd), max(1, w-8)) {
			out = append(out, "        "+st.Command.Render(l))
		}
		if model.ShellOnly(cmd) {
			for _, l := range wrapText("run this in your own shell: it changes the shell that runs it (x copies it)", max(1, w-8)) {
				out = append(out, "        "+st.Dim.Render(l))
			}
		}
	}
	return out
}

// View renders the visible window of the detail, exactly height lines.
func (d detail) View(r *model.Report, id model.CheckID, ticks map[string]bool, st styles) []string {
	if d.height <= 0 || d.width <= 0 {
		return nil
	}
	lines, _ := d.render(r, id, ticks, st)
	h := d.bodyHeight()
	off := clampInt(d.offset, 0, max(0, len(lines)-h))
	end := min(len(lines), off+h)
	window := append([]string(nil), lines[off:end]...)
	if end < len(lines) && h >= 2 {
		window[len(window)-1] = st.Dim.Render(fitLine("  ↓ more below (J/] next step, pgdn scroll)", d.width))
	}
	return append([]string{d.heading(r, id, st)}, padLines(window, h)...)
}

func clampInt(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(hi, max(lo, v))
}
