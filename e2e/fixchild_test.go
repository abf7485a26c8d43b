//go:build linux

package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/docker-git/docker-git-tui/assets"
	"github.com/docker-git/docker-git-tui/internal/testdaemon"
	"github.com/docker-git/docker-git-tui/model"
	"github.com/docker-git/docker-git-tui/probe"
	"github.com/docker-git/docker-git-tui/tui"
)

// The fix-to-screen measurements need the dashboard model running as a
// non-root user (root ignores socket modes). The test binary re-runs itself
// in that role: with DGT_FIX_CHILD set, TestMain calls fixChild instead of
// the tests. The child runs the real tui.Model in a headless Bubble Tea
// program, wired exactly like the dashboard, and prints "ready" or the
// first error's kind on every change of the model's state.

// reporter wraps the dashboard model and prints its state transitions.
type reporter struct {
	inner tui.Model
	out   io.Writer
	state string
}

func (r reporter) Init() tea.Cmd { return r.inner.Init() }

func (r reporter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.inner.Update(msg)
	r.inner = m.(tui.Model)
	if rep := r.inner; rep.HasReport() {
		state := "ready"
		if !rep.Ready() {
			state = string(rep.FirstError())
		}
		if state != r.state {
			r.state = state
			fmt.Fprintln(r.out, state)
		}
	}
	return r, cmd
}

func (r reporter) View() tea.View { return r.inner.View() }

// fixChild runs until its stdin closes.
func fixChild() int {
	cfg := probe.ConfigFromEnv(os.Getenv)
	cfg.HostFlag = os.Getenv("DGT_HOST")
	cfg.Container = os.Getenv("DGT_CONTAINER")
	cfg.APIURL = os.Getenv("DGT_API_URL")
	cfg.NoSudo = true
	interval, _ := time.ParseDuration(os.Getenv("DGT_INTERVAL"))
	cat, err := model.LoadCatalog(assets.Remediation())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	eng := probe.NewEngine(cfg)
	defer eng.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := tui.Options{
		Probe:    func(ctx context.Context) model.Report { return model.Classify(eng.Cycle(ctx), cat) },
		Interval: interval,
		Timeout:  cfg.Timeout,
		NoColor:  true,
	}
	if os.Getenv("DGT_WATCH") == "1" {
		triggers := make(chan model.Trigger, 1)
		wait := probe.Watch(ctx, cfg, triggers)
		defer wait()
		opts.Triggers = triggers
	}
	out := bufio.NewWriter(os.Stdout)
	w := flushWriter{out}
	p := tea.NewProgram(reporter{inner: tui.New(opts), out: w},
		tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignalHandler(), tea.WithWindowSize(120, 40))
	go func() {
		io.Copy(io.Discard, os.Stdin)
		p.Quit()
	}()
	_, err = p.Run()
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

type flushWriter struct{ w *bufio.Writer }

func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err == nil {
		err = f.w.Flush()
	}
	return n, err
}

// child is a running fix-to-screen child.
type child struct {
	states <-chan string
	stdin  io.WriteCloser
	cmd    *exec.Cmd
}

// startFixChild runs the dashboard model as u, in a session that holds the
// socket's group, against the shared daemon.
func startFixChild(tb testing.TB, u testdaemon.User, c controller, watch bool, interval time.Duration) *child {
	tb.Helper()
	return startFixChildGroups(tb, u, c, watch, interval, []uint32{uint32(shared.group.GID)})
}

// startFixChildGroups is startFixChild with the session's supplementary
// groups given.
func startFixChildGroups(tb testing.TB, u testdaemon.User, c controller, watch bool, interval time.Duration, groups []uint32) *child {
	tb.Helper()
	if groups == nil {
		groups = []uint32{}
	}
	cred := &syscall.Credential{Uid: uint32(u.UID), Gid: uint32(u.GID), Groups: groups}
	return startFixChildOn(tb, shared.daemon.Host(), cred, c, watch, interval)
}

// startFixChildOn runs the dashboard model with cred (nil: as root)
// against the daemon at host.
func startFixChildOn(tb testing.TB, host string, cred *syscall.Credential, c controller, watch bool, interval time.Duration) *child {
	tb.Helper()
	cmd := exec.Command(shared.testBin, "-test.run=^$")
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	w := "0"
	if watch {
		w = "1"
	}
	home := tb.TempDir()
	os.Chmod(home, 0o755)
	// A machine with Compose v2: without it a stopped controller is first
	// reported as compose-plugin-missing (docker-git could not restart it).
	composePluginInto(tb, filepath.Join(home, ".docker"))
	cmd.Env = []string{"DGT_FIX_CHILD=1", "DGT_HOST=" + host, "DGT_CONTAINER=" + c.name,
		"DGT_API_URL=" + c.apiURL, "DGT_WATCH=" + w, "DGT_INTERVAL=" + interval.String(),
		"HOME=" + home, "PATH=" + os.Getenv("PATH"), "DOCKER_GIT_TUI_SKIP_SYSTEM_SOCKETS=1"}
	cmd.Dir = "/"
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	states := make(chan string, 64)
	go func() {
		defer close(states)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			states <- sc.Text()
		}
	}()
	ch := &child{states: states, stdin: stdin, cmd: cmd}
	tb.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	return ch
}

// broken matches any state but ready.
const broken = "broken"

// await waits for the child to report state (a kind, "ready", or broken for
// any kind) and returns how long it took.
func (c *child) await(tb testing.TB, state string, within time.Duration) (time.Duration, bool) {
	tb.Helper()
	start := time.Now()
	timeout := time.After(within)
	for {
		select {
		case s, ok := <-c.states:
			if !ok {
				tb.Fatal("fix child exited")
			}
			if s == state || (state == broken && s != "ready") {
				return time.Since(start), true
			}
		case <-timeout:
			return within, false
		}
	}
}

func mustAwait(tb testing.TB, c *child, state string, within time.Duration) time.Duration {
	tb.Helper()
	d, ok := c.await(tb, state, within)
	if !ok {
		tb.Fatalf("dashboard model never reached %q within %s", state, within)
	}
	return d
}
