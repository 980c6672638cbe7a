package runtime

import (
	"strings"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime/windevnames"
)

// CompileWith compiles a script together with library files: the code of
// a WinDev project's procedure collections, one parser.File per export
// file (see parser/wdexport). Their global procedures are callable from the
// script and from each other; their top-level statements (the declaration
// blocks of the collections: constants, global variables) run first, in
// the order of libs, and what they declare is visible everywhere, as the
// project's global declarations are in WinDev. Names and positions in a
// library are spelled from that library's own text.
func (e *Engine) CompileWith(script *parser.File, libs []*parser.File) (*Program, error) {
	merged := &parser.File{Name: script.Name, Src: script.Src}
	byName := make(map[string]*parser.File, len(libs))
	for _, l := range libs {
		merged.Main = append(merged.Main, l.Main...)
		merged.Procs = append(merged.Procs, l.Procs...)
		byName[l.Name] = l
	}
	merged.Main = append(merged.Main, script.Main...)
	merged.Procs = append(merged.Procs, script.Procs...)
	c := newCompiler(e, merged)
	c.libs = byName
	c.scriptVars = scriptVars(script, libs)
	return c.compileProgram()
}

// scriptVars returns the names the script's top-level code declares
// (variables, explicitly or by a first assignment, and constants) and no
// library declares. They are
// the script's own: in WinDev a global procedure of the project sees the
// project's global declarations (the collections' declaration blocks),
// not the local variables of the code that calls it.
func scriptVars(script *parser.File, libs []*parser.File) map[string]bool {
	if len(libs) == 0 {
		return nil
	}
	names := func(body []parser.Stmt, add func(string)) {
		parser.WalkStmts(body, func(s parser.Stmt) bool {
			switch s := s.(type) {
			case *parser.ProcDecl, *parser.ClassDecl:
				return false // an internal procedure's own variables, a class's members
			case *parser.VarDecl:
				for _, n := range s.Names {
					add(n.Key)
				}
			case *parser.ConstDecl:
				for _, n := range s.Names {
					add(n.Key)
				}
			case *parser.Assign:
				for _, t := range s.Targets {
					if id, ok := t.(*parser.Ident); ok {
						add(id.Key)
					}
				}
			}
			return true
		})
	}
	lib := map[string]bool{}
	for _, l := range libs {
		names(l.Main, func(k string) { lib[k] = true })
	}
	own := map[string]bool{}
	names(script.Main, func(k string) {
		if !lib[k] {
			own[k] = true
		}
	})
	return own
}

// inLibrary reports whether b compiles code of a library file (a
// procedure, a method, or a procedure internal to one of them), as
// opposed to the script's own code.
func (c *compiler) inLibrary(b *procBuild) bool {
	for b.parent != nil && b.parent.parent != nil {
		b = b.parent
	}
	if b.parent == nil || b.decl == nil {
		return false
	}
	_, ok := c.libs[b.decl.P.File]
	return ok
}

// fileOf returns the file a position's name refers to: a library's, or
// the script's.
func (c *compiler) fileOf(name string) *parser.File {
	if f, ok := c.libs[name]; ok {
		return f
	}
	return c.file
}

// isDataSource reports whether a declared type is Source de Données /
// Data Source, which wl parses and checks but does not run.
func isDataSource(tr *parser.TypeRef) bool {
	return tr != nil && tr.Array == nil && tr.Name.Key == "SOURCEDEDONNEES"
}

// notProvidedType reports whether a declared type names a WinDev built-in
// type (windevnames' types table) that is neither provided by wl nor
// declared by the program: wl check warns, the variable is a Variant, and
// reaching its declaration is a runtime error.
func (c *compiler) notProvidedType(tr *parser.TypeRef) bool {
	if tr == nil || tr.Array != nil || tr.Name.Key == "" {
		return false
	}
	key := tr.Name.Key
	if c.structs[key] != nil || c.enumType(key) != nil || c.eng.reg.LookupType(key) != nil {
		return false
	}
	if _, ok := windevnames.LookupType(windevnames.TypeKey(key)); ok {
		return true
	}
	// tableau de docFragments: the plural of the element type.
	_, ok := windevnames.LookupType(windevnames.TypeKey(strings.TrimSuffix(key, "S")))
	return ok && strings.HasSuffix(key, "S")
}

