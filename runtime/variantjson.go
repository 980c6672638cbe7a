package runtime

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Options of VariantJSON: JSONMinified (psdMinifié) writes no space at
// all, JSONFormatted (psdMiseEnForme) one member or element a line. The
// page of VariantVersJSON (doc 1000021051) gives no values: wl picks
// distinct bits.
const (
	JSONMinified  = 1
	JSONFormatted = 2
)

// maxJSONDepth bounds the nesting of the arrays and objects written.
const maxJSONDepth = 512

// VariantJSON writes v as JSON text with the options opt (VariantVersJSON,
// doc 1000021051); a value with no JSON form is a *JSONError.
func VariantJSON(v Value, opt int64) (string, error) {
	w := jsonWriter{opt: opt}
	if err := w.value(v, 0); err != nil {
		return "", err
	}
	return string(w.b), nil
}

// jsonWriter writes a Variant as JSON text. Without option it spaces the
// members as the page's example prints them, `{ "Nom":"DUPONT",
// "Prenom":"Michel" }` (doc 1000021051), arrays alike; psdMinifié drops
// every space; psdMiseEnForme puts one member or element a line,
// indented by a tab a level (the page shows no sample: wl's choice).
// Characters past ASCII are written \u escaped, the encoding the
// JSONVersVariant page describes (doc 1000021052).
type jsonWriter struct {
	opt int64
	b   []byte
}

// maxJSONOutput bounds the text written, so that a huge Variant is an error
// rather than memory exhausted.
const maxJSONOutput = 1 << 28

// JSONError is why a value has no JSON text, in French and English.
type JSONError struct{ FR, EN string }

func (e *JSONError) Error() string { return e.FR }

func (w *jsonWriter) fail(fr, en string) error { return &JSONError{fr, en} }

// open, sep and close write the punctuation of an array or object of n
// elements at nesting depth.
func (w *jsonWriter) open(ch byte, depth int) {
	w.b = append(w.b, ch)
	switch {
	case w.opt&JSONFormatted != 0:
		w.newline(depth + 1)
	case w.opt&JSONMinified == 0:
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) sep(depth int) {
	w.b = append(w.b, ',')
	switch {
	case w.opt&JSONFormatted != 0:
		w.newline(depth + 1)
	case w.opt&JSONMinified == 0:
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) close(ch byte, depth int) {
	switch {
	case w.opt&JSONFormatted != 0:
		w.newline(depth)
	case w.opt&JSONMinified == 0:
		w.b = append(w.b, ' ')
	}
	w.b = append(w.b, ch)
}

func (w *jsonWriter) newline(depth int) {
	w.b = append(w.b, '\n')
	for range depth {
		w.b = append(w.b, '\t')
	}
}

func (w *jsonWriter) value(v Value, depth int) error {
	if len(w.b) > maxJSONOutput {
		return w.fail("texte JSON de plus de "+strconv.Itoa(maxJSONOutput)+" octets", "JSON text longer than "+strconv.Itoa(maxJSONOutput)+" bytes")
	}
	if depth > maxJSONDepth {
		return w.fail("imbrication de plus de "+strconv.Itoa(maxJSONDepth)+" niveaux", "nesting deeper than "+strconv.Itoa(maxJSONDepth)+" levels")
	}
	switch v.Kind() {
	case KNull:
		w.b = append(w.b, "null"...)
	case KBool:
		w.b = strconv.AppendBool(w.b, v.RawInt() != 0)
	case KInt:
		w.b = strconv.AppendInt(w.b, v.RawInt(), 10)
	case KReal:
		f := v.ToReal()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return w.fail("réel non fini, sans équivalent JSON", "non-finite real, with no JSON equivalent")
		}
		w.b = strconv.AppendFloat(w.b, f, 'g', -1, 64)
	case KCurrency, KNumeric:
		w.b = append(w.b, v.Text()...)
	case KArray:
		a := v.Array()
		if a.Len() == 0 {
			w.b = append(w.b, "[]"...)
			return nil
		}
		w.open('[', depth)
		for i, x := range a.Data {
			if i > 0 {
				w.sep(depth)
			}
			if err := w.value(x, depth+1); err != nil {
				return err
			}
		}
		w.close(']', depth)
	case KAssoc:
		a := v.Assoc()
		return w.members(len(a.Keys), func(i int) (string, Value) { return a.Keys[i].Text(), a.Vals[i] }, depth)
	case KStruct:
		s := v.Struct()
		if s.Native != nil {
			return w.fail("objet "+s.Type.Name+" sans équivalent JSON", s.Type.Name+" object with no JSON equivalent")
		}
		return w.members(len(s.Fields), func(i int) (string, Value) { return s.Type.Fields[i].Name, s.Fields[i] }, depth)
	case KString, KDate, KTime, KDateTime, KDuration, KBuffer:
		w.str(v.Text())
	default:
		return w.fail("valeur de type "+v.Kind().String()+" sans équivalent JSON", "value of type "+v.Kind().String()+" with no JSON equivalent")
	}
	return nil
}

// members writes an object of n members, at(i) giving the i-th name and
// value.
func (w *jsonWriter) members(n int, at func(int) (string, Value), depth int) error {
	if n == 0 {
		w.b = append(w.b, "{}"...)
		return nil
	}
	w.open('{', depth)
	for i := range n {
		if i > 0 {
			w.sep(depth)
		}
		k, x := at(i)
		w.str(k)
		w.b = append(w.b, ':')
		if err := w.value(x, depth+1); err != nil {
			return err
		}
	}
	w.close('}', depth)
	return nil
}

const hexDigits = "0123456789ABCDEF"

// str writes s quoted, escaped as JSON requires, characters past ASCII
// as \u escapes (UTF-16 pairs past U+FFFF).
func (w *jsonWriter) str(s string) {
	w.b = append(w.b, '"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"' || r == '\\':
			w.b = append(w.b, '\\', byte(r))
		case r == '\n':
			w.b = append(w.b, '\\', 'n')
		case r == '\r':
			w.b = append(w.b, '\\', 'r')
		case r == '\t':
			w.b = append(w.b, '\\', 't')
		case r < 0x20 || r >= 0x7F:
			if r > 0xFFFF {
				r1, r2 := utf16.EncodeRune(r)
				w.u(r1)
				w.u(r2)
			} else {
				w.u(r)
			}
		default:
			w.b = append(w.b, byte(r))
		}
	}
	w.b = append(w.b, '"')
}

func (w *jsonWriter) u(r rune) {
	w.b = append(w.b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}
