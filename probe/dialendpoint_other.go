//go:build !windows

package probe

import (
	"context"
	"net"
)

// dialEndpoint opens a connection to a unix or tcp daemon endpoint.
func dialEndpoint(ctx context.Context, proto, addr string) (net.Conn, error) {
	var nd net.Dialer
	return nd.DialContext(ctx, proto, addr)
}