// CodeNotProvided is wl's own diagnostic code (the compiler's range, see
// lexer/diag) for a call of a WinDev built-in function that wl does not
// provide: a warning of wl check, then a runtime error if it is reached.
const CodeNotProvided = 9400

// notProvided compiles a call of a WinDev built-in function wl does not
// implement: a warning now, a runtime error when it is reached. The
// arguments are compiled so that their own errors are reported. It returns
// false when the name is not a WinDev built-in.
func (c *compiler) notProvided(b *procBuild, key, spelled string, args []parser.Expr, pos Position) (compiled, bool) {
	if _, ok := windevnames.Lookup(key); !ok {
		return compiled{}, false
	}
	fr := "« " + spelled + " » est une fonction WinDev que wl ne fournit pas"
	en := "'" + spelled + "' is a WinDev function that wl does not provide"
	c.warns = append(c.warns, &parser.Error{Pos: pos, Code: CodeNotProvided, Severity: diag.SeverityWarning, FR: fr, EN: en})
	c.args(b, args)
	return compiled{func(f *frame) Value {
		f.run.raise(pos, CodeNotProvided, fr, en)
		return Null
	}, TypeVariant}, true
}

// notRun compiles a statement wl parses and checks but does not run: a
// browse of an HFSQL data file (POUR TOUT fichier, doc 1510013) or of the
// rows of a control (POUR TOUTE LIGNE, doc 1510017), a typed SQL query. Its body is compiled,
// so that its own errors are reported; wl check warns, and reaching the
// statement is a runtime error, as for a built-in wl does not provide.
func (c *compiler) notRun(b *procBuild, s parser.Stmt) stmtFn {
	var fr, en string
	var body []parser.Stmt
	switch s := s.(type) {
	case *parser.ForFile:
		name := c.spell(s.Source)
		fr = "« POUR TOUT " + name + " » (parcours d'un fichier de données HFSQL) est une instruction WinDev que wl ne fournit pas"
		en = "'FOR EACH " + name + "' (browsing an HFSQL data file) is a WinDev statement that wl does not provide"
		body = s.Body
	case *parser.QueryDecl:
		name := c.spell(s.Names[0])
		fr = "La requête SQL « " + name + " » (requête typée) est une fonctionnalité WinDev que wl ne fournit pas"
		en = "The SQL query '" + name + "' (typed query) is a WinDev feature that wl does not provide"
	case *parser.ExternDecl:
		// EXTERNE (doc 3034006): the declaring element or file is not
		// loaded by wl; the names are declared so that the code checks.
		what := `"` + s.File + `"`
		if s.File == "" {
			spelled := make([]string, len(s.Names))
			for i, n := range s.Names {
				spelled[i] = c.spell(n)
			}
			what = strings.Join(spelled, ", ")
		}
		fr = "« EXTERNE " + what + " » (déclaration externe) est une instruction WinDev que wl ne fournit pas"
		en = "'EXTERN " + what + "' (external declaration) is a WinDev statement that wl does not provide"
	case *parser.VarDecl:
		// `sd est une Source de Données` (doc 1510013): an HFSQL data
		// source, declared (a Variant) so that the code checks; likewise
		// a variable of a WinDev type wl does not provide.
		name := c.spell(s.Names[0])
		if isDataSource(s.Type) {
			fr = "La source de données « " + name + " » est une fonctionnalité WinDev que wl ne fournit pas"
			en = "The data source '" + name + "' is a WinDev feature that wl does not provide"
		} else {
			tn := c.spell(s.Type.Name)
			fr = "« " + tn + " » est un type WinDev que wl ne fournit pas"
			en = "'" + tn + "' is a WinDev type that wl does not provide"
		}
	case *parser.ForRows:
		fr = "« POUR TOUTE LIGNE » (parcours des lignes d'un champ) est une instruction WinDev que wl ne fournit pas"
		en = "'FOR EACH ROW' (browsing the rows of a control) is a WinDev statement that wl does not provide"
		// The control lives in a window, which wl does not load: its name
		// is not resolved, like the data file of ForFile.
		body = s.Body
	}
	pos := s.Position()
	c.warns = append(c.warns, &parser.Error{Pos: pos, Code: CodeNotProvided, Severity: diag.SeverityWarning, FR: fr, EN: en})
	c.block(b, body, false)
	return func(f *frame) ctl {
		f.run.raise(pos, CodeNotProvided, fr, en)
		return ctlNone
	}
}
