package probe

import (
	"context"
	"net"
	"sync"
)

// dialRecorder dials the daemon endpoint for the moby client and keeps the
// raw dial error. The client re-words connection errors and drops the errno
// (EACCES becomes a new error, a refusal and a timeout read the same), so
// the classifier needs the error from the dial itself.
type dialRecorder struct {
	proto, addr string

	mu        sync.Mutex
	attempted bool
	err       error
}

// DialContext ignores the address the HTTP transport asks for (a dummy host
// for unix sockets) and dials the endpoint.
func (d *dialRecorder) DialContext(ctx context.Context, _, _ string) (net.Conn, error) {
	var nd net.Dialer
	conn, err := nd.DialContext(ctx, d.proto, d.addr)
	d.mu.Lock()
	d.attempted, d.err = true, err
	d.mu.Unlock()
	return conn, err
}

// reset forgets the last dial so a cycle sees only its own.
func (d *dialRecorder) reset() {
	d.mu.Lock()
	d.attempted, d.err = false, nil
	d.mu.Unlock()
}

// last returns whether a dial happened since reset, and its error.
func (d *dialRecorder) last() (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.attempted, d.err
}
