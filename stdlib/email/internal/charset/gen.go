//go:build ignore

// gen writes labels.go: the switch from a charset label to its encoding,
// computed from the indexes github.com/emersion/go-message/charset consults
// (ianaindex.MIME, then "cs"+label, then htmlindex, after its quirks) so
// that the runtime needs none of them. Run with `go generate` after
// upgrading golang.org/x/text or go-message; charset_test.go checks the
// result against go-message itself.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// quirks are go-message/charset's own entries, tried before the indexes.
var quirks = map[string]encoding.Encoding{
	"ansi_x3.110-1983": charmap.ISO8859_1,
	"x-utf_8j":         unicode.UTF8,
}

// reference is go-message/charset.Reader's choice of encoding.
func reference(label string) encoding.Encoding {
	if e, ok := quirks[strings.ToLower(label)]; ok {
		return e
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

type named struct {
	expr string
	enc  encoding.Encoding
}

func candidates() []named {
	ascii, _ := ianaindex.MIME.Encoding("us-ascii")
	l := []named{
		{"ascii", ascii},
		{"unicode.UTF8", unicode.UTF8},
		{"unicode.UTF16(unicode.BigEndian, unicode.UseBOM)", unicode.UTF16(unicode.BigEndian, unicode.UseBOM)},
		{"unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
		{"unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{"encoding.Replacement", encoding.Replacement},
		{"japanese.EUCJP", japanese.EUCJP},
		{"japanese.ISO2022JP", japanese.ISO2022JP},
		{"japanese.ShiftJIS", japanese.ShiftJIS},
		{"korean.EUCKR", korean.EUCKR},
		{"simplifiedchinese.GB18030", simplifiedchinese.GB18030},
		{"simplifiedchinese.GBK", simplifiedchinese.GBK},
		{"simplifiedchinese.HZGB2312", simplifiedchinese.HZGB2312},
		{"traditionalchinese.Big5", traditionalchinese.Big5},
		// charmap
		{"charmap.CodePage037", charmap.CodePage037},
		{"charmap.CodePage437", charmap.CodePage437},
		{"charmap.CodePage850", charmap.CodePage850},
		{"charmap.CodePage852", charmap.CodePage852},
		{"charmap.CodePage855", charmap.CodePage855},
		{"charmap.CodePage858", charmap.CodePage858},
		{"charmap.CodePage860", charmap.CodePage860},
		{"charmap.CodePage862", charmap.CodePage862},
		{"charmap.CodePage863", charmap.CodePage863},
		{"charmap.CodePage865", charmap.CodePage865},
		{"charmap.CodePage866", charmap.CodePage866},
		{"charmap.CodePage1047", charmap.CodePage1047},
		{"charmap.CodePage1140", charmap.CodePage1140},
		{"charmap.ISO8859_1", charmap.ISO8859_1},
		{"charmap.ISO8859_2", charmap.ISO8859_2},
		{"charmap.ISO8859_3", charmap.ISO8859_3},
		{"charmap.ISO8859_4", charmap.ISO8859_4},
		{"charmap.ISO8859_5", charmap.ISO8859_5},
		{"charmap.ISO8859_6", charmap.ISO8859_6},
		{"charmap.ISO8859_6E", charmap.ISO8859_6E},
		{"charmap.ISO8859_6I", charmap.ISO8859_6I},
		{"charmap.ISO8859_7", charmap.ISO8859_7},
		{"charmap.ISO8859_8", charmap.ISO8859_8},
		{"charmap.ISO8859_8E", charmap.ISO8859_8E},
		{"charmap.ISO8859_8I", charmap.ISO8859_8I},
		{"charmap.ISO8859_9", charmap.ISO8859_9},
		{"charmap.ISO8859_10", charmap.ISO8859_10},
		{"charmap.ISO8859_13", charmap.ISO8859_13},
		{"charmap.ISO8859_14", charmap.ISO8859_14},
		{"charmap.ISO8859_15", charmap.ISO8859_15},
		{"charmap.ISO8859_16", charmap.ISO8859_16},
		{"charmap.KOI8R", charmap.KOI8R},
		{"charmap.KOI8U", charmap.KOI8U},
		{"charmap.Macintosh", charmap.Macintosh},
		{"charmap.MacintoshCyrillic", charmap.MacintoshCyrillic},
		{"charmap.Windows874", charmap.Windows874},
		{"charmap.Windows1250", charmap.Windows1250},
		{"charmap.Windows1251", charmap.Windows1251},
		{"charmap.Windows1252", charmap.Windows1252},
		{"charmap.Windows1253", charmap.Windows1253},
		{"charmap.Windows1254", charmap.Windows1254},
		{"charmap.Windows1255", charmap.Windows1255},
		{"charmap.Windows1256", charmap.Windows1256},
		{"charmap.Windows1257", charmap.Windows1257},
		{"charmap.Windows1258", charmap.Windows1258},
		{"charmap.XUserDefined", charmap.XUserDefined},
	}
	return l
}

// moduleDir is where the go tool keeps module path.
func moduleDir(path string) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		log.Fatalf("go list -m %s: %v", path, err)
	}
	return strings.TrimSpace(string(out))
}

// mapKeys returns the string keys of the composite literal assigned to
// the package-level variable name in file.
func mapKeys(file, name string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		log.Fatal(err)
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
					log.Fatal(err)
				}
				keys = append(keys, k)
			}
		}
		return false
	})
	if len(keys) == 0 {
		log.Fatalf("%s: no keys in %s", file, name)
	}
	return keys
}

