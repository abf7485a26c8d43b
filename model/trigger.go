package model

// TriggerSource says what made a re-probe worth doing now rather than at the
// next tick.
type TriggerSource string

const (
	TriggerSocket      TriggerSource = "socket"
	TriggerGroupDB     TriggerSource = "group-db"
	TriggerDockerEvent TriggerSource = "docker-event"
)

// Trigger is a signal from a watcher: something that decides Docker access
// changed. Detail is for the timeline ("chmod /var/run/docker.sock",
// "container die").
type Trigger struct {
	Source TriggerSource
	Detail string
}
