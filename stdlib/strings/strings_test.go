package strings_test

import (
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S    = wltest.S
	I    = wltest.I
	R    = wltest.R
	Strs = wltest.Strs
)

type tc struct {
	name string
	fn   string
	args []runtime.Value
	want string
}

func run(t *testing.T, cases []tc) {
	t.Helper()
	e := wltest.New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := e.Text(t, c.fn, c.args...); got != c.want {
				t.Errorf("%s%v = %q, want %q", c.fn, c.args, got, c.want)
			}
		})
	}
}

func TestTaille3024031(t *testing.T) {
	run(t, []tc{
		{"Quasimodo", "Taille", []runtime.Value{S("Quasimodo")}, "9"},
		{"spaces", "Taille", []runtime.Value{S(" Quasimodo ")}, "11"},
		{"nul", "Taille", []runtime.Value{S("A\x00")}, "2"},
		{"empty", "Taille", []runtime.Value{S("")}, "0"},
		{"unicode", "Length", []runtime.Value{S("été")}, "3"},
	})
}

func TestGaucheDroiteMilieu(t *testing.T) {
	run(t, []tc{
		// 3024001
		{"G6", "Gauche", []runtime.Value{S("Le coucou"), I(6)}, "Le cou"},
		{"G50", "Gauche", []runtime.Value{S("ABC"), I(50)}, "ABC"},
		{"Gnolen", "Gauche", []runtime.Value{S("AZELMA ")}, "AZELMA"},
		{"Gaccents", "Left", []runtime.Value{S("Développez facilement"), I(10)}, "Développez"},
		// 3024016
		{"D6", "Droite", []runtime.Value{S("Le coucou"), I(6)}, "coucou"},
		{"D50", "Droite", []runtime.Value{S("ABC"), I(50)}, "ABC"},
		{"Dnolen", "Droite", []runtime.Value{S(" AZELMA")}, "AZELMA"},
		{"D10", "Right", []runtime.Value{S("Antananarivo - Madagascar"), I(10)}, "Madagascar"},
		// 3024023
		{"M23", "Milieu", []runtime.Value{S("Eponine"), I(2), I(3)}, "pon"},
		{"M2", "Milieu", []runtime.Value{S("Eponine"), I(2)}, "ponine"},
		{"M50", "Milieu", []runtime.Value{S("Eponine"), I(50)}, ""},
		{"M2_50", "Milieu", []runtime.Value{S("Eponine"), I(2), I(50)}, "ponine"},
		{"M10_7", "Middle", []runtime.Value{S("Antananarivo - Madagascar"), I(10), I(7)}, "ivo - M"},
		// 1000020476
		{"Tronque9", "Tronque", []runtime.Value{S(" Turlututu"), I(9)}, " Turlutut"},
		{"Tronque4", "Tronque", []runtime.Value{S(" Turlututu"), I(4), I(1)}, " Turlu"},
	})
}

func TestGaucheNegativeIsEOT3024001(t *testing.T) {
	e := wltest.New()
	v := e.Call(t, "Gauche", S("abc"), I(-1))
	if v.Text() != "\x04" || !e.Run.ErrorDetected() {
		t.Fatalf("Gauche(-1) = %q, ErreurDétectée %v", v.Text(), e.Run.ErrorDetected())
	}
	if e.Run.LastError() == nil || e.Run.LastError().Func != "Gauche" {
		t.Fatalf("ErreurInfo not set: %+v", e.Run.LastError())
	}
}

