//go:build linux

package testdaemon

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
)

// forwardSysctl is the IPv4 forwarding switch dockerd turns on.
const forwardSysctl = "/proc/sys/net/ipv4/ip_forward"

// iptablesState is the host's IPv4 packet filter and forwarding switch as
// they were before a daemon with iptables enabled started. dockerd adds its
// chains (DOCKER, DOCKER-USER, DOCKER-ISOLATION-STAGE-*) and rules, sets
// the FORWARD policy to DROP and turns forwarding on, and removes none of
// it when it exits: Close puts the saved state back.
type iptablesState struct {
	rules   []byte
	forward []byte
}

func saveIPTables(ctx context.Context) (*iptablesState, error) {
	rules, err := exec.CommandContext(ctx, "iptables-save").Output()
	if err != nil {
		return nil, fmt.Errorf("testdaemon: iptables-save: %w", err)
	}
	forward, err := os.ReadFile(forwardSysctl)
	if err != nil {
		return nil, fmt.Errorf("testdaemon: %w", err)
	}
	return &iptablesState{rules: rules, forward: forward}, nil
}

// builtinChains are the tables dockerd writes to, with their built-in
// chains. iptables-restore only rewrites the tables its input names, and a
// host without rules saves none: each is reset to empty first.
func builtinChains() map[string][]string {
	return map[string][]string{
		"filter": {"INPUT", "FORWARD", "OUTPUT"},
		"nat":    {"PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"},
	}
}

func (s *iptablesState) restore(ctx context.Context) error {
	for table, chains := range builtinChains() {
		for _, args := range [][]string{{"-F"}, {"-X"}} {
			if out, err := exec.CommandContext(ctx, "iptables", append([]string{"-t", table}, args...)...).CombinedOutput(); err != nil {
				return fmt.Errorf("testdaemon: iptables -t %s %s: %v: %s", table, args[0], err, out)
			}
		}
		for _, c := range chains {
			if out, err := exec.CommandContext(ctx, "iptables", "-t", table, "-P", c, "ACCEPT").CombinedOutput(); err != nil {
				return fmt.Errorf("testdaemon: iptables -t %s -P %s: %v: %s", table, c, err, out)
			}
		}
	}
	cmd := exec.CommandContext(ctx, "iptables-restore")
	cmd.Stdin = bytes.NewReader(s.rules)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("testdaemon: iptables-restore: %v: %s", err, out)
	}
	if err := os.WriteFile(forwardSysctl, s.forward, 0o644); err != nil {
		return fmt.Errorf("testdaemon: restore ip_forward: %w", err)
	}
	return nil
}
