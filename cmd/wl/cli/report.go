package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wlangage/wl/lexer"
	"github.com/wlangage/wl/lexer/diag"
)

// The two renderings of a diagnostic by wl check: text for people (the
// one-line form of wl run, then the source line and a caret) and JSON for
// editors and CI annotations.

// writeText prints d in lang as
//
//	file:line:col: message (code)
//	   3 | SI x = 1
//	     | ^^
//
// The excerpt is left out when the position is not in src (an undecodable
// file, a position in another file).
func writeText(w io.Writer, lang string, d *diag.Diagnostic, src string) {
	fmt.Fprintln(w, d.Format(lang))
	line, ok := sourceLine(src, d.Pos)
	if !ok {
		return
	}
	num := strconv.Itoa(d.Pos.Line)
	gutter := strings.Repeat(" ", len(num))
	fmt.Fprintf(w, " %s | %s\n", num, line)
	fmt.Fprintf(w, " %s | %s\n", gutter, caret(line, d.Pos.Col, underlineWidth(src, d)))
}

// sourceLine returns the line of src that holds p, without its line break,
// when p lies in src and its offset agrees with its line.
func sourceLine(src string, p diag.Pos) (string, bool) {
	if !p.IsValid() || p.Offset < 0 || p.Offset > len(src) {
		return "", false
	}
	start := strings.LastIndexByte(src[:p.Offset], '\n') + 1
	end := strings.IndexByte(src[p.Offset:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += p.Offset
	}
	if strings.Count(src[:start], "\n")+1 != p.Line {
		return "", false
	}
	return src[start:end], true
}

// underlineWidth is how many characters the caret line marks: the token at
// the diagnostic's position when it ends on the same line, else one.
func underlineWidth(src string, d *diag.Diagnostic) int {
	if d.End.IsValid() && d.End.Line == d.Pos.Line && d.End.Col > d.Pos.Col {
		return d.End.Col - d.Pos.Col
	}
	end := lexer.TokenEnd(src, d.Pos.Offset)
	if end <= d.Pos.Offset {
		return 1
	}
	tok := src[d.Pos.Offset:end]
	if strings.IndexByte(tok, '\n') >= 0 {
		return 1
	}
	return utf8.RuneCountInString(tok)
}

// caret returns the marker line for a column of line (columns count
// runes): blanks up to the column, tabs kept so that the marks fall under
// the text whatever the tab width, then width '^'.
func caret(line string, col, width int) string {
	var b strings.Builder
	i := 1
	for _, r := range line {
		if i >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		i++
	}
	for ; i < col; i++ { // a position just past the end of the line
		b.WriteByte(' ')
	}
	b.WriteString(strings.Repeat("^", max(width, 1)))
	return b.String()
}

// jsonDiag is the schema of wl check --format json (README, "wl check
// --format json"): fields are added in later versions, never renamed,
// retyped or removed.
type jsonDiag struct {
	File     string      `json:"file"`
	Line     int         `json:"line"`
	Col      int         `json:"col"`
	End      jsonPos     `json:"end"`
	Code     int         `json:"code"`
	Severity string      `json:"severity"`
	Message  jsonMessage `json:"message"`
}

type jsonPos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

type jsonMessage struct {
	FR string `json:"fr"`
	EN string `json:"en"`
}

// writeJSON prints d as one JSON object on one line. end is where the
// faulty token ends (its position when unknown).
func writeJSON(w io.Writer, d *diag.Diagnostic, src string) {
	end := jsonPos{Line: d.Pos.Line, Col: d.Pos.Col}
	if d.End.IsValid() {
		end = jsonPos{Line: d.End.Line, Col: d.End.Col}
	} else if _, ok := sourceLine(src, d.Pos); ok {
		end.Col += underlineWidth(src, d)
	}
	b, err := json.Marshal(jsonDiag{
		File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, End: end,
		Code: d.Code, Severity: d.Severity.String(),
		Message: jsonMessage{FR: d.FR, EN: d.Message("en")},
	})
	if err != nil { // cannot happen: strings and numbers only
		return
	}
	fmt.Fprintf(w, "%s\n", b)
}
