package parser

import (
	"strings"
	"testing"
)

// Procedural forms of real WinDev code (issue 9); each example is written
// for this test.

// TestIfWithoutAlors: a SI / SINON SI whose condition ends the line needs
// no ALORS (DECISIONS 9g), in French and English; the one-line form still
// does (error 25).
func TestIfWithoutAlors(t *testing.T) {
	for _, src := range []string{
		"SI x = 1\n Trace(1)\nSINON SI x = 2\n Trace(2)\nSINON SI x = 3 ALORS\n Trace(3)\nSINON\n Trace(4)\nFIN\n",
		"IF x = 1\n Trace(1)\nELSE IF x = 2\n Trace(2)\nELSE IF x = 3 THEN\n Trace(3)\nELSE\n Trace(4)\nEND\n",
	} {
		f, err := Parse("s.wl", src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		depth := 0
		for st := f.Main[0]; st != nil; {
			depth++
			i, ok := st.(*If)
			if !ok || len(i.Then) != 1 {
				t.Fatalf("%q: level %d is %#v", src, depth, st)
			}
			if len(i.Else) == 1 {
				if next, ok := i.Else[0].(*If); ok {
					st = next
					continue
				}
			}
			st = nil
		}
		if depth != 3 {
			t.Errorf("%q: %d levels, want 3", src, depth)
		}
	}
	// Modulo written as a call may open the condition.
	if _, err := Parse("s.wl", "SI Modulo(n, 10) = 0 ALORS Trace(n)\nIF modulo(n, 2) = 1\n Trace(n)\nEND\n"); err != nil {
		t.Errorf("Modulo: %v", err)
	}
	// ALORS in a comment does not count: the condition ends the line.
	if _, err := Parse("s.wl", "SI PAS f(a) // ALORS\n Trace(1)\nFIN\n"); err != nil {
		t.Errorf("comment: %v", err)
	}
	for _, src := range []string{"SI x = 1 Trace(1)\n", "POUR i = 1 À 2\n SI i = 1 Trace(i)\nFIN\n", "IF x Trace(1)\n"} {
		_, err := Parse("s.wl", src)
		l, ok := err.(ErrorList)
		if !ok || l[0].Code != CodeAlorsMissing {
			t.Errorf("%q: %v, want error 25", src, err)
		}
	}
}

// TestEndLabelParses: FIN: / END: is a label of the traitement
// (fr:1510014), not the end of a block; a lone FIN is still an error.
func TestEndLabelParses(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int
	}{
		{"PROCEDURE P()\nPOUR i = 1 À 2\n Trace(i)\nFIN\nFIN:\nTrace(\"fin\")\n", 5},
		{"PROCEDURE P()\nFOR i = 1 TO 2\n Trace(i)\nEND\nEND :\nTrace(\"end\")\n", 5},
		{"PROCEDURE P()\nRENVOYER 1\nFIN:\nTrace(\"fin\")\n", 3},
		{"Trace(1)\nFIN:\nTrace(2)\n", 2},
	} {
		f, err := Parse("l.wl", tc.src)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		body := f.Main
		if len(f.Procs) > 0 {
			body = f.Procs[0].Body
		}
		found := false
		for _, st := range body {
			if l, ok := st.(*Label); ok && l.Kind == "FIN" && l.P.Line == tc.line && l.P.Col == 1 {
				found = true
			}
		}
		if !found || len(body) != 3 {
			t.Errorf("%q: %#v", tc.src, body)
		}
	}
	if _, err := Parse("l.wl", "FIN\n"); err == nil {
		t.Error("a lone FIN parses")
	}
}

// TestRealDeclarations: `sont des` in a parameter list, `sur 1 octet sans
// signe`, a declaration with `<-`.
func TestRealDeclarations(t *testing.T) {
	f, err := Parse("d.wl", "PROCEDURE P(a, b sont des entiers, c, d est une chaîne, e = 1, g are strings)\n")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"A": "ENTIERS", "B": "ENTIERS", "C": "", "D": "CHAINE", "E": "", "G": "STRINGS"}
	for _, p := range f.Procs[0].Params {
		got := ""
		if p.Type != nil {
			got = p.Type.Name.Key
		}
		if got != want[p.Name.Key] {
			t.Errorf("%s: type %q, want %q", p.Name.Key, got, want[p.Name.Key])
		}
	}
	f, err = Parse("d.wl", "o est un entier sur 1 octet sans signe\nr est un tableau de entiers <- t\ns est un tableau de entiers = t\nta est un tableau associatif (*, *, wlEntier_8) de booléens\n")
	if err != nil {
		t.Fatal(err)
	}
	if d := f.Main[0].(*VarDecl); d.Type.Size != 1 || !d.Type.Unsigned {
		t.Errorf("octet: %+v", d.Type)
	}
	if d := f.Main[1].(*VarDecl); !d.Ref || len(d.Init) != 1 {
		t.Errorf("<-: %+v", d)
	}
	if d := f.Main[2].(*VarDecl); d.Ref {
		t.Errorf("=: %+v", d)
	}
	if at := f.Main[3].(*VarDecl).Type.Array; at == nil || !at.Assoc || len(at.Options) != 3 {
		t.Errorf("assoc options: %+v", f.Main[3].(*VarDecl).Type)
	} else if _, ok := at.Options[0].(*Omitted); !ok {
		t.Errorf("*: %#v", at.Options[0])
	}
}

