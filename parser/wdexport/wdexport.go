package wdexport

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wlangage/wl/lexer"
)

// FileKind is the kind of project element a file exports.
type FileKind int

// File kinds, from the `info : type` number (or the extension).
const (
	OtherFile  FileKind = iota
	Collection          // .wdg, info type 7: global procedures
	Class               // .wdc, info type 4
	Window              // .wdw, info type 2
)

// fileKinds are, for each FileKind, its `info : type` number, the
// extension of its files and its name.
var fileKinds = [...]struct{ infoType, ext, name string }{
	OtherFile:  {name: "other"},
	Collection: {"7", ".wdg", "collection"},
	Class:      {"4", ".wdc", "class"},
	Window:     {"2", ".wdw", "window"},
}

func (k FileKind) String() string {
	if k < 0 || int(k) >= len(fileKinds) {
		return fileKinds[OtherFile].name
	}
	return fileKinds[k].name
}

// fileKindOf returns the kind of an export from its `info : type`
// number, or else from the extension of its path.
func fileKindOf(infoType, path string) FileKind {
	ext := strings.ToLower(filepath.Ext(path))
	byExt := OtherFile
	for k, d := range fileKinds {
		switch {
		case FileKind(k) == OtherFile:
		case d.infoType == infoType:
			return FileKind(k)
		case d.ext == ext && byExt == OtherFile:
			byExt = FileKind(k)
		}
	}
	return byExt
}

// Kind is what a code unit is, from its `type :` number.
type Kind int

// Unit kinds. The numbers are those of the exports.
const (
	Event        Kind = iota // code of a window or control event, or an unknown type
	Declarations             // 720896: declaration block of a procedure collection
	Procedure                // 458752: a procedure (or a method, in a class)
	ClassDecl                // 131072: declaration block of a class
	Constructor              // 589824
	Destructor               // 655360
	PropertyGet              // 1966080
	PropertySet              // 2031616
)

// Type numbers written in the exports.
const (
	TypeDeclarations = 720896
	TypeProcedure    = 458752
	TypeClassDecl    = 131072
	TypeConstructor  = 589824
	TypeDestructor   = 655360
	TypePropertyGet  = 1966080
	TypePropertySet  = 2031616
)

func kindOf(typ int) Kind {
	switch typ {
	case TypeDeclarations:
		return Declarations
	case TypeProcedure:
		return Procedure
	case TypeClassDecl:
		return ClassDecl
	case TypeConstructor:
		return Constructor
	case TypeDestructor:
		return Destructor
	case TypePropertyGet:
		return PropertyGet
	case TypePropertySet:
		return PropertySet
	}
	return Event
}

func (k Kind) String() string {
	return [...]string{"event", "declarations", "procedure", "class declaration", "constructor", "destructor", "property get", "property set"}[k]
}

// File is a parsed export.
type File struct {
	Path    string
	Name    string // the element's name (`info : name`)
	Kind    FileKind
	Version int      // `info : major_version`
	Units   []*Unit  // in file order
	Strings []string // string resources (first language), by index
	text    string
}

// Unit is one code block.
type Unit struct {
	Kind Kind
	Type int    // the `type :` number; 0 when absent
	Name string // nearest enclosing `name :` (procedure, property, control); the element's name otherwise
	// Control is the name of the window control an event belongs to ("" for
	// the window's own events and outside windows).
	Control string
	// Language is the `language :` of the block when one is given (native
	// Java procedures of WINDEV Mobile); see IsWLangage.
	Language string
	Disabled bool   // `enabled : false`
	Line     int    // export line of the first code line (of the `code` key when empty)
	Col      int    // export column where the code text starts
	Code     string // the code, indentation removed and markers rewritten
	lines    []lineMap
}

// lineMap places one line of a unit's code in the export file.
type lineMap struct {
	line   int     // export line
	shifts []shift // column corrections left by rewritten markers
	text   string  // the rewritten line
}

// shift: from column at (1-based, in the rewritten line) on, the export
// column is delta further.
type shift struct{ at, delta int }

// Empty reports whether the unit holds no code at all (blank lines only).
func (u *Unit) Empty() bool { return strings.TrimSpace(u.Code) == "" }

// IsWLangage reports whether the unit is WLangage (not a native Java or
// JavaScript procedure).
func (u *Unit) IsWLangage() bool {
	l := strings.ToLower(u.Language)
	return l == "" || l == "wlangage" || l == "wlanguage"
}

// Lines returns the number of code lines.
func (u *Unit) Lines() int { return len(u.lines) }

