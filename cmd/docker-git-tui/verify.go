package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
)

// verifyUnderGroup answers "would newgrp fix it?" before the user logs out:
// it runs this binary's one-shot probe under `sg GROUP`, which starts the
// process with the group the way a fresh login would, and reads its JSON.
// It never prompts: sg reads no terminal here, so a group password fails.
func verifyUnderGroup(ctx context.Context, o options, group string) (model.Report, error) {
	var rep model.Report
	if group == "" {
		return rep, fmt.Errorf("no group to verify")
	}
	inner := []string{selfPath(), "--once", "--json", "--no-sudo",
		"--timeout", o.probe.Timeout.String(),
		"--container", o.probe.Container,
		"--api-url", o.probe.APIURL}
	if o.probe.HostFlag != "" {
		inner = append(inner, "--host", o.probe.HostFlag)
	}
	if o.probe.ContextFlag != "" {
		inner = append(inner, "--context", o.probe.ContextFlag)
	}
	if o.probe.ExpectedRevision != "" {
		inner = append(inner, "--expected-revision", o.probe.ExpectedRevision)
	}
	quoted := make([]string, len(inner))
	for i, a := range inner {
		quoted[i] = model.ShellQuote(a)
	}
	out, err := probe.RunCommand(ctx, "sg", group, "-c", strings.Join(quoted, " "))
	if jsonErr := json.Unmarshal([]byte(out), &rep); jsonErr != nil {
		if err != nil {
			return rep, fmt.Errorf("sg %s: %v", group, err)
		}
		return rep, fmt.Errorf("sg %s printed no report: %v", group, jsonErr)
	}
	// A non-zero exit only means the report has errors: that is the answer.
	return rep, nil
}
