package spool_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// inCI reports whether missing servers must fail the tests.
func inCI() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return v != "" && v != "false" && v != "0"
}

// need skips (or, in CI, fails) when a program is missing.
func need(t *testing.T, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		msg := path + " not found: install it as .ci/run does"
		if inCI() {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return path
}

var (
	buildOnce sync.Once
	wlBin     string
	buildErr  error
)

// wlBinary builds cmd/wl once for the tests that need real processes,
// with cmd/wl-spool beside it: wl hands the spool subcommands and the
// scripts that send asynchronously to wl-spool (exec, same process).
func wlBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "wl-bin-")
		if err != nil {
			buildErr = err
			return
		}
		wlBin = filepath.Join(dir, "wl")
		out, err := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "../../cmd/wl", "../../cmd/wl-spool").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return wlBin
}

// smtpSink starts Postfix's smtp-sink dumping one file per message in a
// directory of its own; it stops when the test ends.
func smtpSink(t *testing.T) (addr, dir string) {
	t.Helper()
	bin := need(t, "/usr/sbin/smtp-sink")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr = ln.Addr().String()
	ln.Close()
	dir, err = os.MkdirTemp("", "wl-crash-sink-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	t.Cleanup(func() { os.RemoveAll(dir) })
	args := []string{"-h", "sink.test"}
	if os.Geteuid() == 0 {
		args = append(args, "-u", "nobody")
	}
	args = append(args, "-d", dir+"/%M.", addr, "64")
	cmd := exec.Command(bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return addr, dir
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("smtp-sink does not listen: %s", out.String())
	return
}

var midRe = regexp.MustCompile(`(?im)^Message-ID:\s*(<[^>\r\n]+>)`)

// messageIDs counts, per Message-ID, the messages smtp-sink wrote.
func messageIDs(t *testing.T, dir string) (map[string]int, int) {
	t.Helper()
	ids := map[string]int{}
	files := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		files++
		if m := midRe.FindSubmatch(b); m != nil {
			ids[string(m[1])]++
		}
		return nil
	})
	return ids, files
}

const enqueueScript = `s est une emailSessionSMTP
s.AdresseServeur = "127.0.0.1"
s.Port = %s
s.Asynchrone = Vrai
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "crash@example.com"
m.Destinataire = "sink@example.com"
m.Message = "test de panne"
POUR i = 1 _À_ %d
	m.Sujet = "%s " + i
	SI PAS s.EnvoieMessage(m) ALORS
		Erreur(ErreurInfo())
		RETOUR
	FIN
FIN
`

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// server is one `wl spool serve` process.
type server struct {
	cmd *exec.Cmd
	out bytes.Buffer
}

func startServe(t *testing.T, bin, loc string) *server {
	t.Helper()
	s := &server{cmd: exec.Command(bin, "spool", "serve", "--spool", loc)}
	s.cmd.Stdout, s.cmd.Stderr = &s.out, &s.out
	s.cmd.Env = append(os.Environ(), "WL_SPOOL_KEY=crash-test-key")
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return s
}