func TestPosition3024027(t *testing.T) {
	s := S("What a wonderful World")
	e := wltest.New()
	depuisFin := e.Const(t, "DepuisFin")
	depuisDebut := e.Const(t, "DepuisDébut")
	run(t, []tc{
		{"won", "Position", []runtime.Value{s, S("won"), I(1), depuisDebut}, "8"},
		{"XXX", "Position", []runtime.Value{s, S("XXX")}, "0"},
		{"l fin", "Position", []runtime.Value{s, S("l"), I(0), depuisFin}, "21"},
		{"e 11", "Position", []runtime.Value{s, S("e"), I(11)}, "12"},
		{"o taille", "Position", []runtime.Value{s, S("o"), I(22), depuisFin}, "19"},
		{"o 18", "Position", []runtime.Value{s, S("o"), I(18), depuisFin}, "9"},
		{"o 8", "Position", []runtime.Value{s, S("o"), I(8), depuisFin}, "0"},
		{"array", "Position", []runtime.Value{S("http://Serveur/Fichier.html"), Strs("/", "//")}, "6"},
		{"array 8", "Position", []runtime.Value{S("http://Serveur/Fichier.html"), Strs("/", "//"), I(8)}, "15"},
		{"sanscasse", "Position", []runtime.Value{S("Un Été chaud"), S("ete"), I(1), e.Const(t, "SansCasse")}, "4"},
		{"motcomplet", "Position", []runtime.Value{S("merle le"), S("le"), I(1), e.Const(t, "MotComplet")}, "7"},
		{"unicode", "Position", []runtime.Value{S("ééé-x"), S("x")}, "5"},
	})
	// The array form also gives the index of the string found.
	v := e.Call(t, "Position", S("http://Serveur/Fichier.html"), Strs("/", "//"))
	if vs := v.TupleValues(); len(vs) != 2 || vs[1].ToInt() != 2 {
		t.Fatalf("index of found string: %v", vs)
	}
}

func TestPositionOccurrence3024029(t *testing.T) {
	s := S("Antananarivo, Madagascar")
	e := wltest.New()
	run(t, []tc{
		{"g1", "PositionOccurrence", []runtime.Value{s, S("g"), I(1)}, "19"},
		{"zen", "PositionOccurrence", []runtime.Value{s, S("zen"), I(1)}, "0"},
		{"n1", "PositionOccurrence", []runtime.Value{s, S("n"), I(1)}, "2"},
		{"n2", "PositionOccurrence", []runtime.Value{s, S("n"), I(2)}, "5"},
		{"a3fin", "PositionOccurrence", []runtime.Value{s, S("a"), I(3), e.Const(t, "DepuisFin")}, "18"},
		{"arr1", "PositionOccurrence", []runtime.Value{s, Strs("an", "ar"), I(1)}, "4"},
		{"arr2", "PositionOccurrence", []runtime.Value{s, Strs("an", "ar"), I(2)}, "6"},
		{"arr3", "PositionOccurrence", []runtime.Value{s, Strs("an", "ar"), I(3)}, "8"},
		{"arr4", "PositionOccurrence", []runtime.Value{s, Strs("an", "ar"), I(4)}, "23"},
	})
	// Sequential reading with SansCasse: 1, 4, 6, 8, 16, 18, 20, 23.
	var got []int64
	sc := e.Const(t, "SansCasse")
	p := e.Call(t, "PositionOccurrence", s, S("a"), e.Const(t, "rangPremier"), sc).ToInt()
	for p != 0 && len(got) < 20 {
		got = append(got, p)
		p = e.Call(t, "PositionOccurrence", s, S("a"), e.Const(t, "rangSuivant"), sc).ToInt()
	}
	want := []int64{1, 4, 6, 8, 16, 18, 20, 23}
	if len(got) != len(want) {
		t.Fatalf("got %v want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v want %v", got, want)
		}
	}
}

