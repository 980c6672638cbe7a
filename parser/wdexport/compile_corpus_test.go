package wdexport_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/parser/wdexport"
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// TestRealWorldCompile goes one step past TestRealWorldCorpus: the units
// that parse are compiled, each export file's units together (its
// declarations and procedures), and a unit counts as compiling when its
// only errors are unknown names (301: project names, data files and
// controls defined outside the corpus). WinDev built-ins that wl does not
// provide are warnings (runtime.CodeNotProvided), counted apart. Runs only
// with WL_REALWORLD_DIR (see TestRealWorldCorpus).
func TestRealWorldCompile(t *testing.T) {
	dir := os.Getenv("WL_REALWORLD_DIR")
	if dir == "" {
		t.Skip("WL_REALWORLD_DIR not set: no corpus to measure")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.wd?"))
	var parsed, clean, only301, other, withNotProvided int
	otherCodes := map[string]int{}
	notProvided := map[string]int{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := wdexport.ReadBytes(p, data)
		if err != nil {
			continue
		}
		lib := &parser.File{Name: p, Src: f.Text()}
		var units []*wdexport.Unit
		for _, u := range f.Units {
			if !u.IsWLangage() || u.Empty() || u.Kind == wdexport.PropertyGet || u.Kind == wdexport.PropertySet {
				continue // properties are not supported yet
			}
			pf, err := parser.Parse(p, f.UnitSource(u))
			if err != nil {
				continue
			}
			units = append(units, u)
			if u.Kind == wdexport.Event {
				// An event is a traitement of its own: a procedure here.
				lib.Procs = append(lib.Procs, &parser.ProcDecl{At: parser.At{P: parser.Pos{File: p, Line: u.Line, Col: u.Col}}, Name: parser.Name{Key: "#EVT" + itoa(u.Line)}, Body: pf.Main})
			} else {
				lib.Main = append(lib.Main, pf.Main...)
			}
			for _, pd := range pf.Procs {
				if f.Kind == wdexport.Class && pd.Class.Key == "" {
					// A method of a .wdc, written without its class.
					pd.Class = parser.Name{At: pd.Name.At, Key: lexer.Fold(f.Name)}
				}
				lib.Procs = append(lib.Procs, pd)
			}
		}
		parsed += len(units)
		prog, err := stdlib.NewEngine().CompileWith(&parser.File{Name: p + "#script"}, []*parser.File{lib})
		var errs, warns []*parser.Error
		var ce *runtime.CompileError
		switch {
		case err == nil:
			warns = prog.Warnings
		case errors.As(err, &ce):
			errs, warns = ce.Errors, ce.Warnings
		default:
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, u := range units {
			first, last := u.Line, u.Line+u.Lines()-1
			in := func(e *parser.Error) bool { return e.Pos.File == p && e.Pos.Line >= first && e.Pos.Line <= last }
			n301, nOther, nNP := 0, 0, 0
			for _, e := range errs {
				if !in(e) {
					continue
				}
				if e.Code == 301 {
					n301++
				} else {
					nOther++
					otherCodes[e.Message("fr")]++
				}
			}
			for _, w := range warns {
				if in(w) && w.Code == runtime.CodeNotProvided {
					nNP++
					notProvided[w.Message("fr")]++
				}
			}
			switch {
			case nOther > 0:
				other++
			case n301 > 0:
				only301++
			default:
				clean++
			}
			if nNP > 0 {
				withNotProvided++
			}
		}
	}
	t.Logf("%d units parse; %d compile with no error, %d with unknown names (301) only, %d with other errors; %d call WinDev built-ins wl does not provide",
		parsed, clean, only301, other, withNotProvided)
	logTop(t, "other compile errors", otherCodes, 15)
	logTop(t, "not provided", notProvided, 15)
}

func logTop(t *testing.T, title string, m map[string]int, n int) {
	type kv struct {
		k string
		n int
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].k < l[j].k })
	t.Logf("%s:", title)
	for i, x := range l {
		if i == n {
			break
		}
		t.Logf("%4d  %s", x.n, x.k)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
