package wdexport

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// node is one line of the YAML-like export: a `key : value` pair, a
// sequence item (`-` alone or `- value`), or a literal block (`key : |1+`).
type node struct {
	key      string
	value    string
	item     bool
	line     int // 1-based line of the key
	indent   int // spaces before the key (or the dash)
	block    *block
	parent   *node
	children []*node
}

// block is the content of a `|1+` / `|1-` literal block.
type block struct {
	first int      // 1-based line of the first content line
	strip int      // leading spaces removed from each line (key indent + 1)
	lines []string // content lines, indentation removed
}

// child returns the first direct child with the given key.
func (n *node) child(key string) *node {
	for _, c := range n.children {
		if !c.item && c.key == key {
			return c
		}
	}
	return nil
}

// text returns a child's scalar value ("" when absent).
func (n *node) text(key string) string {
	if c := n.child(key); c != nil {
		return c.value
	}
	return ""
}

// parseTree reads the export's lines into a tree ordered by indentation.
// The format is a small subset of YAML (PC SOFT writes it): plain or
// double-quoted scalars, `[]` / `{}` for empty collections, literal
// blocks with an explicit indentation indicator.
func parseTree(lines []string) *node {
	root := &node{indent: -1}
	stack := []*node{root}
	for i := 0; i < len(lines); i++ {
		raw := lines[i]
		trimmed := strings.TrimLeft(raw, " ")
		indent := len(raw) - len(trimmed)
		if trimmed == "" || (indent == 0 && strings.HasPrefix(trimmed, "#")) {
			continue
		}
		for len(stack) > 1 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		n := &node{line: i + 1, indent: indent, parent: parent}
		switch {
		case trimmed == "-":
			n.item = true
		case strings.HasPrefix(trimmed, "- "):
			n.item = true
			n.value = unquote(strings.TrimSpace(trimmed[2:]))
		default:
			key, val := splitKey(trimmed)
			n.key = key
			if strings.HasPrefix(val, "|") {
				n.block = &block{first: i + 2, strip: indent + 1}
				i = readBlock(lines, i+1, indent, n.block)
			} else {
				n.value = unquote(val)
			}
		}
		parent.children = append(parent.children, n)
		stack = append(stack, n)
	}
	return root
}

// splitKey splits `key : value` (or `key :`) at the first " :".
func splitKey(s string) (key, val string) {
	i := strings.Index(s, " :")
	if i < 0 {
		if strings.HasSuffix(s, ":") {
			return strings.TrimSpace(s[:len(s)-1]), ""
		}
		return strings.TrimSpace(s), ""
	}
	return s[:i], strings.TrimSpace(s[i+2:])
}

// readBlock collects the lines of a literal block that starts at index
// from: every line indented deeper than the key, blank lines included;
// trailing blank lines are dropped. It returns the index of the block's
// last line.
func readBlock(lines []string, from, keyIndent int, b *block) int {
	last := from - 1
	for j := from; j < len(lines); j++ {
		l := lines[j]
		t := strings.TrimLeft(l, " ")
		if t != "" && len(l)-len(t) <= keyIndent {
			break
		}
		if t != "" || len(l) > keyIndent {
			last = j
		}
	}
	for j := from; j <= last; j++ {
		l := lines[j]
		n := min(b.strip, len(l))
		if strings.TrimLeft(l[:n], " ") != "" {
			n = 0
		}
		b.lines = append(b.lines, l[n:])
	}
	if last < from {
		return from - 1
	}
	return last
}

// unquote decodes a double-quoted scalar (YAML escapes: \" \\ \n \r \t
// \xNN \uNNNN); other scalars are returned as they are.
func unquote(s string) string {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return s
	}
	body := s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 == len(body) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := body[i]; e {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '0':
			b.WriteByte(0)
		case 'x', 'u', 'U':
			size := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if i+size < len(body) {
				if v, err := strconv.ParseUint(body[i+1:i+1+size], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += size
					continue
				}
			}
			b.WriteByte('\\')
			b.WriteByte(e)
		default: // \" \\ \/ and anything unknown: the character itself
			b.WriteByte(e)
		}
	}
	return b.String()
}
