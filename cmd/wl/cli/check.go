package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime"
)

// check compiles every file without running it and prints errors and
// warnings on stderr; the status is ExitUsage when a file has an error.
func (e *Env) check(args []string) int {
	lang := langHint(args)
	var f commonFlags
	fs := newFlagSet("check", &f)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.Stdout, tr(lang, checkHelpFR, checkHelpEN))
			return ExitOK
		}
		fr, en := flagError(lang, err)
		return e.usageError(lang, "check", fr, en)
	}
	if fr, en, ok := checkLang(&f); !ok {
		return e.usageError(lang, "check", fr, en)
	}
	lang = f.lang
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
	for _, name := range files {
		if isProjectArg(e.path(name)) {
			if st := e.checkProject(lang, name, opts); st != ExitOK {
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
		switch {
		case err == nil:
			for _, d := range sortDiags(nil, prog.Warnings) {
				fmt.Fprintln(e.Stderr, d.format(lang))
			}
		case errors.As(err, &ce):
			for _, d := range sortDiags(ce.Errors, ce.Warnings) {
				fmt.Fprintln(e.Stderr, d.format(lang))
			}
			status = ExitUsage
		default:
			printCompileError(e.Stderr, lang, name, err)
			status = ExitUsage
		}
	}
	return status
}

// diag is a compile error or warning.
type diag struct {
	*parser.Error
	warning bool
}

// format renders an error as file:line:col: message (code) and a warning
// as file:line:col: avertissement : message (code).
func (d diag) format(lang string) string {
	if !d.warning {
		return d.Error.Format(lang)
	}
	s := fmt.Sprintf("%s: %s%s", d.Pos, tr(lang, "avertissement : ", "warning: "), d.Message2(lang))
	if d.Code != 0 {
		s += fmt.Sprintf(" (%d)", d.Code)
	}
	return s
}

// sortDiags merges errors and warnings in source order (stable: at the
// same position, errors first).
func sortDiags(errs, warns []*parser.Error) []diag {
	out := make([]diag, 0, len(errs)+len(warns))
	for _, e := range errs {
		out = append(out, diag{e, false})
	}
	for _, w := range warns {
		out = append(out, diag{w, true})
	}
	rank := map[string]int{} // files in order of first appearance
	for _, d := range out {
		if _, ok := rank[d.Pos.File]; !ok {
			rank[d.Pos.File] = len(rank)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Pos, out[j].Pos
		if rank[a.File] != rank[b.File] {
			return rank[a.File] < rank[b.File]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return out
}
