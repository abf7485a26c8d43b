package probe

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/docker-git/docker-git-tui/model"
)

// FindCheckout walks up from dir, at most model.CheckoutMaxDepth
// directories as docker-git does, to the first docker-compose.yml that
// defines service api: a docker-git checkout. It returns "" when there is
// none, and whether the checkout's ./ctl is an executable file.
func FindCheckout(dir string) (checkout string, hasCtl bool) {
	if dir == "" {
		return "", false
	}
	for i := 0; i < model.CheckoutMaxDepth; i++ {
		if composeHasAPI(filepath.Join(dir, "docker-compose.yml")) {
			fi, err := os.Stat(filepath.Join(dir, "ctl"))
			return dir, err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", false
}

// maxComposeFile bounds how much of a docker-compose.yml is read.
const maxComposeFile = 1 << 20

// composeHasAPI reports whether the compose file at path defines a service
// named api: a key "api:" one level below the top-level "services:". It
// reads the YAML's block layout only, which is how docker-git's file is
// written.
func composeHasAPI(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, maxComposeFile))
	inServices, childIndent := false, -1
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := len(line) - len(trimmed)
		if indent == 0 {
			inServices = trimmed == "services:"
			childIndent = -1
			continue
		}
		if !inServices {
			continue
		}
		if childIndent < 0 {
			childIndent = indent
		}
		if indent == childIndent {
			key := strings.TrimSpace(strings.SplitN(trimmed, "#", 2)[0])
			if key == "api:" || key == `"api":` || key == "'api':" {
				return true
			}
		}
	}
	return false
}
