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

// foldSlow folds text holding non-ASCII characters. It decomposes rune by
// rune with the NFD tables (no intermediate string); combining-mark order
// does not matter since the marks are dropped.
func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= hangulFirst && r <= hangulLast {
			// Hangul syllables decompose algorithmically into jamo,
			// which have no case and are not marks.
			b.WriteString(norm.NFD.String(s[i : i+n]))
			i += n
			continue
		}
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); len(d) > 0 {
			for len(d) > 0 {
				dr, dn := utf8.DecodeRune(d)
				writeFolded(&b, dr)
				d = d[dn:]
			}
		} else {
			writeFolded(&b, r)
		}
		i += n
	}
	return b.String()
}

const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// writeFolded writes the upper case of r unless r is a combining mark.
func writeFolded(b *strings.Builder, r rune) {
	if r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}
