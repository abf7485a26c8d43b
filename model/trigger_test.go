package model

import "testing"

func TestTriggerText(t *testing.T) {
	cases := []struct {
		t    Trigger
		want string
	}{
		{Trigger{Source: TriggerSocket, Detail: "chmod /var/run/docker.sock"}, "re-probed: socket chmod /var/run/docker.sock"},
		{Trigger{Source: TriggerGroupDB, Detail: "rename /etc/group"}, "re-probed: group database rename /etc/group"},
		{Trigger{Source: TriggerDockerEvent, Detail: "container die"}, "re-probed: container die"},
		{Trigger{Source: TriggerDockerEvent}, "re-probed: docker event"},
		{Trigger{Source: TriggerFileWatch, Lost: true, Detail: "inotify: too many instances"}, "file watch unavailable, polling only: inotify: too many instances"},
		{Trigger{Source: TriggerDockerEvent, Lost: true}, "docker events unavailable, polling only: no reason given"},
	}
	for _, c := range cases {
		if got := c.t.Text(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.t, got, c.want)
		}
	}
}
