package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// frenchInEnglish matches French words and marks that an English message
// must not hold (text quoted from a script is removed before matching).
var frenchInEnglish = regexp.MustCompile(`«|»|(?i)\b(attendu|attendue|trouvé|trouvée|fin du|fin de|inattendu|inattendue|invalide|syntaxe|manquant|chaîne|caractère|nombre|durée|imbrication|bloc|ligne|fichier)\b`)

// quotedText matches what English messages quote: 'x' or "x".
var quotedText = regexp.MustCompile(`'[^']*'|"[^"]*"`)

// TestEveryErrorHasACode damages every golden script in several ways
// (cut short, a token doubled, a line dropped, a stray character) and
// checks every syntax or lexical error: it has a code, an English message
// without French outside quoted script text, and a valid position.
func TestEveryErrorHasACode(t *testing.T) {
	var scripts []string
	err := filepath.WalkDir("../tests/golden", func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".wl") {
			scripts = append(scripts, path)
		}
		return err
	})
	if err != nil || len(scripts) < 50 {
		t.Fatalf("golden scripts: %d, %v", len(scripts), err)
	}
	damage := []func(string, int) string{
		func(s string, k int) string { return s[:len(s)*k/7] },
		func(s string, k int) string {
			lines := strings.Split(s, "\n")
			i := len(lines) * k / 7
			return strings.Join(append(lines[:i:i], lines[min(i+1, len(lines)):]...), "\n")
		},
		func(s string, k int) string { i := len(s) * k / 7; return s[:i] + " ( " + s[i:] },
		func(s string, k int) string { i := len(s) * k / 7; return s[:i] + "\nFIN\n" + s[i:] },
		func(s string, k int) string { i := len(s) * k / 7; return s[:i] + " = ) " + s[i:] },
		func(s string, k int) string { i := len(s) * k / 7; return s[:i] + " # " + s[i:] },
		func(s string, k int) string { i := len(s) * k / 7; return s[:i] + " SI " + s[i:] },
	}
	errorsSeen, codes := 0, map[int]bool{}
	for _, path := range scripts {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for di, d := range damage {
			for k := 1; k < 7; k += 2 {
				bad := d(src, k)
				_, err := Parse("d.wl", bad)
				if err == nil {
					continue
				}
				for _, e := range err.(ErrorList) {
					errorsSeen++
					codes[e.Code] = true
					if e.Code == 0 {
						t.Errorf("%s damage %d/%d: no code: %s", path, di, k, e.Format("fr"))
					}
					if e.Pos.Line < 1 || e.Pos.Col < 1 || e.Pos.File != "d.wl" {
						t.Errorf("%s damage %d/%d: position %#v", path, di, k, e.Pos)
					}
					if m := frenchInEnglish.FindString(quotedText.ReplaceAllString(e.Message("en"), "")); m != "" {
						t.Errorf("%s damage %d/%d: French %q in English message %q", path, di, k, m, e.Message("en"))
					}
				}
			}
		}
	}
	if errorsSeen < 500 || len(codes) < 6 {
		t.Fatalf("only %d errors with %d codes: the damage does not reach the parser", errorsSeen, len(codes))
	}
	t.Logf("%d errors, codes %v", errorsSeen, codes)
}
