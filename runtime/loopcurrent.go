package runtime

// The current element of a POUR TOUT over an associative array, which
// TableauSupprime(T, ElémentCourant) removes during the loop (doc
// 3075008): the loop records its turn here, the built-in removes the
// element through DeleteCurrent, and the loop, told so, writes nothing
// back and goes on with the element that followed.

// assocTurn is the turn of a running POUR TOUT over an associative array.
type assocTurn struct {
	m       *Assoc
	key     Value // the current element's key
	active  bool  // a turn is running (the body may remove the element)
	removed bool  // the body removed the current element
}

type assocTurnsKey struct{}

// assocTurns returns the running POUR TOUT over associative arrays of the
// run, innermost last.
func (r *Run) assocTurns() *[]*assocTurn {
	return r.State(assocTurnsKey{}, func() any { return new([]*assocTurn) }).(*[]*assocTurn)
}

// overAssoc runs loop, a POUR TOUT over m, with its turn recorded; the
// record goes when the loop ends, however it ends (an exception too).
func (r *Run) overAssoc(m *Assoc, loop func(t *assocTurn) (ctl, bool)) (ctl, bool) {
	ts := r.assocTurns()
	t := &assocTurn{m: m}
	*ts = append(*ts, t)
	defer func() {
		for i := len(*ts) - 1; i >= 0; i-- {
			if (*ts)[i] == t {
				*ts = append((*ts)[:i], (*ts)[i+1:]...)
				break
			}
		}
	}()
	return loop(t)
}

// DeleteCurrent removes the current element of the innermost POUR TOUT
// going over m (TableauSupprime(m, ElémentCourant), doc 3075008). It
// reports false when no POUR TOUT is going over m, or when its current
// element is already removed.
func (r *Run) DeleteCurrent(m *Assoc) bool {
	ts := *r.assocTurns()
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.m != m {
			continue
		}
		if !t.active || t.removed {
			return false
		}
		// By key: the body may have moved the element (removed another).
		t.removed = m.Delete(t.key)
		return t.removed
	}
	return false
}

// InLoopOver reports whether a POUR TOUT is going over m.
func (r *Run) InLoopOver(m *Assoc) bool {
	for _, t := range *r.assocTurns() {
		if t.m == m {
			return true
		}
	}
	return false
}
