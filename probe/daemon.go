package probe

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"

	"github.com/docker-git/docker-git-tui/model"
)

// Daemon is a warm connection to one daemon endpoint. It is reused across
// cycles so the steady-state cost is one ping on an open connection.
type Daemon struct {
	endpoint model.Endpoint
	dialer   *dialRecorder
	cli      *client.Client
	// ssh is the transport of an ssh:// endpoint (probe/ssh.go), else nil.
	ssh *sshDialer
}

// NewDaemon builds a client for a valid endpoint. It does not connect.
func NewDaemon(e model.Endpoint) (*Daemon, error) {
	return NewDaemonEnv(e, os.Getenv)
}

// NewDaemonEnv is NewDaemon with the environment of an ssh:// endpoint's
// ssh process read through getenv.
func NewDaemonEnv(e model.Endpoint, getenv func(string) string) (*Daemon, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("endpoint %q is not valid", e.Host)
	}
	if getenv == nil {
		getenv = os.Getenv
	}
	d := &dialRecorder{proto: e.Proto, addr: e.Address}
	if e.Proto == "tcp" {
		d.tls = &tlsState{}
	}
	host := e.Host
	var ssh *sshDialer
	switch e.Proto {
	case "unix", "tcp", "npipe":
	case "ssh":
		sp, err := parseSSH(e.Host)
		if err != nil {
			return nil, err
		}
		ssh = newSSHDialer(sp, sshEnv(getenv))
		d.dial = ssh.dial
		// The CLI's connection helper talks HTTP to a dummy host over ssh.
		host = "http://docker.example.com"
	default:
		return nil, fmt.Errorf("%s:// endpoints are not probed directly; use a unix, tcp, ssh or npipe endpoint", e.Proto)
	}
	cli, err := client.New(
		client.WithHost(host),
		client.WithDialContext(d.DialContext),
		client.WithUserAgent("docker-git-tui"),
	)
	if err != nil {
		return nil, err
	}
	return &Daemon{endpoint: e, dialer: d, cli: cli, ssh: ssh}, nil
}

// Client exposes the moby client for the controller probes and events.
func (d *Daemon) Client() *client.Client { return d.cli }

// Close drops idle connections and kills every ssh process of an ssh://
// endpoint.
func (d *Daemon) Close() error {
	err := d.cli.Close()
	if d.ssh != nil {
		d.ssh.closeAll()
	}
	return err
}

// SSHFacts reports an ssh:// endpoint's transport for this cycle (zero for
// other endpoints). Killed says ssh was still running when ctx ended.
func (d *Daemon) SSHFacts(ctx context.Context) model.SSHFacts {
	if d.ssh == nil {
		return model.SSHFacts{}
	}
	// ssh -G (for the evidence) runs within what is left of the deadline.
	f := d.ssh.facts(ctx)
	f.Killed = f.Killed || ctx.Err() != nil && !f.Exited
	if f.Failure() == model.SSHRemoteDenied {
		f.Access = d.ssh.access(ctx, f.RemoteSocket())
	}
	return f
}

// Ping checks the daemon answers and negotiates the API version. With
// withInfo it also reads /version and /info (rootless detection).
func (d *Daemon) Ping(ctx context.Context, withInfo bool) model.DaemonFacts {
	d.reset()
	return d.ping(ctx, withInfo)
}

// reset forgets the previous cycle's dials.
func (d *Daemon) reset() {
	d.dialer.reset()
	if d.ssh != nil {
		d.ssh.reset()
	}
}

// ping is Ping without forgetting earlier dials, for a caller that reset
// the recorder before starting requests of its own beside the ping.
func (d *Daemon) ping(ctx context.Context, withInfo bool) model.DaemonFacts {
	f := model.DaemonFacts{Attempted: true, ClientMinAPI: client.MinAPIVersion, ClientMaxAPI: client.MaxAPIVersion}
	// The ping's own dials: an inspect running beside it dials too.
	ctx, slot := withDialSlot(ctx)
	ping, err := d.cli.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true})
	if err != nil {
		f.Fault, f.Connected = d.fault(slot, err)
		if ping.APIVersion != "" && cerrdefs.IsInvalidArgument(err) {
			f.APIVersion = ping.APIVersion
			f.Fault = model.FaultOf(model.ErrVersion, err.Error())
		}
		return f
	}
	f.OK, f.Connected = true, true
	f.APIVersion, f.OSType = ping.APIVersion, ping.OSType
	if !withInfo {
		return f
	}
	f.InfoFetched = true
	// A daemon that answers the ping but hangs or babbles on /version or
	// /info is not usable: docker-git's calls would hang the same way.
	v, err := d.cli.ServerVersion(ctx, client.ServerVersionOptions{})
	if err != nil {
		f.OK = false
		f.Fault, _ = d.fault(slot, err)
		return f
	}
	f.ServerVersion, f.MinAPIVersion, f.APIVersion = v.Version, v.MinAPIVersion, v.APIVersion
	info, err := d.cli.Info(ctx, client.InfoOptions{})
	if err != nil {
		f.OK = false
		f.Fault, _ = d.fault(slot, err)
		return f
	}
	f.Name = info.Info.Name
	for _, opt := range info.Info.SecurityOptions {
		if strings.Contains(opt, "name=rootless") {
			f.Rootless = true
		}
	}
	return f
}

// fault prefers the raw dial error (errno intact) of the failing request's
// own dial (slot) over the client's re-worded one. A request that failed
// without a failing dial of its own ran on an established connection: the
// daemon was reached.
func (d *Daemon) fault(slot *dialSlot, err error) (*model.Fault, bool) {
	attempted, dialErr := slot.last()
	_, _, oversize := d.dialer.last()
	if f, connected := d.tlsFault(err); f != nil {
		return f, connected
	}
	if attempted && dialErr != nil {
		return model.NewFault(dialErr), false
	}
	if oversize {
		return model.FaultOf(model.ErrProtocol, errResponseTooLarge.Error()+": "+err.Error()), true
	}
	f := model.NewFault(err)
	// net/http reports a peer that does not speak HTTP only as text.
	if f.Class == model.ErrOther && strings.Contains(err.Error(), "malformed HTTP") {
		f.Class = model.ErrProtocol
	}
	if errors.Is(err, context.Canceled) {
		f.Class = model.ErrTimeout
	}
	return f, true
}
