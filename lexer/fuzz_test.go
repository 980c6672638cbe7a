package lexer

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"SI x = 1 ALORS\n\tTrace(\"a\"\"b\", 2 min 8 s) // c\nFIN\n",
	"s est une chaîne = [\n\tabc\n\t\tdef\n\t] + -%\"[%x%]\"\n",
	"POUR i = 1 À 10 ; tableau d'entiers; 0x_1F 1_000.5e3 0m12.32\n",
	"QUAND EXCEPTION DANS\n\tx = f(a,\n b) ...\n + 1\nFAIRE\n\tTrace(ExceptionInfo())\nFIN",
	"s = \"\n\tla chaîne\n\t\" + `\na``b\n` /* c\n */ x++ <=> [~~ [=] ~] =]",
	"PROCÉDURE INTERNE P(LOCAL x est un entier = 5) : (entier, chaîne)\n\tRENVOYER (x, \"\")\nFIN",
	"\"abc", "/* x", "0x", "1e999 s", "d'", "a ~ b", "\xef\xbb\xbfSI", "\xff\xfeS\x00I\x00", "caf\xe9\r\nx",
}

func FuzzLex(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Decode(data)
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if !utf8.ValidString(src) || strings.IndexByte(src, '\r') >= 0 {
			t.Fatalf("Decode result not normalised: %q", src)
		}
		toks, err := Tokenize("fuzz.wl", src)

		// Tokenize decodes raw text the same way.
		toks3, err3 := Tokenize("fuzz.wl", string(data))
		if (err == nil) != (err3 == nil) || len(toks) != len(toks3) {
			t.Fatalf("decoded and raw text disagree: %v / %v", err, err3)
		}
		for i := range toks {
			if toks[i] != toks3[i] {
				t.Fatalf("token %d differs: %#v / %#v", i, toks[i], toks3[i])
			}
		}

		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			if e.Pos.Line < 1 || e.Pos.Col < 1 || e.Pos.Offset < 0 || e.Pos.Offset > len(src) {
				t.Fatalf("bad error position %#v", e.Pos)
			}
			new(posChecker).check(t, src, e.Pos)
			if e.FR == "" || e.EN == "" {
				t.Fatalf("error without message: %#v", e)
			}
			return
		}
		if len(toks) == 0 || toks[len(toks)-1].Type != EOF {
			t.Fatalf("stream does not end with EOF")
		}
		prev := -1
		pc := new(posChecker)
		for i, tk := range toks {
			if tk.Type == EOF && i != len(toks)-1 {
				t.Fatalf("EOF before the end")
			}
			if tk.Pos.Offset < prev || tk.Pos.Offset > len(src) {
				t.Fatalf("token %d offset %d out of order (prev %d, len %d)", i, tk.Pos.Offset, prev, len(src))
			}
			prev = tk.Pos.Offset
			if end := TokenEnd(src, tk.Pos.Offset); tk.Type != EOF && tk.Type != Newline && (end <= tk.Pos.Offset || end > len(src)) {
				t.Fatalf("TokenEnd of token %d (%#v) = %d", i, tk, end)
			}
			pc.check(t, src, tk.Pos)
			switch tk.Type {
			case Newline:
				if i == 0 || toks[i-1].Type == Newline {
					t.Fatalf("Newline at start or repeated at token %d", i)
				}
			case Ident:
				if w := Word(src, tk.Pos.Offset); Fold(w) != tk.Value || w == "" {
					t.Fatalf("Ident %q: Word gives %q", tk.Value, w)
				}
			case Keyword:
				if Word(src, tk.Pos.Offset) == "" {
					t.Fatalf("Keyword %q: no word at its offset", tk.Value)
				}
			}
		}
	})
}

// posChecker verifies Line and Column against a direct count; offsets must
// be checked in increasing order.
type posChecker struct {
	off, line, col int
}

func (c *posChecker) check(t *testing.T, src string, p Pos) {
	t.Helper()
	if c.line == 0 {
		c.line, c.col = 1, 1
	}
	for _, r := range src[c.off:p.Offset] {
		if r == '\n' {
			c.line++
			c.col = 1
		} else {
			c.col++
		}
	}
	c.off = p.Offset
	if p.Line != c.line || p.Col != c.col || p.File != "fuzz.wl" {
		t.Fatalf("position %#v, want %d:%d", p, c.line, c.col)
	}
}
