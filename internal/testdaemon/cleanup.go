//go:build linux

package testdaemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/moby/moby/client"
)

// Close tears everything down: force-removes containers, stops dockerd, kills
// whatever still belongs to this daemon (containerd, shims, container
// processes), unmounts what dockerd left under Dir (the data-root bind mount
// and netns mounts survive a crash), deletes the bridge and removes Dir.
// It is idempotent and keeps going past individual failures, so it is safe
// in deferred cleanup after a failed test; later calls return the first
// call's result.
func (d *Daemon) Close() error {
	d.mu.Lock()
	if d.closed {
		defer d.mu.Unlock()
		return d.closeErr
	}
	d.closed = true
	proc := d.proc
	d.mu.Unlock()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var errs []error
	if proc != nil && !proc.exited() && d.cli != nil {
		errs = append(errs, d.removeAllContainers(ctx))
	}
	if proc != nil {
		if err := proc.signal(syscall.SIGTERM, stopTimeout); err != nil {
			errs = append(errs, err, proc.signal(syscall.SIGKILL, 10*time.Second))
		}
	}
	errs = append(errs, d.killLeftovers())
	if d.iptables != nil {
		errs = append(errs, d.iptables.restore(ctx))
	}
	errs = append(errs, d.unmountAll())
	errs = append(errs, deleteBridge(ctx, d.bridge))
	if err := os.RemoveAll(d.dir); err != nil {
		// A mount may have raced in; one more pass.
		if uerr := d.unmountAll(); uerr != nil {
			errs = append(errs, uerr)
		}
		if err := os.RemoveAll(d.dir); err != nil {
			errs = append(errs, fmt.Errorf("testdaemon: remove %s: %w", d.dir, err))
		}
	}
	if d.cli != nil {
		errs = append(errs, d.cli.Close())
	}

	d.mu.Lock()
	defer d.mu.Unlock()
	d.closeErr = errors.Join(errs...)
	return d.closeErr
}

// removeAllContainers force-removes every container, so dockerd's shutdown
// doesn't have to stop them one by one.
func (d *Daemon) removeAllContainers(ctx context.Context) error {
	res, err := d.cli.ContainerList(ctx, client.ContainerListOptions{All: true})
	if err != nil {
		return fmt.Errorf("testdaemon: list containers: %w", err)
	}
	var errs []error
	for _, c := range res.Items {
		if _, err := d.cli.ContainerRemove(ctx, c.ID, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
			errs = append(errs, fmt.Errorf("testdaemon: remove container %.12s: %w", c.ID, err))
		}
	}
	return errors.Join(errs...)
}

// Processes lists live (non-zombie) processes whose command line mentions
// Dir: dockerd, its containerd and the containerd shims. Tests use it to
// prove that Close left nothing behind.
func (d *Daemon) Processes() ([]int, error) {
	return processesMentioning(d.dir + "/")
}

// processesMentioning lists live, non-zombie pids whose cmdline contains s.
func processesMentioning(s string) ([]int, error) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil, err
	}
	needle := []byte(s)
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || !bytes.Contains(cmdline, needle) {
			continue
		}
		if st, ok := procStat(pid); ok && st.state != "Z" {
			pids = append(pids, pid)
		}
	}
	return pids, nil
}

type statInfo struct {
	state string
	start uint64 // field 22, clock ticks since boot
}

// procStat reads /proc/PID/stat; comm may contain spaces, so parse after ')'.
func procStat(pid int) (statInfo, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return statInfo{}, false
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return statInfo{}, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 20 {
		return statInfo{}, false
	}
	start, _ := strconv.ParseUint(f[19], 10, 64)
	return statInfo{state: f[0], start: start}, true
}

// killLeftovers SIGKILLs container init processes recorded in runc's state
// (shims reparent to init when dockerd is killed, so only their state files
// lead to them), then every process mentioning Dir, and removes the shims'
// sockets in /run/containerd/s, which a killed shim cannot clean up.
func (d *Daemon) killLeftovers() error {
	states, _ := filepath.Glob(filepath.Join(d.execRoot(), "runtime-runc", "*", "*", "state.json"))
	for _, path := range states {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var st struct {
			Pid   int    `json:"init_process_pid"`
			Start uint64 `json:"init_process_start"`
		}
		if json.Unmarshal(b, &st) != nil || st.Pid <= 1 {
			continue
		}
		// Guard against pid reuse: the start time must match runc's record.
		if ps, ok := procStat(st.Pid); ok && ps.start == st.Start && ps.state != "Z" {
			_ = syscall.Kill(st.Pid, syscall.SIGKILL)
		}
	}
	deadline := time.Now().Add(15 * time.Second)
	var pids []int
	for {
		var err error
		pids, err = d.Processes()
		if err != nil {
			return fmt.Errorf("testdaemon: scan processes: %w", err)
		}
		if len(pids) == 0 || time.Now().After(deadline) {
			break
		}
		for _, pid := range pids {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
		time.Sleep(100 * time.Millisecond)
	}
	addrs, _ := filepath.Glob(filepath.Join(d.execRoot(), "containerd", "daemon", "io.containerd.runtime.v2.task", "*", "*", "address"))
	for _, path := range addrs {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		sock := strings.TrimPrefix(strings.TrimSpace(string(b)), "unix://")
		if strings.HasPrefix(sock, "/run/containerd/s/") {
			_ = os.Remove(sock)
		}
	}
	if len(pids) > 0 {
		return fmt.Errorf("testdaemon: processes for %s survived SIGKILL: %v", d.dir, pids)
	}
	return nil
}

// Mounts lists mount points at or below Dir, deepest first.
func (d *Daemon) Mounts() ([]string, error) {
	b, err := os.ReadFile("/proc/self/mountinfo")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 5 {
			continue
		}
		mp := unescapeMountinfo(f[4])
		if mp == d.dir || strings.HasPrefix(mp, d.dir+"/") {
			out = append(out, mp)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out, nil
}

// unmountAll lazily unmounts everything under Dir, repeating for stacked mounts.
func (d *Daemon) unmountAll() error {
	for range 5 {
		mps, err := d.Mounts()
		if err != nil {
			return fmt.Errorf("testdaemon: read mountinfo: %w", err)
		}
		if len(mps) == 0 {
			return nil
		}
		for _, mp := range mps {
			_ = syscall.Unmount(mp, syscall.MNT_DETACH)
		}
	}
	mps, _ := d.Mounts()
	if len(mps) > 0 {
		return fmt.Errorf("testdaemon: still mounted: %v", mps)
	}
	return nil
}

// unescapeMountinfo decodes the octal escapes (\040 etc.) used in mountinfo.
func unescapeMountinfo(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if v, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
