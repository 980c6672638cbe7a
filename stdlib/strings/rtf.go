package strings

import (
	gostrings "strings"
	"unicode/utf8"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Options of RTFVersHTML (3025049). The values are UNCONFIRMED (the doc
// names the constants only); both give the same result here, a console
// has no images nor RTF tables to convert.
const (
	RvhOptionAucune     = 0
	RvhOptionCompatible = 1
)

// RTFVersTexte (3025032): the text of an RTF string without its
// formatting. A string that is not RTF (no leading {\rtf) is returned as
// it is. See rtfDoc for the subset of RTF understood.
func rtfVersTexte(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	if err := c.Unpack(args, "texte RTF", &s); err != nil {
		return runtime.Null, err
	}
	if !isRTF(s) {
		return runtime.Str(s), nil
	}
	return runtime.Str(parseRTF(s, false)), nil
}

// RTFVersHTML (3025049): the HTML of an RTF string, a fragment without
// <html> (the doc's example wraps it). Accented characters are not
// encoded, as the doc says; <, >, & and " are. Paragraphs become
// <p>...</p>, \line <br>, bold, italic, underline and strike-through
// <b>, <i>, <u>, <s>. A string that is not RTF is escaped, its line
// breaks become <br>.
func rtfVersHTML(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	opt := int64(RvhOptionAucune)
	if err := c.Unpack(args, "texte RTF", &s, "options?", &opt); err != nil {
		return runtime.Null, err
	}
	if !isRTF(s) {
		s = htmlEscape(s)
		s = gostrings.NewReplacer("\r\n", "<br>", "\n", "<br>", "\r", "<br>").Replace(s)
		return runtime.Str(s), nil
	}
	return runtime.Str(parseRTF(s, true)), nil
}

// htmlEscape escapes what HTML requires and nothing more: accented
// characters stay as they are (3025049, "Encodage des caractères").
func htmlEscape(s string) string {
	if !gostrings.ContainsAny(s, `&<>"`) {
		return s
	}
	var b gostrings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isRTF(s string) bool {
	return gostrings.HasPrefix(gostrings.TrimLeft(s, " \t\r\n"), `{\rtf`)
}

// rtfDoc: the subset of RTF (Microsoft's 1.9.1 specification) read here.
//
//   - groups { }, control words \mot[-N] with their delimiting space, and
//     control symbols \\ \{ \} \~ (non-breaking space) \_ (non-breaking
//     hyphen) \- (optional hyphen, dropped);
//   - characters \'hh (Windows-1252) and \uN (Unicode, N negative above
//     32767) followed by \ucN replacement characters (1 by default),
//     skipped;
//   - \par and \line end a line (RC in text), \tab is a tab, \emdash,
//     \endash, \bullet, \lquote, \rquote, \ldblquote, \rdblquote,
//     \emspace, \enspace their characters;
//   - destinations whose text is not the document's are dropped: \fonttbl,
//     \colortbl, \stylesheet, \info, \pict, \object, \header..., and every
//     group starting with \*;
//   - for HTML, \b \i \ul \strike (with 0 to turn off), \ulnone, \plain.
//
// Anything else (tables, fields, images) contributes its text only.
// Parsing is iterative and linear in the input: a deep or malformed
// input cannot exhaust the stack.
type rtfState struct {
	skip          bool // inside a destination that is not text
	uc            int  // characters to skip after \uN
	style         rtfStyle
	pendingSkipUC int
}

// rtfStyle is a set of character styles: bit n is rtfStyles[n].
type rtfStyle uint8

// rtfStyles are the character styles, in the order their HTML tags open:
// the control word that switches one (on, or off with a 0 parameter as
// in \b0) and its tag.
var rtfStyles = [...]struct{ word, tag string }{
	{"b", "b"}, {"i", "i"}, {"ul", "u"}, {"strike", "s"},
}

// rtfStyleOf returns the style a control word switches; 0 for none.
func rtfStyleOf(word string) rtfStyle {
	for n, s := range rtfStyles {
		if s.word == word {
			return 1 << n
		}
	}
	return 0
}

// rtfIgnored reports the destinations whose content is not document
// text (a switch, not a map: nothing is built at package initialisation).
func rtfIgnored(word string) bool {
	switch word {
	case "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
		"headerl", "headerr", "headerf", "footerl", "footerr", "footerf", "footnote",
		"listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl",
		"themedata", "colorschememapping", "latentstyles", "datastore", "filetbl", "fldinst":
		return true
	}
	return false
}

// rtfChar returns the character a control word stands for.
func rtfChar(word string) (string, bool) {
	switch word {
	case "tab":
		return "\t", true
	case "emdash":
		return "\u2014", true
	case "endash":
		return "\u2013", true
	case "bullet":
		return "\u2022", true
	case "lquote":
		return "\u2018", true
	case "rquote":
		return "\u2019", true
	case "ldblquote":
		return "\u201C", true
	case "rdblquote":
		return "\u201D", true
	case "emspace":
		return "\u2003", true
	case "enspace":
		return "\u2002", true
	case "qmspace":
		return "\u2005", true
	}
	return "", false
}

// rtfWriter collects the text, or the HTML with its formatting tags.
type rtfWriter struct {
	html   bool
	out    gostrings.Builder
	para   gostrings.Builder // the current paragraph (HTML)
	open   rtfStyle          // the styles of the open tags (HTML)
	inPara bool
}

func (w *rtfWriter) text(st *rtfState, s string) {
	if !w.html {
		w.out.WriteString(s)
		return
	}
	if !w.inPara {
		w.inPara = true
	}
	if st.style != w.open {
		w.closeTags()
		w.open = st.style
		for _, t := range w.tags() {
			w.para.WriteString("<" + t + ">")
		}
	}
	w.para.WriteString(htmlEscape(s))
}

func (w *rtfWriter) tags() []string {
	var ts []string
	for n, s := range rtfStyles {
		if w.open&(1<<n) != 0 {
			ts = append(ts, s.tag)
		}
	}
	return ts
}

func (w *rtfWriter) closeTags() {
	ts := w.tags()
	for i := len(ts) - 1; i >= 0; i-- {
		w.para.WriteString("</" + ts[i] + ">")
	}
	w.open = 0
}

// lineBreak is \line: RC in text, <br> in HTML.
func (w *rtfWriter) lineBreak() {
	if !w.html {
		w.out.WriteString(wl.RC)
		return
	}
	w.inPara = true
	w.para.WriteString("<br>")
}

// paragraph is \par: RC in text; in HTML the paragraph is closed.
func (w *rtfWriter) paragraph() {
	if !w.html {
		w.out.WriteString(wl.RC)
		return
	}
	w.closeTags()
	w.out.WriteString("<p>" + w.para.String() + "</p>" + wl.RC)
	w.para.Reset()
	w.inPara = false
}

func (w *rtfWriter) result() string {
	if w.html {
		w.closeTags()
		if w.inPara || w.para.Len() > 0 {
			w.out.WriteString("<p>" + w.para.String() + "</p>")
		}
		return gostrings.TrimSuffix(w.out.String(), wl.RC)
	}
	return gostrings.TrimSuffix(w.out.String(), wl.RC)
}

// parseRTF converts RTF to text or HTML (see rtfDoc).
func parseRTF(src string, asHTML bool) string {
	w := &rtfWriter{html: asHTML}
	st := rtfState{uc: 1}
	var stack []rtfState
	groupStart := false // just after {: a destination may follow
	for i := 0; i < len(src); {
		ch := src[i]
		switch ch {
		case '{':
			stack = append(stack, st)
			groupStart = true
			i++
			continue
		case '}':
			if n := len(stack); n > 0 {
				st = stack[n-1]
				stack = stack[:n-1]
			}
			groupStart = false
			i++
			continue
		case '\r', '\n':
			i++ // line ends in RTF source are not text
			continue
		case '\\':
			i = rtfControl(src, i, &st, w, groupStart)
			groupStart = false
			continue
		}
		groupStart = false
		r, size := utf8.DecodeRuneInString(src[i:])
		i += size
		if st.pendingSkipUC > 0 {
			st.pendingSkipUC--
			continue
		}
		if !st.skip {
			w.text(&st, string(r))
		}
	}
	return w.result()
}

// rtfControl reads the control word or symbol at src[i] (a backslash)
// and returns the index after it.
func rtfControl(src string, i int, st *rtfState, w *rtfWriter, groupStart bool) int {
	i++
	if i >= len(src) {
		return i
	}
	ch := src[i]
	emit := func(s string) {
		if st.pendingSkipUC > 0 {
			st.pendingSkipUC--
			return
		}
		if !st.skip {
			w.text(st, s)
		}
	}
	switch {
	case ch == '\\' || ch == '{' || ch == '}':
		emit(string(ch))
		return i + 1
	case ch == '~':
		emit("\u00A0")
		return i + 1
	case ch == '_':
		emit("\u2011")
		return i + 1
	case ch == '-':
		return i + 1
	case ch == '*':
		if groupStart {
			st.skip = true
		}
		return i + 1
	case ch == '\'':
		if i+3 <= len(src) {
			if b, ok := hexByte(src[i+1 : i+3]); ok {
				emit(string(wl.AnsiToRune(int(b))))
				return i + 3
			}
		}
		return i + 1
	case ch == '\r' || ch == '\n':
		// A backslash before a line end is \par.
		if !st.skip {
			w.paragraph()
		}
		return i + 1
	case !isLetter(ch):
		return i + 1
	}
	start := i
	for i < len(src) && isLetter(src[i]) && i-start < 32 {
		i++
	}
	word := src[start:i]
	num, hasNum := 0, false
	neg := false
	if i < len(src) && src[i] == '-' {
		neg = true
		i++
	}
	for d := 0; i < len(src) && src[i] >= '0' && src[i] <= '9' && d < 10; d++ {
		num = num*10 + int(src[i]-'0')
		hasNum = true
		i++
	}
	if neg {
		num = -num
	}
	if i < len(src) && src[i] == ' ' {
		i++ // the delimiting space belongs to the control word
	}
	on := !hasNum || num != 0
	switch word {
	case "par":
		if !st.skip {
			w.paragraph()
		}
	case "line":
		if !st.skip {
			w.lineBreak()
		}
	case "u":
		if hasNum {
			if num < 0 {
				num += 65536
			}
			emit(string(rune(num)))
			st.pendingSkipUC = st.uc
		}
	case "uc":
		if hasNum && num >= 0 {
			st.uc = num
		}
	case "ulnone":
		st.style &^= rtfStyleOf("ul")
	case "plain":
		st.style = 0
	default:
		if style := rtfStyleOf(word); style != 0 && on {
			st.style |= style
		} else if style != 0 {
			st.style &^= style
		} else if rtfIgnored(word) {
			st.skip = true
		} else if s, ok := rtfChar(word); ok {
			emit(s)
		}
	}
	return i
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func hexByte(s string) (byte, bool) {
	var b byte
	for i := 0; i < 2; i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			b = b<<4 | (c - '0')
		case 'a' <= c && c <= 'f':
			b = b<<4 | (c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			b = b<<4 | (c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return b, true
}
