package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
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
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.Stdout, diag.Tr(lang, checkHelpFR, checkHelpEN))
			return ExitOK
		}
		fr, en := flagError(lang, err)
		return e.usageError(lang, "check", fr, en)
	}
	if fr, en, ok := checkLang(&f); !ok {
		return e.usageError(lang, "check", fr, en)
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
		prog, err := e.compileProject(lang, "check", f.projet, name, src, opts, e.Stderr)
		var ce *runtime.CompileError
		var diags []diagnostic
		switch {
		case err == nil:
			diags = sortDiags(nil, prog.Warnings)
		case errors.As(err, &ce):
			diags = sortDiags(ce.Errors, ce.Warnings)
			status = ExitUsage
		default:
			printCompileError(e.Stderr, lang, name, err)
			status = ExitUsage
			continue
		}
		text, _ := lexer.Decode(src) // an undecodable file is an error with no line to show
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