// TestBrowseForms: POUR TOUT over a data file (no DE, fr:1510013) and POUR
// TOUTE LIGNE over a control (fr:1510017) are their own nodes, French and
// English; POUR TOUT x DE t stays an array browse.
func TestBrowseForms(t *testing.T) {
	f, err := Parse("b.wl", "POUR TOUT Client SUR Nom AVEC \"Ville='Lyon'\" DEPUISFIN\n Trace(1)\nFIN\n"+
		"FOR EACH Order WHERE Total > 10\nEND\n"+
		"POUR TOUTE LIGNE DE TABLE_x\nFIN\n"+
		"POUR TOUTE LIGNE SÉLECTIONNÉE i, n DE TABLE_x\nFIN\n"+
		"FOR EACH ROW i OF TABLE_x\nEND\n"+
		"POUR TOUT x DE t\nFIN\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Main) != 6 {
		t.Fatalf("%d statements, want 6", len(f.Main))
	}
	ff, ok := f.Main[0].(*ForFile)
	if !ok || ff.Source.Key != "CLIENT" || ff.Key == nil || ff.Where == nil || !ff.Reverse || len(ff.Body) != 1 {
		t.Errorf("POUR TOUT fichier: %#v", f.Main[0])
	}
	if ff, ok := f.Main[1].(*ForFile); !ok || ff.Where == nil || ff.Key != nil || ff.Reverse {
		t.Errorf("FOR EACH file: %#v", f.Main[1])
	}
	if r, ok := f.Main[2].(*ForRows); !ok || r.Var != nil || r.Selected {
		t.Errorf("POUR TOUTE LIGNE: %#v", f.Main[2])
	}
	if r, ok := f.Main[3].(*ForRows); !ok || r.Var == nil || r.Counter == nil || !r.Selected {
		t.Errorf("POUR TOUTE LIGNE SÉLECTIONNÉE i, n: %#v", f.Main[3])
	}
	if r, ok := f.Main[4].(*ForRows); !ok || r.Var == nil || r.Var.Key != "I" {
		t.Errorf("FOR EACH ROW i: %#v", f.Main[4])
	}
	if _, ok := f.Main[5].(*ForEach); !ok {
		t.Errorf("POUR TOUT x DE t: %#v", f.Main[5])
	}
}

// TestMappingMarkers: the <MAPPING> / <FIN> lines WinDev generates in a
// data-file model class declare nothing; members between them keep their
// <mapping=…> attributes, and the class's own FIN still closes it.
func TestMappingMarkers(t *testing.T) {
	f, err := Parse("m.wl", "C est une Classe <mapping=Client>\n\t<MAPPING>\n\tm_n est un entier <mapping=ID>\n\tm_s est une chaîne\n\t<FIN>\nFIN\nx est un entier\n")
	if err != nil {
		t.Fatal(err)
	}
	cd, ok := f.Main[0].(*ClassDecl)
	if !ok || len(cd.Members) != 2 || len(f.Main) != 2 {
		t.Fatalf("%#v", f.Main)
	}
	// Elsewhere than alone on its line, < stays an operator.
	if _, err := Parse("m.wl", "SI a <FIN> b ALORS\nFIN\n"); err == nil {
		t.Error("a <FIN> b parsed")
	}
}

// TestQueryDecl: a typed SQL query keeps its text and the names of its
// {param} slots, in French and English; a missing text is an error.
func TestQueryDecl(t *testing.T) {
	for _, src := range []string{
		"q est une requête SQL =\n[\nSELECT a FROM T\nWHERE b={pB} AND c = { pC }\n]\nq.pB = 1\n",
		"q is an SQL query =\n[\nSELECT a FROM T\nWHERE b={pB} AND c = { pC }\n]\nq.pB = 1\n",
	} {
		f, err := Parse("q.wl", src)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		q, ok := f.Main[0].(*QueryDecl)
		if !ok || len(f.Main) != 2 || q.Names[0].Key != "Q" || len(q.Params) != 2 || q.Params[0] != "pB" || q.Params[1] != "pC" ||
			!strings.Contains(q.SQL, "SELECT a FROM T") {
			t.Errorf("%q: %#v", src, f.Main[0])
		}
	}
	if _, err := Parse("q.wl", "q est une requête SQL = 3\n"); err == nil {
		t.Error("a query without its text parsed")
	}
}

// TestMultiWordTypes: `Description de Variable` / `description de
// procédure` and a type declared in a class (`C::T`) parse as one type name
// (resolved later, as unknown types).
func TestMultiWordTypes(t *testing.T) {
	f, err := Parse("t.wl", "v est une Description de Variable\nw est une description de procédure\ne est un cDossier::eType = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"DESCRIPTIONDEVARIABLE", "DESCRIPTIONDEPROCEDURE", "CDOSSIER::ETYPE"}
	for i, w := range want {
		d, ok := f.Main[i].(*VarDecl)
		if !ok || d.Type == nil || d.Type.Name.Key != w {
			t.Errorf("statement %d: %#v, want type %s", i, f.Main[i], w)
		}
	}
}
