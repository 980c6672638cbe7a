package runtime

import "github.com/wlangage/wl/parser"

// The current element of a POUR TOUT over an associative array, which
// TableauSupprime(T, ElémentCourant) removes during the loop (doc
// 3075008): the loop records its turn here, the built-in removes the
// element through DeleteCurrent, and the loop, told so, writes nothing
// back and goes on with the element that followed.
//
// Only a loop whose body names the constant records its turns: the others
// pay nothing for it (a POUR TOUT turn costs ~25 instructions more when it
// records). A procedure called from the body that removes the current
// element of its caller's loop therefore gets the error of a use outside
// a loop: the page shows the constant in the loop's own body.

// assocTurn is the turn of a running POUR TOUT over an associative
// array. The records are linked, innermost first (Run.turns), and reused
// (Run.turnsFree): a loop holds its own by pointer, so a turn records its
// element with one store, and a loop allocates nothing.
type assocTurn struct {
	m *Assoc
	// cur is the index in m of the element whose turn is running, -1
	// between turns.
	cur     int
	removed bool // the body removed the current element
	next    *assocTurn
}

// overFunc is the loop over an array's values (overValues in forEach);
// turn is its record when it goes over an associative array, else nil.
type overFunc func(f *frame, vals, keys *[]Value, elem *Type, from int, turn *assocTurn) (ctl, bool)

// overAssoc runs over, a POUR TOUT over m, with its turn recorded; the
// record goes when the loop ends, however it ends (an exception too:
// loops end innermost first).
func (r *Run) overAssoc(f *frame, m *Assoc, over overFunc) (ctl, bool) {
	t := r.turnsFree
	if t != nil {
		r.turnsFree = t.next
	} else {
		t = new(assocTurn)
	}
	*t = assocTurn{m: m, cur: -1, next: r.turns}
	r.turns = t
	defer func() {
		r.turns = t.next
		*t = assocTurn{next: r.turnsFree}
		r.turnsFree = t
	}()
	return over(f, &m.Vals, &m.Keys, m.Elem, 0, t)
}

// DeleteCurrent removes the current element of the innermost POUR TOUT
// going over m (TableauSupprime(m, ElémentCourant), doc 3075008). It
// reports false when no POUR TOUT is going over m, or when its current
// element is already removed.
func (r *Run) DeleteCurrent(m *Assoc) bool {
	for t := r.turns; t != nil; t = t.next {
		if t.m != m {
			continue
		}
		if t.cur < 0 || t.cur >= len(m.Keys) || t.removed {
			return false
		}
		t.removed = m.DeleteAt(t.cur) // with duplicates, that element alone
		return t.removed
	}
	return false
}

// InLoopOver reports whether a POUR TOUT is going over m.
func (r *Run) InLoopOver(m *Assoc) bool {
	for t := r.turns; t != nil; t = t.next {
		if t.m == m {
			return true
		}
	}
	return false
}

// Folded names of the constant ElémentCourant (stdlib/arrays), written
// folded: nothing is computed at start-up (TestCurrentElementKeys).
var currentElementKeys = [...]string{"ELEMENTCOURANT", "CURRENTELEMENT"}

// namesCurrentElement reports whether the statements name ElémentCourant
// (or CurrentElement), so that their POUR TOUT records its turns.
func namesCurrentElement(body []parser.Stmt) bool {
	found := false
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			if id, ok := n.(*parser.Ident); ok && (id.Key == currentElementKeys[0] || id.Key == currentElementKeys[1]) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
