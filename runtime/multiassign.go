package runtime

import (
	"strconv"

	"github.com/wlangage/wl/parser"
)

// assignMulti compiles (a, , c) = v [fr:1515003]. The right side runs
// first, then the places are assigned left to right, so (i, t[i]) =
// (1, "x") writes t[1]. v is a list of values (x, y), the results of a
// procedure that returns several, or one array: a function such as
// ChaîneDécoupe returns its parts as an array, and its elements are
// assigned in order [fr:1000022322]. With more places than values the
// last places are left alone; more values than places is a compile error
// for a written list (the doc says so), while the extra elements of an
// array, known only when it runs, are ignored: the doc is silent and
// (sNom, sPrénom) = ChaîneDécoupe(ligne, ";") reads as "the first two".
func (c *compiler) assignMulti(b *procBuild, s *parser.Assign) stmtFn {
	pos := s.P
	if tl, ok := s.Value.(*parser.TupleLit); ok && len(tl.Elems) > len(s.Targets) {
		c.errorf(tl.Elems[len(s.Targets)].Position(), codeMultiValues,
			"Affectation multiple : "+strconv.Itoa(len(tl.Elems))+" valeurs pour "+strconv.Itoa(len(s.Targets))+" variables",
			"Multiple assignment: "+strconv.Itoa(len(tl.Elems))+" values for "+strconv.Itoa(len(s.Targets))+" variables")
	}
	v := c.expr(b, s.Value).fn
	var targets []*lval
	for _, t := range s.Targets {
		if t == nil {
			targets = append(targets, nil)
			continue
		}
		lv := c.lvalue(b, t)
		targets = append(targets, &lv)
	}
	return func(f *frame) ctl {
		vals := spreadValues(f, v(f), pos)
		for i, t := range targets {
			if t == nil || i >= len(vals) {
				continue
			}
			x := c.assigned(f, vals[i], t.typ, pos)
			*t.ref(f) = x
		}
		return ctlNone
	}
}

// spreadValues returns the values a multiple assignment or a multiple
// soit takes from r: a tuple's values, a one-dimension array's elements,
// or r alone.
func spreadValues(f *frame, r Value, pos Position) []Value {
	if r.k != KArray {
		return r.TupleValues()
	}
	a := r.Array()
	if len(a.Dims) > 1 {
		// Rows or elements? The doc does not say; an error rather than
		// a guess.
		f.run.raise(pos, 0, "Affectation multiple impossible depuis un tableau à plusieurs dimensions",
			"Multiple assignment from a multi-dimensional array is not possible")
	}
	return a.Data
}
