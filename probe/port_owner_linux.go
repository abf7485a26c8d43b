//go:build linux

package probe

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// maxCommand caps a listener's command line in evidence.
const maxCommand = 200

// listeners reads /proc/net/tcp and /proc/net/tcp6 for sockets listening
// on port at host or a wildcard, then finds their processes through
// /proc/*/fd (socket:[inode] links), as ss -ltnp does. A process this user
// may not inspect leaves PID 0.
func listeners(host string, port int) ([]model.Listener, error) {
	type sock struct {
		addr  string
		uid   int
		inode string
	}
	var socks []sock
	read := 0
	for _, file := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		f, err := os.Open(file)
		if errors.Is(err, fs.ErrNotExist) {
			continue // no IPv6
		}
		if err != nil {
			return nil, err
		}
		read++
		sc := bufio.NewScanner(f)
		sc.Scan() // header
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 10 || fields[3] != "0A" { // 0A: TCP_LISTEN
				continue
			}
			ip, p, ok := parseProcAddr(fields[1])
			if !ok || p != port || !conflicts(ip, host) {
				continue
			}
			uid, _ := strconv.Atoi(fields[7])
			socks = append(socks, sock{addr: net.JoinHostPort(ip.String(), strconv.Itoa(p)), uid: uid, inode: fields[9]})
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if read == 0 {
		return nil, fmt.Errorf("no /proc/net/tcp: %w", fs.ErrNotExist)
	}
	if len(socks) == 0 {
		return nil, nil
	}
	want := map[string]int{}
	for i, s := range socks {
		want["socket:["+s.inode+"]"] = i
	}
	owners := findSocketOwners(want)
	out := make([]model.Listener, len(socks))
	for i, s := range socks {
		out[i] = model.Listener{Addr: s.addr, UID: s.uid}
		if pid, ok := owners[i]; ok {
			out[i].PID = pid
			out[i].Command = commandLine(pid)
		}
	}
	return out, nil
}

// findSocketOwners maps each wanted socket (index by link text) to the
// first pid holding it, scanning /proc/*/fd.
func findSocketOwners(want map[string]int) map[int]int {
	found := map[int]int{}
	procs, err := os.ReadDir("/proc")
	if err != nil {
		return found
	}
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil {
			continue
		}
		dir := "/proc/" + p.Name() + "/fd"
		fds, err := os.ReadDir(dir)
		if err != nil {
			continue // gone, or not ours to see
		}
		for _, fd := range fds {
			link, err := os.Readlink(dir + "/" + fd.Name())
			if err != nil {
				continue
			}
			if i, ok := want[link]; ok {
				if _, seen := found[i]; !seen {
					found[i] = pid
				}
			}
		}
		if len(found) == len(want) {
			break
		}
	}
	return found
}

// commandLine is the process's argv joined by spaces, capped.
func commandLine(pid int) string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil || len(b) == 0 {
		if comm, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm"); err == nil {
			return "[" + strings.TrimSpace(string(comm)) + "]"
		}
		return "(command line unreadable)"
	}
	s := strings.TrimRight(strings.ReplaceAll(string(b), "\x00", " "), " ")
	if len(s) > maxCommand {
		s = s[:maxCommand] + "…"
	}
	return s
}

// parseProcAddr decodes /proc/net/tcp's "0100007F:0D06" (IPv4, and IPv6 as
// four 32-bit words in host byte order) into an address and port.
func parseProcAddr(s string) (net.IP, int, bool) {
	hexIP, hexPort, ok := strings.Cut(s, ":")
	if !ok {
		return nil, 0, false
	}
	port, err := strconv.ParseUint(hexPort, 16, 16)
	if err != nil {
		return nil, 0, false
	}
	raw, err := hex.DecodeString(hexIP)
	if err != nil || (len(raw) != 4 && len(raw) != 16) {
		return nil, 0, false
	}
	ip := make(net.IP, len(raw))
	for w := 0; w < len(raw); w += 4 {
		// Each 32-bit word is printed in the host's byte order.
		binary.BigEndian.PutUint32(ip[w:], binary.NativeEndian.Uint32(raw[w:]))
	}
	return ip, int(port), true
}
