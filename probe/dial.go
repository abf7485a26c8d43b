package probe

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

// maxDaemonResponse caps one daemon response. /info is tens of KiB; a peer
// that streams more is broken or hostile and must not grow our memory.
const maxDaemonResponse = 8 << 20

// errResponseTooLarge is returned by a connection whose peer exceeded
// maxDaemonResponse in one response.
var errResponseTooLarge = errors.New("daemon response exceeds 8 MiB")

// dialRecorder dials the daemon endpoint for the moby client and keeps the
// raw dial error. The client re-words connection errors and drops the errno
// (EACCES becomes a new error, a refusal and a timeout read the same), so
// the classifier needs the error from the dial itself.
type dialRecorder struct {
	proto, addr string
	// dial, when set, opens the connection instead of dialEndpoint (the
	// ssh:// transport).
	dial func(ctx context.Context) (net.Conn, error)
	// tls is the TLS of a tcp:// endpoint (probe/tls.go), nil for others.
	tls *tlsState

	mu        sync.Mutex
	attempted bool
	err       error
	oversize  bool
}

// dialSlot holds the dial of one request. Requests run side by side (the
// ping beside the controller inspect), so one recorder for all would let a
// dial of one request be blamed for the failure of another; a request that
// carries a slot in its context (withDialSlot) gets its own.
type dialSlot struct {
	mu        sync.Mutex
	attempted bool
	err       error
}

type dialSlotKey struct{}

// withDialSlot returns ctx carrying a fresh slot for the dials made on its
// behalf. net/http dials with the request's context values.
func withDialSlot(ctx context.Context) (context.Context, *dialSlot) {
	s := &dialSlot{}
	return context.WithValue(ctx, dialSlotKey{}, s), s
}

// last returns whether a dial was made for the request, and its error.
func (s *dialSlot) last() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempted, s.err
}

// DialContext ignores the address the HTTP transport asks for (a dummy host
// for unix sockets) and dials the endpoint. The dial is recorded in the
// request's slot when it has one, else in the recorder.
func (d *dialRecorder) DialContext(ctx context.Context, _, _ string) (net.Conn, error) {
	var conn net.Conn
	var err error
	if d.dial != nil {
		conn, err = d.dial(ctx)
	} else {
		conn, err = dialEndpoint(ctx, d.proto, d.addr)
	}
	if err == nil && d.tls != nil {
		conn, err = d.tls.handshake(ctx, conn, d.addr)
	}
	if s, ok := ctx.Value(dialSlotKey{}).(*dialSlot); ok {
		s.mu.Lock()
		s.attempted, s.err = true, err
		s.mu.Unlock()
	} else {
		d.mu.Lock()
		d.attempted, d.err = true, err
		d.mu.Unlock()
	}
	if err != nil {
		return nil, err
	}
	c := &cappedConn{Conn: conn, rec: d}
	c.budget.Store(maxDaemonResponse)
	return c, nil
}

// reset forgets the last dial so a cycle sees only its own.
func (d *dialRecorder) reset() {
	d.mu.Lock()
	d.attempted, d.err, d.oversize = false, nil, false
	d.mu.Unlock()
	if d.tls != nil {
		d.tls.reset()
	}
}

// last returns whether a dial happened since reset, its error, and whether
// a response overflowed the cap.
func (d *dialRecorder) last() (attempted bool, err error, oversize bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.attempted, d.err, d.oversize
}

func (d *dialRecorder) markOversize() {
	d.mu.Lock()
	d.oversize = true
	d.mu.Unlock()
}

// cappedConn limits how much one response may read. HTTP/1.1 without
// pipelining writes a request before reading its response, so every Write
// starts a new budget. The client's error wrapping loses the error's type,
// hence the flag on the recorder. net/http reads and writes a connection
// from two goroutines, so the budget is atomic.
type cappedConn struct {
	net.Conn
	rec    *dialRecorder
	budget atomic.Int64
}

func (c *cappedConn) Write(p []byte) (int, error) {
	c.budget.Store(maxDaemonResponse)
	return c.Conn.Write(p)
}

func (c *cappedConn) Read(p []byte) (int, error) {
	left := c.budget.Load()
	if left <= 0 {
		c.rec.markOversize()
		return 0, errResponseTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := c.Conn.Read(p)
	c.budget.Add(-int64(n))
	if err != nil && c.rec.tls != nil {
		c.rec.tls.noteRead(err)
	}
	return n, err
}
