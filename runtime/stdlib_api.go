package runtime

// Small helpers the stdlib packages need to build and change values whose
// fields are private to runtime.

// Date makes a Date from yyyymmdd (20011225).
func Date(yyyymmdd int64) Value { return Value{k: KDate, n: yyyymmdd} }

// Time makes an Heure from milliseconds since midnight.
func Time(ms int64) Value { return Value{k: KTime, n: ms} }

// Convert converts v to type t as an assignment does (without range check).
func Convert(v Value, t *Type) Value { return convertLoose(v, t) }

// Compare compares two values as the comparison operators do: -1, 0 or 1.
func Compare(a, b Value) int { return compare(a, b) }

// CopyValue gives the value semantics of `=` (structures and arrays are
// copied).
func CopyValue(v Value) Value { return copyValue(v) }

// Delete removes the element stored under k; it reports whether it existed.
func (a *Assoc) Delete(k Value) bool {
	ks := a.key(k)
	i, ok := a.index[ks]
	if !ok {
		return false
	}
	a.Keys = append(a.Keys[:i], a.Keys[i+1:]...)
	a.Vals = append(a.Vals[:i], a.Vals[i+1:]...)
	delete(a.index, ks)
	for k, j := range a.index {
		if j > i {
			a.index[k] = j - 1
		}
	}
	return true
}

// Has reports whether an element is stored under k.
func (a *Assoc) Has(k Value) bool {
	_, ok := a.index[a.key(k)]
	return ok
}

// Clear removes every element.
func (a *Assoc) Clear() {
	a.Keys, a.Vals = nil, nil
	a.index = map[string]int{}
}

// Reorder puts the elements in the order given by perm (perm[i] is the old
// position of the new i-th element); used by TableauTrie.
func (a *Assoc) Reorder(perm []int) {
	keys := make([]Value, len(perm))
	vals := make([]Value, len(perm))
	for i, p := range perm {
		keys[i], vals[i] = a.Keys[p], a.Vals[p]
	}
	a.Keys, a.Vals = keys, vals
	for i, k := range a.Keys {
		a.index[a.key(k)] = i
	}
}

// LookupConst finds a constant by folded name.
func (r *Registry) LookupConst(key string) *Const { return r.consts[key] }

// LookupGlobal finds a built-in variable by folded name.
func (r *Registry) LookupGlobal(key string) *Global { return r.globals[key] }

// CallProc calls a procedure value from a built-in (TableauTrie with
// ttFonction), passing args by value; an exception it raises propagates
// to the script as if the built-in had raised it.
func (r *Run) CallProc(p *Proc, pos Position, args ...Value) Value {
	ac := make([]argCode, len(args))
	for i := range args {
		v := args[i]
		ac[i] = argCode{val: func(*frame) Value { return v }}
	}
	up := p.up
	if up == nil {
		up = r.globals
	}
	return callProc(&frame{run: r}, p.code, up, ac, &StackEntry{Proc: p.code.name, Pos: pos})
}

// DateTime makes a DateHeure from a date AAAAMMJJ and the milliseconds of
// the day.
func DateTime(yyyymmdd, ms int64) Value { return Value{k: KDateTime, n: mkDT(yyyymmdd, ms)} }

// DateOf returns the AAAAMMJJ date of a Date or DateHeure, or of a value
// converted to a Date as an assignment does ("20011231", a day count).
func DateOf(v Value) int64 { return datePart(v.First()) }

// TimeOf returns the milliseconds of the day of an Heure or DateHeure, or
// of a value converted to an Heure as an assignment does ("1530").
func TimeOf(v Value) int64 { return timePart(v.First()) }

// DurationText formats milliseconds as a Durée's text +JHHMMSSCCC, or
// +JHHMMSSCC when centi is set (doc 1000023947).
func DurationText(ms int64, centi bool) string { return durationText(ms, centi) }

// Arith computes a binary arithmetic operator (+ - * / % ^) as scripts do,
// for built-ins that combine values (sums of monétaires, of durations).
func Arith(op string, a, b Value) (Value, error) { return arith(op, a, b) }

// Cast is the explicit conversion `(type) v` (doc 1515004).
func Cast(v Value, t *Type) (Value, error) { return castValue(v, t) }

// Now returns the current Date, Heure or DateHeure (k) of the run.
func (r *Run) NowValue(k Kind) Value { return nowValue(r.Now(), k) }