// ExportPos maps a position in the unit's Code (1-based line, column in
// characters) to the export file's line and column.
func (u *Unit) ExportPos(line, col int) (int, int) {
	if line < 1 || line > len(u.lines) {
		return u.Line + line - 1, col + u.Col - 1
	}
	return u.lines[line-1].line, exportCol(u.lines[line-1], col, u.Col)
}

func exportCol(lm lineMap, col, base int) int {
	c := col + base - 1
	for _, s := range lm.shifts {
		if col >= s.at {
			c += s.delta
		}
	}
	return c
}

// ReadBytes parses an export given as bytes (UTF-8, with or without BOM,
// UTF-16 with BOM or Windows-1252, as lexer.Decode reads them).
func ReadBytes(path string, data []byte) (*File, error) {
	s, err := lexer.Decode(data)
	if err != nil {
		return nil, &Error{Path: path, Line: 1, Col: 1, FR: "encodage illisible : " + err.Error(), EN: "unreadable encoding: " + err.Error()}
	}
	return Read(path, s)
}

// Error is a positioned error about the export's structure.
type Error struct {
	Path      string
	Line, Col int
	FR, EN    string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.FR) }

// Read parses decoded export text.
func Read(path, src string) (*File, error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	lines := strings.Split(src, "\n")
	root := parseTree(lines)
	info := root.child("info")
	if info == nil {
		return nil, &Error{Path: path, Line: 1, Col: 1,
			FR: "ce n'est pas un export texte WinDev (pas de clé « info : »)",
			EN: "not a WinDev text export (no 'info :' key)"}
	}
	f := &File{Path: path, Name: info.text("name"), Kind: fileKindOf(info.text("type"), path)}
	f.Version, _ = strconv.Atoi(info.text("major_version"))
	f.Strings = readStrings(root)
	f.collect(root)
	f.text = f.layout(len(lines))
	return f, nil
}

// readStrings reads resources → string_res → strings: each item's index
// and the text of its first language.
func readStrings(root *node) []string {
	res := root.child("resources")
	if res == nil {
		return nil
	}
	sr := res.child("string_res")
	if sr == nil {
		return nil
	}
	list := sr.child("strings")
	if list == nil {
		return nil
	}
	var out []string
	for _, it := range list.children {
		idx, err := strconv.Atoi(it.text("index"))
		if err != nil || idx < 0 || idx > 1<<20 {
			continue
		}
		text := ""
		if t := it.child("text"); t != nil && len(t.children) > 0 {
			c := t.children[0]
			text = c.value
			if c.block != nil {
				text = strings.Join(c.block.lines, "\n")
			}
		}
		for len(out) <= idx {
			out = append(out, "")
		}
		out[idx] = text
	}
	return out
}

// collect walks the tree in file order and makes a unit of every block
// under a `code` key.
func (f *File) collect(n *node) {
	for _, c := range n.children {
		if c.key == "code" && c.block != nil {
			f.Units = append(f.Units, f.unit(c))
			continue
		}
		f.collect(c)
	}
}

func (f *File) unit(c *node) *Unit {
	p := c.parent
	u := &Unit{Line: c.block.first, Col: c.block.strip + 1}
	u.Type, _ = strconv.Atoi(p.text("type"))
	u.Kind = kindOf(u.Type)
	u.Language = p.text("language")
	u.Disabled = p.text("enabled") == "false"
	for a := p; a != nil; a = a.parent {
		if nm := a.child("name"); nm != nil {
			if u.Name == "" {
				u.Name = nm.value
			}
			if a.parent != nil && a.parent.key == "controls" && u.Control == "" {
				u.Control = nm.value
			}
		}
	}
	if u.Name == "" || u.Kind == Declarations || u.Kind == ClassDecl {
		u.Name = f.Name
	}
	if len(c.block.lines) == 0 {
		u.Line = c.line
	}
	var code strings.Builder
	for i, l := range c.block.lines {
		text, shifts := f.rewrite(l)
		u.lines = append(u.lines, lineMap{line: c.block.first + i, shifts: shifts, text: text})
		code.WriteString(text)
		code.WriteByte('\n')
	}
	u.Code = code.String()
	return u
}

// layout places every unit's lines at their export line, after Col-1
// spaces, and leaves every other line empty.
func (f *File) layout(nlines int) string {
	out := make([]string, nlines)
	for _, u := range f.Units {
		pad := strings.Repeat(" ", u.Col-1)
		for _, lm := range u.lines {
			if lm.line-1 < nlines {
				out[lm.line-1] = pad + lm.text
			}
		}
	}
	return strings.Join(out, "\n")
}

// Text returns the code of every unit at its export line and column, every
// other line of the export left empty: compile it (or UnitSource) and the
// positions are the export file's (see ExportPos for the columns that a
// rewritten marker moved).
func (f *File) Text() string { return f.text }

