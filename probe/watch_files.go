package probe

import (
	"context"
	"path/filepath"
	"strings"
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
// watch, so a socket that appears later is still seen. The retry runs only
// while something is missing: a watch that covers everything costs nothing
// while nothing changes.
type FileWatch struct {
	SocketPath string
	GroupDB    string
	Debounce   time.Duration
	// Retry is how often missing watches are retried; default 1s.
	Retry time.Duration
	// Ready, when set, is called once the first watches are in place:
	// changes from then on are seen.
	Ready func()

	// trace, in tests, is told each decision: "relevant"/"ignored" with
	// the event's path, "attached" with a path now watched, "retry on"
	// and "retry off".
	trace func(what, path string)
}

// Run watches until ctx ends, sending to out without ever blocking on it
// (a full channel means a re-probe is already pending). It returns an
// error only when no watch can be made at all (inotify unavailable).
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
	trace := fw.trace
	if trace == nil {
		trace = func(string, string) {}
	}
	interesting := map[string]model.TriggerSource{}
	if fw.SocketPath != "" {
		interesting[filepath.Clean(fw.SocketPath)] = model.TriggerSocket
	}
	interesting[filepath.Clean(fw.GroupDB)] = model.TriggerGroupDB
	// ensure adds what is not watched yet and reports whether something is
	// still missing.
	ensure := func() (missing bool) {
		watched := map[string]bool{}
		for _, p := range w.WatchList() {
			watched[p] = true
		}
		for p := range interesting {
			if watched[filepath.Dir(p)] || watched[p] {
				continue
			}
			switch {
			case w.Add(filepath.Dir(p)) == nil:
				watched[filepath.Dir(p)] = true
				trace("attached", filepath.Dir(p))
			case w.Add(p) == nil:
				watched[p] = true
				trace("attached", p)
			default:
				missing = true
			}
		}
		return missing
	}
	retry := time.NewTicker(fw.Retry)
	retry.Stop()
	defer retry.Stop()
	var retryC <-chan time.Time
	// rearm runs the retry ticker only while a watch is missing.
	rearm := func() {
		switch missing := ensure(); {
		case missing && retryC == nil:
			retry.Reset(fw.Retry)
			retryC = retry.C
			trace("retry on", "")
		case !missing && retryC != nil:
			retry.Stop()
			retryC = nil
			trace("retry off", "")
		}
	}
	rearm()
	if fw.Ready != nil {
		fw.Ready()
	}
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
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				// A watched directory or file may be gone with it.
				rearm()
			}
			src, ok := interesting[filepath.Clean(ev.Name)]
			if !ok {
				trace("ignored", ev.Name)
				continue
			}
			trace("relevant", ev.Name)
			pending = &model.Trigger{Source: src, Detail: strings.ToLower(ev.Op.String()) + " " + ev.Name}
			timer.Reset(fw.Debounce)
		case <-w.Errors:
			// Overflow or a removed directory: check what is still watched;
			// the tick covers what was missed.
			rearm()
		case <-retryC:
			rearm()
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

// sendStatus delivers t even when a trigger is already waiting: a watcher
// that stopped must be reported, not merged into a pending re-probe.
func sendStatus(ctx context.Context, out chan<- model.Trigger, t model.Trigger) {
	select {
	case out <- t:
	case <-ctx.Done():
	}
}
