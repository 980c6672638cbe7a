package parser

import "testing"

// TestEnumDecl: the lines of an enumeration (1514067) and of a
// combination (1514074) block, in French and English.
func TestEnumDecl(t *testing.T) {
	src := "TypeAutomate est une Enumération\n\tMarche\n\tArrêté = \"stop\"\n\tPanne = Arrêté\nFIN\n" +
		"Droits is a Combination\n\t[Base]\n\tLecture\n\tEcriture\n\tLectEcr = Lecture + Ecriture\n\tLecture - Ecriture\nEND\n" +
		"C est une Classe\n\tE est une énumération\n\t\tx\n\tfin\nFIN\n"
	f, err := Parse("e.wl", src)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := f.Main[0].(*EnumDecl)
	if !ok || e.Combination || len(e.Items) != 3 || e.Items[0].Name.Key != "MARCHE" || e.Items[0].Value != nil {
		t.Fatalf("enumeration: %#v", f.Main[0])
	}
	if s, ok := e.Items[1].Value.(*StringLit); !ok || s.Value != "stop" {
		t.Errorf("associated value: %#v", e.Items[1].Value)
	}
	if id, ok := e.Items[2].Value.(*Ident); !ok || id.Key != "ARRETE" {
		t.Errorf("alias: %#v", e.Items[2].Value)
	}
	c, ok := f.Main[1].(*EnumDecl)
	if !ok || !c.Combination || len(c.Bases) != 1 || c.Bases[0].Key != "BASE" || len(c.Items) != 3 || len(c.Exclusions) != 1 || len(c.Exclusions[0]) != 2 {
		t.Fatalf("combination: %#v", f.Main[1])
	}
	cl, ok := f.Main[2].(*ClassDecl)
	if !ok || len(cl.Enums) != 1 || cl.Enums[0].Name.Key != "E" {
		t.Fatalf("class: %#v", f.Main[2])
	}
	// A variable of a type named Enumeration is not a block.
	if _, err := Parse("v.wl", "x est une Enumération = 3\n"); err != nil {
		t.Errorf("variable: %v", err)
	}
}
