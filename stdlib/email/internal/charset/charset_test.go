package charset

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	gmcharset "github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// goMessageChoice is the encoding github.com/emersion/go-message/charset
// (v0.18.2) picks for label: its quirks, then ianaindex.MIME, then
// "cs"+label there, then htmlindex.
func goMessageChoice(label string) encoding.Encoding {
	switch strings.ToLower(label) {
	case "ansi_x3.110-1983":
		return charmap.ISO8859_1
	case "x-utf_8j":
		return unicode.UTF8
	}
	e, _ := ianaindex.MIME.Encoding(label)
	if e == nil {
		e, _ = ianaindex.MIME.Encoding("cs" + label)
	}
	if e == nil {
		e, _ = htmlindex.Get(label)
	}
	return e
}

func moduleDir(t *testing.T, path string) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", path, err)
	}
	return strings.TrimSpace(string(out))
}

// mapKeys returns the string keys of the map literal of variable name in
// the Go file.
func mapKeys(t *testing.T, file, name string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != name || len(vs.Values) != 1 {
			return true
		}
		for _, elt := range vs.Values[0].(*ast.CompositeLit).Elts {
			if lit, ok := elt.(*ast.KeyValueExpr).Key.(*ast.BasicLit); ok {
				k, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				keys = append(keys, k)
			}
		}
		return false
	})
	return keys
}

// allLabels lists every label the indexes know, as written there, in
// lower and upper case, without a "cs" prefix, with surrounding blanks,
// and a few unknown ones.
func allLabels(t *testing.T) []string {
	text := moduleDir(t, "golang.org/x/text")
	iana := mapKeys(t, filepath.Join(text, "encoding/ianaindex/tables.go"), "ianaAliases")
	html := mapKeys(t, filepath.Join(text, "encoding/htmlindex/tables.go"), "nameMap")
	quirks := mapKeys(t, filepath.Join(moduleDir(t, "github.com/emersion/go-message"), "charset/charset.go"), "charsets")
	// The tables must have been found: the walk would prove nothing.
	if len(iana) < 1000 || len(html) < 200 || len(quirks) < 2 {
		t.Fatalf("labels found: %d IANA, %d HTML, %d go-message quirks", len(iana), len(html), len(quirks))
	}
	var out []string
	for _, k := range append(append(iana, html...), quirks...) {
		for _, l := range []string{k, strings.TrimPrefix(strings.ToLower(k), "cs")} {
			out = append(out, l, strings.ToUpper(l), " "+l+"\t")
		}
	}
	return append(out, "", "cs", "x-unknown", "utf-9", "latin-1x", "iso-8859-99", "utf8 bis")
}

// sample holds every byte value, then runs that multi-byte charsets read
// as characters (Shift_JIS, EUC, GBK, Big5, UTF-16, ISO-2022-JP escapes).
var sample = func() []byte {
	var b []byte
	for i := 0; i < 256; i++ {
		b = append(b, byte(i), 'a')
	}
	b = append(b, 0x82, 0xa0, 0xa4, 0xa2, 0xb0, 0xa1, 0xa4, 0x40, 0x1b, '$', 'B', 0x30, 0x21, 0x1b, '(', 'B', 0xd8, 0x3d, 0xde, 0x00)
	return b
}()

func decodeAll(r io.Reader, err error) (string, bool) {
	if err != nil {
		return "", false
	}
	b, err := io.ReadAll(r)
	return string(b) + "|" + strconv.FormatBool(err == nil), true
}

// TestSameAsGoMessage walks every label and checks that Reader decodes as
// go-message/charset.Reader does, with the very same encoding.
func TestSameAsGoMessage(t *testing.T) {
	ascii, _ := ianaindex.MIME.Encoding("us-ascii")
	known, extra, padded := 0, 0, 0
	for _, label := range allLabels(t) {
		want, wantOK := decodeAll(gmcharset.Reader(label, bytes.NewReader(sample)))
		got, gotOK := decodeAll(Reader(label, bytes.NewReader(sample)))
		if trimmed := strings.TrimSpace(label); trimmed != label && (want != got || wantOK != gotOK) {
			// Deliberate difference: a blank-padded label is read as the
			// label without blanks. go-message trims it for ianaindex and
			// htmlindex but not for its quirks and its "cs"+label retry, so
			// that " ascii" is windows-1252 there (WHATWG) but "ascii" is
			// US-ASCII (IANA csASCII). Neither mime.WordDecoder nor a MIME
			// token can carry the blanks; only a quoted parameter could.
			want, wantOK = decodeAll(gmcharset.Reader(trimmed, bytes.NewReader(sample)))
			if want != got || wantOK != gotOK {
				t.Errorf("%q: decodes neither as go-message does it nor as its trimmed form", label)
			}
			padded++
			continue
		}
		switch {
		case wantOK && !gotOK:
			t.Errorf("%q: go-message decodes it, we do not", label)
			continue
		case !wantOK && gotOK:
			// Deliberate: mixed-case IANA aliases that ianaindex only
			// knows as written we know in any case, like every other.
			if strings.ToLower(label) == label {
				t.Errorf("%q: unknown to go-message, known to us as %v", label, Lookup(label))
			}
			extra++
			continue
		case !wantOK:
			continue
		}
		known++
		if got != want {
			t.Errorf("%q: decodes differently from go-message", label)
		}
		ref, e := goMessageChoice(label), Lookup(label)
		if ref == ascii {
			ref = encoding.Encoding(asciiEncoding{})
		}
		if e != ref {
			t.Errorf("%q: encoding %v, go-message %v", label, e, ref)
		}
	}
	if known < 1000 {
		t.Errorf("only %d known labels walked", known)
	}
	t.Logf("%d labels decoded as go-message does; %d upper-case ones accepted beyond it; %d blank-padded ones read as their trimmed form", known, extra, padded)
}

func TestASCIIEncoder(t *testing.T) {
	got, err := ascii.NewEncoder().String("a\u00e9b")
	if err != nil || got != "a\x1ab" {
		t.Errorf("got %q, %v", got, err)
	}
	got, err = ascii.NewDecoder().String("a\xe9b")
	if err != nil || got != "a\ufffdb" {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestWlLinksNoIndex keeps the indexes out of wl: a new import of
// go-message/charset (or of the indexes) anywhere in the program would
// bring their start-up cost back.
func TestWlLinksNoIndex(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/wlangage/wl/cmd/wl").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps gave %d packages", len(deps))
	}
	for _, p := range deps {
		switch p {
		case "github.com/emersion/go-message/charset", "golang.org/x/text/encoding/ianaindex",
			"golang.org/x/text/encoding/htmlindex", "golang.org/x/text/language":
			t.Errorf("wl links %s", p)
		}
	}
}
