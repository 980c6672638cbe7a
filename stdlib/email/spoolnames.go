package email

import (
	"strings"

	"github.com/wlangage/wl/lexer"
)

// MayUseSpool reports whether a script may reach the spool: by turning the
// asynchronous mode on (the Asynchrone member, the emailAsynchrone
// constant, or the <Mode Asynchrone> argument of EmailOuvreSessionSMTP or
// of EmailOuvreSession's second form) or by asking EmailEtat (which reads
// the spool for identifiers of earlier runs). The wl command hands such
// scripts to wl-spool, which links the spool.
//
// It errs on the side of yes: a word in a comment or a string counts,
// and so does an argument that may be the asynchronous mode. It says no
// only when none of these names is written: no WLangage construct calls a
// built-in without writing its name (an indirection names variables), so
// the one way around it is a member name computed at run time, which
// wl then refuses with a message naming wl-spool (asyncOpen).
func MayUseSpool(src []byte) bool {
	text, err := lexer.Decode(src)
	if err != nil {
		return true
	}
	folded := lexer.Fold(text)
	for _, w := range []string{"ASYNCHRON", "EMAILETAT", "EMAILSTATUS"} {
		if strings.Contains(folded, w) {
			return true
		}
	}
	if !strings.Contains(folded, "EMAILOUVRESESSION") && !strings.Contains(folded, "EMAILSTART") {
		return false
	}
	return asyncArgument(text)
}

// asyncArgs is, for the functions that open an SMTP session by name, the
// argument count from which the asynchronous mode may be among them:
// EmailOuvreSessionSMTP(user [, password], server [, port [, async ...]])
// and EmailOuvreSession(user, password, pop3 [, smtp [, port3 [, port [, async]]]]).
func asyncArgs(folded string) int {
	switch folded {
	case "EMAILOUVRESESSIONSMTP", "EMAILSTARTSMTPSESSION":
		return 4
	case "EMAILOUVRESESSION", "EMAILSTARTSESSION":
		return 7
	}
	return 0
}

// asyncArgument reports whether a call of a session-opening function has
// enough arguments to pass the asynchronous mode, or names the function
// without calling it, or cannot be read.
func asyncArgument(text string) bool {
	sc, err := lexer.NewScanner("", text)
	if err != nil {
		return true
	}
	var prev lexer.Token
	var c argCount
	for {
		t, err := sc.Next()
		if err != nil {
			return true
		}
		if t.EOF() {
			return c.open > 0 || (prev.Type == lexer.Ident && asyncArgs(prev.Value) > 0)
		}
		switch {
		case c.open > 0:
			if done, async := c.next(t); done {
				if async {
					return true
				}
				c = argCount{}
			}
		case prev.Type == lexer.Ident && asyncArgs(prev.Value) > 0:
			if t.Type != lexer.Punct || t.Value != "(" {
				return true // the function as a value, or an odd spelling
			}
			c = argCount{fn: prev.Value, open: asyncArgs(prev.Value), depth: 1}
		}
		prev = t
	}
}

// argCount counts the arguments of one call, token by token.
type argCount struct {
	fn    string // folded name of the function called
	open  int    // arguments from which the asynchronous mode may be passed
	depth int    // parentheses and brackets, the call's own included
	args  int    // arguments started so far
	toks  int    // tokens of the current argument
	third bool   // the third argument is a string literal alone
	str   bool   // the current argument starts with a string literal
}

// next takes the next token of the call; done is set at its closing
// parenthesis, with async when the asynchronous mode may be among its
// arguments.
func (c *argCount) next(t lexer.Token) (done, async bool) {
	isOpen := t.Type == lexer.Punct && (t.Value == "(" || t.Value == "[")
	isClose := t.Type == lexer.Punct && (t.Value == ")" || t.Value == "]")
	endArg := (isClose && c.depth == 1) || (t.Type == lexer.Punct && t.Value == "," && c.depth == 1)
	if endArg {
		if c.args == 3 && c.toks == 1 && c.str {
			c.third = true
		}
		c.toks, c.str = 0, false
	} else if c.depth == 1 || (c.depth > 1 && !isClose) {
		if c.toks == 0 {
			if c.depth == 1 {
				c.args++
			}
			c.str = t.Type == lexer.String || t.Type == lexer.RawString
		}
		c.toks++
	}
	switch {
	case isOpen:
		c.depth++
	case isClose:
		c.depth--
	}
	if c.depth > 0 {
		return false, false
	}
	need := c.open
	if c.third && need == 4 {
		// EmailOuvreSessionSMTP(user, password, server, ...): a string
		// third argument makes the second the password (ouvreSessionSMTP).
		need = 5
	}
	return true, c.args >= need
}
