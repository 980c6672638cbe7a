package lexer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Byte-order marks (constants: nothing to build at initialisation).
const (
	bomUTF8    = "\xEF\xBB\xBF"
	bomUTF16LE = "\xFF\xFE"
	bomUTF16BE = "\xFE\xFF"
)

// Decode turns the bytes of a source file into the text the lexer reads.
//
// A UTF-8 byte-order mark is stripped; a UTF-16 (little- or big-endian)
// byte-order mark selects UTF-16 decoding; otherwise valid UTF-8 is used as
// is and anything else is read as Windows-1252, the historical encoding of
// WinDev sources. Line breaks (CRLF and lone CR) are normalised to LF.
// The result is always valid UTF-8 and never starts with U+FEFF; decoding it
// again changes nothing. Byte offsets in token positions refer to
// this decoded text.
func Decode(src []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(src, []byte(bomUTF8)):
		s = string(src[len(bomUTF8):])
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
	case bytes.HasPrefix(src, []byte(bomUTF16LE)):
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", err
		}
		s = string(b)
	case bytes.HasPrefix(src, []byte(bomUTF16BE)):
		b, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", err
		}
		s = string(b)
	case utf8.Valid(src):
		s = string(src)
	default:
		b, err := charmap.Windows1252.NewDecoder().Bytes(src)
		if err != nil {
			return "", err
		}
		s = string(b)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// A byte-order mark repeated after the first one (or encoded inside
	// UTF-16 text) is dropped too, so that Decode is idempotent.
	s = strings.TrimLeft(s, "\uFEFF")
	return normalizeNewlines(s), nil
}

// decodeString is Decode for text already held in a string. It returns s
// itself, without copying, when s needs no decoding (valid UTF-8, no
// byte-order mark, no carriage return).
func decodeString(s string) (string, error) {
	if !strings.HasPrefix(s, "\uFEFF") && strings.IndexByte(s, '\r') < 0 && utf8.ValidString(s) {
		return s, nil
	}
	return Decode([]byte(s))
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	i := strings.IndexByte(s, '\r')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c != '\r' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
	}
	return b.String()
}
