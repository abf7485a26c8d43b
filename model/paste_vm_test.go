package model_test

import (
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/model"
)

// A daemon finding whose paste shows a VM tool (docker-machine and Docker
// Toolbox's Quickstart Terminal, boot2docker, minishift) gives that tool's
// commands, for the machine the paste names (a placeholder when it names
// none, or only in advice: docker-compose's "you might need to run
// `docker-machine start default`" names "default" whatever the machine),
// in the shell of the system it ran on; none of this system's service. A
// CPU whose virtualization is off in the firmware is the stated cause, and
// nothing is started. A client that dialled a pipe was not pointed at the
// tool's machine.
func TestPastedVMToolGetsItsCommands(t *testing.T) {
	cat := catalog(t)
	sysv := linuxPlatform(t, "debian", model.ServiceSysV)
	local := []string{"sudo", "service docker", "systemctl", "/var/log/docker.log"}
	for _, c := range []struct {
		id          string
		kind        model.Kind
		want, never []string
		// says and saysNot are words the explanation holds and lacks.
		says, saysNot []string
	}{
		{"v119-toolbox-quickstart-start-vm-retries", model.KindDaemonUnreachable,
			[]string{"docker-machine ls", "docker-machine start default", "docker-machine --debug start default", `eval "$(docker-machine env default)"`},
			local, []string{"docker-machine", "deprecated"}, nil},
		{"v62-guyamoe-machine-stopped", model.KindDaemonUnreachable,
			[]string{"docker-machine start <machine name>", "& docker-machine env --shell powershell <machine name> | Invoke-Expression"},
			append([]string{"docker desktop", "eval "}, local...), []string{"tcp://192.168.99.100:2376", "docker-machine"}, nil},
		{"v78-minishift-3484-vbox-timeout", model.KindDaemonUnreachable,
			[]string{"minishift start --vm-driver virtualbox", `eval "$(minishift docker-env)"`},
			append([]string{"docker-machine"}, local...), []string{"Minishift", "no longer maintained"}, nil},
		{"v8-boot2docker-tcp-2375", model.KindDaemonUnreachable,
			[]string{"boot2docker up", `eval "$(boot2docker shellinit)"`},
			append([]string{"docker info"}, local...), []string{"tcp://192.168.59.103:2375", "boot2docker"}, []string{"socket"}},
		{"v90-toolbox-quickstart-vtx", model.KindDaemonUnreachable,
			nil, append([]string{"start", "docker-machine env"}, local...), []string{"VT-x", "BIOS"}, nil},
		{"v122-toolbox-vbox-vtx-disabled-checking-status", model.KindDaemonUnreachable,
			nil, []string{"start", "docker desktop", "docker-machine env"}, []string{"VT-x", "BIOS"}, nil},
		// fig's URL of a TCP daemon in a VM: that daemon, not this system's.
		{"v17-fig-69-tcp", model.KindDaemonUnreachable,
			nil, append([]string{"docker info"}, local...), []string{"http://172.16.42.43:4243"}, []string{"socket"}},
		// docker-machine saying its machine does not exist: it is created,
		// with the driver Toolbox's Quickstart Terminal uses.
		{"v122-quickstart-zsh-no-virtualbox-driver-no-host", model.KindDaemonUnreachable,
			[]string{"docker-machine create --driver virtualbox default"}, append([]string{"docker-machine start"}, local...),
			[]string{"does not exist"}, nil},
		{"v108-machine-2407-eof-2376", model.KindDaemonUnresponsive,
			[]string{"docker-machine restart devenv"}, local, nil, nil},
		// (Its CLI's request names API 1.40, a 19.03 CLI: Docker Desktop
		// older than 4.37 is started by its program.)
		{"v108-forwin-4579-pipe-and-no-machine", model.KindDaemonUnreachable,
			[]string{`Start-Process "$env:ProgramFiles\Docker\Docker\Docker Desktop.exe"`}, []string{"docker-machine start", "docker desktop start"}, nil, []string{"docker-machine"}},
	} {
		for name, on := range map[string]model.Platform{"unprobed": {}, "sysv": sysv} {
			var f *model.Finding
			fs := model.ExplainOn(corpusPaste(t, c.id), cat, on)
			for i := range fs {
				if fs[i].Kind == c.kind {
					f = &fs[i]
				}
			}
			if f == nil {
				t.Errorf("%s: no %s finding in %+v", c.id, c.kind, fs)
				continue
			}
			var steps []string
			for _, s := range f.Checklist {
				steps = append(steps, s.Step)
			}
			t.Run(c.id+"/"+name, func(t *testing.T) {
				commandsHoldAndLack(t, commands(*f), c.want, c.never)
				if !strings.HasPrefix(c.id, "v17-") {
					// The tool's commands start the daemon's machine.
					saysNone(t, strings.Join(steps, "\n"), "where it runs")
				}
				saysNone(t, f.Explanation, c.saysNot...)
				for _, w := range c.says {
					if !strings.Contains(f.Explanation+"\n"+strings.Join(steps, "\n"), w) {
						t.Errorf("%q not said:\n%s\n%q", w, f.Explanation, steps)
					}
				}
			})
		}
	}
}
