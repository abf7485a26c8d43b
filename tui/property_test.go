package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/docker-git/docker-git-tui/model"
)

// assertFits fails when a frame is wider or taller than the terminal, under
// either width rule terminals use.
func assertFits(t *testing.T, out string, w, h int) {
	t.Helper()
	if out == "" {
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d: frame has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if gw, ww := ansi.StringWidth(l), ansi.StringWidthWc(l); gw > w || ww > w {
			t.Fatalf("%dx%d: line %d is %d/%d cells wide: %q", w, h, i, gw, ww, l)
		}
	}
}

// TestViewAlwaysFits renders random reports at random sizes, after random
// keys, and checks the frame never panics or leaves the terminal.
func TestViewAlwaysFits(t *testing.T) {
	iterations := 2000
	if testing.Short() {
		iterations = 300
	}
	rng := rand.New(rand.NewPCG(1, 2))
	keyPool := []string{"tab", "shift+tab", "j", "k", "enter", "J", "K", "space", "n", "l", "x", "?", "pgdown", "pgup", "esc", "p", "+", "-", "v", "c"}
	for i := range iterations {
		w, h := rng.IntN(301), rng.IntN(121)
		r := randomReport(rng)
		opts := testOptions()
		opts.NoColor = i%2 == 0
		var pressed []string
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("iteration %d (%dx%d, keys %v): panic: %v", i, w, h, pressed, p)
				}
			}()
			m := New(opts)
			m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			assertFits(t, content(m), w, h)
			m, _ = deliver(t, m, r, t0, time.Duration(rng.IntN(5000))*time.Millisecond)
			assertFits(t, content(m), w, h)
			for range rng.IntN(8) {
				k := keyPool[rng.IntN(len(keyPool))]
				pressed = append(pressed, k)
				m, _ = keys(t, m, k)
				assertFits(t, content(m), w, h)
			}
			if rng.IntN(3) == 0 {
				m = update(t, m, verifyMsg{gen: m.newgrp.gen, group: randomText(rng, 3), report: randomReport(rng), at: t0})
				assertFits(t, content(m), w, h)
			}
		}()
	}
}

// TestTinySizesShowOneLine covers every size below the minimum.
func TestTinySizesShowOneLine(t *testing.T) {
	for w := 0; w < minWidth+2; w++ {
		for h := 0; h < minHeight+2; h++ {
			m := withReport(t, permissionDeniedReport(), w, h)
			out := content(m)
			assertFits(t, out, w, h)
			small := w < minWidth || h < minHeight
			if small && strings.Contains(out, "\n") {
				t.Fatalf("%dx%d: too-small frame has several lines: %q", w, h, out)
			}
			if small && w >= 8 && h > 0 && !strings.HasPrefix(out, "too sma") {
				t.Fatalf("%dx%d: want the too-small notice, got %q", w, h, out)
			}
			if !small && !strings.Contains(out, "Docker access fails") {
				t.Fatalf("%dx%d: want the dashboard, got %q", w, h, out)
			}
		}
	}
}

