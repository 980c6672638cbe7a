package json

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/wlangage/wl/runtime"
)

// parser reads JSON text (RFC 8259) into Variants: objects become named
// sub-elements, arrays arrays of Variants, numbers entiers when they are
// integers that fit 64 bits and réels otherwise, null Null.
type parser struct {
	c         *runtime.Call
	s         string
	i         int
	line, col int // of s[i], for the messages
}

// nodeSize is what one value read is charged to the run's memory limit.
const nodeSize = 64

func (p *parser) fail(fr, en string) error {
	return p.c.Errorf(0, "%[3]s : JSON invalide (ligne %[1]d, colonne %[2]d) : %[4]s", "%[3]s: invalid JSON (line %[1]d, column %[2]d): %[5]s", p.line, p.col, p.c.Name, fr, en)
}

func (p *parser) advance(n int) {
	for k := 0; k < n && p.i < len(p.s); k++ {
		if p.s[p.i] == '\n' {
			p.line, p.col = p.line+1, 1
		} else if p.s[p.i]&0xC0 != 0x80 {
			p.col++
		}
		p.i++
	}
}

func (p *parser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.advance(1)
		default:
			return
		}
	}
}

// document reads one value and nothing but spaces after it.
func (p *parser) document() (runtime.Value, error) {
	if strings.HasPrefix(p.s, "\uFEFF") {
		p.i = 3
	}
	p.space()
	v, err := p.value(0)
	if err != nil {
		return runtime.Null, err
	}
	p.space()
	if p.i < len(p.s) {
		return runtime.Null, p.fail("texte après la valeur", "text after the value")
	}
	return v, nil
}

func (p *parser) value(depth int) (runtime.Value, error) {
	if p.i >= len(p.s) {
		return runtime.Null, p.fail("valeur attendue, fin du texte", "value expected, end of text")
	}
	p.c.Charge(nodeSize)
	switch ch := p.s[p.i]; {
	case ch == '{' || ch == '[':
		if depth >= maxDepth {
			return runtime.Null, p.fail("imbrication de plus de "+strconv.Itoa(maxDepth)+" niveaux", "nesting deeper than "+strconv.Itoa(maxDepth)+" levels")
		}
		if ch == '{' {
			return p.object(depth + 1)
		}
		return p.array(depth + 1)
	case ch == '"':
		s, err := p.str()
		return runtime.Str(s), err
	case ch == '-' || ch >= '0' && ch <= '9':
		return p.number()
	}
	for _, w := range [...]struct {
		lit string
		v   runtime.Value
	}{{"true", runtime.Bool(true)}, {"false", runtime.Bool(false)}, {"null", runtime.Null}} {
		if strings.HasPrefix(p.s[p.i:], w.lit) {
			p.advance(len(w.lit))
			return w.v, nil
		}
	}
	return runtime.Null, p.fail("valeur attendue", "value expected")
}

// object reads a JSON object into a Variant object; the cursor is on its
// "{".
func (p *parser) object(depth int) (runtime.Value, error) {
	obj := runtime.NewVariantObject()
	err := p.elements('}', "« , » ou « } » attendu", "',' or '}' expected", func() error {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return p.fail("nom de membre entre guillemets attendu", "quoted member name expected")
		}
		k, err := p.str()
		if err != nil {
			return err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.fail("« : » attendu après le nom de membre", "':' expected after the member name")
		}
		p.advance(1)
		p.space()
		v, err := p.value(depth)
		*obj.Slot(runtime.Str(k)) = v
		return err
	})
	if err != nil {
		return runtime.Null, err
	}
	return runtime.AssocValue(obj), nil
}

// array reads a JSON array into an array of Variants; the cursor is on its
// "[".
func (p *parser) array(depth int) (runtime.Value, error) {
	a := runtime.NewArray(runtime.TypeVariant, 0)
	a.Grow = 1
	err := p.elements(']', "« , » ou « ] » attendu", "',' or ']' expected", func() error {
		v, err := p.value(depth)
		a.Append(v)
		return err
	})
	if err != nil {
		return runtime.Null, err
	}
	return runtime.ArrayValue(a), nil
}