// UnitSource returns Text with every byte outside u's lines turned into a
// space (line breaks kept): parsing it gives u alone, with the same byte
// offsets, lines and columns as in Text.
func (f *File) UnitSource(u *Unit) string {
	if len(u.lines) == 0 {
		return blank(f.text)
	}
	start := lineOffset(f.text, u.lines[0].line)
	end := lineOffset(f.text, u.lines[len(u.lines)-1].line+1)
	return blank(f.text[:start]) + f.text[start:end] + blank(f.text[end:])
}

func blank(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// lineOffset returns the byte offset where 1-based line starts (len(s)
// past the end).
func lineOffset(s string, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(s[off:], '\n')
		if i < 0 {
			return len(s)
		}
		off += i + 1
	}
	return off
}

// ExportPos maps a line and column of Text to the export file's: lines are
// the same; a column after a rewritten marker moves by what the rewriting
// changed.
func (f *File) ExportPos(line, col int) (int, int) {
	for _, u := range f.Units {
		if len(u.lines) == 0 || line < u.lines[0].line || line > u.lines[len(u.lines)-1].line {
			continue
		}
		lm := u.lines[line-u.lines[0].line]
		if col < u.Col {
			return line, col
		}
		return line, exportCol(lm, col-u.Col+1, u.Col)
	}
	return line, col
}

// rewrite replaces the export's markers on one code line (REALWORLD.md,
// "How to extract" §2):
//   - <§rad:N§>, <§cs:N§> and the like (generation marks) are removed;
//   - <§@ + 16 hex + 4 hex §> and <§$ + hex §> refer to the string
//     resource of that index and become a string literal with its text;
//   - <§R id ¤ language ¤ text §> is an inline translatable literal.
//
// A literal shorter than its marker is padded with spaces so that the
// columns after it do not move; the shifts record the moves left.
func (f *File) rewrite(line string) (string, []shift) {
	if !strings.Contains(line, "<§") {
		return line, nil
	}
	var b strings.Builder
	var shifts []shift
	col := 1 // column in the rewritten line
	for {
		i := strings.Index(line, "<§")
		if i < 0 {
			b.WriteString(line)
			break
		}
		j := strings.Index(line[i+len("<§"):], "§>")
		if j < 0 {
			b.WriteString(line)
			break
		}
		marker := line[i : i+len("<§")+j+len("§>")]
		b.WriteString(line[:i])
		col += utf8.RuneCountInString(line[:i])
		repl, literal := f.replacement(marker[len("<§") : len(marker)-len("§>")])
		mr, rr := utf8.RuneCountInString(marker), utf8.RuneCountInString(repl)
		if literal && rr < mr {
			repl += strings.Repeat(" ", mr-rr)
			rr = mr
		}
		b.WriteString(repl)
		col += rr
		if rr != mr {
			shifts = append(shifts, shift{at: col, delta: mr - rr})
		}
		line = line[i+len(marker):]
	}
	return b.String(), shifts
}

// replacement returns what a marker's body stands for, and whether it is a
// string literal (else it is removed text).
func (f *File) replacement(body string) (string, bool) {
	switch {
	case isMark(body):
		return "", false
	case strings.HasPrefix(body, "@"), strings.HasPrefix(body, "$"):
		hex := body[1:]
		if body[0] == '@' && len(hex) > 4 {
			hex = hex[len(hex)-4:]
		}
		if body[0] == '@' && strings.Trim(body[1:], "0") == "" {
			return `""`, true
		}
		idx, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || int(idx) >= len(f.Strings) {
			return `""`, true
		}
		return literal(f.Strings[idx]), true
	case strings.HasPrefix(body, "R"):
		parts := strings.SplitN(body, "¤", 3)
		if len(parts) == 3 {
			return literal(parts[2]), true
		}
	}
	return "<§" + body + "§>", false
}

// isMark reports a generation mark: lower-case letters, a colon, digits
// (rad:N, cs:N, aad:N).
func isMark(body string) bool {
	tag, num, ok := strings.Cut(body, ":")
	if !ok || tag == "" || num == "" {
		return false
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range num {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// literal writes text as a WLangage string literal: quotes doubled, line
// breaks as RC (a literal cannot span lines).
func literal(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	parts := strings.Split(text, "\n")
	for i, p := range parts {
		parts[i] = `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
	}
	s := strings.Join(parts, " + RC + ")
	if strings.Contains(text, "[%") {
		// The resource is text, not a template: no interpolation (DECISIONS 9).
		s = "-%" + s
	}
	return s
}
