package wl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wlangage/wl/runtime"
	"golang.org/x/text/unicode/norm"
)

// EOT is the value ExtraitChaîne and fLitLigne return past the end. Its
// character is UNCONFIRMED (the doc names the constant without a value);
// the ASCII "end of transmission" character is used.
const EOT = "\x04"

// RC is CR+LF (Caract 3024003: RC = Caract(13) + Caract(10)).
const RC = "\r\n"

// IsNumber reports whether v holds a number (entier, réel, booléen).
func IsNumber(v runtime.Value) bool { return v.First().IsNumeric() }

// IsDecimal reports whether v is a monétaire or a numérique, whose
// arithmetic must stay exact.
func IsDecimal(v runtime.Value) bool {
	k := v.First().Kind()
	return k == runtime.KCurrency || k == runtime.KNumeric
}

// Strings returns the texts of an array value (a variable or a literal
// [a, b]) and true, or nil and false when v is not an array.
func Strings(v runtime.Value) ([]string, bool) {
	a := v.First().Array()
	if a == nil {
		return nil, false
	}
	out := make([]string, len(a.Data))
	for i, e := range a.Data {
		out[i] = e.Text()
	}
	return out, true
}

// StringArray makes a dynamic array of strings.
func StringArray(ss []string) runtime.Value {
	a := runtime.NewArray(runtime.TypeString, 0)
	for _, s := range ss {
		a.Data = append(a.Data, runtime.Str(s))
	}
	return runtime.ArrayValue(a)
}

// Len is the number of characters of s.
func Len(s string) int { return utf8.RuneCountInString(s) }

// IsSpace reports the characters WLangage strips as spaces: space, tab,
// CR, LF and the control characters 11 and 12 (ChaîneFormate, 3024019).
// The non-breaking space is not one of them (SansEspace, 3024034).
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f':
		return true
	}
	return false
}

// IsWordChar reports whether r is part of a word for MotComplet: a letter
// or a digit (ChaîneOccurrence, 3024008).
func IsWordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsPunctOrSpace reports the characters ccSansPonctuationNiEspace drops.
func IsPunctOrSpace(r rune) bool {
	return IsSpace(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// StripAccent returns r without its diacritics (é → e, Ç → C); characters
// that do not decompose are returned unchanged.
func StripAccent(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	d := norm.NFD.PropertiesString(string(r)).Decomposition()
	if len(d) == 0 {
		return r
	}
	b, _ := utf8.DecodeRune(d)
	return b
}

// FoldRune is the case- and accent-insensitive key of one character
// (SansCasse: "sans tenir compte de la casse ou des accents", 3024027).
// It maps one character to one, so positions are preserved.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	return unicode.ToUpper(StripAccent(unicode.ToLower(r)))
}

// FoldRunes folds every character of rs (one for one).
func FoldRunes(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = FoldRune(r)
	}
	return out
}

// RemoveAccents removes the diacritics of every character of s.
func RemoveAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= utf8.RuneSelf {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			r = StripAccent(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Remove returns s without the characters drop reports.
func Remove(s string, drop func(rune) bool) string {
	return strings.Map(func(r rune) rune {
		if drop(r) {
			return -1
		}
		return r
	}, s)
}

// cp1252 maps the bytes 0x80..0x9F of Windows-1252 to Unicode; the five
// undefined bytes map to the C1 control of the same value so that the
// table stays a bijection.
var cp1252 = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// AnsiToRune converts a Windows-1252 code (0..255) to its character.
func AnsiToRune(b int) rune {
	if b >= 0x80 && b <= 0x9F {
		return cp1252[b-0x80]
	}
	return rune(b)
}

// RuneToAnsi converts a character to its Windows-1252 code; ok is false
// when the character has no such code.
func RuneToAnsi(r rune) (int, bool) {
	if r < 0x80 || (r >= 0xA0 && r <= 0xFF) {
		return int(r), true
	}
	for i, c := range cp1252 {
		if c == r {
			return 0x80 + i, true
		}
	}
	return '?', false
}
