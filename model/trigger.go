package model

// TriggerSource says what made a re-probe worth doing now rather than at the
// next tick.
type TriggerSource string

const (
	TriggerSocket      TriggerSource = "socket"
	TriggerGroupDB     TriggerSource = "group-db"
	TriggerDockerEvent TriggerSource = "docker-event"
	// TriggerFileWatch is the file watcher itself (socket and group
	// database): it only sends this source with Lost set.
	TriggerFileWatch TriggerSource = "file-watch"
)

// Trigger is a signal from a watcher: something that decides Docker access
// changed. Detail is for the timeline ("chmod /var/run/docker.sock",
// "container die").
type Trigger struct {
	Source TriggerSource
	Detail string
	// Lost says the watcher behind Source stopped or could not start
	// (inotify unavailable, the events stream refused, a crash): Detail
	// says why, and until a trigger from the same watcher arrives only
	// polling notices what it watched.
	Lost bool
}

// Watcher names the watcher that sends triggers of this source, as the
// timeline and header show it.
func (s TriggerSource) Watcher() string {
	if s == TriggerDockerEvent {
		return "docker events"
	}
	return "file watch"
}

// Text is the trigger as the timeline shows it: "re-probed: socket chmod
// /var/run/docker.sock", "re-probed: container die", or "docker events
// unavailable, polling only: …" for a lost watcher.
func (t Trigger) Text() string {
	if t.Lost {
		return t.Source.Watcher() + " unavailable, polling only: " + orWord(t.Detail, "no reason given")
	}
	what := string(t.Source) + " changed"
	switch t.Source {
	case TriggerSocket:
		what = "socket"
	case TriggerGroupDB:
		what = "group database"
	case TriggerDockerEvent:
		what = "docker event"
	}
	if t.Detail != "" {
		if t.Source == TriggerDockerEvent {
			return "re-probed: " + t.Detail
		}
		what += " " + t.Detail
	}
	return "re-probed: " + what
}
