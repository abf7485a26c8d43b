// Command benchreport turns `go test -bench` output (several -count runs)
// into the Markdown table of bench/RESULTS.md: the median with min and max
// of each metric, the ratio against the `docker info` baseline, each
// target with whether it is met, and a description of the machine.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// target is one figure from the issue, checked against a metric's median.
type target struct {
	bench, metric string
	max           float64 // the median must be at most this
	what          string
}

func targets() []target {
	return []target{
		{"ProbeCycle", "p50-ms", 2, "one warm cycle, p50 ≤ 2 ms"},
		{"FixToScreen/socket-chmod/watchers", "p95-ms", 250, "chmod fix to ok state, p95 ≤ 250 ms"},
		{"FixToScreen/controller-start/watchers", "p95-ms", 250, "controller start to ok state, p95 ≤ 250 ms"},
		{"IdleDashboard", "cpu-%", 0.4, "idle CPU at --interval 1s ≤ 0.4% of a core"},
		{"IdleDashboard", "peak-rss-MiB", 30, "peak RSS ≤ 30 MiB"},
		{"StartupToFirstFrame", "p95-ms", 100, "start to first frame ≤ 100 ms"},
		{"CycleMissingSocket", "p50-ms", 1, "cycle, missing socket < 1 ms"},
		{"CycleRefusedSocket", "p50-ms", 1, "cycle, refused connection < 1 ms"},
		{"CycleHungDaemon", "max/deadline", 1.5, "hung daemon: cycle ends at its deadline"},
		{"CycleHungDaemon", "goroutines-added", 0, "hung daemon: no goroutine pile-up"},
	}
}

func main() {
	out := flag.String("o", "bench/RESULTS.md", "Markdown file to write")
	flag.Parse()
	samples, order, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	md := render(samples, order)
	fmt.Print(md)
	if err := os.WriteFile(*out, []byte(md), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// samples maps benchmark → metric → values (one per -count run).
type samples map[string]map[string][]float64

func parse(r io.Reader) (samples, []string, error) {
	// "BenchmarkName-2   N   123 ns/op   1.5 p50-ms ..."
	line := regexp.MustCompile(`^Benchmark(\S+?)(-\d+)?\s+\d+\s+(.*)$`)
	s := samples{}
	var order []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := line.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		name := m[1]
		if _, ok := s[name]; !ok {
			s[name] = map[string][]float64{}
			order = append(order, name)
		}
		f := strings.Fields(m[3])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			s[name][f[i+1]] = append(s[name][f[i+1]], v)
		}
	}
	return s, order, sc.Err()
}

// stats is median, min and max.
func stats(v []float64) (med, lo, hi float64) {
	c := append([]float64(nil), v...)
	sort.Float64s(c)
	return c[len(c)/2], c[0], c[len(c)-1]
}

func render(s samples, order []string) string {
	var b strings.Builder
	b.WriteString("# Benchmark results\n\n")
	fmt.Fprintf(&b, "Written by `go tool task bench` on %s. Medians over the `-count` runs, with min–max.\n\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	b.WriteString("## Machine\n\n")
	for _, l := range machine() {
		fmt.Fprintf(&b, "- %s\n", l)
	}
	b.WriteString("\n## Targets\n\n| target | benchmark | metric | median (min–max) | met |\n| --- | --- | --- | --- | --- |\n")
	for _, t := range targets() {
		v := s[t.bench][t.metric]
		if len(v) == 0 {
			fmt.Fprintf(&b, "| %s | %s | %s | not measured | – |\n", t.what, t.bench, t.metric)
			continue
		}
		med, lo, hi := stats(v)
		met := "yes"
		if med > t.max {
			met = "**no**"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s (%s–%s) | %s |\n", t.what, t.bench, t.metric, num(med), num(lo), num(hi), met)
	}
	if cyc, info := s["ProbeCycle"]["p50-ms"], s["DockerInfoSubprocess"]["p50-ms"]; len(cyc) > 0 && len(info) > 0 {
		c, _, _ := stats(cyc)
		i, _, _ := stats(info)
		met := "yes"
		if i/c < 30 {
			met = "**no**"
		}
		fmt.Fprintf(&b, "| cycle ≥ 30x faster than `docker info` (same run) | ProbeCycle vs DockerInfoSubprocess | p50 ratio | %.1fx (%s ms vs %s ms) | %s |\n", i/c, num(c), num(i), met)
	}
	b.WriteString("\n## Every benchmark\n\n| benchmark | metric | median | min | max | runs |\n| --- | --- | --- | --- | --- | --- |\n")
	for _, name := range order {
		metrics := make([]string, 0, len(s[name]))
		for m := range s[name] {
			metrics = append(metrics, m)
		}
		sort.Strings(metrics)
		for _, m := range metrics {
			med, lo, hi := stats(s[name][m])
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d |\n", name, m, num(med), num(lo), num(hi), len(s[name][m]))
		}
	}
	return b.String()
}

func num(v float64) string {
	switch {
	case v >= 1e6:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

// machine describes where the numbers came from.
func machine() []string {
	out := []string{fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "model name") {
				out = append(out, "CPU: "+strings.TrimSpace(strings.SplitN(l, ":", 2)[1]))
				break
			}
		}
	}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		out = append(out, "memory: "+strings.Join(strings.Fields(strings.SplitN(string(data), "\n", 2)[0])[1:], " "))
	}
	for _, c := range [][]string{{"uname", "-sr"}, {"dockerd", "--version"}, {"docker", "--version"}} {
		if o, err := exec.Command(c[0], c[1:]...).Output(); err == nil {
			out = append(out, c[0]+": "+strings.TrimSpace(string(o)))
		}
	}
	return out
}
