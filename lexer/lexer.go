package lexer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenType = TokenType

// Tokenize returns every token of src, the last one being EOF. A Newline
// token's Value is "\n" or ";" (the separator that produced it). src goes
// through Decode first (a no-op without copy for valid UTF-8 holding no
// byte-order mark and no carriage return, which is what Decode returns), so
// pass the result of Decode to keep offsets usable with Word. Any error is
// a *Error.
func Tokenize(filename, src string) ([]Token, error) {
	dec, err := decodeString(src)
	if err != nil {
		return nil, errEncoding(Pos{File: filename, Line: 1, Col: 1}, err)
	}
	s := newScanner(filename, dec)
	toks := make([]Token, 0, len(dec)/4+4)
	for {
		t, err := s.Next()
		if err != nil {
			return nil, err
		}
		toks = append(toks, t)
		if t.Type == EOF {
			return toks, nil
		}
	}
}

// Scanner produces the tokens of one source one at a time, for callers
// that process a long script piece by piece instead of holding all its
// tokens (Tokenize).
type Scanner struct{ s *scanner }

// NewScanner returns a scanner over src, decoded as Tokenize does.
func NewScanner(filename, src string) (*Scanner, error) {
	dec, err := decodeString(src)
	if err != nil {
		return nil, errEncoding(Pos{File: filename, Line: 1, Col: 1}, err)
	}
	return &Scanner{newScanner(filename, dec)}, nil
}

// Next returns the next token, the same as Tokenize's. After EOF it keeps
// returning EOF; after an error (a *Error) it keeps returning that error.
func (sc *Scanner) Next() (Token, error) { return sc.s.Next() }

// TokenEnd returns the byte offset where the token starting at offset off
// of the decoded source src ends, or off when no token starts there (a
// blank, a line break, the end of the text, a lexical error). Tools use it
// to underline the text a diagnostic points at.
func TokenEnd(src string, off int) int {
	if off < 0 || off >= len(src) {
		return off
	}
	s := newScanner("", src)
	s.off = off
	t, err := s.Next()
	if err != nil || t.Pos.Offset != off || t.Type == EOF || t.Type == Newline {
		return off
	}
	return s.off
}

// scanner produces the tokens of one decoded source.
type scanner struct {
	filename string
	src      string
	off      int // next byte to read

	// Position cache: the byte offset pOff is at line pLine, column pCol.
	pOff, pLine, pCol int

	depth      int       // nesting of ( [ {
	braces     []bool    // open '{': true for a block brace (blockBrace)
	last       tokenType // type of the last emitted token, 0 before the first
	lastBinary bool      // the last token is a binary operator or ','
	lastExcept bool      // the last token is the keyword EXCEPTION
	cont       bool      // a '...' continuation is pending
	err        *Error    // sticky error

	// outer holds, for each open block brace, the depth around it: line
	// breaks count inside a block brace even within ( ) (a lambda's
	// block, `f(x => {`, doc 1514084), and the depth comes back at its
	// `}`. inline holds the depth inside each open one-line brace: a `;`
	// right inside one separates statements (`x => {a += x; Trace(a)}`).
	outer, inline []int

	// words caches classifyWord by spelling: a script repeats its names
	// and keywords, and folding a word allocates. At most maxWords.
	words    map[string]wordClass
	uncached int // words classified before the cache is made
}

// wordClass is what classifyWord returns for a word.
type wordClass struct {
	typ tokenType
	val string
}

// maxWords bounds the scanner's word cache.
const maxWords = 1 << 14

func newScanner(filename, src string) *scanner {
	return &scanner{filename: filename, src: src, pLine: 1, pCol: 1}
}

// posAt returns the position of byte offset off. Offsets are requested in
// increasing order, so the cache makes the whole scan linear.
func (s *scanner) posAt(off int) Pos {
	if off < s.pOff {
		s.pOff, s.pLine, s.pCol = 0, 1, 1
	}
	src := s.src
	line, col := s.pLine, s.pCol
	for i := s.pOff; i < off; i++ {
		c := src[i]
		if c == '\n' {
			line++
			col = 1
		} else if c&0xC0 != 0x80 {
			col++
		}
	}
	s.pOff, s.pLine, s.pCol = off, line, col
	return Pos{File: s.filename, Offset: off, Line: line, Col: col}
}

