package encoding

import (
	"encoding/base64"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// base64Line is the length of the lines of encodeBASE64, whose text
// "comporte les RC" (doc 1000022258) without saying where: wl breaks it
// as MIME does (RFC 2045: 76 characters, CR LF), what a mail script
// expects.
const base64Line = 76

// Encode (1000022258): a chaîne or Buffer encoded in the given format
// (encodeBASE64 by default); the result is a chaîne.
func encode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	format := int64(EncodeBASE64)
	var in runtime.Value
	if err := c.Unpack(args, "données", &in, "format?", &format); err != nil {
		return runtime.Null, err
	}
	data := in.Text()
	switch format {
	case EncodeBASE64:
		return runtime.Str(wrap(base64.StdEncoding.EncodeToString([]byte(data)), base64Line)), nil
	case EncodeBASE64SansRC:
		return runtime.Str(base64.StdEncoding.EncodeToString([]byte(data))), nil
	case EncodeBASE64URL:
		// RFC 4648 §5 alphabet without the '=' padding, as JWT and
		// other URL uses want it; Décode accepts it with or without.
		return runtime.Str(base64.RawURLEncoding.EncodeToString([]byte(data))), nil
	case EncodeURLAnsi, EncodeURLUnicode, EncodeURLUTF8, EncodeURLParametre:
		s, err := urlEncodeFormat(c, data, format)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(s), nil
	}
	return runtime.Null, unsupportedFormat(c, format)
}

// Décode (1000022259): the inverse of Encode. Base 64 gives a Buffer (the
// data may be binary), the URL formats a chaîne. Text that is not in the
// format is a fatal error rather than an empty or partial result.
func decode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	format := int64(EncodeBASE64)
	var text string
	if err := c.Unpack(args, "élément à décoder", &text, "format?", &format); err != nil {
		return runtime.Null, err
	}
	switch format {
	case EncodeBASE64, EncodeBASE64SansRC, EncodeBASE64URL:
		b, at, err := decodeBase64(text, format == EncodeBASE64URL)
		if err != nil {
			return runtime.Null, c.Errorf(1002,
				"%s : le texte à décoder n'est pas au format BASE 64%s (caractère %d).",
				"%s: the text to decode is not BASE 64%s (character %d).", c.Name, urlSuffix(format), at)
		}
		return runtime.Buffer(b), nil
	case EncodeURLAnsi, EncodeURLUnicode, EncodeURLUTF8:
		return runtime.Str(urlDecodeFormat(text, format)), nil
	}
	return runtime.Null, unsupportedFormat(c, format)
}

func urlSuffix(format int64) string {
	if format == EncodeBASE64URL {
		return " URL"
	}
	return ""
}

// decodeBase64 decodes standard or URL base 64, ignoring the line breaks
// encodeBASE64 puts in and accepting the text with or without padding. On
// error, at is the 1-based position of the faulty character in the text
// without its line breaks.
func decodeBase64(s string, url bool) (b []byte, at int64, err error) {
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimRight(s, "=")
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	b, err = enc.Strict().DecodeString(s)
	if ce, ok := err.(base64.CorruptInputError); ok {
		at = int64(ce) + 1
	}
	return b, at, err
}

// wrap cuts s into lines of n characters separated by CR LF.
func wrap(s string, n int) string {
	if len(s) <= n {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/n*2)
	for len(s) > n {
		b.WriteString(s[:n])
		b.WriteString("\r\n")
		s = s[n:]
	}
	b.WriteString(s)
	return b.String()
}

// unsupportedFormat is the error for a format wl does not provide
// (encodeBASE85, encodePCS, encodeUUEncode: their exact variants are not
// documented) or an unknown value.
func unsupportedFormat(c *runtime.Call, format int64) error {
	name := map[int64]string{EncodeBASE85: "encodeBASE85", EncodePCS: "encodePCS", EncodeUUEncode: "encodeUUEncode"}[format]
	if name == "" {
		return c.Errorf(1001, "%s : format d'encodage inconnu (%d).", "%s: unknown encoding format (%d).", c.Name, format)
	}
	return c.Errorf(1001, "%s : le format %s n'est pas disponible dans wl.", "%s: format %s is not available in wl.", c.Name, name)
}
