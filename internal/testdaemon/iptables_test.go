//go:build linux

package testdaemon_test

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/docker-git/docker-git-tui/internal/testdaemon"
)

// rulesNow is what iptables-save says that matters: rules, chains and
// policies other than ACCEPT, per table (an empty table and no table are
// the same to a packet).
func rulesNow(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("iptables-save").Output()
	if err != nil {
		t.Fatalf("iptables-save: %v", err)
	}
	var keep []string
	table := ""
	acceptPolicy := regexp.MustCompile(`^:[A-Z]+ ACCEPT \[\d+:\d+\]$`)
	counters := regexp.MustCompile(` \[\d+:\d+\]$`)
	for _, l := range strings.Split(string(out), "\n") {
		switch {
		case strings.HasPrefix(l, "*"):
			table = l
		case strings.HasPrefix(l, "-A"), strings.HasPrefix(l, ":") && !acceptPolicy.MatchString(l):
			keep = append(keep, table+" "+counters.ReplaceAllString(l, ""))
		}
	}
	return strings.Join(keep, "\n")
}

// A daemon with iptables enabled installs its chains while it runs, and
// Close gives the host back its rules and forwarding switch exactly.
func TestIPTablesDaemonRestoresTheHostRules(t *testing.T) {
	testdaemon.Require(t)
	before := rulesNow(t)
	forward, err := os.ReadFile("/proc/sys/net/ipv4/ip_forward")
	if err != nil {
		t.Fatal(err)
	}
	d := testdaemon.StartT(t, testdaemon.Options{IPTables: true})
	if during := rulesNow(t); !strings.Contains(during, ":DOCKER -") || during == before {
		t.Fatalf("dockerd with IPTables added no DOCKER chain:\n%s", during)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if after := rulesNow(t); after != before {
		t.Fatalf("rules after Close differ from before:\n--- before\n%s\n--- after\n%s", before, after)
	}
	if now, _ := os.ReadFile("/proc/sys/net/ipv4/ip_forward"); string(now) != string(forward) {
		t.Fatalf("ip_forward is %q after Close, was %q", now, forward)
	}
}
