package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
	wlconsole "github.com/wlangage/wl/stdlib/console"
	"github.com/wlangage/wl/stdlib/email"
)

// stopGrace is how long a cancelled run (--timeout) may take to notice the
// cancellation before wl gives up waiting for it.
const stopGrace = 2 * time.Second

// signalDelay is how long wl run goes before it watches SIGINT and SIGTERM
// (lateSignalContext): far shorter than a person's reaction, long enough
// that a small script ends before it.
const signalDelay = 20 * time.Millisecond

// runFlags are the options of wl run.
type runFlags struct {
	commonFlags
	timeout  time.Duration
	maxSteps int64
	maxDepth int64
	maxMem   int64
	noFiles  bool
	interact bool
	mail     mailFlags
	spool    spoolFlags
	read     readFlags
}

func (e *Env) run(args []string) int {
	lang := langHint(args)
	var f runFlags
	fs := newFlagSet("run", &f.commonFlags)
	fs.Var(durationFlag{&f.timeout, &lang}, "timeout", "")
	fs.Var(countFlag{&f.maxSteps, &lang}, "max-steps", "")
	fs.Var(countFlag{&f.maxDepth, &lang}, "max-depth", "")
	f.maxMem = runtime.DefaultMaxMemory
	fs.Var(sizeFlag{&f.maxMem, &lang}, "max-memory", "")
	fs.StringVar(&f.mail.relay, "smtp-relay", "", "")
	fs.StringVar(&f.mail.caFile, "smtp-ca", "", "")
	fs.BoolVar(&f.mail.allowPlain, "smtp-allow-plaintext-auth", false, "")
	fs.BoolVar(&f.mail.sink, "mail-sink", false, "")
	fs.StringVar(&f.mail.oauthFile, "oauth-token", "", "")
	addSpoolFlags(fs, &f.spool, &lang, true)
	registerReadFlags(fs, &f)
	fs.BoolVar(&f.noFiles, "no-files", false, "")
	fs.BoolVar(&f.interact, "interactive", false, "")
	if status, done := e.parseFlags(fs, &f.commonFlags, args, lang, runHelpFR, runHelpEN); done {
		return status
	}
	lang = f.lang
	files := fs.Args()
	switch {
	case len(files) == 0:
		return e.usageError(lang, "run", "fichier à exécuter manquant", "missing file to run")
	case len(files) > 1:
		if strings.HasPrefix(files[1], "-") && files[1] != "-" {
			return e.usageError(lang, "run",
				fmt.Sprintf("les options se placent avant le fichier (« %s » après « %s »)", files[1], files[0]),
				fmt.Sprintf("options go before the file (%q after %q)", files[1], files[0]))
		}
		return e.usageError(lang, "run",
			fmt.Sprintf("un seul fichier à la fois (reçu %d : %s)", len(files), strings.Join(files, " ")),
			fmt.Sprintf("one file at a time (got %d: %s)", len(files), strings.Join(files, " ")))
	}
	name := files[0]
	if f.interact && name == "-" {
		return e.usageError(lang, "run", "--interactive lit les réponses sur l'entrée standard : le script ne peut pas y être lu aussi",
			"--interactive reads the answers from standard input: the script cannot be read from it too")
	}

	// Without the spool linked in (the wl command), a script that may use
	// it (the script itself or an export of its --projet) runs in
	// wl-spool, before anything here has side effects.
	var src []byte
	var srcErr error
	srcRead := false
	if spoolSupport == nil {
		srcRead = true
		src, srcErr = e.readSource(name)
		if srcErr == nil && (email.MayUseSpool(src) || (f.projet != "" && e.projectMayUseSpool(f.projet))) {
			var stdin []byte
			if name == "-" {
				stdin = src
			}
			return e.handOver(lang, "run", append([]string{"run"}, args...), stdin)
		}
	}

	// SIGTERM and Ctrl-C stop the run gracefully (the spool's message in
	// flight is finished or handed back); a second one kills. They are
	// watched from signalDelay after the start (lateSignalContext).
	parent := e.Context
	if parent == nil {
		var stop context.CancelFunc
		parent, stop = lateSignalContext(signalDelay)
		defer stop()
	}

	mail, fr, en := e.setupMail(lang, f.mail)
	if fr != "" {
		return e.usageError(lang, "run", fr, en)
	}
	if mail.sink != nil {
		defer mail.sink.Close()
	}
	lazy, serr := e.runSpool(f.spool, mail)
	if serr != nil {
		return e.usageError(lang, "run", "--spool : "+serr.Error(), "--spool: "+serr.Error())
	}
	mail.spool = lazy
	defer func() { finishSpool(context.Background(), e.Stderr, lang, mail.spool, 0) }() // after an early return
	rd, fr, en := setupRead(f.read)
	if fr != "" {
		return e.usageError(lang, "run", fr, en)
	}
	mbox, fr, en := e.attachReading(lang, mail, f.read, !f.noFiles)
	if fr != "" {
		return e.usageError(lang, "run", fr, en)
	}
	if mbox != nil {
		defer mbox.Close()
	}

	if !srcRead {
		src, srcErr = e.readSource(name)
	}
	if err := srcErr; err != nil {
		fr, en := fileError(lang, name, err)
		e.failf(lang, "run", fr, en)
		return ExitUsage
	}

	out := newConsole(e.Stdout)
	errw := &flushFirst{w: e.Stderr, first: out}
	opts := []runtime.Option{
		runtime.WithOutput(out, errw),
		runtime.WithLang(lang),
		runtime.WithStrict(f.strict),
	}
	if f.maxSteps > 0 {
		n := f.maxSteps
		opts = append(opts, func(o *runtime.Options) { o.MaxSteps = n })
	}
	if f.maxDepth > 0 {
		n := int(min(f.maxDepth, 1<<30))
		opts = append(opts, func(o *runtime.Options) { o.MaxDepth = n })
	}
	opts = append(opts, runtime.WithMaxMemory(f.maxMem))
	opts = append(opts, emailHostOption(mail, rd))
	opts = append(opts, filesHostOption(e.Dir, !f.noFiles))
	if f.interact {
		opts = append(opts, wlconsole.WithDialogs(stdinDialogs(e.Stdin, errw, lang)))
	}
	opts = append(opts, e.EngineOptions...)

	prog, err := e.compileProject(lang, "run", f.projet, name, src, opts, errw)
	if err != nil {
		printCompileError(errw, lang, name, err)
		out.Flush()
		return ExitUsage
	}

	ctx, cancel := parent, context.CancelFunc(func() {})
	if f.timeout > 0 {
		ctx, cancel = context.WithTimeout(parent, f.timeout)
	}
	// finish reports how the run ended and returns the exit status.
	finish := func(err error) int {
		timedOut := f.timeout > 0 && errors.Is(ctx.Err(), context.DeadlineExceeded)
		cancel()
		status := ExitOK
		if err != nil {
			printRunError(errw, lang, name, f.timeout, timedOut, err)
			status = ExitRuntime
		}
		out.Flush()
		// A signal (or the host's context) cuts the wait short: only the
		// message in flight is finished.
		finishSpool(parent, errw, lang, mail.spool, f.spool.wait)
		mail.spool = nil
		if mail.sink != nil {
			mail.sink.Report(errw, lang)
		}
		return status
	}
	if e.ownsProcess() && mail.spool == nil && mail.sink == nil {
		// Nothing to close after a run that does not stop: the run may
		// take this goroutine, and a stuck one ends the process.
		return runInline(ctx, prog, finish)
	}
	return finish(runProgram(ctx, prog))
}

