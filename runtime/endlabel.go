package runtime

import "github.com/wlangage/wl/parser"

// The FIN: label (END: in English; fr:1510014): the code after it runs
// every time the traitement ends, normally or by RETOUR / RENVOYER (the
// value to return is kept meanwhile and returned after that code), and
// after the automatic error handling of CAS ERREUR: / CAS EXCEPTION:; not
// when an exception leaves the traitement.

// endLabelAt returns the index of the FIN: label of a traitement's body,
// or -1.
func endLabelAt(body []parser.Stmt) int {
	for i, s := range body {
		if l, ok := s.(*parser.Label); ok && l.Kind == "FIN" {
			return i
		}
	}
	return -1
}

// endLabel compiles a traitement whose body holds a FIN: label at index
// at. A CAS ERREUR: / CAS EXCEPTION: label written after the FIN: code
// keeps its handler (the statements after it) for the traitement.
func (c *compiler) endLabel(b *procBuild, body []parser.Stmt, at int) stmtFn {
	before := body[:at]
	after := body[at+1:]
	end := len(after)
	for j, s := range after {
		if l, ok := s.(*parser.Label); ok && (l.Kind == "ERREUR" || l.Kind == "EXCEPTION") {
			end = j
			break
		}
	}
	main := append(append([]parser.Stmt(nil), before...), after[end:]...)
	code := c.block(b, main, true)
	final := c.block(b, after[:end], false)
	return func(f *frame) ctl {
		r := code(f)
		if r2 := final(f); r2 == ctlReturn {
			return r2 // a RENVOYER in the FIN: code replaces the value
		}
		if r == ctlReturn {
			return r
		}
		return ctlNone
	}
}

// misplacedEndLabel reports a FIN: label inside a block: it belongs to
// the traitement's own level.
func (c *compiler) misplacedEndLabel(body []parser.Stmt) {
	if i := endLabelAt(body); i >= 0 {
		c.errorf(body[i].Position(), codeMisplacedEnd, "L'étiquette « FIN: » doit être au niveau du traitement, pas dans un bloc", "The 'END:' label must be at the level of the process, not inside a block")
	}
}
