package wdexport

import (
	"strconv"
	"strings"
	"testing"

	"github.com/wlangage/wl/parser"
)

// A procedure collection written for this test in the text-export layout
// (REALWORLD.md, "How to extract" §2): a declaration block, two
// procedures (|1+ and |1-), string resources, a RAD mark.
const collection = `#To edit and compare internal_properties, use WINDEV integrated tools.
info :
 name : COL_Essai
 major_version : 28
 type : 7
procedure_set :
 identifier : 0x1
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      CONSTANTE
      	TVA = 20
      FIN
      gnCompteur est un entier
     type : 720896
  procedures :
   -
     name : Bonjour
     procedure_id : 1
     type_code : 15
     code : |1+
      PROCÉDURE Bonjour(sNom)
      
      RENVOYER <§$0001§> + sNom<§rad:3§>
      
     type : 458752
   -
     name : Ligne
     type_code : 15
     code : |1-
      PROCEDURE Ligne()
      RENVOYER <§@00000000000000010000§> + <§@00000000000000000000§> + <§$0002§>
     type : 458752
resources :
 string_res :
  identifier : 0x2
  strings :
   -
     text :
      fr-FR : "Il a dit \"oui\""
      en-GB : He said yes
     index : 0
   -
     text :
      fr-FR : Bonjour 
     index : 1
   -
     text :
      fr-FR : "une\r\nautre ligne"
     index : 2
`

