package probe

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// docker-git's /health answers, as its controller writes them.
func TestHealthReadsDockerGitsAnswer(t *testing.T) {
	cases := []struct {
		name, body         string
		status             int
		rev, ok, cwd, root string
		null, bodyFault    bool
	}{
		{"full answer", `{"ok":true,"revision":"0123456789abcdef-host-none-skiller0","cwd":"/workspace","projectsRoot":"/home/dev/.docker-git"}`, 200,
			"0123456789abcdef-host-none-skiller0", "true", "/workspace", "/home/dev/.docker-git", false, false},
		{"null revision", `{"ok":true,"revision":null}`, 200, "", "true", "", "", true, false},
		{"unknown revision", `{"ok":true,"revision":"unknown"}`, 200, "unknown", "true", "", "", false, false},
		{"no revision", `{"ok":false}`, 200, "", "false", "", "", false, false},
		{"revision of the wrong type", `{"revision":42}`, 200, "", "", "", "", false, true},
		{"empty 204", ``, 204, "", "", "", "", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			f := checkHealth(t, srv.URL, time.Second)
			if f.Fault != nil || f.Status != tc.status {
				t.Fatalf("got %+v", f)
			}
			if f.Revision != tc.rev || f.RevisionNull != tc.null || f.OK != tc.ok || f.Cwd != tc.cwd || f.ProjectsRoot != tc.root {
				t.Fatalf("got revision %q (null %v), ok %q, cwd %q, projectsRoot %q", f.Revision, f.RevisionNull, f.OK, f.Cwd, f.ProjectsRoot)
			}
			if (f.BodyFault != nil) != tc.bodyFault {
				t.Fatalf("body fault = %v, want %v", f.BodyFault, tc.bodyFault)
			}
		})
	}
}
