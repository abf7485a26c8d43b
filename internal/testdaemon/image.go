//go:build linux

package testdaemon

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/moby/moby/api/types/build"
	"github.com/moby/moby/client"
)

// controllerDockerfile builds from scratch because no registry is reachable
// from the test machines; the controller is a static binary. Like
// docker-git's controller image, it carries the revision it was built for
// as the label io.prover-coder-ai.docker-git.controller-rev (build argument
// DOCKER_GIT_CONTROLLER_REV, default "unknown" as in docker-git's compose).
const controllerDockerfile = "FROM scratch\n" +
	"ARG DOCKER_GIT_CONTROLLER_REV=unknown\n" +
	"LABEL io.prover-coder-ai.docker-git.controller-rev=$DOCKER_GIT_CONTROLLER_REV\n" +
	"COPY controller /controller\nENTRYPOINT [\"/controller\"]\n"

// DefaultControllerRevision is the revision BuildControllerImage labels the
// image with and RunController gives a compose-made controller by default.
const DefaultControllerRevision = "rev-e2e"

// BuildControllerImage compiles ./testdata/controller statically and builds
// it into image tag with the classic builder (dockerd 20.10's BuildKit needs
// extra setup and network access), labelled with DefaultControllerRevision.
func (d *Daemon) BuildControllerImage(ctx context.Context, tag string) error {
	return d.BuildControllerImageRev(ctx, tag, DefaultControllerRevision)
}

// BuildControllerImageRev is BuildControllerImage with the image's
// controller-rev label set to rev.
func (d *Daemon) BuildControllerImageRev(ctx context.Context, tag, rev string) error {
	root, err := RepoRoot()
	if err != nil {
		return err
	}
	bin, err := os.MkdirTemp(d.dir, "build-")
	if err != nil {
		return fmt.Errorf("testdaemon: %w", err)
	}
	defer os.RemoveAll(bin)
	binPath := filepath.Join(bin, "controller")
	if err := goBuild(ctx, root, binPath, "./testdata/controller"); err != nil {
		return err
	}
	exe, err := os.ReadFile(binPath)
	if err != nil {
		return fmt.Errorf("testdaemon: %w", err)
	}
	tarball, err := tarContext(map[string]tarFile{
		"Dockerfile": {body: []byte(controllerDockerfile), mode: 0o644},
		"controller": {body: exe, mode: 0o755},
	})
	if err != nil {
		return err
	}
	return d.buildImage(ctx, tarball, tag, map[string]*string{"DOCKER_GIT_CONTROLLER_REV": &rev})
}

// buildImage sends a tar build context and drains the JSON message stream;
// the HTTP status is 200 even when the build fails, so errors only show up
// in the stream.
func (d *Daemon) buildImage(ctx context.Context, buildContext io.Reader, tag string, args map[string]*string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	res, err := d.cli.ImageBuild(ctx, buildContext, client.ImageBuildOptions{
		Tags:        []string{tag},
		Version:     build.BuilderV1,
		BuildArgs:   args,
		Remove:      true,
		ForceRemove: true,
	})
	if err != nil {
		return fmt.Errorf("testdaemon: build %s: %w", tag, err)
	}
	defer res.Body.Close()
	var out strings.Builder
	dec := json.NewDecoder(res.Body)
	for {
		var msg struct {
			Stream      string `json:"stream"`
			Error       string `json:"error"`
			ErrorDetail *struct {
				Message string `json:"message"`
			} `json:"errorDetail"`
		}
		if err := dec.Decode(&msg); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return fmt.Errorf("testdaemon: build %s: reading output: %w\n%s", tag, err, out.String())
		}
		out.WriteString(msg.Stream)
		if msg.ErrorDetail != nil && msg.ErrorDetail.Message != "" {
			return fmt.Errorf("testdaemon: build %s: %s\n%s", tag, msg.ErrorDetail.Message, out.String())
		}
		if msg.Error != "" {
			return fmt.Errorf("testdaemon: build %s: %s\n%s", tag, msg.Error, out.String())
		}
	}
	if _, err := d.cli.ImageInspect(ctx, tag); err != nil {
		return fmt.Errorf("testdaemon: build %s reported success but image is missing: %w\n%s", tag, err, out.String())
	}
	return nil
}

// BuildControllerBinary compiles ./testdata/controller to out, to run on
// the host as a plain process (a program holding the API port).
func BuildControllerBinary(ctx context.Context, out string) error {
	root, err := RepoRoot()
	if err != nil {
		return err
	}
	return goBuild(ctx, root, out, "./testdata/controller")
}

// goBuild builds a static linux binary of pkg (relative to the module root).
func goBuild(ctx context.Context, root, out, pkg string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+runtime.GOARCH)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("testdaemon: go build %s: %w\n%s", pkg, err, b)
	}
	return nil
}

type tarFile struct {
	body []byte
	mode int64
}

// tarContext builds an in-memory tar of files (name -> content).
func tarContext(files map[string]tarFile) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, f := range files {
		hdr := &tar.Header{Name: name, Mode: f.mode, Size: int64(len(f.body)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, fmt.Errorf("testdaemon: tar: %w", err)
		}
		if _, err := tw.Write(f.body); err != nil {
			return nil, fmt.Errorf("testdaemon: tar: %w", err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("testdaemon: tar: %w", err)
	}
	return &buf, nil
}

// RepoRoot finds the module root (the dir holding go.mod) by walking up from
// this source file, falling back to the working directory; tests in any
// package of the module can then build ./testdata/controller.
func RepoRoot() (string, error) {
	var starts []string
	if _, file, _, ok := runtime.Caller(0); ok {
		starts = append(starts, filepath.Dir(file))
	}
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	for _, dir := range starts {
		for {
			if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && st.Mode().IsRegular() {
				if _, err := os.Stat(filepath.Join(dir, "testdata", "controller")); err == nil {
					return dir, nil
				}
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", errors.New("testdaemon: cannot find module root with testdata/controller")
}