// fail records and returns a sticky error.
func (s *scanner) fail(e *Error) (Token, error) {
	s.err = e
	return Token{}, e
}

// emit builds a token and updates the state used for Newline suppression.
func (s *scanner) emit(typ tokenType, value string, start int) (Token, error) {
	tok := Token{Type: typ, Value: value, Pos: s.posAt(start)}
	prevExcept := s.lastExcept
	s.last = typ
	s.cont = false
	s.lastExcept = false
	s.lastBinary = false
	switch typ {
	case Punct:
		switch value {
		case "{":
			// A brace that ends its line opens a block (the `{ }` form
			// of a block, instead of FIN): line breaks inside it count.
			block := blockBrace(s.src[start+1:])
			s.braces = append(s.braces, block)
			if !block {
				s.depth++
				s.inline = append(s.inline, s.depth)
			} else {
				s.outer = append(s.outer, s.depth)
				s.depth = 0
			}
		case "}":
			block := false
			if k := len(s.braces); k > 0 {
				block = s.braces[k-1]
				s.braces = s.braces[:k-1]
			}
			if k := len(s.inline); !block && k > 0 {
				s.inline = s.inline[:k-1]
			}
			if !block && s.depth > 0 {
				s.depth--
			} else if k := len(s.outer); block && k > 0 {
				s.depth = s.outer[k-1]
				s.outer = s.outer[:k-1]
			}
		case "(", "[":
			s.depth++
		case ")", "]":
			if s.depth > 0 {
				s.depth--
			}
		case "++", "--", ".", "..", ":", "::", "?", "&", "|":
		default:
			s.lastBinary = true
		}
	case Keyword:
		switch value {
		case "ET", "OU", "_ET_", "_OU_", "MODULO", "_DANS_":
			s.lastBinary = true
		case "DANS":
			// QUAND EXCEPTION DANS opens a block: its line break counts.
			s.lastBinary = !prevExcept
		case "EXCEPTION":
			s.lastExcept = true
		}
	}
	return tok, nil
}

// Next returns the next token. After EOF it keeps returning EOF; after an
// error it keeps returning that error.
func (s *scanner) Next() (Token, error) {
	if s.err != nil {
		return Token{}, s.err
	}
	src := s.src
	n := len(src)
	for {
		// Blanks.
		for s.off < n {
			c := src[s.off]
			if c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
				s.off++
				continue
			}
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(src[s.off:])
				if isBlankRune(r) {
					s.off += size
					continue
				}
			}
			break
		}
		if s.off >= n {
			return Token{Type: EOF, Pos: s.posAt(n)}, nil
		}
		start := s.off
		c := src[start]
		switch {
		case c == '\n' || c == ';':
			s.off++
			inBrace := c == ';' && len(s.inline) > 0 && s.inline[len(s.inline)-1] == s.depth
			if s.last == 0 || s.last == Newline || (s.depth > 0 && !inBrace) || s.lastBinary {
				if c == '\n' {
					s.cont = false
				}
				continue
			}
			if c == '\n' && s.cont {
				s.cont = false
				continue
			}
			return s.emit(Newline, src[start:s.off], start)
		case c == '/' && start+1 < n && src[start+1] == '/':
			if i := strings.IndexByte(src[start:], '\n'); i >= 0 {
				s.off = start + i
			} else {
				s.off = n
			}
			continue
		case c == '/' && start+1 < n && src[start+1] == '*':
			i := strings.Index(src[start+2:], "*/")
			if i < 0 {
				return s.fail(errUnterminatedComment(s.posAt(start)))
			}
			s.off = start + 2 + i + 2
			continue
		case c == '.' && strings.HasPrefix(src[start:], "..."):
			s.off += 3
			s.cont = true
			continue
		case c == '"' || c == '`':
			return s.scanString(String, start, start)
		case c == '-' && start+2 < n && src[start+1] == '%' &&
			(src[start+2] == '"' || src[start+2] == '`' || (src[start+2] == '[' && s.blankToEOL(start+3) >= 0)):
			return s.scanString(RawString, start, start+2)
		case c == '[' && s.blankToEOL(start+1) >= 0:
			return s.scanString(String, start, start)
		case '0' <= c && c <= '9':
			return s.scanNumber(start)
		case c < utf8.RuneSelf:
			if c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
				return s.scanWord(start)
			}
			if l := punctLen(src, start); l > 0 {
				s.off = start + l
				return s.emit(Punct, src[start:s.off], start)
			}
			return s.fail(errUnexpectedChar(s.posAt(start), rune(c)))
		default:
			r, _ := utf8.DecodeRuneInString(src[start:])
			if unicode.IsLetter(r) {
				return s.scanWord(start)
			}
			return s.fail(errUnexpectedChar(s.posAt(start), r))
		}
	}
}

