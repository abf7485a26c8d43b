package model_test

import (
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A paste shows the system it happened on by signs anywhere in its text:
// Docker Desktop's Windows backend, a Windows container's pipe, a Visual
// Studio path, Windows' own error wording, a path with Windows' separators,
// Windows containers by name, a macOS log. Its findings' commands are that
// system's, not this machine's Linux ones. And when the paste shows Docker
// Desktop's own report of its state (its diagnostics, its processes' log,
// its data directory's socket, its whale icon), its own start and restart
// commands are given, not a placeholder or nothing.
func TestPasteShowsItsPlatform(t *testing.T) {
	cat := catalog(t)
	linuxOnes := []string{"sudo ", "apt-get", "env | grep", "export ", "unset "}
	cases := []struct {
		id        string
		kind      model.Kind
		want, not []string
	}{
		// Windows.
		{"v23-forwin-6360-timed-out-zh", model.KindDaemonUnresponsive, []string{"docker desktop restart"}, linuxOnes},
		{"v32-dockerdotnet-npipe-in-container-timeout", model.KindDaemonUnresponsive, []string{"docker desktop restart"}, linuxOnes},
		{"v103-forwin-10939-title-leadin", model.KindDaemonUnreachable, []string{"docker desktop start"}, linuxOnes},
		{"v97-vs-eshop-requires-docker-running", model.KindDaemonUnreachable, []string{"docker desktop start"}, linuxOnes},
		{"v125-forwin-6957-endpoint-ca-title", model.KindTLSError, []string{"Get-ChildItem Env:DOCKER_*", "$env:DOCKER_CERT_PATH"}, linuxOnes},
		{"v103-forwin-1746-fresh-install-ca-title", model.KindTLSError, []string{"Get-ChildItem Env:DOCKER_*", "$env:DOCKER_CERT_PATH"}, linuxOnes},
		{"v62-labs-multicontainer-api-old", model.KindAPIVersionMismatch, []string{"$env:COMPOSE_API_VERSION = 1.24", "winget upgrade"}, linuxOnes},
		// macOS, Docker Desktop's own report.
		{"v12-formac-backend-ping-still-waiting", model.KindDaemonUnresponsive, []string{"osascript -e 'quit app \"Docker\"' && open -a Docker"}, linuxOnes},
		{"v22-dfm-hung-startup", model.KindDaemonUnresponsive, []string{"osascript -e 'quit app \"Docker\"' && open -a Docker"}, linuxOnes},
		{"v133-formac-6437-diagnose-api-timeout", model.KindDaemonUnresponsive, []string{"osascript -e 'quit app \"Docker\"' && open -a Docker"}, linuxOnes},
		{"v63-formac579-data-refused-crash", model.KindDaemonUnreachable, []string{"open -a Docker"}, append([]string{model.PlaceholderStartMac}, linuxOnes...)},
		{"v122-d4m-bad-response-docker-engine-1-12-5", model.KindDaemonUnreachable, []string{"open -a Docker"}, append([]string{model.PlaceholderStartMac}, linuxOnes...)},
		// Docker Desktop too new for this macOS: nothing to start (see
		// TestPastedDesktopOnAnOlderMacOS), and nothing of Linux's.
		{"v109-formac-6732-catalina-requires-11", model.KindDaemonUnreachable, nil, append([]string{model.PlaceholderStartMac, "open -a Docker"}, linuxOnes...)},
		{"v22-dfm-m1-rawsock", model.KindDaemonUnreachable, []string{"open -a Docker"}, append([]string{model.PlaceholderStartMac}, linuxOnes...)},
		{"pl-mac-ps-hangs-deadline-exceeded", model.KindDaemonUnresponsive, []string{"open -a Docker"}, linuxOnes},
		{"v77-formac-docker-ps-hangs-diag", model.KindDaemonUnresponsive, []string{"open -a Docker"}, linuxOnes},
		{"v12-formac-dd-waiting-api-deadline", model.KindDaemonUnresponsive, []string{"open -a Docker"}, linuxOnes},
		// Podman's machine on Windows, by its own output: its start, not
		// Docker Desktop's.
		{"v124-podman-desktop-win11-not-running-state", model.KindDaemonUnreachable, []string{"podman machine start"}, append([]string{"docker desktop"}, linuxOnes...)},
		{"pl-podman-desktop-win-enoent-pipe", model.KindDaemonUnreachable, []string{"podman machine start"}, append([]string{"docker desktop"}, linuxOnes...)},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			for _, f := range model.Explain(corpusPaste(t, c.id), cat) {
				if f.Kind == c.kind {
					commandsHoldAndLack(t, commands(f), c.want, c.not)
					return
				}
			}
			t.Errorf("no %s finding", c.kind)
		})
	}
}

// A macOS paste that shows no app's own report: the daemon-unresponsive
// finding still gives a step (quit and start what runs the daemon), not
// only "The daemon answers"; and a Docker Desktop report named only in
// advice does not make Docker Desktop's commands the answer.
func TestMacPasteWithoutItsApp(t *testing.T) {
	cat := catalog(t)
	for _, id := range []string{"v53-sam-build-image-unix-read-timeout", "v10-mngr-docker-plugin-readtimeout"} {
		text := corpusPaste(t, id)
		for _, extra := range []string{"", "\nTry running com.docker.diagnose check, then restart."} {
			f := findingOfKind(t, model.Explain(text+extra, cat), model.KindDaemonUnresponsive)
			var steps []string
			for _, s := range f.Checklist {
				steps = append(steps, s.Step)
			}
			if !containsSub(steps, "Quit the app or VM that runs the Docker daemon") {
				t.Errorf("%s%q: no step but %q", id, extra, steps)
			}
			commandsHoldAndLack(t, commands(f), nil, []string{"open -a Docker", "sudo "})
		}
	}
}

// findingOfKind is the finding of kind k among fs.
func findingOfKind(t *testing.T, fs []model.Finding, k model.Kind) model.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Kind == k {
			return f
		}
	}
	t.Fatalf("no %s finding in %+v", k, fs)
	return model.Finding{}
}

// Docker Desktop's engine socket in a paste that also names another app
// (the writer's Colima): which app serves Docker is not told, so Docker
// Desktop's start is not given.
func TestAppReportWithAnotherAppNamed(t *testing.T) {
	f := findingOfKind(t, model.Explain(corpusPaste(t, "v12-astro-colima-raw-sock"), catalog(t)), model.KindDaemonUnreachable)
	commandsHoldAndLack(t, commands(f), nil, []string{"open -a Docker", "docker desktop"})
}
