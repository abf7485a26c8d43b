package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/viewport"

	"github.com/docker-git/docker-git-tui/model"
)

// timelineCap bounds the timeline: a dashboard left open for days must not
// grow without limit, so the oldest entries are dropped.
const timelineCap = 500

// entry is one line of the timeline.
type entry struct {
	at   time.Time
	text string
}

// timeline is a ring buffer of state transitions shown in a scrollable
// viewport.
type timeline struct {
	ring  []entry
	start int // index of the oldest entry once the ring is full
	limit int
	vp    viewport.Model
}

func newTimeline(limit int) timeline {
	return timeline{limit: max(1, limit), vp: viewport.New()}
}

// Add appends an entry, dropping the oldest when full. The view follows the
// newest entry unless the user scrolled up.
func (t *timeline) Add(at time.Time, text string) {
	follow := t.vp.AtBottom()
	e := entry{at: at, text: oneLine(text)}
	if len(t.ring) < t.limit {
		t.ring = append(t.ring, e)
	} else {
		t.ring[t.start] = e
		t.start = (t.start + 1) % t.limit
	}
	t.sync()
	if follow {
		t.vp.GotoBottom()
	}
}

// Entries returns the entries oldest first.
func (t timeline) Entries() []entry {
	out := make([]entry, 0, len(t.ring))
	out = append(out, t.ring[t.start:]...)
	return append(out, t.ring[:t.start]...)
}

// Len is the number of entries held.
func (t timeline) Len() int { return len(t.ring) }

// SetSize sizes the viewport and re-wraps the entries to the new width.
func (t *timeline) SetSize(width, height int) {
	width, height = max(0, width), max(0, height)
	if width == t.vp.Width() && height == t.vp.Height() {
		return
	}
	follow := t.vp.AtBottom()
	t.vp.SetWidth(width)
	t.vp.SetHeight(height)
	t.sync()
	if follow {
		t.vp.GotoBottom()
	}
}

func (t *timeline) sync() {
	width := t.vp.Width()
	var lines []string
	for _, e := range t.Entries() {
		stamp := e.at.Format("15:04:05") + " "
		wrapped := wrapText(e.text, max(1, width-len(stamp)))
		for i, w := range wrapped {
			if i == 0 {
				lines = append(lines, stamp+w)
			} else {
				lines = append(lines, strings.Repeat(" ", len(stamp))+w)
			}
		}
	}
	t.vp.SetContentLines(lines)
}

func (t *timeline) ScrollUp(n int)   { t.vp.ScrollUp(n) }
func (t *timeline) ScrollDown(n int) { t.vp.ScrollDown(n) }
func (t *timeline) GotoBottom()      { t.vp.GotoBottom() }

// View renders the visible part of the timeline.
func (t timeline) View() []string {
	if t.Len() == 0 {
		return []string{"No state changes yet."}
	}
	return strings.Split(t.vp.View(), "\n")
}

// stateOf names a report's overall state for the timeline: the kinds of its
// findings, or "ok".
func stateOf(r model.Report) string {
	if len(r.Findings) == 0 {
		return "ok"
	}
	kinds := make([]string, 0, len(r.Findings))
	for _, f := range r.Findings {
		kinds = append(kinds, string(f.Kind))
	}
	return strings.Join(kinds, ", ")
}

// transitions lists what changed between two reports: the overall state
// first, then each check whose status moved. prev nil is the first report.
func transitions(prev *model.Report, next model.Report) []string {
	if prev == nil {
		return []string{"first probe: " + stateOf(next)}
	}
	var out []string
	if a, b := stateOf(*prev), stateOf(next); a != b {
		out = append(out, a+" → "+b)
	}
	before := map[model.CheckID]model.Status{}
	for _, c := range prev.Checks {
		before[c.ID] = c.Status
	}
	for _, c := range next.Checks {
		if old, ok := before[c.ID]; ok && old != c.Status {
			out = append(out, fmt.Sprintf("%s: %s → %s", c.ID.Title(), old, c.Status))
		}
	}
	return out
}
