//go:build linux

package probe

import (
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestParseProcAddr(t *testing.T) {
	for in, want := range map[string]string{
		"0100007F:0D06":                         "127.0.0.1:3334",
		"00000000:0016":                         "0.0.0.0:22",
		"00000000000000000000000001000000:0D06": "[::1]:3334",
		"00000000000000000000000000000000:1F90": "[::]:8080",
	} {
		ip, port, ok := parseProcAddr(in)
		if !ok {
			t.Fatalf("parseProcAddr(%s) failed", in)
		}
		if got := net.JoinHostPort(ip.String(), strconv.Itoa(port)); got != want {
			t.Errorf("parseProcAddr(%s) = %s, want %s", in, got, want)
		}
	}
	for _, bad := range []string{"", "zz:0D06", "0100007F", "0100007F:XYZ", "01007F:0D06"} {
		if _, _, ok := parseProcAddr(bad); ok {
			t.Errorf("parseProcAddr(%q) accepted", bad)
		}
	}
}

// A real listener in this process is found with this process's pid and
// command line, as ss -ltnp shows it; other addresses do not conflict.
func TestProbePortNamesTheListener(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	f := ProbePort("127.0.0.1", port)
	if f.Fault != nil || len(f.Listeners) != 1 {
		t.Fatalf("got %+v, want one listener", f)
	}
	got := f.Listeners[0]
	if got.PID != os.Getpid() || !strings.Contains(got.Command, os.Args[0]) || got.Addr != l.Addr().String() || got.UID != os.Getuid() {
		t.Fatalf("listener = %+v, want pid %d running %s", got, os.Getpid(), os.Args[0])
	}
	if f := ProbePort("0.0.0.0", port); len(f.Listeners) != 1 {
		t.Fatalf("a wildcard bind conflicts with every address: %+v", f)
	}
	if f := ProbePort("127.0.0.2", port); len(f.Listeners) != 0 {
		t.Fatalf("127.0.0.2 does not conflict with 127.0.0.1: %+v", f)
	}
	l.Close()
	if f := ProbePort("127.0.0.1", port); f.Fault != nil || len(f.Listeners) != 0 {
		t.Fatalf("after close: %+v, want a free port", f)
	}
}
