package probe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/docker-git/docker-git-tui/model"
)

// maxHealthBody is how much of /health is read: enough for any real answer,
// small enough that a hostile or broken server cannot bloat the process.
const maxHealthBody = 64 << 10

// maxRedirects stops redirect loops early.
const maxRedirects = 3

// HealthChecker asks the controller API for /health over a kept-alive
// connection.
type HealthChecker struct {
	http *http.Client
}

// NewHealthChecker builds a checker whose connections are reused across
// cycles; every request still carries the caller's deadline.
func NewHealthChecker() *HealthChecker {
	tr := &http.Transport{
		DialContext:           (&net.Dialer{}).DialContext,
		MaxIdleConns:          2,
		IdleConnTimeout:       90 * time.Second,
		ResponseHeaderTimeout: 0, // the request context bounds it
		DisableCompression:    true,
		Proxy:                 nil, // the controller is local: never go through a proxy
	}
	return &HealthChecker{http: &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}}
}

// Close drops idle connections.
func (h *HealthChecker) Close() { h.http.CloseIdleConnections() }

// hedgeDelay is how long /health may take before one more request is sent
// on a fresh connection. A healthy controller answers in about a
// millisecond; a pooled connection to a docker-proxy that was restarted
// with its container can hang, while a new connection gets through.
const (
	hedgeDelay  = 150 * time.Millisecond
	maxAttempts = 2
)

// Check does GET <base>/health and reads docker-git's answer. A request
// still unanswered after hedgeDelay is hedged with a second one; the first
// answer wins and the other is cancelled.
func (h *HealthChecker) Check(ctx context.Context, base string) model.APIFacts {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make(chan model.APIFacts, maxAttempts)
	launch := func() { go func() { results <- h.check(ctx, base) }() }
	launch()
	hedge := time.NewTicker(hedgeDelay)
	defer hedge.Stop()
	for attempts := 1; ; {
		select {
		case f := <-results:
			return f
		case <-hedge.C:
			if attempts < maxAttempts {
				attempts++
				launch()
			}
		}
	}
}

// check is one GET <base>/health.
func (h *HealthChecker) check(ctx context.Context, base string) model.APIFacts {
	f := model.APIFacts{Attempted: true, URL: strings.TrimRight(base, "/")}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL+"/health", nil)
	if err != nil {
		f.Fault = model.FaultOf(model.ErrInvalid, err.Error())
		return f
	}
	start := time.Now()
	resp, err := h.http.Do(req)
	if err != nil {
		f.Latency = time.Since(start)
		f.Fault = model.NewFault(err)
		if f.Fault.Class == model.ErrOther && isProtocolError(err) {
			f.Fault.Class = model.ErrProtocol
		}
		return f
	}
	defer resp.Body.Close()
	f.Status = resp.StatusCode
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxHealthBody+1))
	f.Latency = time.Since(start)
	if err != nil {
		f.Fault = model.NewFault(err)
		return f
	}
	if len(body) > maxHealthBody {
		f.BodyFault = model.FaultOf(model.ErrProtocol, fmt.Sprintf("body is larger than %d bytes", maxHealthBody))
		return f
	}
	// docker-git answers {"ok":true,"revision":"<rev>","cwd":"/workspace",
	// "projectsRoot":"/home/dev/.docker-git"}; revision may be null or
	// "unknown". Any 2xx is healthy to docker-git, so an unexpected body is
	// only recorded.
	var health struct {
		OK           *bool           `json:"ok"`
		Revision     json.RawMessage `json:"revision"`
		Cwd          string          `json:"cwd"`
		ProjectsRoot string          `json:"projectsRoot"`
	}
	if err := json.Unmarshal(body, &health); err != nil {
		f.BodyFault = model.FaultOf(model.ErrProtocol, fmt.Sprintf("body is not JSON: %v", err))
		return f
	}
	if health.OK != nil {
		f.OK = fmt.Sprint(*health.OK)
	}
	f.Cwd, f.ProjectsRoot = health.Cwd, health.ProjectsRoot
	switch rev := strings.TrimSpace(string(health.Revision)); {
	case rev == "":
	case rev == "null":
		f.RevisionNull = true
	default:
		if err := json.Unmarshal(health.Revision, &f.Revision); err != nil {
			f.BodyFault = model.FaultOf(model.ErrProtocol, fmt.Sprintf(`"revision" is not a string: %s`, rev))
		}
	}
	return f
}

// isProtocolError spots a peer that is not speaking HTTP. net/http returns
// these as untyped errors, so text is all there is.
func isProtocolError(err error) bool {
	var uerr interface{ Unwrap() error }
	if errors.As(err, &uerr) {
		err = uerr.Unwrap()
	}
	msg := err.Error()
	// A server that talks first (an SSH banner) trips the transport's idle
	// read before our request is written.
	for _, s := range []string{"malformed HTTP", "server gave HTTP response", "readLoopPeekFailLocked", "nsolicited response"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
