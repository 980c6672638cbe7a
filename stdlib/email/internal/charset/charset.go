// Package charset maps the charset labels of e-mail (MIME parameters,
// RFC 2047 words) to golang.org/x/text encodings and decodes them.
//
// It accepts the labels github.com/emersion/go-message/charset accepts
// (IANA names and aliases, their "cs" forms, the WHATWG labels, and
// go-message's two quirks) and picks the same encoding for each, but
// through a generated switch: go-message's package links
// x/text/encoding/ianaindex, htmlindex and x/text/language, whose maps and
// tables are built at program start, which every run of wl paid for.
package charset

//go:generate go run gen.go

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Lookup returns the encoding of label, or nil when the label is unknown.
// Case and surrounding white space do not matter.
func Lookup(label string) encoding.Encoding {
	return byLabel(strings.ToLower(strings.TrimSpace(label)))
}

// Reader returns a reader that decodes input from charset label to UTF-8.
// Its signature is that of message.CharsetReader and
// mime.WordDecoder.CharsetReader.
func Reader(label string, input io.Reader) (io.Reader, error) {
	e := Lookup(label)
	if e == nil {
		return nil, fmt.Errorf("charset %q: unsupported charset", label)
	}
	return e.NewDecoder().Reader(input), nil
}

// ascii is US-ASCII as ianaindex decodes it: bytes above 0x7F become
// U+FFFD (charmap has no ASCII table, and unicode.UTF8 would let them
// through as UTF-8).
var ascii encoding.Encoding = asciiEncoding{}

type asciiEncoding struct{}

func (asciiEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: asciiDecoder{}}
}

func (asciiEncoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: asciiEncoder{}}
}

func (asciiEncoding) String() string { return "US-ASCII" }

type asciiDecoder struct{ transform.NopResetter }

func (asciiDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for _, c := range src {
		if c < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
		} else {
			if nDst+utf8.RuneLen(utf8.RuneError) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], utf8.RuneError)
		}
		nSrc++
	}
	return nDst, nSrc, nil
}

// asciiEncoder is only there to complete encoding.Encoding: mail is
// composed in UTF-8. It replaces what ASCII cannot hold by "\x1a", as
// encoding.ASCIISub says.
type asciiEncoder struct{ transform.NopResetter }

func (asciiEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		n := 1
		if c >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			_, n = utf8.DecodeRune(src[nSrc:])
			c = encoding.ASCIISub
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		nDst++
		nSrc += n
	}
	return nDst, nSrc, nil
}
