package main

import (
	"bufio"
	"bytes"
	"log"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// junkAfterHEAD listens on a unix socket and answers every request, HEAD
// included, with a body: after a HEAD the body's bytes sit on the idle
// connection, which net/http's Transport reports through the standard
// logger ("Unsolicited response received on idle HTTP channel").
func junkAfterHEAD(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "junk.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				br := bufio.NewReader(c)
				for {
					req, err := http.ReadRequest(br)
					if err != nil {
						return
					}
					req.Body.Close()
					if _, err := c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world")); err != nil {
						return
					}
				}
			}(c)
		}
	}()
	return "unix://" + path
}

// TestNoLibraryLogLines: a daemon that answers oddly yields findings, never
// a stray log line from net/http on stderr beside the report.
func TestNoLibraryLogLines(t *testing.T) {
	var logged bytes.Buffer
	prev, flags := log.Writer(), log.Flags()
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(prev); log.SetFlags(flags) })

	host := junkAfterHEAD(t)
	for _, args := range [][]string{{"--once"}, {"--once", "--json"}} {
		_, _, errOut := runWith(t, append(args, "--host", host, "--no-sudo", "--timeout", "2s"), map[string]string{"HOME": t.TempDir()}, "")
		for _, out := range []string{logged.String(), errOut} {
			if strings.Contains(out, "Unsolicited") || strings.Contains(out, "HTTP channel") {
				t.Fatalf("%v: a library log line reached the output: %q", args, out)
			}
		}
	}
}
