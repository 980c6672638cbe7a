package strings

import (
	"testing"
	"unicode/utf8"
)

// FuzzRTF: any input converts, to valid UTF-8, in time linear in its size
// (the parser has no recursion: a deep input cannot exhaust the stack).
func FuzzRTF(f *testing.F) {
	for _, s := range []string{
		`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Bonjour {\b gras}\par}`,
		`{\rtf1 \u8364? \'e9 \uc0\u233 \~\_\-\{\}\\}`,
		`{\rtf1{\*\generator x;}{{{{{{a}}}}}}}`,
		`{\rtf1 \u-10179?\u-8704? \u99999999999 \'zz \`,
		`}}}{\rtf1 \par\line\tab\emdash`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, asHTML := range []bool{false, true} {
			out := parseRTF(s, asHTML)
			if !utf8.ValidString(out) {
				t.Fatalf("parseRTF(%q, %v) is not UTF-8: %q", s, asHTML, out)
			}
		}
	})
}

func TestRTFText(t *testing.T) {
	for _, c := range []struct{ in, text, html string }{
		{`{\rtf1 a\par b}`, "a\r\nb", "<p>a</p>\r\n<p>b</p>"},
		{`{\rtf1 {\b x}{\i y}{\ul z}{\strike w}}`, "xyzw", "<p><b>x</b><i>y</i><u>z</u><s>w</s></p>"},
		// Styles switched off by a 0 parameter, \ulnone and \plain, and
		// restored at the end of a group.
		{`{\rtf1 \b\i x\ulnone\ul y\ul0 z\b0 v\strike\ul w\plain u}`, "xyzvwu",
			"<p><b><i>x</i></b><b><i><u>y</u></i></b><b><i>z</i></b><i>v</i><i><u><s>w</s></u></i>u</p>"},
		{`{\rtf1 \ul\b a{\i b\ulnone c}d}`, "abcd",
			"<p><b><u>a</u></b><b><i><u>b</u></i></b><b><i>c</i></b><b><u>d</u></b></p>"},
		{`{\rtf1\uc1 \u233?t\u233?}`, "été", "<p>été</p>"},
		{`{\rtf1 {\fonttbl secret}{\*\unknown hidden}shown}`, "shown", "<p>shown</p>"},
		{`{\rtf1 a & "b" <c>}`, `a & "b" <c>`, "<p>a &amp; &quot;b&quot; &lt;c&gt;</p>"},
	} {
		if got := parseRTF(c.in, false); got != c.text {
			t.Errorf("text of %q = %q, want %q", c.in, got, c.text)
		}
		if got := parseRTF(c.in, true); got != c.html {
			t.Errorf("HTML of %q = %q, want %q", c.in, got, c.html)
		}
	}
}
