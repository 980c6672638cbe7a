package encoding

import (
	"encoding/base64"
	"testing"
	"unicode/utf8"
)

// FuzzDecoders: URLDécode and the base 64 decoder never panic; URLDécode
// always gives valid UTF-8, and any text the decoder accepts re-encodes to
// itself (Strict decoding: no two texts give the same bytes).
func FuzzDecoders(f *testing.F) {
	for _, s := range []string{"", "%", "%4", "%E9", "%C3%A9+x", "%26%238364%3B", "&#1114112;", "Zm9vYmFy", "Zm9v\r\nYg==", "-_8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []int64{EncodeURLAnsi, EncodeURLUTF8} {
			if out := urlDecodeFormat(s, format); !utf8.ValidString(out) {
				t.Fatalf("urlDecodeFormat(%q) = %q: not UTF-8", s, out)
			}
		}
		for _, url := range []bool{false, true} {
			b, _, err := decodeBase64(s, url)
			if err != nil {
				continue
			}
			enc := base64.RawStdEncoding
			if url {
				enc = base64.RawURLEncoding
			}
			again, _, err := decodeBase64(enc.EncodeToString(b), url)
			if err != nil || string(again) != string(b) {
				t.Fatalf("decodeBase64 round trip of %q: % x then % x, %v", s, b, again, err)
			}
		}
	})
}
