package lexer

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf8", []byte("café"), "café"},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "été"...), "été"},
		{"utf8 bom invalid rest", []byte{0xEF, 0xBB, 0xBF, 'a', 0xE9}, "a\uFFFD"},
		{"utf16le bom", []byte{0xFF, 0xFE, 0xE9, 0x00, '\r', 0, '\n', 0, 'x', 0}, "é\nx"},
		{"utf16be bom", []byte{0xFE, 0xFF, 0x00, 0xE9, 0, '\r', 0, 'x'}, "é\nx"},
		{"utf16le surrogate pair", []byte{0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE}, "😀"},
		{"windows-1252 e acute", []byte{'c', 'a', 'f', 0xE9}, "café"},
		{"windows-1252 specials", []byte{0x80, ' ', 0x92, ' ', 0x9C, ' ', 0xC0}, "€ ’ œ À"},
		{"windows-1252 crlf", []byte{0xE9, '\r', '\n', 0xE8}, "é\nè"},
		{"crlf", []byte("a\r\nb\r\n"), "a\nb\n"},
		{"lone cr", []byte("a\rb\r\rc\r"), "a\nb\n\nc\n"},
		{"mixed", []byte("a\r\n\rb\n"), "a\n\nb\n"},
		{"empty", nil, ""},
		{"repeated bom", []byte{0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 'a'}, "a"},
		{"utf16 encoded bom", []byte{0xFF, 0xFE, 0xFF, 0xFE, 'a', 0}, "a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("Decode(% x) = %q, want %q", c.in, got, c.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("invalid UTF-8 result")
			}
			if again, _ := Decode([]byte(got)); again != got {
				t.Errorf("Decode is not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestFold(t *testing.T) {
	cases := map[string]string{
		"ErreurDétectée": "ERREURDETECTEE",
		"ERREURDETECTEE": "ERREURDETECTEE",
		"erreurdetectee": "ERREURDETECTEE",
		"Prénom":         "PRENOM",
		"ÉLÉMENT":        "ELEMENT",
		"élément":        "ELEMENT",
		"e\u0301":        "E",
		"chaîne":         "CHAINE",
		"Ça":             "CA",
		"À":              "A",
		"_à_":            "_A_",
		"MaFenêtre":      "MAFENETRE",
		"Noël":           "NOEL",
		"œuvre":          "ŒUVRE",
		"x_1":            "X_1",
		"":               "",
		"αβγ":            "ΑΒΓ",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = Fold("DEJA_MAJUSCULE") }); n != 0 {
		t.Errorf("Fold on upper-case ASCII allocates %v times", n)
	}
}

func TestIsKeyword(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"SI", "SI", true}, {"IF", "SI", true}, {"GLOBALE", "GLOBAL", true}, {"LOCALE", "LOCAL", true},
		{"CONSTANTES", "CONSTANTE", true}, {"TO", "A", true}, {"_TO_", "_A_", true}, {"_A_", "_A_", true},
		{"OF", "DE", true}, {"RESULT", "RENVOYER", true}, {"A", "", false}, {"si", "", false},
		{"TRACE", "", false}, {"", "", false},
	}
	for _, c := range cases {
		got, ok := IsKeyword(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("IsKeyword(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	// Every canonical value is itself a keyword mapping to itself, except "A".
	for k, v := range keywords() {
		if v == "A" {
			continue
		}
		if c, ok := IsKeyword(v); !ok || c != v {
			t.Errorf("canonical %q (from %q) is not a fixed point", v, k)
		}
	}
}

func TestWord(t *testing.T) {
	src := "Si Procédure(x) tableau d'entiers D’Éléments À e\u0301t"
	at := func(sub string) int { return strings.Index(src, sub) }
	cases := []struct {
		off  int
		want string
	}{
		{0, "Si"}, {at("Proc"), "Procédure"}, {2, ""}, {at("x"), "x"}, {at(")"), ""},
		{at("tableau"), "tableau"}, {at("d'"), "d'"}, {at("entiers"), "entiers"}, {at("D’"), "D’"},
		{at("Élé"), "Éléments"}, {at("À"), "À"}, {at("e\u0301"), "e\u0301t"},
		{-1, ""}, {len(src), ""}, {1000, ""},
	}
	for _, c := range cases {
		if got := Word(src, c.off); got != c.want {
			t.Errorf("Word(src, %d) = %q, want %q", c.off, got, c.want)
		}
	}
	// Word agrees with the token offsets.
	toks, err := Tokenize("", src)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, tk := range toks {
		if tk.Type == Ident || tk.Type == Keyword {
			words = append(words, Word(src, tk.Pos.Offset))
		}
	}
	want := []string{"Si", "Procédure", "x", "tableau", "d'", "entiers", "D’", "Éléments", "À", "e\u0301t"}
	if len(words) != len(want) {
		t.Fatalf("words %q, want %q", words, want)
	}
	for i := range want {
		if words[i] != want[i] {
			t.Errorf("word %d = %q, want %q", i, words[i], want[i])
		}
	}
}

// foldReference is the definition of Fold, written plainly.
func foldReference(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

func TestFoldMatchesReference(t *testing.T) {
	for r := rune(0); r <= 0x2FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "a" + string(r) + "\u0301b"
		if got, want := Fold(s), foldReference(s); got != want {
			t.Fatalf("Fold(%q) = %q, reference %q", s, got, want)
		}
	}
}