// crash queues n messages from 4 concurrent `wl run` processes while
// `serves` serve processes deliver; kills times, one of them is stopped
// with sig and restarted; then the spool is drained. smtp-sink counts the
// Message-IDs it received.
func crash(t *testing.T, loc string, serves, n, kills int, sig syscall.Signal) {
	if testing.Short() {
		t.Skip("crash test skipped with -short")
	}
	bin := wlBinary(t)
	addr, sinkDir := smtpSink(t)
	_, port, _ := net.SplitHostPort(addr)
	dir := t.TempDir()
	const writers = 4
	start := time.Now()

	// The schema first, so that the concurrent processes find it.
	if out, err := exec.Command(bin, "spool", "migrate", "--spool", loc).CombinedOutput(); err != nil {
		t.Fatalf("migrate: %v %s", err, out)
	}
	procs := make([]*server, serves)
	for i := range procs {
		procs[i] = startServe(t, bin, loc)
	}
	defer func() {
		for _, p := range procs {
			if p.cmd.ProcessState == nil {
				p.cmd.Process.Kill()
				p.cmd.Wait()
			}
		}
	}()

	var wg sync.WaitGroup
	errs := make(chan string, writers)
	for w := 0; w < writers; w++ {
		name := filepath.Join(dir, fmt.Sprintf("w%d.wl", w))
		os.WriteFile(name, []byte(fmt.Sprintf(enqueueScript, port, n/writers, fmt.Sprintf("crash %d", w))), 0o600)
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, "run", "--spool", loc, "--spool-wait", "0", name)
			cmd.Env = append(os.Environ(), "WL_SPOOL_KEY=crash-test-key")
			if out, err := cmd.CombinedOutput(); err != nil {
				errs <- fmt.Sprintf("%s: %v %s", name, err, out)
			}
		}()
	}
	enqueued := make(chan struct{})
	go func() { wg.Wait(); close(enqueued) }()

	// Stop a serve process at random moments while it delivers (after a
	// random pause and once the sink has received at least a few more
	// messages since the last restart), and restart it.
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	done := 0
	for k := 0; k < kills; k++ {
		time.Sleep(time.Duration(200+rng.IntN(1300)) * time.Millisecond)
		before := countFiles(sinkDir)
		if before >= n {
			break
		}
		want := before + 1 + rng.IntN(20)
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if countFiles(sinkDir) >= want {
				break
			}
		}
		done++
		i := rng.IntN(serves)
		p := procs[i]
		p.cmd.Process.Signal(sig)
		p.cmd.Wait()
		procs[i] = startServe(t, bin, loc)
	}
	<-enqueued
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	enqueueTime := time.Since(start)
	for _, p := range procs {
		p.cmd.Process.Signal(syscall.SIGTERM)
		p.cmd.Wait()
	}
	cmd := exec.Command(bin, "spool", "drain", "--spool", loc)
	cmd.Env = append(os.Environ(), "WL_SPOOL_KEY=crash-test-key")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("drain: %v\n%s", err, out)
	}
	// smtp-sink writes its file as the transaction ends.
	var ids map[string]int
	var files int
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ids, files = messageIDs(t, sinkDir); len(ids) >= n {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	dups := 0
	for _, c := range ids {
		dups += c - 1
	}
	kills = done
	report := fmt.Sprintf("crash test (%s, %d serve, %s ×%d during delivery): %d messages queued by %d wl run, %d distinct Message-IDs received, %d duplicates, %d files; %v total (%v until the last enqueue); drain: %s",
		kind(loc), serves, sig, kills, n, writers, len(ids), dups, files, time.Since(start).Round(time.Millisecond), enqueueTime.Round(time.Millisecond), strings.TrimSpace(lastLine(string(out))))
	t.Log(report)
	fmt.Println(report)
	if len(ids) != n {
		t.Errorf("received %d distinct Message-IDs, want %d", len(ids), n)
	}
	max := kills
	if sig == syscall.SIGTERM {
		max = 0
	}
	if dups > max {
		t.Errorf("%d duplicates after %d × %s, want at most %d", dups, kills, sig, max)
	}
	_ = runtime.NumCPU
}

// countFiles counts the messages smtp-sink has written so far.
func countFiles(dir string) int {
	ents, _ := os.ReadDir(dir)
	return len(ents)
}

func kind(loc string) string {
	if strings.HasPrefix(loc, "postgres") {
		return "PostgreSQL"
	}
	return "SQLite"
}

func lastLine(s string) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return l[len(l)-1]
}

// Acceptance 3 on SQLite: SIGKILL.
func TestCrashSQLite(t *testing.T) {
	crash(t, filepath.Join(t.TempDir(), "spool.db"), 1, envInt("WL_CRASH_MESSAGES", 1000), envInt("WL_CRASH_KILLS", 4), syscall.SIGKILL)
}

// SIGTERM gives no duplicate at all.
func TestStopSQLite(t *testing.T) {
	crash(t, filepath.Join(t.TempDir(), "spool.db"), 1, envInt("WL_CRASH_MESSAGES", 1000)/2, envInt("WL_CRASH_KILLS", 4), syscall.SIGTERM)
}
