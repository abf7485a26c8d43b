package tui

import (
	"github.com/docker-git/docker-git-tui/model"
)

// panels is the list of check areas, one row each in model.AllChecks order,
// laid out as a column (wide) or a grid (narrow). Focus wraps around.
type panels struct {
	focus  int
	width  int
	height int
	cols   int
}

func (p *panels) SetSize(width, height, cols int) {
	p.width, p.height, p.cols = width, height, max(1, cols)
}

func (p *panels) Next() { p.focus = (p.focus + 1) % len(model.AllChecks()) }
func (p *panels) Prev() {
	n := len(model.AllChecks())
	p.focus = (p.focus - 1 + n) % n
}

// Focus moves the focus to check id.
func (p *panels) Focus(id model.CheckID) {
	for i, c := range model.AllChecks() {
		if c == id {
			p.focus = i
		}
	}
}

// Focused is the check whose detail is shown.
func (p panels) Focused() model.CheckID { return model.AllChecks()[p.focus] }

// View renders the rows that fit, scrolled so the focused row shows.
func (p panels) View(r *model.Report, st styles) []string {
	if p.width <= 0 || p.height <= 0 {
		return nil
	}
	checks := model.AllChecks()
	cols := p.cols
	rows := (len(checks) + cols - 1) / cols
	cellW := p.width / cols
	// Row-major order keeps tab order reading left to right.
	focusRow := p.focus / cols
	first := 0
	if focusRow >= p.height {
		first = focusRow - p.height + 1
	}
	var out []string
	for row := first; row < rows && len(out) < p.height; row++ {
		line := ""
		for col := range cols {
			i := row*cols + col
			if i >= len(checks) {
				break
			}
			cell := p.cell(checks[i], i == p.focus, r, st, cellW-1)
			if col < cols-1 {
				cell = padRight(cell, cellW)
			}
			line += cell
		}
		out = append(out, line)
	}
	return out
}

func (p panels) cell(id model.CheckID, focused bool, r *model.Report, st styles, width int) string {
	var c model.Check
	known := false
	if r != nil {
		c, known = r.Check(id)
	}
	cursor := "  "
	if focused {
		cursor = st.Cursor.Render("› ")
	}
	title := id.Title()
	if focused {
		title = st.Focus.Render(title)
	}
	mark := st.status(c.Status, known).Render(statusMark(c.Status, known))
	return fitLine(cursor+mark+" "+title, width)
}
