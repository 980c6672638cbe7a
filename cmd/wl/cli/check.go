package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sort"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime"
)

// check compiles every file without running it and prints errors and
// warnings: on stderr, each with its source line and a caret (text
// format), or on stdout one JSON object per diagnostic (--format json).
// The status is ExitUsage when a file has an error.
func (e *Env) check(args []string) int {
	lang := langHint(args)
	var f commonFlags
	fs := newFlagSet("check", &f)
	format := fs.String("format", "text", "text|json")
	if status, done := e.parseFlags(fs, &f, args, lang, checkHelpFR, checkHelpEN); done {
		return status
	}
	lang = f.lang
	if *format != "text" && *format != "json" {
		return e.usageError(lang, "check",
			fmt.Sprintf("--format attend text ou json, reçu « %s »", *format),
			fmt.Sprintf("--format expects text or json, got %q", *format))
	}
	files := fs.Args()
	if len(files) == 0 {
		return e.usageError(lang, "check", "aucun fichier à vérifier", "no file to check")
	}
	opts := []runtime.Option{
		runtime.WithOutput(io.Discard, io.Discard),
		runtime.WithLang(lang),
		runtime.WithStrict(f.strict),
	}
	opts = append(opts, e.EngineOptions...)
	status := ExitOK
	exports := map[string]string{}
	for _, name := range files {
		if isProjectArg(e.path(name)) {
			if st := e.checkProject(lang, name, opts, *format); st != ExitOK {
				status = st
			}
			continue
		}
		src, err := e.readSource(name)
		if err != nil {
			fr, en := fileError(lang, name, err)
			e.failf(lang, "check", fr, en)
			status = ExitUsage
			continue
		}
		text, derr := lexer.Decode(src) // an undecodable file is an error with no line to show
		var warns []*parser.Error
		if f.projet == "" && derr == nil {
			// Check mode keeps no program, and the source only as text.
			warns, err = checkText(name, text, int64(len(src)), opts)
		} else {
			var prog *runtime.Program
			prog, err = e.compileProject(lang, "check", f.projet, name, src, opts, e.Stderr)
			if err == nil {
				warns = prog.Warnings
			}
		}
		var ce *runtime.CompileError
		var diags []diagnostic
		switch {
		case err == nil:
			diags = sortDiags(nil, warns)
		case errors.As(err, &ce):
			diags = sortDiags(ce.Errors, ce.Warnings)
			status = ExitUsage
		default:
			printCompileError(e.Stderr, lang, name, err)
			status = ExitUsage
			continue
		}
		for _, d := range diags {
			d := d.withSeverity()
			text := text
			if d.Pos.File != name {
				text = e.exportText(exports, d.Pos.File) // a file of --projet
				if d.Pos.Offset >= 0 {
					d = atRaw(d, text)
				}
			}
			if *format == "json" {
				writeJSON(e.Stdout, d, text)
			} else {
				writeText(e.Stderr, lang, d, text)
			}
		}
	}
	return status
}

// checkText parses a decoded source and compiles it in check mode
// (runtime's Engine.ParseText and CheckFile: no program kept), under a
// soft memory limit once parsed (checkMemoryLimit); a panic is an
// internal error, as in compile. size is the length of the file as read.
func checkText(name, text string, size int64, opts []runtime.Option) (warns []*parser.Error, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &internalError{what: "compile", value: p, stack: debug.Stack()}
		}
	}()
	eng := newEngine(opts...)
	f, err := eng.ParseText(name, text, size)
	if err != nil {
		return nil, err
	}
	defer checkMemoryLimit(size)()
	return eng.CheckFile(f)
}

// Check's soft memory limit (checkMemoryLimit), from measures of `wl
// check` on tests/bench/bigscript at 1 and 10 MB.
const (
	// checkLimitPerByte bounds the Go heap per byte of source: the live
	// heap of a check peaks at about 18 bytes per byte (the syntax tree and
	// the text) at the end of the parse, then falls as procedures are
	// checked and released (runtime's Engine.CheckFile).
	checkLimitPerByte = 26
	// checkLimitMin is the least limit set: below it (sources under about
	// 2.5 MB) the collector's own pacing keeps a check small anyway.
	checkLimitMin = 64 << 20
)

// checkMemoryLimit sets, for the compilation of a parsed source of size
// bytes, a soft memory limit for the collector (debug.SetMemoryLimit) and
// returns what puts the previous one back.
//
// Why: the collector paces itself on the live heap of its last cycle, and
// the last cycle of a large check runs near the end of the parse or the
// start of the compilation, with the whole tree live; the compilation
// then drops bodies and closures as it goes, but without a limit the heap
// grows to twice that peak before the next cycle reclaims them. Measured
// on 10 MB of source (peak RSS, /usr/bin/time): 376-382 MB before check
// mode, 337-351 MB with check mode alone, 259-267 MB with check mode and this
// limit; the limit alone, without check mode, does not hold (335 MB) and
// doubles the CPU time, because the live heap then never falls.
//
// The limit is set after the parse, never during it: a script with a
// syntax error is parsed again by the whole-file grammar, whose live heap
// is far larger than this limit (the collector would run without end). It
// is never below 5/4 of the heap the parse left (live tree and garbage
// not yet collected), so that a denser script than the measured one does
// not make the collector run without end either. A limit set by
// GOMEMLIMIT is left as it is, and the limit is never raised.
func checkMemoryLimit(size int64) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := max(size*checkLimitPerByte, checkLimitMin)
	if limit >= debug.SetMemoryLimit(-1) {
		return func() {}
	}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		limit = max(limit, int64(sample[0].Value.Uint64()/4*5))
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}

// diagnostic is a compile error or warning, with its severity taken from
// the list it came from.
type diagnostic struct {
	*parser.Error
	warning bool
}

// withSeverity returns the diagnostic itself, or a copy marked as a
// warning when it came from a warning list.
func (d diagnostic) withSeverity() *diag.Diagnostic {
	if d.warning && d.Severity != diag.SeverityWarning {
		c := *d.Error
		c.Severity = diag.SeverityWarning
		return &c
	}
	return d.Error
}

// format renders an error as file:line:col: message (code) and a warning
// as file:line:col: avertissement : message (code), on one line.
func (d diagnostic) format(lang string) string { return d.withSeverity().Format(lang) }

// sortDiags merges errors and warnings in source order (stable: at the
// same position, errors first).
func sortDiags(errs, warns []*parser.Error) []diagnostic {
	out := mergeDiags(errs, warns)
	rank := map[string]int{} // files in order of first appearance
	for _, d := range out {
		if _, ok := rank[d.Pos.File]; !ok {
			rank[d.Pos.File] = len(rank)
		}
	}
	sortByPos(out, rank)
	return out
}

// mergeDiags lists errors then warnings.
func mergeDiags(errs, warns []*parser.Error) []diagnostic {
	out := make([]diagnostic, 0, len(errs)+len(warns))
	for _, e := range errs {
		out = append(out, diagnostic{e, false})
	}
	for _, w := range warns {
		out = append(out, diagnostic{w, true})
	}
	return out
}

// sortByPos orders ds by file (in rank's order), line and column, stably.
func sortByPos(ds []diagnostic, rank map[string]int) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if rank[a.File] != rank[b.File] {
			return rank[a.File] < rank[b.File]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Every error the CLI prints reads in both languages.
var (
	_ diag.Error = (*runtime.CompileError)(nil)
	_ diag.Error = (*runtime.Error)(nil)
	_ diag.Error = (*parser.Error)(nil)
	_ diag.Error = parser.ErrorList(nil)
)
