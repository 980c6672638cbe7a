// Command testsum summarises `go test -json` for CI: it reads the JSON
// events on standard input, prints one line per package and the full
// output of every failed test, and ends with the line
//
//	N passed, N failed, N skipped
//
// followed, when tests were skipped for a missing server, by
// "(missing servers: a, b)". A test reports a missing server by skipping
// with a message that starts "missing server: NAME" (NAME is the program
// or service, e.g. "missing server: dovecot (not in PATH)").
//
// The verdict is go test's own exit status (the caller keeps it, with
// pipefail or PIPESTATUS); testsum exits 0 so that its summary stays the
// last line printed, and 1 with -exit-status when something failed.
//
// Usage, from the repository root (as .ci/run does):
//
//	go test -json ./... | go run ./tests/testsum
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

// maxOutput bounds what is kept of one test's output (the end is kept).
const maxOutput = 64 << 10

// maxSkipLines bounds the skipped tests listed by name.
const maxSkipLines = 50

// skipReason is the message of a skip: its last non-empty output line
// that is not go test's own "--- SKIP" line, without the file:line prefix.
func skipReason(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "--- SKIP") || strings.HasPrefix(l, "=== ") {
			continue
		}
		if _, msg, ok := strings.Cut(l, ".go:"); ok {
			if _, rest, ok := strings.Cut(msg, ": "); ok {
				return rest
			}
		}
		return l
	}
	return "?"
}

// missingRE finds the missing server in a skip message: the convention
// "missing server: NAME", and the phrasings tests already use ("dovecot
// not found", "/usr/sbin/smtp-sink not found", "PostgreSQL tests need").
var missingRE = []*regexp.Regexp{
	regexp.MustCompile(`missing server:\s*([^\s(),;:]+)`),
	regexp.MustCompile(`(?:^|[\s:])([^\s(),;:]+) not found`),
	regexp.MustCompile(`(?:^|[\s:])(\w+) tests need`),
}

// missingServers returns the servers a skip message says are missing.
func missingServers(out string) []string {
	var names []string
	for _, re := range missingRE {
		for _, m := range re.FindAllStringSubmatch(out, -1) {
			names = append(names, path.Base(m[1]))
		}
		if len(names) > 0 {
			break // the explicit convention wins
		}
	}
	return names
}

// result is the state of one test.
type result struct {
	action string
	output strings.Builder
}

// summary accumulates the events.
type summary struct {
	out      io.Writer
	tests    map[string]*result // "pkg\x00Test/sub"
	order    []string
	pkgFail  []string
	missing  map[string]bool
	badLines int
}

func newSummary(out io.Writer) *summary {
	return &summary{out: out, tests: map[string]*result{}, missing: map[string]bool{}}
}

func (s *summary) add(e event) {
	if e.Test == "" {
		switch e.Action {
		case "pass", "fail", "skip":
			status := map[string]string{"pass": "ok  ", "fail": "FAIL", "skip": "ok  "}[e.Action]
			fmt.Fprintf(s.out, "%s %s %.2fs\n", status, e.Package, e.Elapsed)
			if e.Action == "fail" {
				s.pkgFail = append(s.pkgFail, e.Package)
			}
		case "output":
			// Build errors and package-level output: shown only when
			// they say something went wrong.
			if strings.Contains(e.Output, "[build failed]") || strings.HasPrefix(e.Output, "#") ||
				strings.Contains(e.Output, "panic:") || strings.Contains(e.Output, ".go:") {
				fmt.Fprint(s.out, e.Output)
			}
		}
		return
	}
	key := e.Package + "\x00" + e.Test
	r := s.tests[key]
	if r == nil {
		r = &result{}
		s.tests[key] = r
		s.order = append(s.order, key)
	}
	switch e.Action {
	case "output":
		if r.output.Len() < maxOutput {
			r.output.WriteString(e.Output)
		}
	case "pass", "fail", "skip":
		r.action = e.Action
		if e.Action == "pass" {
			r.output.Reset()
		}
		if e.Action == "skip" {
			for _, n := range missingServers(r.output.String()) {
				s.missing[n] = true
			}
		}
	}
}

// finish prints the failed tests and the last line; it reports whether
// everything passed.
func (s *summary) finish() bool {
	// Count leaves only: a test with subtests is counted through them.
	parent := map[string]bool{}
	for _, k := range s.order {
		if i := strings.LastIndexByte(k, '/'); i > 0 {
			parent[k[:i]] = true
		}
	}
	var passed, failed, skipped int
	for _, k := range s.order {
		r := s.tests[k]
		if parent[k] {
			if r.action == "fail" && !s.childFailed(k) {
				failed++ // failed itself, besides its subtests
				s.printFailure(k, r)
			}
			continue
		}
		switch r.action {
		case "pass":
			passed++
		case "skip":
			skipped++
			if skipped <= maxSkipLines {
				pkg, test, _ := strings.Cut(k, "\x00")
				fmt.Fprintf(s.out, "---- SKIP %s %s: %s\n", pkg, test, skipReason(r.output.String()))
			}
		case "fail", "":
			// "" : started and never ended (the binary crashed).
			failed++
			s.printFailure(k, r)
		}
	}
	failed += len(s.pkgFail) - s.pkgsWithFailedTests()
	line := fmt.Sprintf("%d passed, %d failed, %d skipped", passed, failed, skipped)
	if len(s.missing) > 0 {
		names := make([]string, 0, len(s.missing))
		for n := range s.missing {
			names = append(names, n)
		}
		sort.Strings(names)
		line += " (missing servers: " + strings.Join(names, ", ") + ")"
	}
	fmt.Fprintln(s.out, line)
	return failed == 0
}

func (s *summary) childFailed(k string) bool {
	for _, c := range s.order {
		if strings.HasPrefix(c, k+"/") && s.tests[c].action == "fail" {
			return true
		}
	}
	return false
}

// pkgsWithFailedTests counts the failed packages whose failure is already
// counted through a failed test.
func (s *summary) pkgsWithFailedTests() int {
	n := 0
	for _, p := range s.pkgFail {
		for _, k := range s.order {
			if strings.HasPrefix(k, p+"\x00") && s.tests[k].action != "pass" && s.tests[k].action != "skip" {
				n++
				break
			}
		}
	}
	return n
}

func (s *summary) printFailure(k string, r *result) {
	pkg, test, _ := strings.Cut(k, "\x00")
	fmt.Fprintf(s.out, "---- FAIL %s %s\n%s", pkg, test, r.output.String())
}

func run(in io.Reader, out io.Writer) bool {
	s := newSummary(out)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			// Not JSON: what go itself printed (build errors before any
			// test ran, for instance).
			fmt.Fprintln(out, sc.Text())
			s.badLines++
			continue
		}
		s.add(e)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(out, "testsum:", err)
		s.finish()
		return false
	}
	return s.finish() && s.badLines == 0
}

func main() {
	exitStatus := flag.Bool("exit-status", false, "exit with status 1 when a test or a package failed")
	flag.Parse()
	if !run(os.Stdin, os.Stdout) && *exitStatus {
		os.Exit(1)
	}
}