// compile builds the engine and compiles the script, turning a panic of the
// compiler into an internal error.
func compile(name string, src []byte, opts []runtime.Option) (prog *runtime.Program, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &internalError{what: "compile", value: p, stack: debug.Stack()}
		}
	}()
	return newEngine(opts...).Compile(name, src)
}

// runSafe runs prog under ctx, turning a Go panic into an internal error.
func runSafe(ctx context.Context, prog *runtime.Program) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &internalError{what: "run", value: p, stack: debug.Stack()}
		}
	}()
	_, err = prog.Run(ctx)
	return err
}

// runInline runs prog under ctx on this goroutine (no goroutine to start,
// no stack to grow again: a small script's start-up) and returns
// finish's status. When ctx ends and the run does not return within
// stopGrace (a built-in that ignores the context), a watchdog reports it
// through finish and ends the process with that status.
func runInline(ctx context.Context, prog *runtime.Program, finish func(error) int) int {
	var finished atomic.Bool
	unwatch := context.AfterFunc(ctx, func() {
		time.Sleep(stopGrace)
		if finished.CompareAndSwap(false, true) {
			os.Exit(finish(&stuckError{cause: ctx.Err()}))
		}
	})
	err := runSafe(ctx, prog)
	unwatch()
	if !finished.CompareAndSwap(false, true) {
		select {} // the watchdog is reporting the stop and ends the process
	}
	return finish(err)
}