func randomReport(rng *rand.Rand) model.Report {
	r := model.Report{
		OK: rng.IntN(3) == 0,
		Endpoint: model.EndpointSummary{
			Host: randomText(rng, 1+rng.IntN(30)), Source: model.EndpointSource(randomText(rng, 2)), Context: randomText(rng, rng.IntN(3)),
		},
		Identity: model.IdentitySummary{UID: rng.IntN(70000), User: randomText(rng, 1+rng.IntN(4)), GID: rng.IntN(70000)},
		Daemon:   model.DaemonSummary{Version: randomText(rng, rng.IntN(3)), APIVersion: randomText(rng, rng.IntN(2)), Rootless: rng.IntN(2) == 0},
	}
	for range rng.IntN(40) {
		g := model.Group{ID: rng.IntN(70000), Name: randomText(rng, rng.IntN(3))}
		if rng.IntN(2) == 0 {
			r.Identity.Groups = append(r.Identity.Groups, g)
		}
		r.Identity.DBGroups = append(r.Identity.DBGroups, g)
	}
	checks := model.AllChecks()
	statuses := []model.Status{model.StatusOK, model.StatusFail, model.StatusWarn, model.StatusSkipped, "weird-status"}
	for _, id := range checks {
		if rng.IntN(8) == 0 {
			continue // a check missing from the report
		}
		r.Checks = append(r.Checks, model.Check{
			ID: id, Status: statuses[rng.IntN(len(statuses))],
			Duration: time.Duration(rng.IntN(1e9)), Detail: randomText(rng, rng.IntN(60)),
		})
	}
	kinds := model.AllKinds()
	sevs := []model.Severity{model.SeverityError, model.SeverityWarning, model.SeverityInfo}
	for range rng.IntN(7) {
		f := model.Finding{
			Kind:        kinds[rng.IntN(len(kinds))],
			Severity:    sevs[rng.IntN(len(sevs))],
			Check:       checks[rng.IntN(len(checks))],
			Title:       randomText(rng, 1+rng.IntN(25)),
			Explanation: randomText(rng, rng.IntN(120)),
		}
		if rng.IntN(10) == 0 {
			f.Check = model.CheckID(randomText(rng, 2))
		}
		for range rng.IntN(8) {
			f.Evidence = append(f.Evidence, randomText(rng, rng.IntN(150)))
		}
		for range rng.IntN(6) {
			s := model.Step{Step: randomText(rng, 1+rng.IntN(30))}
			if rng.IntN(2) == 0 {
				s.Command = randomText(rng, 1+rng.IntN(40))
			}
			if rng.IntN(2) == 0 {
				s.Done = boolp(rng.IntN(2) == 0)
			}
			f.Checklist = append(f.Checklist, s)
		}
		r.Findings = append(r.Findings, f)
	}
	return r
}

// randomText is words of every awkward kind: wide CJK, emoji sequences,
// combining marks, control bytes, escape sequences and unbreakable runs.
func randomText(rng *rand.Rand, words int) string {
	pool := []string{
		"docker", "permission", "denied", "/var/run/docker.sock", "unix:///run/user/1000/docker.sock",
		"漢字テスト", "ＦＵＬＬＷＩＤＴＨ", "🐳", "👨‍👩‍👧‍👦", "🇩🇪", "é", "ǹ̶̛", "\u200b", "\u00ad",
		"\t", "\n", "\r", "\x1b[2J", "\x1b]0;title\x07", "\x07", "\x00", "\x9b31m", "☺️",
		strings.Repeat("x", 1+rng.IntN(250)), strings.Repeat("界", 1+rng.IntN(120)),
		"http://%2Fvar%2Frun%2Fdocker.sock/v1.47/_ping", "exit", "code", "137",
	}
	var b strings.Builder
	for i := range words {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(pool[rng.IntN(len(pool))])
	}
	return b.String()
}

func TestFitLine(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want string
	}{
		{"hello", 10, "hello"},
		{"hello world", 5, "hell…"},
		{"漢字テスト", 5, "漢字…"},
		{"漢字", 1, "…"},
		{"abc", 0, ""},
	}
	for _, c := range cases {
		if got := fitLine(c.in, c.w); got != c.want {
			t.Errorf("fitLine(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
	for _, s := range []string{"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "☺️☺️☺️☺️", "🇩🇪🇩🇪🇩🇪"} {
		for w := 1; w < 12; w++ {
			got := fitLine(s, w)
			if ansi.StringWidth(got) > w || ansi.StringWidthWc(got) > w {
				t.Errorf("fitLine(%q, %d) = %q overflows", s, w, got)
			}
		}
	}
}

func ExampleNew() {
	m := New(Options{NoColor: true})
	fmt.Println(m.View().Content)
	// Output: ⠋ probing…
}

func TestWrapCappedMarksCut(t *testing.T) {
	long := strings.Repeat("word ", 40)
	got := wrapCapped(long, 20, 3)
	if len(got) != 3 || !strings.HasSuffix(got[2], "…") {
		t.Fatalf("wrapCapped = %q, want 3 lines ending in …", got)
	}
	for _, l := range got {
		if cellWidthOf(l) > 20 {
			t.Fatalf("line %q wider than 20", l)
		}
	}
	if short := wrapCapped("short text", 20, 3); len(short) != 1 || strings.Contains(short[0], "…") {
		t.Fatalf("uncut text got marked: %q", short)
	}
}
