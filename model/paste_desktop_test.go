package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A Docker Desktop for Windows older than 4.37 has no `docker desktop`
// command: a paste that shows such a version is told to start its program
// (Docker for Windows' own in its 17.x and 18.x releases); one that shows
// a newer version gets `docker desktop start`; with no version named, the
// API version of the docker CLI's request to the pipe tells its release.
func TestPastedDesktopVersionChoosesItsStart(t *testing.T) {
	const pipeMissing = "error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.47/info: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect."
	cat := catalog(t)
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Docker for Windows 17.12", "I am using version Version 17.12.0-ce-win47 (15139) of Docker.\n" + pipeMissing,
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker for Windows.exe"`}, []string{"docker desktop start"}},
		{"Docker Desktop 4.18", "Docker Desktop Version: 4.18.0\n" + pipeMissing,
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker Desktop.exe"`}, []string{"docker desktop start"}},
		{"Docker Desktop 4.52", "Server: Docker Desktop 4.52.0 (210994)\n" + pipeMissing,
			[]string{"docker desktop start"}, []string{"Start-Process"}},
		{"no version shown", pipeMissing,
			[]string{"docker desktop start"}, []string{"Start-Process"}},
		{"an 18.x CLI's request, no version shown", strings.Replace(pipeMissing, "v1.47", "v1.37", 1),
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker for Windows.exe"`}, []string{"docker desktop start"}},
		{"a 19.03 CLI's request, no version shown", strings.Replace(pipeMissing, "v1.47", "v1.40", 1),
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker Desktop.exe"`}, []string{"docker desktop start"}},
		{"two versions that disagree", "Docker Desktop 4.18.0\nDocker Desktop 4.52.0\n" + pipeMissing,
			[]string{"docker desktop start"}, []string{"Start-Process"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := findingOfKind(t, model.Explain(c.text, cat), model.KindDaemonUnreachable)
			commandsHoldAndLack(t, commands(f), c.want, c.not)
		})
	}
}

// A Docker Desktop that refuses the Mac's older macOS is not told to start
// again: the finding says why it does not run, and what lets it.
func TestPastedDesktopOnAnOlderMacOS(t *testing.T) {
	f := findingOfKind(t, model.Explain(corpusPaste(t, "v109-formac-6732-catalina-requires-11"), catalog(t)), model.KindDaemonUnreachable)
	commandsHoldAndLack(t, commands(f), nil, []string{"open -a Docker"})
	if !containsSub([]string{f.Explanation}, "does not run on the Mac's macOS, older than the release it requires") {
		t.Errorf("the explanation does not give the reason the paste shows:\n%s", f.Explanation)
	}
	var steps []string
	for _, s := range f.Checklist {
		steps = append(steps, s.Step)
	}
	if !containsSub(steps, "Upgrade macOS to the release the message names") {
		t.Errorf("no step lets Docker Desktop run:\n%v", steps)
	}
}

// On macOS no docker group grants the socket: a writer saying they are
// already in the group is not told the socket's group is the one missing.
func TestMacPasteAlreadyInGroupSaysNoGroup(t *testing.T) {
	text := "Operating System: macOS\nmy user was already in the 'docker' group\n" +
		`Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.40/containers/json": dial unix /var/run/docker.sock: connect: permission denied`
	f := findingOfKind(t, model.Explain(text, catalog(t)), model.KindSocketPermissionDenied)
	saysNone(t, f.Explanation, "joining is not what is missing", "the socket's group is not the one")
	if !strings.Contains(f.Explanation, "On macOS no docker group grants a socket") {
		t.Errorf("the macOS sentence is missing:\n%s", f.Explanation)
	}
}
