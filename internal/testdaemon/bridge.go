//go:build linux

package testdaemon

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/netip"
	"os/exec"
	"strings"
	"time"
)

// Each daemon gets its own bridge so that parallel daemons (and the host's
// docker0, if any) never share a network. The bridge name must fit IFNAMSIZ
// (15 chars); subnets are /24s carved out of 172.31.0.0/16.
const bridgeAttempts = 16

// createBridge creates an up bridge with a /24 unused on this host and
// returns its name and subnet (the bridge holds the .1 address, which dockerd
// adopts as the default network's gateway).
func createBridge(ctx context.Context) (string, netip.Prefix, error) {
	var lastErr error
	for range bridgeAttempts {
		name := "dgt" + randomHex(4)
		used, err := hostPrefixes(ctx)
		if err != nil {
			return "", netip.Prefix{}, err
		}
		subnet, ok := freeSubnet(used)
		if !ok {
			return "", netip.Prefix{}, fmt.Errorf("testdaemon: no free /24 left in 172.31.0.0/16")
		}
		gw := netip.PrefixFrom(subnet.Addr().Next(), subnet.Bits())
		if err := ipCmd(ctx, "link", "add", name, "type", "bridge"); err != nil {
			lastErr = err // most likely a name collision; try another
			continue
		}
		if err := ipCmd(ctx, "addr", "add", gw.String(), "dev", name); err != nil {
			return "", netip.Prefix{}, joinDelete(ctx, err, name)
		}
		if err := ipCmd(ctx, "link", "set", name, "up"); err != nil {
			return "", netip.Prefix{}, joinDelete(ctx, err, name)
		}
		// Another harness may have picked the same subnet between our check
		// and our add; whoever sees the clash backs off and tries again.
		clash, err := subnetClash(ctx, name, subnet)
		if err != nil {
			return "", netip.Prefix{}, joinDelete(ctx, err, name)
		}
		if clash {
			lastErr = fmt.Errorf("testdaemon: subnet %v taken concurrently", subnet)
			if err := deleteBridge(ctx, name); err != nil {
				return "", netip.Prefix{}, err
			}
			time.Sleep(time.Duration(randomInt(50)) * time.Millisecond)
			continue
		}
		return name, subnet, nil
	}
	return "", netip.Prefix{}, fmt.Errorf("testdaemon: could not create bridge after %d attempts: %w", bridgeAttempts, lastErr)
}

// deleteBridge removes the bridge; a bridge that no longer exists is fine.
func deleteBridge(ctx context.Context, name string) error {
	if name == "" || !BridgeExists(ctx, name) {
		return nil
	}
	return ipCmd(ctx, "link", "del", name)
}

// BridgeExists reports whether a network interface with that name exists.
func BridgeExists(ctx context.Context, name string) bool {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return exec.CommandContext(ctx, "ip", "link", "show", "dev", name).Run() == nil
}

func joinDelete(ctx context.Context, err error, name string) error {
	if derr := deleteBridge(ctx, name); derr != nil {
		return fmt.Errorf("%w (and cleanup: %v)", err, derr)
	}
	return err
}

// freeSubnet picks a random 172.31.x.0/24 that overlaps none of used.
func freeSubnet(used []netip.Prefix) (netip.Prefix, bool) {
	start := randomInt(256)
	for i := range 256 {
		x := byte((start + i) % 256)
		cand := netip.PrefixFrom(netip.AddrFrom4([4]byte{172, 31, x, 0}), 24)
		free := true
		for _, u := range used {
			if u.Overlaps(cand) {
				free = false
				break
			}
		}
		if free {
			return cand, true
		}
	}
	return netip.Prefix{}, false
}

// hostPrefixes lists IPv4 prefixes already in use: interface addresses and
// routes (a VPN route to 172.31/16 would make our subnet unreachable too).
func hostPrefixes(ctx context.Context) ([]netip.Prefix, error) {
	addrs, err := ipAddrs(ctx)
	if err != nil {
		return nil, err
	}
	var out []netip.Prefix
	for _, a := range addrs {
		out = append(out, a.prefix.Masked())
	}
	routes, err := ipOutput(ctx, "-4", "route", "show", "table", "all")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(routes, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		dst := f[0]
		if dst == "local" || dst == "broadcast" || dst == "unicast" {
			if len(f) < 2 {
				continue
			}
			dst = f[1]
		}
		if p, err := netip.ParsePrefix(dst); err == nil {
			out = append(out, p.Masked())
		} else if a, err := netip.ParseAddr(dst); err == nil {
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
		}
	}
	return out, nil
}

type ifaceAddr struct {
	dev    string
	prefix netip.Prefix
}

// ipAddrs parses `ip -o -4 addr show` ("4: eth0    inet 192.0.2.2/24 brd ...").
func ipAddrs(ctx context.Context) ([]ifaceAddr, error) {
	text, err := ipOutput(ctx, "-o", "-4", "addr", "show")
	if err != nil {
		return nil, err
	}
	var out []ifaceAddr
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		for i := 0; i+1 < len(f); i++ {
			if f[i] != "inet" {
				continue
			}
			if p, err := netip.ParsePrefix(f[i+1]); err == nil && len(f) > 1 {
				out = append(out, ifaceAddr{dev: strings.TrimSuffix(f[1], ":"), prefix: p})
			}
		}
	}
	return out, nil
}

// subnetClash reports whether a device other than ours has an address in subnet.
func subnetClash(ctx context.Context, ours string, subnet netip.Prefix) (bool, error) {
	addrs, err := ipAddrs(ctx)
	if err != nil {
		return false, err
	}
	for _, a := range addrs {
		if a.dev != ours && a.prefix.Masked().Overlaps(subnet) {
			return true, nil
		}
	}
	return false, nil
}

func ipCmd(ctx context.Context, args ...string) error {
	_, err := ipOutput(ctx, args...)
	return err
}

func ipOutput(ctx context.Context, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ip", args...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("testdaemon: ip %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return string(out), nil
}

func randomHex(nbytes int) string {
	b := make([]byte, nbytes)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on Linux
	return hex.EncodeToString(b)
}

func randomInt(n int) int {
	v, err := rand.Int(rand.Reader, big.NewInt(int64(n)))
	if err != nil {
		return 0
	}
	return int(v.Int64())
}