func TestCollection(t *testing.T) {
	f, err := Read("COL_Essai.wdg", strings.ReplaceAll(collection, "\n", "\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "COL_Essai" || f.Kind != Collection || f.Version != 28 {
		t.Fatalf("file: %q %v %d", f.Name, f.Kind, f.Version)
	}
	if got := strings.Join(f.Strings, "|"); got != `Il a dit "oui"|Bonjour|une`+"\r\n"+`autre ligne` {
		t.Errorf("strings: %q", got)
	}
	want := []struct {
		kind       Kind
		typ        int
		name       string
		line, col  int
		code       string
		lines      int
		wlangage   bool
		firstWords string
	}{
		{Declarations, 720896, "COL_Essai", 13, 7, "CONSTANTE\n\tTVA = 20\nFIN\ngnCompteur est un entier\n", 4, true, "CONSTANTE"},
		{Procedure, 458752, "Bonjour", 24, 7, "PROCÉDURE Bonjour(sNom)\n\nRENVOYER \"Bonjour\" + sNom\n\n", 4, true, "PROCÉDURE"},
		{Procedure, 458752, "Ligne", 33, 7, "PROCEDURE Ligne()\nRENVOYER \"Il a dit \"\"oui\"\"\"        + \"\"                        + \"une\" + RC + \"autre ligne\"\n", 2, true, "PROCEDURE"},
	}
	if len(f.Units) != len(want) {
		t.Fatalf("%d units", len(f.Units))
	}
	for i, w := range want {
		u := f.Units[i]
		if u.Kind != w.kind || u.Type != w.typ || u.Name != w.name || u.Line != w.line || u.Col != w.col || u.Code != w.code || u.Lines() != w.lines || u.IsWLangage() != w.wlangage {
			t.Errorf("unit %d: %v %d %q %d:%d %q (%d lines)", i, u.Kind, u.Type, u.Name, u.Line, u.Col, u.Code, u.Lines())
		}
	}
	// Positions: the unit's code at its export line and column.
	src := strings.Split(collection, "\n")
	for _, u := range f.Units {
		for i, l := range strings.Split(strings.TrimSuffix(u.Code, "\n"), "\n") {
			if l == "" || strings.Contains(src[u.Line+i-1], "§") {
				continue
			}
			if got := src[u.Line+i-1][u.Col-1:]; got != l {
				t.Errorf("%s line %d: export has %q, unit %q", u.Name, i+1, got, l)
			}
		}
	}
	// A removed mark moves the columns after it.
	if l, c := f.Units[1].ExportPos(3, 26); l != 26 || c != 41 {
		t.Errorf("after a removed mark: %d:%d, want 26:41", l, c)
	}
	// A longer one moves them: "une" + RC + "autre ligne" is 26 characters
	// for a 9-character marker.
	if l, c := f.Units[2].ExportPos(2, 1); l != 34 || c != 7 {
		t.Errorf("line start: %d:%d", l, c)
	}
	// A shorter literal is padded: the columns after it do not move.
	if l, c := f.Units[2].ExportPos(2, 37); l != 34 || c != 43 {
		t.Errorf("after a padded resource: %d:%d, want 34:43", l, c)
	}
	if l, c := f.Units[2].ExportPos(2, 92); l != 34 || c != 81 {
		t.Errorf("past a longer resource: %d:%d, want 34:81", l, c)
	}
	if l, c := f.ExportPos(34, 92+6); l != 34 || c != 81 {
		t.Errorf("File.ExportPos: %d:%d, want 34:81", l, c)
	}
}

// TestUnitSourceParses: parsing a unit's source gives the export's lines
// and columns in the parser's own positions.
func TestUnitSourceParses(t *testing.T) {
	f, err := Read("COL_Essai.wdg", collection)
	if err != nil {
		t.Fatal(err)
	}
	text := f.Text()
	if n := strings.Count(text, "\n"); n != strings.Count(collection, "\n") {
		t.Errorf("Text has %d lines", n)
	}
	for i, u := range f.Units {
		src := f.UnitSource(u)
		if len(src) != len(text) {
			t.Fatalf("unit %d: source length %d, Text %d", i, len(src), len(text))
		}
		pf, err := parser.Parse("COL_Essai.wdg", src)
		if err != nil {
			t.Fatalf("unit %d: %v", i, err)
		}
		switch u.Kind {
		case Declarations:
			if len(pf.Main) != 2 || len(pf.Procs) != 0 {
				t.Errorf("declarations: %d statements, %d procedures", len(pf.Main), len(pf.Procs))
			}
		case Procedure:
			if len(pf.Procs) != 1 || pf.Procs[0].P.Line != u.Line || pf.Procs[0].P.Col != u.Col {
				t.Errorf("procedure %s at %v, want %d:%d", u.Name, pf.Procs[0].P, u.Line, u.Col)
			}
		}
	}
	// A syntax error is reported at the export file's line and column.
	bad := strings.Replace(collection, "RENVOYER <§$0001§>", "RENVOYER )<§$0001§>", 1)
	f, err = Read("COL_Essai.wdg", bad)
	if err != nil {
		t.Fatal(err)
	}
	_, err = parser.Parse("COL_Essai.wdg", f.UnitSource(f.Units[1]))
	if err == nil || !strings.HasPrefix(err.Error(), "COL_Essai.wdg:26:16:") {
		t.Errorf("error %v, want it at 26:16", err)
	}
}

// A class and a window, written for this test.
const class = `info :
 name : CCompte
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1+
      CCompte est une Classe
      	m_nSolde est un entier
      FIN
     type : 131072
  procedures :
   -
     name : Constructeur
     type_code : 27
     code : |1+
      PROCEDURE Constructeur()
     type : 589824
   -
     name : Destructeur
     type_code : 28
     code : |1+
     type : 655360
   -
     name : Dépose
     type_code : 12
     code : |1-
      PROCEDURE Dépose(n)
      :m_nSolde += n
     type : 458752
   -
     name : Natif
     language : Java
     code : |1-
      public static void natif() {}
     type : 458752
  properties :
   -
     name : Solde
     type_code : 103
     p_codes :
      -
        code : |1-
         PROCÉDURE Solde()
         RENVOYER m_nSolde
        type : 1966080
      -
        code : |1-
         PROCÉDURE Solde(v)
        type : 2031616
`

func TestClass(t *testing.T) {
	f, err := Read("CCompte.wdc", class)
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != Class || f.Name != "CCompte" {
		t.Fatalf("%v %q", f.Kind, f.Name)
	}
	var got []string
	for _, u := range f.Units {
		got = append(got, u.Kind.String()+":"+u.Name+":"+itoa(u.Line)+":"+itoa(u.Col)+":"+boolStr(u.Empty())+":"+boolStr(u.IsWLangage()))
	}
	want := "class declaration:CCompte:10:7:false:true " +
		"constructor:Constructeur:19:7:false:true " +
		"destructor:Destructeur:24:7:true:true " +
		"procedure:Dépose:30:7:false:true " +
		"procedure:Natif:37:7:false:false " +
		"property get:Solde:46:10:false:true " +
		"property set:Solde:51:10:false:true"
	if strings.Join(got, " ") != want {
		t.Errorf("units:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

const window = `info :
 name : FEN_Essai
 type : 2
window :
 name : FEN_Essai
 controls :
  -
    name : BTN_OK
    type : 4
    code_elements :
     type_code : 4
     p_codes :
      -
        code : |1+
         Trace("init")
        type : 14
      -
        code : |1-
         Ferme()
        type : 18
      -
        type : 161
        enabled : false
 code_elements :
  type_code : 1
  p_codes :
   -
     code : |1+
      PROCEDURE MaFenêtre()
     type : 1
   -
     code : |1+
     type : 34
`

func TestWindow(t *testing.T) {
	f, err := Read("FEN_Essai.wdw", window)
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != Window {
		t.Fatalf("kind %v", f.Kind)
	}
	var got []string
	for _, u := range f.Units {
		got = append(got, u.Kind.String()+":"+itoa(u.Type)+":"+u.Name+":"+u.Control+":"+itoa(u.Line)+":"+strings.TrimSpace(u.Code))
	}
	want := "event:14:BTN_OK:BTN_OK:15:Trace(\"init\") event:18:BTN_OK:BTN_OK:19:Ferme() event:1:FEN_Essai::29:PROCEDURE MaFenêtre() event:34:FEN_Essai::32:"
	if strings.Join(got, " ") != want {
		t.Errorf("units:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

func TestNotAnExport(t *testing.T) {
	for _, src := range []string{"", "PROCEDURE P()\nTrace(1)\n", "\x00\x01garbage: [\n  - :\n"} {
		if _, err := Read("x.wdg", src); err == nil {
			t.Errorf("%q: no error", src)
		} else if e, ok := err.(*Error); !ok || e.Line != 1 || !strings.Contains(e.FR, "export texte WinDev") {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestUnquote(t *testing.T) {
	for in, want := range map[string]string{
		`"a\"b"`:       `a"b`,
		`"x\\y\tz"`:    "x\\y\tz",
		`"\x41\u00e9"`: "Aé",
		`"\x4"`:        `\x4`,
		`plain "x"`:    `plain "x"`,
		`"\`:           `"\`,
	} {
		if got := unquote(in); got != want {
			t.Errorf("unquote(%s) = %q, want %q", in, got, want)
		}
	}
}

// FuzzRead: any input gives a File or an Error, never a panic; units stay
// inside the file.
func FuzzRead(f *testing.F) {
	f.Add(collection)
	f.Add(class)
	f.Add(window)
	f.Fuzz(func(t *testing.T, src string) {
		ef, err := Read("f.wdg", src)
		if err != nil {
			return
		}
		n := strings.Count(strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n"), "\n") + 1
		for _, u := range ef.Units {
			if u.Line < 1 || u.Line > n+1 || u.Col < 1 {
				t.Fatalf("unit at %d:%d in %d lines", u.Line, u.Col, n)
			}
			_ = ef.UnitSource(u)
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// TestResourceIndexZero: <§$0000§> is the resource of index 0; only the
// all-zero <§@…§> identifier means an empty string.
func TestResourceIndexZero(t *testing.T) {
	src := "info :\n name : C\n type : 7\nprocedure_set :\n p_codes :\n  -\n    code : |1+\n     x = <§$0000§> + <§@00000000000000000000§> + <§R1¤fr-FR¤dit \"oui\"§>\n    type : 720896\n" +
		"resources :\n string_res :\n  strings :\n   -\n     text :\n      fr-FR : Facture n°\n     index : 0\n"
	f, err := Read("c.wdg", src)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Units[0].Code; got != "x = \"Facture n°\" + \"\"                        + \"dit \"\"oui\"\"\"         \n" {
		t.Errorf("code %q", got)
	}
}

// TestFileKindOf: the `info : type` number decides, the extension (any
// case) when the number is unknown; each kind has its name.
func TestFileKindOf(t *testing.T) {
	for _, c := range []struct {
		infoType, path string
		want           FileKind
		name           string
	}{
		{"7", "a.wdw", Collection, "collection"},
		{"4", "a", Class, "class"},
		{"2", "a.wdg", Window, "window"},
		{"", "dir/A.WDC", Class, "class"},
		{"99", "a.wdg", Collection, "collection"},
		{"", "a.wdr", OtherFile, "other"},
	} {
		got := fileKindOf(c.infoType, c.path)
		if got != c.want || got.String() != c.name {
			t.Errorf("fileKindOf(%q, %q) = %v, want %v", c.infoType, c.path, got, c.name)
		}
	}
	if s := FileKind(42).String(); s != "other" {
		t.Errorf("FileKind(42) = %q, want other", s)
	}
}
