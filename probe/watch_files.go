package probe

import (
	"context"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/docker-git/docker-git-tui/model"
)

// DefaultDebounce merges the burst of events one fix produces (dockerd
// creating its socket, then chown, then chmod) into one re-probe.
const DefaultDebounce = 50 * time.Millisecond

// GroupDBPath is the user database file that decides group membership.
const GroupDBPath = "/etc/group"

// FileWatch watches the socket and the group database and sends a trigger
// when either changes. It prefers watching their directories: tools like
// usermod and dockerd replace files (rename, unlink and create), which
// silently ends a watch on the file itself. Where a directory cannot be
// watched (inotify needs read access: /tmp/x with mode 0711, another user's
// runtime dir) it watches the file, and it keeps retrying what it could not
// watch, so a socket that appears later is still seen.
type FileWatch struct {
	SocketPath string
	GroupDB    string
	Debounce   time.Duration
	// Retry is how often missing watches are retried; default 1s.
	Retry time.Duration
}

// Run watches until ctx ends, sending to out without ever blocking on it
// (a full channel means a re-probe is already pending).
func (fw FileWatch) Run(ctx context.Context, out chan<- model.Trigger) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if fw.Debounce <= 0 {
		fw.Debounce = DefaultDebounce
	}
	if fw.Retry <= 0 {
		fw.Retry = time.Second
	}
	if fw.GroupDB == "" {
		fw.GroupDB = GroupDBPath
	}
	interesting := map[string]model.TriggerSource{}
	if fw.SocketPath != "" {
		interesting[filepath.Clean(fw.SocketPath)] = model.TriggerSocket
	}
	interesting[filepath.Clean(fw.GroupDB)] = model.TriggerGroupDB
	ensure := func() {
		watched := map[string]bool{}
		for _, p := range w.WatchList() {
			watched[p] = true
		}
		for p := range interesting {
			if watched[filepath.Dir(p)] || watched[p] {
				continue
			}
			if w.Add(filepath.Dir(p)) != nil {
				_ = w.Add(p)
			}
		}
	}
	ensure()
	retry := time.NewTicker(fw.Retry)
	defer retry.Stop()
	var (
		pending *model.Trigger
		timer   = time.NewTimer(time.Hour)
	)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			src, ok := interesting[filepath.Clean(ev.Name)]
			if !ok {
				continue
			}
			pending = &model.Trigger{Source: src, Detail: ev.Op.String() + " " + ev.Name}
			timer.Reset(fw.Debounce)
		case <-w.Errors:
			// Overflow or a removed directory: the retry and the tick cover it.
		case <-retry.C:
			ensure()
		case <-timer.C:
			if pending != nil {
				send(out, *pending)
				pending = nil
			}
		}
	}
}

// send delivers t unless a trigger is already waiting.
func send(out chan<- model.Trigger, t model.Trigger) {
	select {
	case out <- t:
	default:
	}
}
