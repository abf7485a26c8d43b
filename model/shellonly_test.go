package model

import "testing"

func TestShellOnly(t *testing.T) {
	cases := map[string]bool{
		"export DOCKER_HOST=unix:///run/user/1000/docker.sock": true,
		"unset DOCKER_HOST":           true,
		"newgrp docker":               true,
		"cd ~/docker-git && ./ctl up": true,
		"source ~/.bashrc":            true,
		". ~/.profile":                true,
		"DOCKER_CONTEXT=default":      true,
		"docker context use default; unset DOCKER_CONTEXT": true,
		// Commands that change the machine run fine in a child shell.
		"sudo usermod -aG docker alice":          false,
		"sudo systemctl start docker":            false,
		"docker start docker-git-api":            false,
		"DOCKER_HOST=unix:///x.sock docker info": false,
		"sg docker -c 'docker-git-tui --once'":   false,
		"echo 'export X=1; cd /' | tee -a notes": false,
		"getent group docker":                    false,
	}
	for cmd, want := range cases {
		if got := ShellOnly(cmd); got != want {
			t.Errorf("ShellOnly(%q) = %v, want %v", cmd, got, want)
		}
	}
}