// runProgram runs prog under ctx. When ctx ends and the run does not return
// within stopGrace (a built-in that ignores the context), it gives up and
// reports the cancellation: the process is about to exit anyway.
func runProgram(ctx context.Context, prog *runtime.Program) error {
	done := make(chan error, 1)
	go func() { done <- runSafe(ctx, prog) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	t := time.NewTimer(stopGrace)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return &stuckError{cause: ctx.Err()}
	}
}

// internalError is a Go panic caught in the compiler or the runtime.
type internalError struct {
	what  string
	value any
	stack []byte
}

func (e *internalError) Error() string { return fmt.Sprintf("panic during %s: %v", e.what, e.value) }

// stuckError is returned when a cancelled run did not stop.
type stuckError struct{ cause error }

func (e *stuckError) Error() string { return "run did not stop after cancellation: " + e.cause.Error() }

// printCompileError prints every compile error as file:line:col: message
// (code), in source order.
func printCompileError(w io.Writer, lang, name string, err error) {
	var ce *runtime.CompileError
	var ie *internalError
	switch {
	case errors.As(err, &ce):
		for _, d := range sortDiags(ce.Errors, nil) {
			fmt.Fprintln(w, d.format(lang))
		}
	case errors.As(err, &ie):
		printInternal(w, lang, name, ie)
	default:
		fmt.Fprintf(w, "%s: %s\n", name, err)
	}
}

// printRunError prints the error that ended a run.
// When --timeout fired, the message says so (at the position where the
// run was stopped, when the runtime gives one).
func printRunError(w io.Writer, lang, name string, timeout time.Duration, timedOut bool, err error) {
	var re *runtime.Error
	var ie *internalError
	var se *stuckError
	switch {
	case timedOut && !errors.As(err, &ie):
		where := name
		if errors.As(err, &re) && re.Kind == runtime.ErrHost {
			where = posString(re.Pos, name)
		}
		fmt.Fprintf(w, "%s: %s\n", where, diag.Tr(lang,
			fmt.Sprintf("exécution arrêtée : durée maximale dépassée (--timeout %s)", timeout),
			fmt.Sprintf("run stopped: time limit exceeded (--timeout %s)", timeout)))
	case errors.As(err, &re):
		fmt.Fprintf(w, "%s: %s\n", posString(re.Pos, name), re.Text(lang))
		// The WLangage call stack, innermost first.
		for _, s := range re.Stack {
			fmt.Fprintf(w, "\t%s\n", diag.Tr(lang,
				fmt.Sprintf("dans « %s » appelée en %s", s.Proc, posString(s.Pos, name)),
				fmt.Sprintf("in '%s' called at %s", s.Proc, posString(s.Pos, name))))
		}
	case errors.As(err, &ie):
		printInternal(w, lang, name, ie)
	case errors.As(err, &se), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		fmt.Fprintf(w, "%s: %s\n", name, diag.Tr(lang, "exécution interrompue", "run interrupted"))
	default:
		fmt.Fprintf(w, "%s: %s\n", name, err)
	}
}

func printInternal(w io.Writer, lang, name string, ie *internalError) {
	fmt.Fprintf(w, "%s: %s: %v\n", name, diag.Tr(lang, "erreur interne de wl", "wl internal error"), ie.value)
	// The Go stack is for developers (WL_DEBUG=1), never for the user.
	if os.Getenv("WL_DEBUG") != "" {
		fmt.Fprintf(w, "%s\n", ie.stack)
	}
}

// posString formats a position, falling back to the file name when the
// position has no file or no line.
func posString(p runtime.Position, name string) string {
	if p.Line == 0 {
		if p.File != "" {
			return p.File
		}
		return name
	}
	if p.File == "" {
		p.File = name
	}
	return p.String()
}

// console is the script's standard output: buffered, except on a
// terminal, and safe for concurrent use (a run given up by runProgram may
// still write).
type console struct {
	mu sync.Mutex
	w  io.Writer
	bw *bufio.Writer // nil: unbuffered
}

func newConsole(w io.Writer) *console {
	c := &console{w: w}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			return c
		}
	}
	c.bw = bufio.NewWriterSize(w, 32<<10)
	return c
}

func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bw == nil {
		return c.w.Write(p)
	}
	return c.bw.Write(p)
}

// Flush writes out what is buffered.
func (c *console) Flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bw == nil {
		return nil
	}
	return c.bw.Flush()
}

// flushFirst is the script's standard error: it flushes standard output
// before each write so that both keep their relative order on a terminal.
type flushFirst struct {
	mu    sync.Mutex
	w     io.Writer
	first *console
}

func (f *flushFirst) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.first.Flush()
	return f.w.Write(p)
}
