// Command controller is a stand-in for the docker-git-api controller used by
// the end-to-end tests: it serves GET /health exactly as docker-git's
// controller does ({"ok":true,"revision":...,"cwd":"/workspace",
// "projectsRoot":"/home/dev/.docker-git"}) so the TUI's probes see a genuine
// HTTP endpoint inside a genuine container.
//
// Environment:
//
//	PORT           listen port (default DOCKER_GIT_API_PORT, else 3334)
//	REVISION       value reported as "revision" by /health; without it,
//	               DOCKER_GIT_CONTROLLER_REV as docker-git's controller
//	               reports, and null when neither is set
//	REVISION_NULL  if set, "revision" is null whatever the above say
//	HEALTH_STATUS  HTTP status code for /health (default 200)
//	EXIT_CODE      if set, exit immediately with this code (a crashed controller)
//
// "controller healthcheck" probes the local /health and exits 0 on 2xx, 1
// otherwise: a Docker HEALTHCHECK for a scratch image with no curl or shell.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = os.Getenv("DOCKER_GIT_API_PORT")
	}
	if port == "" {
		port = "3334"
	}
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		os.Exit(healthcheck(port))
	}
	if v, ok := os.LookupEnv("EXIT_CODE"); ok {
		code, err := strconv.Atoi(v)
		if err != nil {
			log.Fatalf("bad EXIT_CODE %q: %v", v, err)
		}
		os.Exit(code)
	}

	status := http.StatusOK
	if v := os.Getenv("HEALTH_STATUS"); v != "" {
		s, err := strconv.Atoi(v)
		if err != nil || s < 100 || s > 999 {
			log.Fatalf("bad HEALTH_STATUS %q", v)
		}
		status = s
	}
	var revision *string
	for _, k := range []string{"REVISION", "DOCKER_GIT_CONTROLLER_REV"} {
		if v, ok := os.LookupEnv(k); ok {
			revision = &v
			break
		}
	}
	if os.Getenv("REVISION_NULL") != "" {
		revision = nil
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(struct {
			OK           bool    `json:"ok"`
			Revision     *string `json:"revision"`
			Cwd          string  `json:"cwd"`
			ProjectsRoot string  `json:"projectsRoot"`
		}{status >= 200 && status <= 299, revision, "/workspace", "/home/dev/.docker-git"})
	})
	srv := &http.Server{Addr: ":" + port, Handler: mux, ReadHeaderTimeout: 5 * time.Second}

	// As PID 1 in a container the kernel drops SIGTERM unless we handle it,
	// which would make every `docker stop` wait for the SIGKILL timeout.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()

	shown := "null"
	if revision != nil {
		shown = strconv.Quote(*revision)
	}
	log.Printf("controller listening on :%s (revision %s, health status %d)", port, shown, status)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}

// healthcheck returns the exit code for Docker's HEALTHCHECK.
func healthcheck(port string) int {
	c := &http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://127.0.0.1:" + port + "/health")
	if err != nil {
		log.Print(err)
		return 1
	}
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		log.Printf("health status %d", resp.StatusCode)
		return 1
	}
	return 0
}
