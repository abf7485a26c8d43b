package probe

import (
	"testing"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/model"
)

// Any DOCKER_HOST or --host value resolves to a valid endpoint or a fault,
// and the report built from it never panics. Nothing is dialled here: a
// fuzzed tcp host could name any address.
func FuzzDockerHost(f *testing.F) {
	for _, s := range []string{"unix:///var/run/docker.sock", "tcp://u:p@h:2376", "ssh://x", "tcp//", "unix://", "\x00", "npipe:////./pipe/x"} {
		f.Add(s)
	}
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, host string) {
		for _, cfg := range []Config{
			{Env: envMap(map[string]string{"DOCKER_HOST": host, "DOCKER_CONFIG": t.TempDir()})},
			{HostFlag: host, Env: envMap(map[string]string{"DOCKER_CONFIG": t.TempDir()})},
		} {
			e := ResolveEndpoint(cfg)
			if host != "" && e.Valid() == (e.Fault != nil) {
				t.Fatalf("endpoint %+v is both valid and faulty (or neither)", e)
			}
			r := model.Classify(model.Snapshot{Endpoint: e}, cat)
			if r.Endpoint.Host != model.RedactHost(e.Host) {
				t.Fatalf("report host %q is not the redacted endpoint %q", r.Endpoint.Host, e.Host)
			}
		}
	})
}
