package tui

// confirm asks before a checklist command runs in the real terminal. It
// shows the command exactly as it will run (wrapped, never cut), because
// many of them use sudo.
type confirm struct {
	open    bool
	command string
	width   int
	height  int
}

func (c *confirm) SetSize(width, height int) { c.width, c.height = width, height }

func (c *confirm) Open(command string) { c.open, c.command = true, command }
func (c *confirm) Close()              { c.open, c.command = false, "" }

// View renders the dialog, exactly width x height.
func (c confirm) View(st styles) []string {
	if c.width <= 0 || c.height <= 0 {
		return nil
	}
	inner := max(1, c.width-4)
	lines := wrapText("Run this command in your terminal? The dashboard steps aside until it ends, then probes again.", inner)
	lines = append(lines, "")
	// The command is wrapped hard at the width so every character shows.
	for _, l := range wrapText("$ "+oneLine(c.command), inner) {
		lines = append(lines, st.Command.Render(l))
	}
	lines = append(lines, "", "y run it · n/esc cancel")
	return box("Run command?", lines, c.width, min(c.height, len(lines)+2), st)
}
