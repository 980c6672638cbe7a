package lexer

import (
	"strings"
)

// scanString lexes a string literal. start is where the token starts (the
// '-' of a -% prefix, or the opening character), q the opening character:
// '"', '`' or '[' (the latter only when the line ends right after it).
func (s *scanner) scanString(typ tokenType, start, q int) (Token, error) {
	src := s.src
	open := src[q]
	if open == '[' {
		eol := s.blankToEOL(q + 1)
		return s.scanMultiline(typ, start, eol+1, ']', true)
	}
	if eol := s.blankToEOL(q + 1); eol >= 0 {
		return s.scanMultiline(typ, start, eol+1, open, false)
	}

	// Single-line literal: the quote character doubled stands for itself.
	var b strings.Builder
	doubled := false
	seg := q + 1
	for i := q + 1; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			break
		}
		if c != open {
			continue
		}
		if i+1 < len(src) && src[i+1] == open {
			doubled = true
			b.WriteString(src[seg : i+1])
			i++
			seg = i + 1
			continue
		}
		s.off = i + 1
		if !doubled {
			return s.emit(typ, src[q+1:i], start)
		}
		b.WriteString(src[seg:i])
		return s.emit(typ, b.String(), start)
	}
	return s.fail(errUnterminatedString(s.posAt(start)))
}

// scanMultiline lexes the body of a multi-line literal whose first content
// line starts at body. The literal ends at the first line whose first
// non-blank character is closer; lexing resumes right after that character.
// Content lines are kept verbatim (leading tabs removed when stripTabs) and
// joined with "\r\n"; the line breaks after the opening character and before
// the closing line are not part of the value.
func (s *scanner) scanMultiline(typ tokenType, start, body int, closer byte, stripTabs bool) (Token, error) {
	src := s.src
	var b strings.Builder
	first := true
	for i := body; i < len(src); {
		lineEnd := strings.IndexByte(src[i:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += i
		}
		line := src[i:lineEnd]
		k := 0
		for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
			k++
		}
		if k < len(line) && line[k] == closer {
			s.off = i + k + 1
			return s.emit(typ, b.String(), start)
		}
		if !first {
			b.WriteString("\r\n")
		}
		first = false
		if stripTabs {
			line = strings.TrimLeft(line, "\t")
		}
		b.WriteString(line)
		i = lineEnd + 1
	}
	return s.fail(errUnterminatedString(s.posAt(start)))
}
