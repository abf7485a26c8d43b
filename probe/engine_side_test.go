package probe

import (
	"context"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// When the ping fails, the controller inspect and the /health request that
// run beside it are cancelled: the cycle ends with the ping, not at the
// deadline those two would otherwise wait for.
func TestFailedPingCancelsTheRequestsBesideIt(t *testing.T) {
	// A daemon that works for the first cycle, then drops /_ping at once
	// and never answers anything else.
	var broken atomic.Bool
	daemon := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path[strings.LastIndex(r.URL.Path, "/"):]
		switch {
		case broken.Load() && path == "/_ping":
			panic(http.ErrAbortHandler) // drops the connection
		case broken.Load():
			<-r.Context().Done()
		case path == "/_ping":
			w.Header().Set("Api-Version", "1.41")
			w.Write([]byte("OK"))
		case path == "/version":
			w.Write([]byte(`{"Version":"27.3.1","ApiVersion":"1.41","MinAPIVersion":"1.24"}`))
		case path == "/info":
			w.Write([]byte(`{"Name":"test"}`))
		default:
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"message":"No such container"}`))
		}
	})}
	sock := filepath.Join(shortDir(t), "d.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	go daemon.Serve(l)
	t.Cleanup(func() { daemon.Close() })
	// A controller API that answers for the first cycle, then never.
	apiSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if broken.Load() {
			<-r.Context().Done()
			return
		}
		w.Write([]byte(`{"revision":"abc"}`))
	})}
	api, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go apiSrv.Serve(api)
	t.Cleanup(func() { apiSrv.Close() })

	home := t.TempDir()
	cfg := ConfigFromEnv(envMap(map[string]string{"HOME": home, "PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": home}))
	cfg.HostFlag, cfg.NoSudo, cfg.SkipSystemSockets = "unix://"+sock, true, true
	cfg.APIURL, cfg.Timeout = "http://"+api.Addr().String(), 3*time.Second
	e := NewEngine(cfg)
	defer e.Close()
	if s := e.Cycle(context.Background()); !s.Daemon.OK {
		t.Fatalf("first cycle: daemon fault %v, want OK", s.Daemon.Fault)
	}
	// The daemon answered: this cycle starts inspect and /health beside the ping.
	broken.Store(true)
	start := time.Now()
	s := e.Cycle(context.Background())
	took := time.Since(start)
	if s.Daemon.OK {
		t.Fatal("ping succeeded against a daemon that drops it")
	}
	if took > time.Second {
		t.Fatalf("cycle took %s: the requests beside the failed ping ran on toward the 3s deadline", took)
	}
}

// Each request keeps its own dial: a failing dial of one request is never
// reported as the dial of another running beside it.
func TestDialErrorsStayWithTheirRequest(t *testing.T) {
	type who struct{}
	errPing, errInspect := errors.New("ping's dial failed"), errors.New("inspect's dial failed")
	d := &dialRecorder{dial: func(ctx context.Context) (net.Conn, error) {
		if ctx.Value(who{}) == "ping" {
			time.Sleep(10 * time.Millisecond) // the inspect's dial ends last
			return nil, errPing
		}
		time.Sleep(30 * time.Millisecond)
		return nil, errInspect
	}}
	pingCtx, pingSlot := withDialSlot(context.WithValue(context.Background(), who{}, "ping"))
	inspectCtx, inspectSlot := withDialSlot(context.WithValue(context.Background(), who{}, "inspect"))
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); d.DialContext(pingCtx, "unix", "x") }()
	go func() { defer wg.Done(); d.DialContext(inspectCtx, "unix", "x") }()
	wg.Wait()
	if ok, err := pingSlot.last(); !ok || err != errPing {
		t.Fatalf("ping's slot holds %v (attempted %v), want its own error", err, ok)
	}
	if ok, err := inspectSlot.last(); !ok || err != errInspect {
		t.Fatalf("inspect's slot holds %v (attempted %v), want its own error", err, ok)
	}
	if attempted, _, _ := d.last(); attempted {
		t.Fatal("dials with a slot were also recorded in the shared recorder")
	}
}