func main() {
	text := moduleDir("golang.org/x/text")
	var raw []string
	raw = append(raw, mapKeys(filepath.Join(text, "encoding/ianaindex/tables.go"), "ianaAliases")...)
	raw = append(raw, mapKeys(filepath.Join(text, "encoding/htmlindex/tables.go"), "nameMap")...)
	raw = append(raw, mapKeys(filepath.Join(moduleDir("github.com/emersion/go-message"), "charset/charset.go"), "charsets")...)
	seen := map[string]bool{}
	byExpr := map[string][]string{}
	cands := candidates()
	for _, k := range raw {
		l := strings.ToLower(strings.TrimSpace(k))
		for _, label := range []string{l, strings.TrimPrefix(l, "cs")} {
			if seen[label] || label == "" {
				continue
			}
			seen[label] = true
			e := reference(label)
			if e == nil {
				continue
			}
			expr := ""
			for _, c := range cands {
				if c.enc == e {
					expr = c.expr
					break
				}
			}
			if expr == "" {
				log.Fatalf("label %q: encoding %v has no expression", label, e)
			}
			byExpr[expr] = append(byExpr[expr], label)
		}
	}
	var buf bytes.Buffer
	buf.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\npackage charset\n\n")
	buf.WriteString("import (\n\"golang.org/x/text/encoding\"\n\"golang.org/x/text/encoding/charmap\"\n\"golang.org/x/text/encoding/japanese\"\n\"golang.org/x/text/encoding/korean\"\n\"golang.org/x/text/encoding/simplifiedchinese\"\n\"golang.org/x/text/encoding/traditionalchinese\"\n\"golang.org/x/text/encoding/unicode\"\n)\n\n")
	buf.WriteString("// byLabel maps a lower-case, trimmed label to its encoding, nil when\n// unknown. A switch, not a map: nothing is built at init.\nfunc byLabel(label string) encoding.Encoding {\nswitch label {\n")
	for _, c := range cands {
		labels := byExpr[c.expr]
		if len(labels) == 0 {
			continue
		}
		sort.Strings(labels)
		buf.WriteString("case ")
		for i, l := range labels {
			if i > 0 {
				buf.WriteString(",\n")
			}
			buf.WriteString(strconv.Quote(l))
		}
		fmt.Fprintf(&buf, ":\nreturn %s\n", c.expr)
	}
	buf.WriteString("}\nreturn nil\n}\n")
	src, err := format.Source(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("labels.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
