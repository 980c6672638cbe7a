package encoding

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/wlangage/wl/runtime"
)

// URLEncode (3024040): the URL with the characters not allowed in a URL
// as %xx; encodeURLDepuisUTF8 by default.
func urlEncode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	format := int64(EncodeURLUTF8)
	if err := c.Unpack(args, "URL", &s, "format?", &format); err != nil {
		return runtime.Null, err
	}
	out, err := urlEncodeFormat(c, s, format)
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Str(out), nil
}

// URLDécode (3024041): %xx and '+' decoded; encodeURLVersUTF8 by default.
func urlDecode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	format := int64(EncodeURLUTF8)
	if err := c.Unpack(args, "URL à décoder", &s, "format?", &format); err != nil {
		return runtime.Null, err
	}
	switch format {
	case EncodeURLAnsi, EncodeURLUnicode, EncodeURLUTF8:
		return runtime.Str(urlDecodeFormat(s, format)), nil
	}
	return runtime.Null, unsupportedFormat(c, format)
}

// urlKept reports whether URLEncode keeps byte b as it is: the characters
// the doc lists as allowed in an encoded URL (3024040), except '%' and
// '+', which the doc's special cases encode.
func urlKept(b byte) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	}
	return strings.IndexByte(";/?:@&=$,-_.!~*'(|)#", b) >= 0
}

// paramKept is what encodeURLParamètre keeps: the unreserved characters
// of RFC 3986, so that the URL passed as a parameter comes back whole.
func paramKept(b byte) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	}
	return strings.IndexByte("-_.~", b) >= 0
}

// urlEncodeFormat encodes s in one of the URL formats. encodeURLDepuisAnsi
// takes the Windows-1252 bytes of the text (a character outside it is an
// error); encodeURLDepuisUnicode and encodeURLDepuisUTF8 take its UTF-8
// bytes (a wl chaîne is Unicode; UTF-8 is what a URL carries).
func urlEncodeFormat(c *runtime.Call, s string, format int64) (string, error) {
	raw := []byte(s)
	keep := urlKept
	switch format {
	case EncodeURLAnsi:
		b, err := charmap.Windows1252.NewEncoder().Bytes(raw)
		if err != nil {
			return "", c.Errorf(1003,
				"%s : la chaîne contient un caractère qui n'existe pas en ANSI (Windows-1252).",
				"%s: the string holds a character that has no ANSI (Windows-1252) code.", c.Name)
		}
		raw = b
	case EncodeURLUnicode, EncodeURLUTF8:
	case EncodeURLParametre:
		keep = paramKept
	default:
		return "", unsupportedFormat(c, format)
	}
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(raw))
	for _, x := range raw {
		if keep(x) {
			b.WriteByte(x)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[x>>4])
		b.WriteByte(hexDigits[x&15])
	}
	return b.String(), nil
}

// urlDecodeFormat decodes %xx and '+'; a '%' not followed by two hex
// digits stays as it is ("ignoré", doc 3024041). The bytes are read as
// Windows-1252 for encodeURLVersAnsi, as UTF-8 otherwise; bytes that are
// not UTF-8 are then read as Windows-1252 too, so that a URL encoded from
// ANSI still decodes to its characters rather than to U+FFFD.
func urlDecodeFormat(s string, format int64) string {
	if s == "" {
		return ""
	}
	raw := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch x := s[i]; {
		case x == '+':
			raw = append(raw, ' ')
		case x == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			n, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			raw = append(raw, byte(n))
			i += 2
		default:
			raw = append(raw, x)
		}
	}
	var out string
	if format == EncodeURLAnsi || !utf8.Valid(raw) {
		b, _ := charmap.Windows1252.NewDecoder().Bytes(raw)
		out = string(b)
	} else {
		out = string(raw)
	}
	return replaceEntities(out)
}

// replaceEntities turns the numeric character references "&#N;" (N of 1
// to 7 digits, a valid code point) into their characters, as URLDécode
// does ("%26%238364%3B" gives "€", doc 3024041); anything else stays.
func replaceEntities(s string) string {
	i := strings.Index(s, "&#")
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		j := 2
		for j < len(s) && j < 9 && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j > 2 && j < len(s) && s[j] == ';' {
			n, _ := strconv.Atoi(s[2:j])
			if utf8.ValidRune(rune(n)) {
				b.WriteRune(rune(n))
				s = s[j+1:]
				i = strings.Index(s, "&#")
				continue
			}
		}
		b.WriteString("&#")
		s = s[2:]
		i = strings.Index(s, "&#")
	}
	b.WriteString(s)
	return b.String()
}

func isHex(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}
