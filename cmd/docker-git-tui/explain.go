package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// maxExplainInput caps how much pasted text is read from stdin.
const maxExplainInput = 1 << 20

// runExplain classifies a pasted error message. The text is data: it is
// sanitised before it is printed, and nothing in it is executed.
func runExplain(ctx context.Context, e env, o options, cat model.Catalog) int {
	text := strings.Join(o.explainText, " ")
	if len(o.explainText) == 0 {
		data, err := io.ReadAll(io.LimitReader(e.stdin, maxExplainInput))
		if err != nil {
			fmt.Fprintf(e.stderr, "docker-git-tui: reading stdin: %v\n", err)
			return model.ExitUsage
		}
		text = string(data)
	}
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(e.stderr, "docker-git-tui: explain needs an error message as arguments or on stdin")
		return model.ExitUsage
	}
	findings := model.Explain(text, cat)
	if o.json {
		writeJSON(e, struct {
			Findings []model.Finding `json:"findings"`
		}{findings})
		return 0
	}
	var b strings.Builder
	for i, f := range findings {
		if i > 0 {
			b.WriteString("\n")
		}
		writeFinding(&b, f)
	}
	fmt.Fprint(e.stdout, b.String())
	return 0
}
