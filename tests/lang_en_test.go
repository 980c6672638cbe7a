package tests

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// frenchTells are words that give away a French message. Words that are
// also English (impossible, non, pour, on...) are left out on purpose.
var frenchTells = map[string]bool{
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true,
	"du": true, "au": true, "aux": true, "et": true, "ou": true, "est": true,
	"pas": true, "dans": true, "avec": true, "sur": true, "sans": true,
	"fin": true, "fichier": true, "ligne": true, "colonne": true,
	"attendu": true, "attendue": true, "trouvé": true, "manquant": true,
	"manquante": true, "introuvable": true, "erreur": true, "inconnu": true,
	"inconnue": true, "déjà": true, "déclarée": true, "déclaré": true,
	"valeur": true, "chaîne": true, "entier": true, "appel": true,
	"procédure": true, "paramètre": true, "serveur": true, "connexion": true,
	"refusé": true, "refusée": true, "délai": true, "dépassé": true,
	"aucun": true, "aucune": true, "doit": true, "être": true, "n'est": true,
	"l'appel": true, "d'un": true, "d'une": true, "qu'un": true,
}

// reQuoted matches text between « and », double quotes or single quotes.
var reQuoted = regexp.MustCompile(`«([^»]*)»|"([^"]*)"|'([^']*)'`)

// reScriptName matches a script's file name (positions print it).
var reScriptName = regexp.MustCompile(`[\w./-]+\.wl\b`)

// dataOutputs are outputs made of the script's own text transformed (so
// not found word for word in the script), with the reason.
var dataOutputs = map[string]string{
	"builtins/strings_rtf_en.out": "the script's French RTF text, decoded",
}

// reWord splits a line into words (letters, with inner apostrophes).
var reWord = regexp.MustCompile(`\pL+(?:'\pL+)?`)

// TestGoldenEnglishHasNoFrench checks that the golden scripts run with
// `--lang en` print no French outside text quoted from the script: a word
// of frenchTells, or an accented word, that the script itself does not
// contain (its literals, names and comments are the script's own text, so
// they may be echoed back in any language).
func TestGoldenEnglishHasNoFrench(t *testing.T) {
	checked := 0
	err := filepath.WalkDir("golden", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".wl") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !englishRun(parseDirectives(t, src)) {
			return nil
		}
		script := string(src)
		own := map[string]bool{}
		for _, w := range reWord.FindAllString(strings.ToLower(script), -1) {
			own[w] = true
		}
		base := strings.TrimSuffix(path, ".wl")
		for _, ext := range []string{".out", ".err"} {
			out, err := os.ReadFile(base + ext)
			if err != nil {
				continue
			}
			if _, ok := dataOutputs[filepath.ToSlash(strings.TrimPrefix(base+ext, "golden"+string(filepath.Separator)))]; ok {
				continue
			}
			checked++
			for i, line := range strings.Split(string(out), "\n") {
				if w := frenchLeak(line, script, own); w != "" {
					t.Errorf("%s%s:%d: French word %q outside quoted script text:\n\t%s", base, ext, i+1, w, line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d --lang en golden outputs found; the selection is broken", checked)
	}
}

// englishRun reports whether the directives ask for English messages.
func englishRun(d directives) bool {
	for i, a := range d.args {
		if (a == "--lang" || a == "-lang") && i+1 < len(d.args) && strings.EqualFold(d.args[i+1], "en") {
			return true
		}
		if strings.EqualFold(a, "--lang=en") || strings.EqualFold(a, "-lang=en") {
			return true
		}
	}
	return false
}

// frenchLeak returns the first French word of line that is neither in a
// quotation copied from the script nor a word of the script, or "".
func frenchLeak(line, script string, own map[string]bool) string {
	line = reScriptName.ReplaceAllString(line, " ")
	line = reQuoted.ReplaceAllStringFunc(line, func(q string) string {
		m := reQuoted.FindStringSubmatch(q)
		if strings.Contains(script, strings.TrimSpace(m[1]+m[2]+m[3])) {
			return " "
		}
		return q
	})
	for _, w := range reWord.FindAllString(line, -1) {
		if isName(w) {
			continue // a WLangage keyword or built-in name, spelled as WinDev spells it
		}
		lw := strings.ToLower(w)
		if own[lw] {
			continue
		}
		if frenchTells[lw] || strings.ContainsAny(lw, "éèêàùçôîâëïû") {
			return w
		}
	}
	return ""
}

// isName reports whether w is spelled like a WLangage name rather than a
// word of a sentence: all capitals (FIN, SELON) or capitals inside
// (ErreurInfo, fFichierExiste).
func isName(w string) bool {
	r := []rune(w)
	if len(r) > 1 && strings.ToUpper(w) == w {
		return true
	}
	for _, c := range r[1:] {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// TestFrenchLeak pins the detector itself: the leak the issue quotes is
// caught, text quoted from the script and WLangage names are not.
func TestFrenchLeak(t *testing.T) {
	script := "Trace(\"Bonjour à tous\")\nSI x ALORS\n"
	own := map[string]bool{}
	for _, w := range reWord.FindAllString(strings.ToLower(script), -1) {
		own[w] = true
	}
	for _, c := range []struct{ line, want string }{
		{"t.wl:3:1: ')' expected, found 'fin du fichier' (9101)", "fin"},
		{"t.wl:1:1: Erreur: index out of range", "Erreur"},
		{"t.wl:1:1: the value is déjà there", "déjà"},
		{"Bonjour à tous", ""},
		{"t.wl:1:7: unknown variable « Bonjour à tous »", ""},
		{"t.wl:2:1: Missing FIN: the SI block is not closed (9106)", ""},
		{"t.wl:2:1: ErreurInfo(errMessage) is empty", ""},
		{"exception-sans-message-en.wl:2:1: Exception 1 raised with no message", ""},
	} {
		if got := frenchLeak(c.line, script, own); got != c.want {
			t.Errorf("frenchLeak(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