// elements reads, after the opening character at the cursor, the elements
// of an object or an array, each with read, separated by commas, up to
// closer; fr and en say what else was found.
func (p *parser) elements(closer byte, fr, en string, read func() error) error {
	p.advance(1)
	p.space()
	if p.i < len(p.s) && p.s[p.i] == closer {
		p.advance(1)
		return nil
	}
	for {
		if err := read(); err != nil {
			return err
		}
		p.space()
		switch {
		case p.i < len(p.s) && p.s[p.i] == ',':
			p.advance(1)
			p.space()
		case p.i < len(p.s) && p.s[p.i] == closer:
			p.advance(1)
			return nil
		default:
			return p.fail(fr, en)
		}
	}
}

// number reads a JSON number: an entier when it has neither fraction nor
// exponent and fits 64 bits, else a réel.
func (p *parser) number() (runtime.Value, error) {
	j := p.i
	if p.s[j] == '-' {
		j++
	}
	digits := func() int {
		k := j
		for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
			j++
		}
		return j - k
	}
	start := j
	if n := digits(); n == 0 || n > 1 && p.s[start] == '0' {
		return runtime.Null, p.fail("nombre mal formé", "malformed number")
	}
	integer := true
	if j < len(p.s) && p.s[j] == '.' {
		j++
		integer = false
		if digits() == 0 {
			return runtime.Null, p.fail("nombre mal formé", "malformed number")
		}
	}
	if j < len(p.s) && (p.s[j] == 'e' || p.s[j] == 'E') {
		j++
		integer = false
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if digits() == 0 {
			return runtime.Null, p.fail("nombre mal formé", "malformed number")
		}
	}
	text := p.s[p.i:j]
	if integer {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			p.advance(j - p.i)
			return runtime.Int(n), nil
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return runtime.Null, p.fail("nombre hors des limites d'un réel", "number out of the range of a real")
	}
	p.advance(j - p.i)
	return runtime.Real(f), nil
}

// str reads a quoted string, its escapes decoded (\u with UTF-16
// surrogate pairs).
func (p *parser) str() (string, error) {
	p.advance(1)
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return "", p.fail("chaîne non terminée", "unterminated string")
		}
		ch := p.s[p.i]
		switch {
		case ch == '"':
			p.advance(1)
			return b.String(), nil
		case ch < 0x20:
			return "", p.fail("caractère de contrôle dans une chaîne", "control character in a string")
		case ch == '\\':
			if p.i+1 >= len(p.s) {
				return "", p.fail("chaîne non terminée", "unterminated string")
			}
			e := p.s[p.i+1]
			if r := unescape(e); r != 0 {
				b.WriteByte(r)
				p.advance(2)
				continue
			}
			if e != 'u' {
				return "", p.fail("séquence d'échappement inconnue", "unknown escape sequence")
			}
			r, ok := p.hex4(p.i + 2)
			if !ok {
				return "", p.fail("\\u suivi de 4 chiffres hexadécimaux attendu", "\\u followed by 4 hexadecimal digits expected")
			}
			p.advance(6)
			if utf16.IsSurrogate(r) {
				if r2, ok := p.hex4(p.i + 2); ok && strings.HasPrefix(p.s[p.i:], "\\u") {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						p.advance(6)
						r = d
					}
				}
			}
			b.WriteRune(r)
		default:
			r, n := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError && n == 1 {
				return "", p.fail("texte UTF-8 invalide", "invalid UTF-8 text")
			}
			b.WriteString(p.s[p.i : p.i+n])
			p.advance(n)
		}
	}
}

func (p *parser) hex4(at int) (rune, bool) {
	if at+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[at:at+4], 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

// unescape is the byte a one-letter escape \e stands for, 0 for none.
func unescape(e byte) byte {
	switch e {
	case '"', '\\', '/':
		return e
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return 0
}
