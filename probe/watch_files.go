package probe

import (
	"context"
	"os"
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

// FileWatch watches the socket's directory and the group database and sends
// a trigger when either changes. Directories are watched, not files: tools
// like usermod and dockerd replace files (rename, unlink and create), which
// would silently end a watch on the file itself.
type FileWatch struct {
	SocketPath string
	GroupDB    string
	Debounce   time.Duration
}

// Run watches until ctx ends, sending to out without ever blocking on it
// (a full channel means a re-probe is already pending). It returns the
// error that stopped it from watching at all.
func (fw FileWatch) Run(ctx context.Context, out chan<- model.Trigger) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if fw.Debounce <= 0 {
		fw.Debounce = DefaultDebounce
	}
	if fw.GroupDB == "" {
		fw.GroupDB = GroupDBPath
	}
	interesting := map[string]model.TriggerSource{}
	if fw.SocketPath != "" {
		interesting[filepath.Clean(fw.SocketPath)] = model.TriggerSocket
	}
	interesting[filepath.Clean(fw.GroupDB)] = model.TriggerGroupDB
	dirs := map[string]bool{}
	for p := range interesting {
		dirs[filepath.Dir(p)] = true
	}
	added := 0
	for d := range dirs {
		// A missing directory (no /run/user/1000 yet) is not an error: the
		// tick still covers it.
		if _, err := os.Stat(d); err == nil && w.Add(d) == nil {
			added++
		}
	}
	if added == 0 {
		<-ctx.Done()
		return nil
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
			src, ok := interesting[filepath.Clean(ev.Name)]
			if !ok {
				continue
			}
			pending = &model.Trigger{Source: src, Detail: ev.Op.String() + " " + ev.Name}
			timer.Reset(fw.Debounce)
		case <-w.Errors:
			// Overflow or a removed directory: the tick is the safety net.
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
