package encoding

import (
	"encoding/hex"
	"slices"
	"strings"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// BufferVersHexa (1000019916): the bytes of a Buffer (or a chaîne's UTF-8
// bytes) in hexadecimal, grouped in words of 1, 2 or 4 bytes (little-endian
// unless BigEndian; bytes left over after the last whole word are shown
// one by one, as in the doc's example) or not grouped (SansRegroupement),
// with an RC every <Nb octets par ligne> bytes (16 by default; none with
// SansLigne or SansRegroupement).
func bufferVersHexa(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var data string
	word, line := int64(1), int64(16)
	if err := c.Unpack(args, "buffer", &data, "nb octets par mot?", &word, "nb octets par ligne?", &line); err != nil {
		return runtime.Null, err
	}
	big := line&BigEndian != 0
	line &^= BigEndian
	noLine := line&SansLigne != 0 || (word == SansRegroupement && c.Omit(args, 2))
	if line == 0 {
		line = 16 // BigEndian alone keeps the default length
	}
	if err := checkWord(c, word); err != nil {
		return runtime.Null, err
	}
	if line < 0 {
		return runtime.Null, c.Errorf(1006, "%s : <Nb octets par ligne> ne doit pas être négatif.",
			"%s: <Nb bytes per line> must not be negative.", c.Name)
	}
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	if word == SansRegroupement {
		for i := 0; i < len(data); i++ {
			if !noLine && i > 0 && int64(i)%line == 0 {
				b.WriteString(wl.RC)
			}
			b.WriteByte(hexDigits[data[i]>>4])
			b.WriteByte(hexDigits[data[i]&15])
		}
		return runtime.Str(b.String()), nil
	}
	// A line holds at least one word.
	perLine := int(max(line, word))
	for i, inLine := 0, 0; i < len(data); {
		w := int(word)
		if len(data)-i < w {
			w = 1
		}
		if inLine > 0 {
			if !noLine && inLine+w > perLine {
				b.WriteString(wl.RC)
				inLine = 0
			} else {
				b.WriteByte(' ')
			}
		}
		for k := 0; k < w; k++ {
			x := data[i+w-1-k] // little-endian: the last byte first
			if big {
				x = data[i+k]
			}
			b.WriteByte(hexDigits[x>>4])
			b.WriteByte(hexDigits[x&15])
		}
		i += w
		inLine += w
	}
	return runtime.Str(b.String()), nil
}

// HexaVersBuffer (1000019914): the inverse of BufferVersHexa. The text is
// cut at spaces and line breaks; each word is read as BufferVersHexa
// writes it with the same <Nb octets par mot>: little-endian (the last
// byte first) unless BigEndian, a word of two digits being one byte, as
// the bytes BufferVersHexa shows one by one after the last whole word.
// With SansRegroupement the digits are the bytes in order. A character
// that is not a hexadecimal digit, or an odd number of digits, is an
// error rather than a partial buffer.
func hexaVersBuffer(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	word, opt := int64(1), int64(0)
	if err := c.Unpack(args, "valeur hexadécimale", &s, "nb octets par mot?", &word, "option?", &opt); err != nil {
		return runtime.Null, err
	}
	if err := checkWord(c, word); err != nil {
		return runtime.Null, err
	}
	big := opt&BigEndian != 0
	out := make([]byte, 0, len(s)/2)
	for _, tok := range strings.Fields(s) {
		b, err := hex.DecodeString(tok)
		if err != nil {
			return runtime.Null, c.Errorf(1008, "%s : %q n'est pas une suite d'octets en hexadécimal.",
				"%s: %q is not a sequence of bytes in hexadecimal.", c.Name, tok)
		}
		// Each whole word of the token is little-endian (its last byte
		// first); bytes left after the last whole word are read as they
		// stand, as BufferVersHexa shows them one by one.
		if word > 1 && !big {
			for k := 0; k+int(word) <= len(b); k += int(word) {
				slices.Reverse(b[k : k+int(word)])
			}
		}
		out = append(out, b...)
	}
	return runtime.Buffer(out), nil
}

// checkWord checks <Nb octets par mot> of BufferVersHexa and
// HexaVersBuffer.
func checkWord(c *runtime.Call, word int64) error {
	switch word {
	case SansRegroupement, 1, 2, 4:
		return nil
	}
	return c.Errorf(1006,
		"%s : <Nb octets par mot> doit valoir 1, 2, 4 ou SansRegroupement (%d).",
		"%s: <Nb bytes per word> must be 1, 2, 4 or NoGrouping (%d).", c.Name, word)
}
