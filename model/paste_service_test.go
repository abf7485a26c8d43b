package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A daemon that fails to start, read from a paste: the steps use the init
// system and the log the paste shows (not those of this machine, which
// runs SysV's service here), start with why when the paste shows the start
// failing, deal with the cause the paste states before starting again,
// and the explanation says that cause and who said it.
func TestPastedServiceStepsFollowThePaste(t *testing.T) {
	cat := catalog(t)
	on := linuxPlatform(t, "debian", model.ServiceSysV)
	cases := []struct {
		id string
		// first is the first step's command; want and not the commands
		// held and lacked; says and saysNot words of the explanation;
		// steps words of the steps' text.
		first    string
		want     []string
		not      []string
		says     []string
		saysNot  []string
		steps    []string
		stepsNot []string
	}{
		{id: "v136-kubeadm-playbook-daemon-json-comma", first: "sudo python3 -m json.tool /etc/docker/daemon.json",
			want: []string{"sudo dockerd --validate --config-file /etc/docker/daemon.json", "sudo systemctl start docker", "sudo journalctl -u docker"},
			not:  []string{"sudo service docker", "/var/log/docker.log"},
			says: []string{"configuration file /etc/docker/daemon.json, which is not valid JSON"}, steps: []string{"23.0"}},
		{id: "v84-kata-arm-ci-start-fail", first: "sudo journalctl -u docker --no-pager -n 50",
			want: []string{"sudo systemctl start docker"}, not: []string{"sudo service docker", "/var/log/docker.log"},
			steps: []string{"Read why the start the paste shows failed", "the paste shows its start failing"}},
		{id: "v96-nixos-test-dockerd-start-limit", first: "sudo journalctl -u docker --no-pager -n 50",
			want: []string{"sudo systemctl reset-failed docker.service docker.socket", "sudo systemctl start docker"},
			not:  []string{"sudo service docker", "/var/log/docker.log"}, says: []string{"start limit"}},
		{id: "v84-salt-arch-vagrant-nat", first: "sudo iptables -t nat -L -n",
			want: []string{"ls /lib/modules/\"$(uname -r)\"", "sudo systemctl start docker", "sudo journalctl -u docker"},
			not:  []string{"sudo service docker", "/var/log/docker.log"}, says: []string{"iptables"}},
		{id: "v51-droneio-dockerd-stop-waiting", first: "grep cgroup /proc/mounts",
			want: []string{"sudo tail -n 50 /var/log/upstart/docker.log"}, not: []string{"/var/log/docker.log", "systemctl"},
			says: []string{"cgroup file system"}},
		{id: "v136-wsl-upstart-docker-not-running", first: "sudo tail -n 50 /var/log/docker.log",
			want: []string{"sudo service docker start"}, not: []string{"systemctl", "upstart"},
			says: []string{"service script"}, saysNot: []string{"Docker client that found no daemon"},
			steps: []string{"Read why the start the paste shows failed"}},
		{id: "v70-for-linux-1406-wsl-stale-pid", first: "pgrep -a dockerd",
			want: []string{"sudo rm /var/run/docker.pid"}, says: []string{"pid file /var/run/docker.pid"},
			saysNot: []string{"Docker client that found no daemon"}},
		{id: "v56-coreos-init-fd-nosockets", first: "sudo systemctl start docker",
			want: []string{"sudo dockerd -H unix:///var/run/docker.sock"}, not: []string{"sudo service docker", "/var/log/docker.log"},
			says: []string{"fd://"}},
		// No service to start: no log of a failed start to read first.
		{id: "v84-nixos1803-unit-not-found", first: "sudo systemctl start docker", stepsNot: []string{"Read why the start"}},
		// Only systemd's status: no client is shown; the unit failed
		// (Result: exit-code), so why is read first.
		{id: "v143-gist-systemctl-status-docker-d-failed", first: "sudo journalctl -u docker --no-pager -n 50",
			says: []string{"service manager reporting Docker's service failed"}, saysNot: []string{"Docker client that found no daemon"}},
		// OpenRC's rc-service run in Rancher Desktop's VM is not this
		// system's init.
		{id: "v55-rd-ubuntu-vm-k3s-lima", not: []string{"rc-service", "rc-update"}},
		// Docker Desktop's proxy answered: a daemon-side answer, not none.
		{id: "v122-d4m-bad-response-docker-engine-1-12-5", says: []string{"a proxy in front of the engine"},
			saysNot: []string{"Docker client that found no daemon"}},
		{id: "v109-formac-6732-catalina-requires-11", says: []string{"diagnostics failing their checks"}, saysNot: []string{"Docker client that found no daemon"}},
		{id: "v26-localstack-8414-docker-not-available", says: []string{"not available"}, saysNot: []string{"Docker client that found no daemon"}},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			f := finding(t, model.Report{Findings: model.ExplainOn(corpusPaste(t, c.id), cat, on)}, model.KindDaemonUnreachable)
			cmds := commands(f)
			if c.first != "" && (len(cmds) == 0 || cmds[0] != c.first) {
				t.Errorf("first command: want %q, got %q", c.first, cmds)
			}
			commandsHoldAndLack(t, cmds, c.want, c.not)
			for _, w := range c.says {
				if !strings.Contains(f.Explanation, w) {
					t.Errorf("explanation does not say %q: %s", w, f.Explanation)
				}
			}
			saysNone(t, f.Explanation, c.saysNot...)
			var steps []string
			for _, st := range f.Checklist {
				steps = append(steps, st.Step)
			}
			for _, w := range c.steps {
				if !strings.Contains(strings.Join(steps, "\n"), w) {
					t.Errorf("no step says %q: %q", w, steps)
				}
			}
			saysNone(t, strings.Join(steps, "\n"), c.stepsNot...)
		})
	}
}
