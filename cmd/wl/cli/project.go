package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/parser/wdexport"
	"github.com/wlangage/wl/runtime"
)

// maxExportSize bounds the size of one text export read from a project.
const maxExportSize = 64 << 20

// isExportName reports a WinDev text export wl reads: .wdg procedure
// collections, .wdc classes, .wdw windows.
func isExportName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".wdg", ".wdc", ".wdw":
		return true
	}
	return false
}

// isProjectArg reports an argument of wl check that names a project: a
// directory or a text export.
func isProjectArg(path string) bool {
	if isExportName(path) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// project is a WinDev project loaded from its text exports.
type project struct {
	libs    []*parser.File // procedure collections: declarations and procedures
	windows []*parser.File // windows: declarations, local procedures, events as procedures
	exports map[string]*wdexport.File
	errs    []*parser.Error // export and syntax errors; skipped classes
	order   []string        // files in the order they were read
}

// loadProject reads a project directory (every export under it, sorted by
// path) or a single export file. name is spelled as the user gave it.
func (e *Env) loadProject(name string) (*project, error) {
	p := &project{exports: map[string]*wdexport.File{}}
	root := e.path(name)
	st, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	var files []string
	if !st.IsDir() {
		files = []string{name}
	} else {
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isExportName(path) {
				rel, _ := filepath.Rel(root, path)
				files = append(files, filepath.Join(name, rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, &noExportError{dir: name}
		}
		sort.Strings(files)
	}
	for _, f := range files {
		p.load(e.path(f), f)
	}
	return p, nil
}

// noExportError: a project directory holds no export.
type noExportError struct{ dir string }

func (e *noExportError) Error() string { return e.dir + ": no WinDev export" }

// errorf records an error about a whole file or unit: it has no offset,
// so no source line is shown under it.
func (p *project) errorf(file string, line, col int, fr, en string) {
	p.errs = append(p.errs, &parser.Error{Pos: parser.Pos{File: file, Offset: -1, Line: line, Col: col}, FR: fr, EN: en})
}

// exportText returns the decoded text of a project's export, to show the
// source line under a diagnostic; "" when the file cannot be read. cache
// keeps each file read once.
func (e *Env) exportText(cache map[string]string, file string) string {
	if t, ok := cache[file]; ok {
		return t
	}
	t := ""
	if isExportName(file) {
		if data, err := os.ReadFile(e.path(file)); err == nil && len(data) <= maxExportSize {
			t, _ = lexer.Decode(data)
		}
	}
	cache[file] = t
	return t
}

// atRaw returns d with its offset moved into raw, the export file's own
// text: the compiler's offsets are those of the laid-out text
// (wdexport.File.Text), its lines and columns the export's.
func atRaw(d *diag.Diagnostic, raw string) *diag.Diagnostic {
	c := *d
	c.Pos.Offset = -1
	off := 0
	for l := 1; l < d.Pos.Line; l++ {
		i := strings.IndexByte(raw[off:], '\n')
		if i < 0 {
			return &c
		}
		off += i + 1
	}
	for col := 1; col < d.Pos.Col; col++ {
		if off >= len(raw) || raw[off] == '\n' {
			return &c
		}
		_, size := utf8.DecodeRuneInString(raw[off:])
		off += size
	}
	c.Pos.Offset = off
	return &c
}

// load reads one export and parses its units.
func (p *project) load(path, name string) {
	p.order = append(p.order, name)
	fh, err := os.Open(path)
	if err != nil {
		p.errorf(name, 1, 1, "fichier illisible : "+err.Error(), "unreadable file: "+err.Error())
		return
	}
	data, err := io.ReadAll(io.LimitReader(fh, maxExportSize+1))
	fh.Close()
	if err != nil {
		p.errorf(name, 1, 1, "fichier illisible : "+err.Error(), "unreadable file: "+err.Error())
		return
	}
	if len(data) > maxExportSize {
		p.errorf(name, 1, 1, fmt.Sprintf("fichier trop grand (plus de %d Mio)", maxExportSize>>20), fmt.Sprintf("file too large (over %d MiB)", maxExportSize>>20))
		return
	}
	ef, err := wdexport.ReadBytes(name, data)
	if err != nil {
		var xe *wdexport.Error
		if errors.As(err, &xe) {
			p.errorf(name, xe.Line, xe.Col, xe.FR, xe.EN)
		} else {
			p.errorf(name, 1, 1, err.Error(), err.Error())
		}
		return
	}
	p.exports[name] = ef
	switch ef.Kind {
	case wdexport.Class:
		p.libs = append(p.libs, p.class(ef, name))
	case wdexport.Window:
		p.windows = append(p.windows, p.window(ef, name))
	default:
		p.libs = append(p.libs, p.collection(ef, name))
	}
}

// parseUnit parses one unit at its export positions; syntax errors are
// recorded and give nil.
func (p *project) parseUnit(ef *wdexport.File, name string, u *wdexport.Unit) *parser.File {
	if !u.IsWLangage() || u.Empty() {
		return nil
	}
	pf, err := parser.Parse(name, ef.UnitSource(u))
	if err != nil {
		var l parser.ErrorList
		if errors.As(err, &l) {
			for _, x := range l {
				p.errs = append(p.errs, p.exportPos(x))
			}
		} else {
			p.errorf(name, u.Line, u.Col, err.Error(), err.Error())
		}
		return nil
	}
	remapColumns(reflect.ValueOf(pf), ef, map[uintptr]bool{})
	return pf
}

var posType = reflect.TypeOf(parser.Pos{})

// remapColumns moves every position of a parsed unit to the export file's
// column (a rewritten string resource may have shifted the text after it
// on its line), so that compile and run-time errors point into the export.
// Offsets are left as they are: names are spelled from the laid-out text.
func remapColumns(v reflect.Value, ef *wdexport.File, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		remapColumns(v.Elem(), ef, seen)
	case reflect.Interface:
		if !v.IsNil() {
			remapColumns(v.Elem(), ef, seen)
		}
	case reflect.Struct:
		if v.Type() == posType {
			if v.CanSet() {
				pos := v.Addr().Interface().(*parser.Pos)
				if pos.Line > 0 {
					_, pos.Col = ef.ExportPos(pos.Line, pos.Col)
				}
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				remapColumns(v.Field(i), ef, seen)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			remapColumns(v.Index(i), ef, seen)
		}
	}
}

// collection gathers a procedure collection: its declaration blocks run
// at start (their names are global), its procedures are global.
func (p *project) collection(ef *wdexport.File, name string) *parser.File {
	lib := &parser.File{Name: name, Src: ef.Text()}
	for _, u := range ef.Units {
		pf := p.parseUnit(ef, name, u)
		if pf == nil {
			if u.Kind == wdexport.Procedure && u.IsWLangage() && !u.Empty() && u.Name != "" {
				// The procedure does not parse (reported): its name is still
				// declared, so that its calls are not reported as unknown.
				at := parser.At{P: parser.Pos{File: name, Offset: -1, Line: u.Line, Col: u.Col}}
				lib.Procs = append(lib.Procs, &parser.ProcDecl{At: at, Name: parser.Name{At: at, Key: lexer.Fold(u.Name)}, Variadic: true})
			}
			continue
		}
		if u.Kind == wdexport.Procedure && len(pf.Main) > 0 {
			at := pf.Main[0].Position()
			p.errorf(name, at.Line, at.Col, "instruction avant l'en-tête PROCÉDURE de « "+u.Name+" »", "statement before the PROCEDURE header of '"+u.Name+"'")
			continue
		}
		lib.Main = append(lib.Main, pf.Main...)
		lib.Procs = append(lib.Procs, pf.Procs...)
	}
	return lib
}

// class gathers a class (6010006): its declaration block (the class
// block) is top-level code, its constructor, destructor and methods become
// methods of the class (`PROCÉDURE C.M`), the get and set events of its
// properties are kept as such.
func (p *project) class(ef *wdexport.File, name string) *parser.File {
	lib := &parser.File{Name: name, Src: ef.Text()}
	var key parser.Name
	var methods []*parser.ProcDecl
	for _, u := range ef.Units {
		pf := p.parseUnit(ef, name, u)
		if pf == nil {
			continue
		}
		switch u.Kind {
		case wdexport.PropertyGet, wdexport.PropertySet:
			// The get and set events of a property: methods under the
			// keys the runtime reserves for them (runtime/object.go).
			if len(pf.Procs) != 1 || len(pf.Main) > 0 {
				p.errorf(name, u.Line, u.Col, "l'événement de la propriété « "+u.Name+" » doit être une seule PROCÉDURE", "the event of property '"+u.Name+"' must be one PROCEDURE")
				continue
			}
			pd := pf.Procs[0]
			if u.Kind == wdexport.PropertyGet {
				pd.Name.Key = "#GET#" + pd.Name.Key
			} else {
				pd.Name.Key = "#SET#" + pd.Name.Key
			}
			methods = append(methods, pd)
		case wdexport.ClassDecl:
			for _, st := range pf.Main {
				if cd, ok := st.(*parser.ClassDecl); ok && key.Key == "" {
					key = cd.Name
				}
			}
			lib.Main = append(lib.Main, pf.Main...)
			methods = append(methods, pf.Procs...)
		default:
			if len(pf.Main) > 0 {
				at := pf.Main[0].Position()
				p.errorf(name, at.Line, at.Col, "instruction avant l'en-tête PROCÉDURE de « "+u.Name+" »", "statement before the PROCEDURE header of '"+u.Name+"'")
				continue
			}
			methods = append(methods, pf.Procs...)
		}
	}
	if key.Key == "" {
		key = parser.Name{At: parser.At{P: parser.Pos{File: name, Line: 1, Col: 1}}, Key: runtime.Fold(ef.Name)}
	}
	for _, m := range methods {
		if m.Class.Key == "" {
			m.Class = key
		}
	}
	lib.Procs = append(lib.Procs, methods...)
	return lib
}

// window gathers a window's code to check it: its declaration block (the
// unit with the window's own PROCÉDURE header) becomes the top-level code,
// its local procedures stay procedures, and every event becomes a procedure
// of its own so that each is compiled as a separate traitement.
func (p *project) window(ef *wdexport.File, name string) *parser.File {
	wf := &parser.File{Name: name, Src: ef.Text()}
	declared := false
	for _, u := range ef.Units {
		pf := p.parseUnit(ef, name, u)
		if pf == nil {
			continue
		}
		switch {
		case u.Kind == wdexport.Procedure:
			wf.Procs = append(wf.Procs, pf.Procs...)
		case !declared && u.Control == "" && len(pf.Procs) == 1 && len(pf.Main) == 0:
			declared = true
			wf.Main = append(wf.Main, pf.Procs[0].Body...)
		default:
			at := parser.Pos{File: name, Line: u.Line, Col: u.Col}
			ev := &parser.ProcDecl{At: parser.At{P: at}, Name: parser.Name{At: parser.At{P: at}, Key: "#" + u.Name + "#" + strconv.Itoa(u.Type) + "#" + strconv.Itoa(u.Line)}, Body: pf.Main}
			wf.Procs = append(wf.Procs, ev)
			wf.Procs = append(wf.Procs, pf.Procs...)
		}
	}
	return wf
}

// exportPos maps a syntax error's column back to the export file (a
// rewritten string resource may have moved it).
func (p *project) exportPos(e *parser.Error) *parser.Error {
	ef := p.exports[e.Pos.File]
	if ef == nil {
		return e
	}
	c := *e
	c.Pos.Line, c.Pos.Col = ef.ExportPos(e.Pos.Line, e.Pos.Col)
	return &c
}

// compileWith compiles a script with the project's collections, turning a
// panic of the compiler into an internal error.
func compileWith(script *parser.File, libs []*parser.File, opts []runtime.Option) (prog *runtime.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &internalError{what: "compile", value: r, stack: debug.Stack()}
		}
	}()
	return newEngine(opts...).CompileWith(script, libs)
}

// compileProject compiles a script for wl run / wl check: alone without
// --projet, else with the project's procedure collections. The load's
// warnings go to warn.
func (e *Env) compileProject(lang, cmd, projet, name string, src []byte, opts []runtime.Option, warn io.Writer) (*runtime.Program, error) {
	if projet == "" {
		return compile(name, src, opts)
	}
	p, err := e.loadProject(projet)
	if err != nil {
		fr, en := projectLoadError(projet, err)
		e.failf(lang, cmd, "--projet : "+fr, "--project: "+en)
		return nil, &runtime.CompileError{} // reported
	}
	var errs []*parser.Error
	for _, pe := range p.errs {
		switch ef := p.exports[pe.Pos.File]; {
		case pe.Severity == diag.SeverityWarning:
			fmt.Fprintln(warn, diagnostic{pe, true}.format(lang))
		case ef != nil && ef.Kind == wdexport.Window:
			// Windows are checked by wl check PROJET, not used by a script.
		default:
			errs = append(errs, pe)
		}
	}
	if len(errs) > 0 {
		return nil, &runtime.CompileError{Errors: errs}
	}
	script, err := parser.ParseBytes(name, src)
	if err != nil {
		var l parser.ErrorList
		if errors.As(err, &l) {
			return nil, &runtime.CompileError{Errors: l}
		}
		return nil, err
	}
	return compileWith(script, p.libs, opts)
}

// projectLoadError explains why a project could not be read.
func projectLoadError(name string, err error) (fr, en string) {
	var ne *noExportError
	if errors.As(err, &ne) {
		return name + " : aucun fichier .wdg, .wdc ou .wdw", name + ": no .wdg, .wdc or .wdw file"
	}
	return fileError("fr", name, err)
}

// checkProject checks every export of a project (a directory or one
// export file) and prints the diagnostics; the status is ExitUsage when
// there is an error.
func (e *Env) checkProject(lang, name string, opts []runtime.Option, format string) int {
	p, err := e.loadProject(name)
	if err != nil {
		fr, en := projectLoadError(name, err)
		e.failf(lang, "check", fr, en)
		return ExitUsage
	}
	var errs, warns []*parser.Error
	for _, x := range p.errs {
		if x.Severity == diag.SeverityWarning {
			warns = append(warns, x)
		} else {
			errs = append(errs, x)
		}
	}
	add := func(prog *runtime.Program, err error, only string) {
		var ce *runtime.CompileError
		var ie *internalError
		switch {
		case err == nil:
			warns = append(warns, keep(prog.Warnings, only)...)
		case errors.As(err, &ce):
			errs = append(errs, keep(ce.Errors, only)...)
			warns = append(warns, keep(ce.Warnings, only)...)
		case errors.As(err, &ie):
			printInternal(e.Stderr, lang, name, ie)
			errs = append(errs, &parser.Error{Pos: parser.Pos{File: name, Line: 1, Col: 1}, FR: "erreur interne", EN: "internal error"})
		default:
			errs = append(errs, &parser.Error{Pos: parser.Pos{File: name, Line: 1, Col: 1}, FR: err.Error(), EN: err.Error()})
		}
	}
	// The collections together, then each window with them.
	prog, err := compileWith(&parser.File{Name: name}, p.libs, opts)
	add(prog, err, "")
	for _, w := range p.windows {
		prog, err := compileWith(w, p.libs, opts)
		add(prog, err, w.Name)
	}
	rank := map[string]int{}
	for i, f := range p.order {
		rank[f] = i + 1
	}
	ds := mergeDiags(errs, warns)
	sortByPos(ds, rank)
	texts := map[string]string{}
	for _, d := range ds {
		x := d.withSeverity()
		text := e.exportText(texts, x.Pos.File)
		if x.Pos.Offset >= 0 {
			x = atRaw(x, text)
		}
		if format == "json" {
			writeJSON(e.Stdout, x, text)
		} else {
			writeText(e.Stderr, lang, x, text)
		}
	}
	if len(errs) > 0 {
		return ExitUsage
	}
	return ExitOK
}

// keep returns the diagnostics of one file (all when file is "").
func keep(l []*parser.Error, file string) []*parser.Error {
	if file == "" {
		return l
	}
	var out []*parser.Error
	for _, x := range l {
		if x.Pos.File == file {
			out = append(out, x)
		}
	}
	return out
}