func TestRemplace3024022(t *testing.T) {
	e := wltest.New()
	run(t, []tc{
		{"a->o", "Remplace", []runtime.Value{S("Abracadabra !"), S("a"), S("o")}, "Abrocodobro !"},
		{"array", "Replace", []runtime.Value{S(`betterave // abricot // fraise / melon \ noix / citron`), Strs("//", "/", `\`, `\\`), S("-")},
			"betterave - abricot - fraise - melon - noix - citron"},
		{"position", "Remplace", []runtime.Value{S("Abracadabra !"), I(4), I(1), S("o")}, "Abrocadabra !"},
		{"empty search", "Remplace", []runtime.Value{S("abc"), S(""), S("x")}, "abc"},
		{"delete", "Remplace", []runtime.Value{S("abcabc"), S("b"), S("")}, "acac"},
		{"sanscasse", "Remplace", []runtime.Value{S("Été été ETE"), S("ete"), S("x"), e.Const(t, "SansCasse")}, "x x x"},
		{"motcomplet", "Remplace", []runtime.Value{S("le merle le"), S("le"), S("LA"), e.Const(t, "MotComplet")}, "LA merle LA"},
		// 1000019917
		{"supprime", "ChaîneSupprime", []runtime.Value{S("Antananarivo"), S("a")}, "Antnnrivo"},
		{"supprime pos", "ChaîneSupprime", []runtime.Value{S("Antananarivo"), I(4), I(1)}, "Antnanarivo"},
		{"supprime pos2", "ChaîneSupprime", []runtime.Value{S("Exemple de phrase à supprimer"), I(8), I(10)}, "Exemple à supprimer"},
		// 1000020477
		{"insere", "ChaîneInsère", []runtime.Value{S("SiLaFaMiReDo"), S("Sol"), I(5)}, "SiLaSolFaMiReDo"},
	})
}

func TestCase(t *testing.T) {
	run(t, []tc{
		// 3024039
		{"abcd", "Majuscule", []runtime.Value{S("abcd")}, "ABCD"},
		{"pépère", "Majuscule", []runtime.Value{S("pépère")}, "PEPERE"},
		{"ça", "Upper", []runtime.Value{S("ça !")}, "ÇA !"},
		// 3024030
		{"ABCD", "Minuscule", []runtime.Value{S("ABCD")}, "abcd"},
		{"Pierre", "Lower", []runtime.Value{S("Pierre et Paul")}, "pierre et paul"},
		// 3024033
		{"sansaccent", "SansAccent", []runtime.Value{S("pépère")}, "pepere"},
		{"où ça", "NoAccent", []runtime.Value{S("où ça")}, "ou ca"},
	})
}

func TestSansEspace3024034(t *testing.T) {
	e := wltest.New()
	run(t, []tc{
		{"ext", "SansEspace", []runtime.Value{S("   3.75 Euros   ")}, "3.75 Euros"},
		{"int", "SansEspace", []runtime.Value{S("Abra ca da bra"), e.Const(t, "sscIntérieur")}, "Abracadabra"},
		{"droite", "NoSpace", []runtime.Value{S("  a b  "), e.Const(t, "sscDroite")}, "  a b"},
		{"gauche", "SansEspace", []runtime.Value{S("  a b  "), e.Const(t, "sscGauche")}, "a b  "},
		{"tout", "SansEspace", []runtime.Value{S("  a b  "), e.Const(t, "sscTout")}, "ab"},
		{"nbsp kept", "SansEspace", []runtime.Value{S("\u00a0a ")}, "\u00a0a"},
	})
}

func TestChaineConstruit3024006(t *testing.T) {
	tpl := S("Le fichier %1 ne peut pas être ouvert par l'utilisateur %2. Le fichier %1 n'est pas accessible.")
	want := "Le fichier Exemple ne peut pas être ouvert par l'utilisateur Tintin. Le fichier Exemple n'est pas accessible."
	run(t, []tc{
		{"params", "ChaîneConstruit", []runtime.Value{tpl, S("Exemple"), S("Tintin")}, want},
		{"array", "StringBuild", []runtime.Value{tpl, Strs("Exemple", "Tintin")}, want},
		{"percent", "ChaîneConstruit", []runtime.Value{S("100%% de %1"), I(5)}, "100% de 5"},
		{"missing", "ChaîneConstruit", []runtime.Value{S("[%1][%2]"), S("a")}, "[a][]"},
	})
}

func TestNumeriqueVersChaine3024024(t *testing.T) {
	run(t, []tc{
		{"123", "NumériqueVersChaîne", []runtime.Value{I(123)}, "123"},
		{"1.23", "NumériqueVersChaîne", []runtime.Value{R(1.23)}, "1.23"},
		{"+10.2f", "NumériqueVersChaîne", []runtime.Value{R(12345.5), S("+10.2f")}, " +12345.50"},
		{"-+10.2f", "NumériqueVersChaîne", []runtime.Value{R(12345.5), S("-+10.2f")}, "+12345.50 "},
		{"+010.2f", "NumériqueVersChaîne", []runtime.Value{R(12345.5), S("+010.2f")}, "+012345.50"},
		{"010.2f", "NumériqueVersChaîne", []runtime.Value{R(12345.5), S("010.2f")}, "0012345.50"},
		{"10.2fS", "NumériqueVersChaîne", []runtime.Value{R(12345.5), S("10.2fS")}, " 12 345.50"},
		{"10,2fS", "NumToString", []runtime.Value{R(12345.5), S("10,2fS")}, " 12 345,50"},
		{"05d", "NumériqueVersChaîne", []runtime.Value{I(123), S("05d")}, "00123"},
		{"3X", "NumériqueVersChaîne", []runtime.Value{I(-32767), S("3X")}, "8001"},
		{"3o", "NumériqueVersChaîne", []runtime.Value{I(-32767), S("3o")}, "700001"},
		{"x", "NumériqueVersChaîne", []runtime.Value{I(255), S("x")}, "ff"},
		{"X neg", "NumériqueVersChaîne", []runtime.Value{I(-1), S("X")}, "FFFFFFFF"},
		{"d rounds", "NumériqueVersChaîne", []runtime.Value{R(2.6), S("d")}, "3"},
		{"string as is", "NumériqueVersChaîne", []runtime.Value{S("abc"), S("5d")}, "abc"},
		{"+0", "NumériqueVersChaîne", []runtime.Value{I(0), S("+d")}, "+0"},
	})
}

func TestVal3024037(t *testing.T) {
	run(t, []tc{
		{"143", "Val", []runtime.Value{S("143")}, "143"},
		{"1.67", "Val", []runtime.Value{S("1.67")}, "1.67"},
		{"ABC", "Val", []runtime.Value{S("ABC")}, "0"},
		{"3plus2", "Val", []runtime.Value{S("3plus2")}, "3"},
		{"7,5", "Val", []runtime.Value{S("7,5")}, "7"},
		{"1D2", "Val", []runtime.Value{S("1D2")}, "100"},
		{"2.5e-2", "Val", []runtime.Value{S("2.5e-2")}, "0.025"},
		{"hex", "Val", []runtime.Value{S("FF"), S("x")}, "255"},
		{"octal", "Val", []runtime.Value{S("17"), S("o")}, "15"},
		{"base2", "Val", []runtime.Value{S("1012"), I(2)}, "5"},
		// 1410087852
		{"StringToNum", "ChaîneVersNumérique", []runtime.Value{S("3plus2")}, "3"},
	})
}

func TestExtraitChaine3024017(t *testing.T) {
	e := wltest.New()
	pays := S("France, Italie, Allemagne, Espagne")
	run(t, []tc{
		{"1", "ExtraitChaîne", []runtime.Value{pays, I(1), S(", ")}, "France"},
		{"2", "ExtraitChaîne", []runtime.Value{pays, I(2), S(", ")}, "Italie"},
		{"4", "ExtraitChaîne", []runtime.Value{pays, I(4), S(", ")}, "Espagne"},
		{"5", "ExtractString", []runtime.Value{pays, I(5), S(", ")}, "\x04"},
		{"tab", "ExtraitChaîne", []runtime.Value{S("a\tb\tc"), I(2)}, "b"},
		{"fin", "ExtraitChaîne", []runtime.Value{pays, I(1), S(", "), e.Const(t, "DepuisFin")}, "Espagne"},
		{"nosep", "ExtraitChaîne", []runtime.Value{S("abc"), I(1), S(";")}, "abc"},
		{"seps 1", "ExtraitChaîne", []runtime.Value{S("Fraise, Framboise, Chocolat et Banane"), I(1), Strs(", ", ",", " et ")}, "Fraise"},
		{"seps 3", "ExtraitChaîne", []runtime.Value{S("Fraise, Framboise, Chocolat et Banane"), I(3), Strs(", ", ",", " et ")}, "Chocolat"},
		{"seps 4", "ExtraitChaîne", []runtime.Value{S("Fraise, Framboise, Chocolat et Banane"), I(4), Strs(", ", ",", " et ")}, "Banane"},
	})
	if got := e.Const(t, "EOT").Text(); got != "\x04" {
		t.Fatalf("EOT = %q", got)
	}
	// Sequential reading (rangPremier / rangSuivant).
	var got []string
	v := e.Text(t, "ExtraitChaîne", pays, e.Const(t, "rangPremier"), S(", "))
	for v != "\x04" && len(got) < 10 {
		got = append(got, v)
		v = e.Text(t, "ExtraitChaîne", pays, e.Const(t, "rangSuivant"), S(", "))
	}
	if len(got) != 4 || got[0] != "France" || got[3] != "Espagne" {
		t.Fatalf("sequential reading: %q", got)
	}
}

func TestChaineDecoupe1000022322(t *testing.T) {
	e := wltest.New()
	v := e.Call(t, "ChaîneDécoupe", S("France, Portugal, Allemagne, Pays de Galles"), S(", "))
	a := v.Array()
	if a == nil || a.Len() != 4 || a.Data[3].Text() != "Pays de Galles" {
		t.Fatalf("ChaîneDécoupe = %v", v)
	}
	v = e.Call(t, "ChaîneDécoupe", S("Entrée Plat du jour, Dessert"), S(" "), S(", "))
	a = v.Array()
	if a == nil || a.Len() != 3 || a.Data[0].Text() != "Entrée" || a.Data[1].Text() != "Plat du jour" || a.Data[2].Text() != "Dessert" {
		t.Fatalf("ChaîneDécoupe per-position = %v", a)
	}
}

func TestMisc(t *testing.T) {
	run(t, []tc{
		// 3024010
		{"Complete8", "Complète", []runtime.Value{S("Alain"), I(8)}, "Alain   "},
		{"Complete8A", "Complete", []runtime.Value{S("Alain"), I(8), S("A")}, "AlainAAA"},
		{"Complete4", "Complète", []runtime.Value{S("Alexandre"), I(4)}, "Alex"},
		// 3024004, 3024003
		{"AscA", "Asc", []runtime.Value{S("A")}, "65"},
		{"AscBarbier", "Asc", []runtime.Value{S("Barbier")}, "66"},
		{"AscEuro", "Asc", []runtime.Value{S("€")}, "128"},
		{"Caract49", "Caract", []runtime.Value{I(49)}, "1"},
		{"Caract87", "Charact", []runtime.Value{I(87)}, "W"},
		{"Caract233", "Caract", []runtime.Value{I(233)}, "é"},
		// 3024036
		{"Repete x", "Répète", []runtime.Value{S("x"), I(4)}, "xxxx"},
		{"Repete Boby", "RepeatString", []runtime.Value{S("Boby"), I(2)}, "BobyBoby"},
		{"Repete 0", "Répète", []runtime.Value{S("x"), I(0)}, ""},
		// 1000019901
		{"ChaineInverse", "ChaîneInverse", []runtime.Value{S("ABC")}, "CBA"},
		// 3024008
		{"occ anastasia", "ChaîneOccurrence", []runtime.Value{S("anastasia"), S("a")}, "4"},
		{"occ toto", "ChaîneOccurrence", []runtime.Value{S("toto titi tito"), S("to")}, "3"},
		{"occ X", "StringCount", []runtime.Value{S("grille pain"), S("X")}, "0"},
		{"occ le", "ChaîneOccurrence", []runtime.Value{S("Le merle est dans le chêne"), S("le")}, "2"},
		{"occ array", "ChaîneOccurrence", []runtime.Value{S("anastasia"), Strs("a", "s")}, "6"},
	})
	e := wltest.New()
	mc, sc := e.Const(t, "MotComplet").ToInt(), e.Const(t, "SansCasse").ToInt()
	s := S("Le merle est dans le chêne")
	for _, c := range []struct {
		opt  int64
		want int64
	}{{mc, 1}, {sc, 3}, {sc + mc, 2}} {
		if got := e.Call(t, "ChaîneOccurrence", s, S("le"), I(c.opt)).ToInt(); got != c.want {
			t.Errorf("ChaîneOccurrence option %d = %d, want %d", c.opt, got, c.want)
		}
	}
	// Inverse (3024028) is its own inverse.
	if got := e.Text(t, "Inverse", S(e.Text(t, "Inverse", S("TEST")))); got != "TEST" {
		t.Errorf("Inverse(Inverse) = %q", got)
	}
	if _, err := e.Try("Caract", []runtime.Value{I(300)}); err == nil {
		t.Errorf("Caract(300) must be an error (3024003)")
	}
}

func TestContientCommenceFinit(t *testing.T) {
	e := wltest.New()
	if e.Call(t, "Contient", S("Antananarivo"), S("NA")).Text() != "0" {
		t.Errorf("Contient NA (1000019893)")
	}
	if e.Call(t, "Contains", S("WEBDEV 28"), Strs("WINDEV", "WEBDEV")).Text() != "1" {
		t.Errorf("Contient array (1000019893)")
	}
	if e.Call(t, "Contient", S("Antananarivo"), S("NA"), e.Const(t, "SansCasse")).Text() != "1" {
		t.Errorf("Contient SansCasse")
	}
	if got := e.Call(t, "ChaîneCommencePar", S("HTTP/1.0 200 OK"), S("HTTP/1.0 20")).ToInt(); got != 11 {
		t.Errorf("ChaîneCommencePar = %d (1000018827)", got)
	}
	if got := e.Call(t, "ChaîneCommencePar", S("Bonjour"), S("BON"), e.Const(t, "ccSansCasse")).ToInt(); got != 3 {
		t.Errorf("ChaîneCommencePar ccSansCasse = %d", got)
	}
	if got := e.Call(t, "ChaîneCommencePar", S("Bonjour"), S("bon")).ToInt(); got != 0 {
		t.Errorf("ChaîneCommencePar case = %d", got)
	}
	if got := e.Call(t, "ChaîneFinitPar", S("rapport.txt"), Strs(".doc", ".txt")).ToInt(); got != 4 {
		t.Errorf("ChaîneFinitPar = %d", got)
	}
	if got := e.Call(t, "StringEndsWith", S("Été"), S("te"), e.Const(t, "ccSansAccent")).ToInt(); got != 2 {
		t.Errorf("ChaîneFinitPar ccSansAccent = %d", got)
	}
}

func TestChaineFormate3024019(t *testing.T) {
	e := wltest.New()
	run(t, []tc{
		{"maj", "ChaîneFormate", []runtime.Value{S("Le développement facile"), e.Const(t, "ccMajuscule")}, "LE DÉVELOPPEMENT FACILE"},
		{"min sans accent", "StringFormat", []runtime.Value{S("Élève"), I(e.Const(t, "ccMinuscule").ToInt() + e.Const(t, "ccSansAccent").ToInt())}, "eleve"},
		{"sans espace", "ChaîneFormate", []runtime.Value{S(" \t a b \r\n"), e.Const(t, "ccSansEspace")}, "a b"},
		{"sans ponct", "ChaîneFormate", []runtime.Value{S("a, b; c!"), e.Const(t, "ccSansPonctuationNiEspace")}, "abc"},
		// <Chaîne>.Formate (1000024877): the prefixed name.
		{"formate", "Formate", []runtime.Value{S("Un été, là"), I(e.Const(t, "ccMajuscule").ToInt() + e.Const(t, "ccSansEspaceIntérieur").ToInt())}, "UNÉTÉ,LÀ"},
	})
}

func TestConstants(t *testing.T) {
	e := wltest.New()
	if got := e.Const(t, "RC").Text(); got != "\r\n" {
		t.Errorf("RC = %q (3024003)", got)
	}
	if got := e.Const(t, "TAB").Text(); got != "\t" {
		t.Errorf("TAB = %q", got)
	}
	a, b := e.Const(t, "SansCasse").ToInt(), e.Const(t, "MotComplet").ToInt()
	if a&b != 0 {
		t.Errorf("SansCasse and MotComplet must combine")
	}
}
