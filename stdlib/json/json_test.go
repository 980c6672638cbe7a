package json_test

import (
	stdjson "encoding/json"
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// TestRoundTrip: JSON read then written minified gives the text back,
// characters past ASCII \u escaped (doc 1000021052).
func TestRoundTrip(t *testing.T) {
	e := wltest.New()
	min := e.Const(t, "psdMinifié")
	for _, c := range []struct{ in, want string }{
		{`{"a":1,"b":[true,false,null],"c":{"d":"x"}}`, `{"a":1,"b":[true,false,null],"c":{"d":"x"}}`},
		{` [ -0.5 , 1e3 , 9223372036854775807 , 9223372036854775808 ] `, `[-0.5,1000,9223372036854775807,9.223372036854776e+18]`},
		{`"\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t"`, `"\u00E9\uD83D\uDE00\"\\/\u0008\u000C\n\r\t"`},
		{`"été"`, `"\u00E9t\u00E9"`},
		{`{}`, `{}`},
		{`[[],{}]`, `[[],{}]`},
		{`{"A":1,"a":2}`, `{"A":2}`},
	} {
		v := e.Call(t, "JSONVersVariant", runtime.Str(c.in))
		got := e.Text(t, "VariantVersJSON", v, min)
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.in, got, c.want)
		}
		if !stdjson.Valid([]byte(got)) {
			t.Errorf("%s: %s is not valid JSON", c.in, got)
		}
	}
}

// TestInvalid: text that is not JSON is an exception saying where.
func TestInvalid(t *testing.T) {
	e := wltest.New()
	for _, c := range []struct{ in, want string }{
		{``, "ligne 1, colonne 1"},
		{`{"a" 1}`, "colonne 6"},
		{"[1,\n 2,]", "ligne 2, colonne 4"},
		{`[01]`, "nombre mal formé"},
		{`"a`, "chaîne non terminée"},
		{`"\x"`, "échappement"},
		{`tru`, "valeur attendue"},
		{`1 2`, "texte après la valeur"},
		{"\"a\x01\"", "caractère de contrôle"},
		{`1e999`, "hors des limites"},
		{strings.Repeat("[", 513) + strings.Repeat("]", 513), "imbrication de plus de 512 niveaux"},
		{strings.Repeat(`{"a":`, 100000), "imbrication"},
	} {
		_, err := e.Try("JSONVersVariant", []runtime.Value{runtime.Str(c.in)})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.40q: got %v, want an error with %q", c.in, err, c.want)
		}
	}
	if _, err := e.Try("JSONVersVariant", []runtime.Value{runtime.Str(strings.Repeat("[", 512) + strings.Repeat("]", 512))}); err != nil {
		t.Errorf("512 levels: %v", err)
	}
}

// TestWriteErrors: values with no JSON form are refused, not written
// wrong.
func TestWriteErrors(t *testing.T) {
	e := wltest.New()
	v, err := e.Eval("v est un Variant\nv.a = Racine(-1)\nRENVOYER VariantVersJSON(v)")
	if err == nil {
		t.Errorf("NaN member: got %v, want an error", v)
	}
}

// FuzzParse: any text either reads, and then writes back as valid JSON
// that reads to the same text again, or is an error; never a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",true,null]}`, `"\ud83d\ude00"`, `[[[]]]`, `-0`, `{"é":{}}`} {
		f.Add(s)
	}
	e := wltest.New()
	min := runtime.Int(1)
	f.Fuzz(func(t *testing.T, s string) {
		v, err := e.Try("JSONVersVariant", []runtime.Value{runtime.Str(s)})
		if err != nil {
			return
		}
		out, err := e.Try("VariantVersJSON", []runtime.Value{v, min})
		if err != nil {
			t.Fatalf("%q read but not written: %v", s, err)
		}
		if !stdjson.Valid([]byte(out.Text())) {
			t.Fatalf("%q written as invalid JSON %s", s, out.Text())
		}
		v2, err := e.Try("JSONVersVariant", []runtime.Value{out})
		if err != nil {
			t.Fatalf("%s not read back: %v", out.Text(), err)
		}
		out2, _ := e.Try("VariantVersJSON", []runtime.Value{v2, min})
		if out2.Text() != out.Text() {
			t.Fatalf("%q: %s then %s", s, out.Text(), out2.Text())
		}
	})
}
