package parser

import "testing"

// TestClassFormsParse: the class forms that were out of the accepted
// language parse now (6010006, 6010002, 6010003, 6010007), each into the
// node that carries it.
func TestClassFormsParse(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want func(*File) bool
	}{
		{"MaClasse est une Classe\n x est un entier\nFIN\n", func(f *File) bool { c, ok := f.Main[0].(*ClassDecl); return ok && len(c.Members) == 1 }},
		{"C2 is a Class <mapping=Table>\nEND\n", func(f *File) bool { _, ok := f.Main[0].(*ClassDecl); return ok }},
		{"D est une Classe\n hérite de B\nPRIVÉ\n s est une chaîne\nGLOBAL\n n est un entier\nCONSTANTE\n K = 1\nFIN\nFIN\n", func(f *File) bool {
			c, ok := f.Main[0].(*ClassDecl)
			return ok && len(c.Bases) == 1 && c.Bases[0].Key == "B" && c.Members[0].Access == "PRIVE" && c.Members[1].Global && len(c.Consts) == 1
		}},
		{"D is a Class\n inherits from B\nEND\n", func(f *File) bool { c, ok := f.Main[0].(*ClassDecl); return ok && len(c.Bases) == 1 }},
		{"D est une Classe\n un objet B\nFIN\n", func(f *File) bool { c, ok := f.Main[0].(*ClassDecl); return ok && len(c.Bases) == 1 }},
		{"o est MaClasse(1, 2)\n", func(f *File) bool { d, ok := f.Main[0].(*VarDecl); return ok && d.HasArgs && len(d.Args) == 2 }},
		{"o est un objet MaClasse(1)\n", func(f *File) bool { d, ok := f.Main[0].(*VarDecl); return ok && d.Type.Name.Key == "MACLASSE" }},
		{"o est un C dynamique\n", func(f *File) bool { d, ok := f.Main[0].(*VarDecl); return ok && d.Type.Dynamic }},
		{"x = allouer un Objet()\n", func(f *File) bool { a, ok := f.Main[0].(*Assign); _, n := a.Value.(*NewExpr); return ok && n }},
		{"PROCEDURE F()\nRENVOYER new Objet()\n", func(f *File) bool { _, ok := f.Procs[0].Body[0].(*Return).Values[0].(*NewExpr); return ok }},
		{":m_n = 1\n", func(f *File) bool {
			m, ok := f.Main[0].(*Assign).Targets[0].(*Member)
			return ok && m.X.(*Ident).Key == SelfKey
		}},
		{"Trace(:m_n)\n", func(f *File) bool { _, ok := f.Main[0].(*ExprStmt); return ok }},
		{"x = Classe::Membre\n", func(f *File) bool { m, ok := f.Main[0].(*Assign).Value.(*Member); return ok && m.Name.Key == "MEMBRE" }},
		{"libérer o\n", func(f *File) bool { _, ok := f.Main[0].(*Free); return ok }},
		{"delete o\n", func(f *File) bool { _, ok := f.Main[0].(*Free); return ok }},
		{"PROCÉDURE PRIVÉE GLOBALE C.M(a)\nConstructeur B(a)\n", func(f *File) bool {
			p := f.Procs[0]
			_, ok := p.Body[0].(*CtorCall)
			return ok && p.Class.Key == "C" && p.Name.Key == "M" && len(p.Mods) == 2
		}},
	} {
		f, err := Parse("c.wl", tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if !tc.want(f) {
			t.Errorf("%q: wrong tree", tc.src)
		}
	}
}

// TestClassErrors: faulty class blocks stop with a positioned error and
// its code.
func TestClassErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"C est une Classe\n x est un entier\n", "c.wl:1:11: FIN manquant : le bloc Classe ouvert ici n'est pas fermé (9106)"},
		{"C est une Classe\n hérite de 12\nFIN\n", "c.wl:2:12: Nom de la classe ancêtre attendu, « 12 » trouvé (9211)"},
		{"C est une Classe\n Trace(1)\nFIN\n", "c.wl:2:2: Déclaration de membre attendue dans la classe, « Trace » trouvé (9210)"},
		{"x = allouer 3\n", "c.wl:1:13: Fin d'instruction attendue, « 3 » trouvé (9103)"},
		{"Trace(x est 3)\n", "c.wl:1:13: Nom de classe attendu après « est », « 3 » trouvé (9211)"},
	} {
		_, err := Parse("c.wl", tc.src)
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.src, tc.want)
			continue
		}
		if got := err.(ErrorList)[0].Format("fr"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}
