package probe

import (
	"context"
	"net"

	"github.com/Microsoft/go-winio"
)

// dialEndpoint opens a connection to a daemon endpoint; npipe endpoints
// (npipe:////./pipe/docker_engine) go through go-winio, as in the moby
// client's own transport.
func dialEndpoint(ctx context.Context, proto, addr string) (net.Conn, error) {
	if proto == "npipe" {
		return winio.DialPipeContext(ctx, addr)
	}
	var nd net.Dialer
	return nd.DialContext(ctx, proto, addr)
}
