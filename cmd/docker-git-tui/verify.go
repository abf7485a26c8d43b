package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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

// sgArgv is the command line that runs self with args under `sg group`: sg
// hands its -c string to /bin/sh, so every word is shell-quoted.
func sgArgv(sg, self, group string, args []string) []string {
	words := []string{model.ShellQuote(self)}
	for _, a := range args {
		words = append(words, model.ShellQuote(a))
	}
	return []string{sg, group, "-c", strings.Join(words, " ")}
}

// restartUnderGroup replaces this process with the same dashboard, same
// flags, under `sg group`, once the check under sg said access works there.
// The terminal has been restored by then. It returns only on failure.
func restartUnderGroup(e env, group string) int {
	sg, err := exec.LookPath("sg")
	if err == nil {
		err = e.execve(sg, sgArgv(sg, selfPath(), group, e.args), os.Environ())
	}
	fmt.Fprintf(e.stderr, "docker-git-tui: could not restart under sg %s: %v\nRun it yourself: sg %s -c %s\n", group, err, model.ShellQuote(group), model.ShellQuote(model.ShellQuote(selfPath())))
	return exitCrash
}
