package probe

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

func checkHealth(t *testing.T, url string, timeout time.Duration) model.APIFacts {
	t.Helper()
	h := NewHealthChecker()
	defer h.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return h.Check(ctx, url)
}

func TestHealthReadsRevision(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/health" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(`{"revision": "abc123"}`))
	}))
	defer srv.Close()
	f := checkHealth(t, srv.URL+"/", time.Second)
	if f.Fault != nil || f.BodyFault != nil || f.Status != 200 || f.Revision != "abc123" {
		t.Fatalf("got %+v", f)
	}
}

func TestHealthHostilePeers(t *testing.T) {
	stall := make(chan struct{})
	defer close(stall)
	cases := []struct {
		name    string
		handler http.HandlerFunc
		check   func(t *testing.T, f model.APIFacts)
	}{
		{"headers then a stalled body", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(200)
			w.Write([]byte(`{"revis`))
			w.(http.Flusher).Flush()
			// The client's deadline closes the connection, which ends this.
			select {
			case <-stall:
			case <-r.Context().Done():
			}
		}, func(t *testing.T, f model.APIFacts) {
			if !f.Fault.Is(model.ErrTimeout) {
				t.Fatalf("fault = %v, want timeout", f.Fault)
			}
		}},
		{"multi-megabyte body", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"revision":"`))
			w.Write([]byte(strings.Repeat("x", 4<<20)))
			w.Write([]byte(`"}`))
		}, func(t *testing.T, f model.APIFacts) {
			if f.BodyFault == nil || !strings.Contains(f.BodyFault.Message, "larger than") {
				t.Fatalf("body fault = %v, want a size fault", f.BodyFault)
			}
		}},
		{"invalid JSON", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<html>ok</html>`))
		}, func(t *testing.T, f model.APIFacts) {
			if f.BodyFault == nil || f.Status != 200 {
				t.Fatalf("got %+v, want a body fault on a 200", f)
			}
		}},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/health", http.StatusFound)
		}, func(t *testing.T, f model.APIFacts) {
			if f.Fault == nil || !strings.Contains(f.Fault.Message, "redirects") {
				t.Fatalf("fault = %v, want a redirect fault", f.Fault)
			}
		}},
		{"status 500", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(500)
			w.Write([]byte(`{"revision":"abc"}`))
		}, func(t *testing.T, f model.APIFacts) {
			if f.Fault != nil || f.Status != 500 {
				t.Fatalf("got %+v, want status 500 without a transport fault", f)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			start := time.Now()
			f := checkHealth(t, srv.URL, 300*time.Millisecond)
			if el := time.Since(start); el > 2*time.Second {
				t.Fatalf("health check took %s past a 300ms deadline", el)
			}
			tc.check(t, f)
		})
	}
}

// A listener that speaks something other than HTTP.
func TestHealthNonHTTPPeer(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			// Like an SSH server: a banner at once, then wait for the peer.
			go func() {
				defer c.Close()
				c.Write([]byte("SSH-2.0-OpenSSH_9.2\r\n\x00\x01garbage\r\n\r\n"))
				c.SetReadDeadline(time.Now().Add(2 * time.Second))
				io.Copy(io.Discard, c)
			}()
		}
	}()
	f := checkHealth(t, "http://"+l.Addr().String(), time.Second)
	if f.Fault == nil || f.Fault.Class != model.ErrProtocol {
		t.Fatalf("fault = %+v, want protocol", f.Fault)
	}
}

func TestHealthRefused(t *testing.T) {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	f := checkHealth(t, "http://"+addr, time.Second)
	if !f.Fault.Is(model.ErrRefused) {
		t.Fatalf("fault = %+v, want refused", f.Fault)
	}
}

// A /health whose first connection hangs (docker-proxy accepted it while
// the container was starting) is answered by the hedged second request.
func TestHealthHedgesAStuckFirstConnection(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			select {
			case <-release:
			case <-r.Context().Done():
			}
			return
		}
		w.Write([]byte(`{"revision":"r"}`))
	}))
	defer srv.Close()
	start := time.Now()
	f := checkHealth(t, srv.URL, 2*time.Second)
	if f.Fault != nil || f.Revision != "r" {
		t.Fatalf("got %+v, want the hedged answer", f)
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("took %s: the hedge did not answer", el)
	}
}
