package lexer

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// keywords maps (built on first use, not at package initialisation) the
// folded spelling of every reserved word, French or
// English, to its canonical French keyword (folded). The word "A" is absent
// on purpose: only the accented À is the keyword, the ASCII letter stays an
// identifier (see classifyWord).
var keywords = sync.OnceValue(func() map[string]string {
	return map[string]string{
		// French.
		"SI":         "SI",
		"ALORS":      "ALORS",
		"SINON":      "SINON",
		"FIN":        "FIN",
		"SELON":      "SELON",
		"CAS":        "CAS",
		"AUTRE":      "AUTRE",
		"AUTRES":     "AUTRES",
		"POUR":       "POUR",
		"TOUT":       "TOUT",
		"TOUS":       "TOUS",
		"TOUTE":      "TOUTE",
		"TOUTES":     "TOUTES",
		"CHAQUE":     "CHAQUE",
		"TANTQUE":    "TANTQUE",
		"BOUCLE":     "BOUCLE",
		"SORTIR":     "SORTIR",
		"CONTINUER":  "CONTINUER",
		"RETOUR":     "RETOUR",
		"RENVOYER":   "RENVOYER",
		"PROCEDURE":  "PROCEDURE",
		"FONCTION":   "FONCTION",
		"INTERNE":    "INTERNE",
		"LOCAL":      "LOCAL",
		"LOCALE":     "LOCAL",
		"GLOBAL":     "GLOBAL",
		"GLOBALE":    "GLOBAL",
		"CONSTANTE":  "CONSTANTE",
		"CONSTANTES": "CONSTANTE",
		"STRUCTURE":  "STRUCTURE",
		"EST":        "EST",
		"SONT":       "SONT",
		"SOIT":       "SOIT",
		"ET":         "ET",
		"OU":         "OU",
		"PAS":        "PAS",
		"DANS":       "DANS",
		"QUAND":      "QUAND",
		"EXCEPTION":  "EXCEPTION",
		"FAIRE":      "FAIRE",
		"VRAI":       "VRAI",
		"FAUX":       "FAUX",
		"NULL":       "NULL",
		"MODULO":     "MODULO",
		"SUR":        "SUR",
		"DE":         "DE",
		"AVEC":       "AVEC",
		"PAR":        "PAR",
		"_A_":        "_A_",
		"_PAS_":      "_PAS_",
		"_ET_":       "_ET_",
		"_OU_":       "_OU_",
		"_DANS_":     "_DANS_",

		// English.
		"IF":       "SI",
		"THEN":     "ALORS",
		"ELSE":     "SINON",
		"END":      "FIN",
		"SWITCH":   "SELON",
		"CASE":     "CAS",
		"OTHER":    "AUTRE",
		"FOR":      "POUR",
		"EACH":     "CHAQUE",
		"ALL":      "TOUT",
		"WHILE":    "TANTQUE",
		"LOOP":     "BOUCLE",
		"BREAK":    "SORTIR",
		"CONTINUE": "CONTINUER",
		"RETURN":   "RETOUR",
		"RESULT":   "RENVOYER",
		"FUNCTION": "FONCTION",
		"INTERNAL": "INTERNE",
		"CONSTANT": "CONSTANTE",
		"IS":       "EST",
		"ARE":      "SONT",
		"LET":      "SOIT",
		"AND":      "ET",
		"OR":       "OU",
		"NOT":      "PAS",
		"IN":       "DANS",
		"WHEN":     "QUAND",
		"DO":       "FAIRE",
		"TRUE":     "VRAI",
		"FALSE":    "FAUX",
		"TO":       "A",
		"STEP":     "PAS",
		"OF":       "DE",
		"WITH":     "AVEC",
		"ON":       "SUR",
		"_TO_":     "_A_",
		"_STEP_":   "_PAS_",
		"_AND_":    "_ET_",
		"_OR_":     "_OU_",
		"_IN_":     "_DANS_",
	}
})

// IsKeyword reports whether the folded word (see Fold) is a reserved word and
// returns its canonical French keyword: IsKeyword("IF") == ("SI", true),
// IsKeyword("GLOBALE") == ("GLOBAL", true).
//
// IsKeyword("A") is false: the folded form cannot tell the keyword À from
// the ASCII identifier A, and the lexer decides that from the original
// spelling. IsKeyword("TO") is ("A", true).
func IsKeyword(folded string) (canonical string, ok bool) {
	canonical, ok = keywords()[folded]
	return canonical, ok
}

// classifyWord returns the token type and value of the word w.
func classifyWord(w string) (typ tokenType, value string) {
	f := Fold(w)
	if f == "A" {
		if w == "A" || w == "a" {
			return Ident, f
		}
		return Keyword, "A"
	}
	if c, ok := keywords()[f]; ok {
		return Keyword, c
	}
	return Ident, f
}

// Word returns the spelling, as written in the script, of the word token that
// starts at byte offset in the decoded source src (the Pos.Offset of an Ident
// or Keyword token). For the elided article it returns "d'" (or "D'").
// It returns "" when no word starts at offset.
func Word(src string, offset int) string {
	if offset < 0 || offset >= len(src) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(src[offset:])
	if !isIdentStart(r) {
		return ""
	}
	end := wordEnd(src, offset)
	if n := apostropheLen(src, end); n > 0 && end-offset == 1 && (src[offset] == 'd' || src[offset] == 'D') {
		return src[offset : end+n]
	}
	return src[offset:end]
}

// isIdentStart reports whether r may start an identifier.
func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r)
}

// isIdentPart reports whether r may continue an identifier. Combining marks
// are accepted so that decomposed (NFD) source text reads as one word.
// Real WinDev code also continues names with '@' (nPosition@) and '°'
// (N°Registre); neither may start one.
func isIdentPart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || r == '@' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return r == '°' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// wordEnd returns the end offset of the identifier characters starting at i.
func wordEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '_' || c == '@' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if !isIdentPart(r) {
			return i
		}
		i += n
	}
	return i
}

// apostropheLen returns the byte length of the apostrophe (' or ’) at i when
// it is directly followed by a letter, else 0. It is used for the elided
// article d' (tableau d'entiers).
func apostropheLen(src string, i int) int {
	n := 0
	switch {
	case i < len(src) && src[i] == '\'':
		n = 1
	case len(src)-i >= 3 && src[i:i+3] == "\u2019":
		n = 3
	default:
		return 0
	}
	r, _ := utf8.DecodeRuneInString(src[i+n:])
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return 0
	}
	return n
}
