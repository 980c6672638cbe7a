package lexer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the comparison key of a WLangage name: Unicode NFD, combining
// marks (category Mn) dropped, upper case. Keywords, built-in names and user
// identifiers are compared by this key, so that
// Fold("ErreurDétectée") == Fold("erreurdetectee") == "ERREURDETECTEE".
//
// Pure ASCII input takes a fast path that does not allocate when s is already
// upper case.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return foldSlow(s)
		}
	}
	return strings.ToUpper(s)
}

func foldSlow(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