// isBlankRune reports whether a non-ASCII rune is white space between
// tokens (no-break spaces, other Unicode spaces, a stray byte-order mark).
func isBlankRune(r rune) bool {
	switch r {
	case '\uFEFF', '\u200B':
		return true
	case '\u0085':
		return false
	}
	return unicode.IsSpace(r)
}

// blankToEOL returns the offset of the line break when only spaces and tabs
// separate i from the end of the line, else -1 (also at end of input).
func (s *scanner) blankToEOL(i int) int {
	src := s.src
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r':
		case '\n':
			return i
		default:
			return -1
		}
	}
	return -1
}

// scanWord lexes an identifier or keyword starting at start, including the
// elided article d'.
func (s *scanner) scanWord(start int) (Token, error) {
	src := s.src
	end := wordEnd(src, start)
	if end-start == 1 && (src[start] == 'd' || src[start] == 'D') {
		if l := apostropheLen(src, end); l > 0 {
			s.off = end + l
			return s.emit(Keyword, "DE", start)
		}
	}
	s.off = end
	w := src[start:end]
	if c, ok := s.words[w]; ok {
		return s.emit(c.typ, c.val, start)
	}
	typ, val := classifyWord(w)
	if s.words == nil {
		// Short texts (the expressions of an interpolated string are
		// scanned on their own) do without.
		if s.uncached++; s.uncached < 64 {
			return s.emit(typ, val, start)
		}
		s.words = make(map[string]wordClass, 256)
	}
	if len(s.words) < maxWords {
		s.words[w] = wordClass{typ, val}
	}
	return s.emit(typ, val, start)
}

// punctLen returns the length of the operator or punctuation mark at i
// (longest match), or 0.
func punctLen(src string, i int) int {
	rest := src[i:]
	has := func(p string) bool { return strings.HasPrefix(rest, p) }
	switch rest[0] {
	case '<':
		switch {
		case has("<=>"):
			return 3
		case has("<>"), has("<="), has("<-"):
			return 2
		}
		return 1
	case '>':
		if has(">=") {
			return 2
		}
		return 1
	case '[':
		switch {
		case has("[=]"), has("[~]"), has("[~~"):
			return 3
		case has("[="), has("[~"):
			return 2
		}
		return 1
	case '.':
		if has("..") {
			return 2
		}
		return 1
	case ':':
		if has("::") {
			return 2
		}
		return 1
	case '+':
		if has("+=") || has("++") {
			return 2
		}
		return 1
	case '-':
		if has("-=") || has("--") {
			return 2
		}
		return 1
	case '~':
		if has("~=") || has("~~") || has("~]") {
			return 2
		}
		return 0
	case '=':
		if has("=]") {
			return 2
		}
		return 1
	case '(', ')', ']', '{', '}', ',', '*', '/', '^', '%', '?', '&', '|':
		return 1
	}
	return 0
}

// blockBrace reports whether the rest of the line after a '{' is blank or
// a // comment: such a brace opens a block of statements, not an
// indirection.
func blockBrace(rest string) bool {
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; c {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		case '/':
			return i+1 < len(rest) && rest[i+1] == '/'
		default:
			return false
		}
	}
	return true
}
