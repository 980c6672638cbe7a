package runtime

import (
	"strconv"
)

// Unpack assigns the arguments of a built-in call to Go variables, in the
// spirit of starlark's UnpackArgs. pairs alternates a parameter name and
// a pointer to the variable that receives the argument:
//
//	s, n := "", int64(-1) // n's default
//	if err := c.Unpack(args, "chaîne", &s, "longueur?", &n); err != nil {
//		return Null, err
//	}
//
// The name carries the parameter's mode:
//
//	"nom"    required (the runtime already checked the count: Func.Min)
//	"nom?"   optional: omitted (`*`, `f(a, , b)`) or not given, the
//	         variable keeps its value, so set the default before
//	"nom*"   the rest of the arguments, into a *[]Value (last pair only)
//
// The pointer's type says the kind of the argument and its conversion:
//
//	*Value    the argument as given (the first value of a multiple result)
//	*string   its text (Value.Text)
//	*int64, *int  its integer (Value.ToInt)
//	*float64  its real (Value.ToReal)
//	*bool     its truth (non-zero, Vrai, a non-empty text)
//	**Array   an array, else error 1030
//	**Assoc   an associative array, else error 1030
//	**Proc    a procedure, else error 1030
//	**Value   by reference: the caller's variable when the argument is a
//	          place (a variable, an element, a member), else nil; its
//	          name is written "&nom" by convention, and a parameter read
//	          both ways takes two Unpack calls
//
// Conversions are the loose ones built-ins always used (an integer given
// as "12" is 12), so converting a built-in to Unpack keeps its behaviour.
// Only the container and procedure kinds can fail, with a positioned
// fatal error naming the parameter. On success Unpack allocates nothing:
// pairs does not escape, so the compiler keeps it and the pointed-to
// variables on the caller's stack (TestUnpackAllocs checks it).
func (c *Call) Unpack(args []Value, pairs ...any) error {
	if len(pairs)%2 != 0 {
		return c.internal("odd number of Unpack pairs")
	}
	for i := 0; i < len(pairs); i += 2 {
		name, ok := pairs[i].(string)
		if !ok {
			return c.internal("Unpack pair without a name")
		}
		idx := i / 2
		mode := byte(0)
		if name != "" {
			mode = name[len(name)-1]
		}
		switch {
		case mode == '*':
			rest, ok := pairs[i+1].(*[]Value)
			if !ok {
				return c.internal("Unpack: " + name + " needs a *[]Value")
			}
			if idx < len(args) {
				*rest = args[idx:]
			} else {
				*rest = nil
			}
			continue
		case mode == '?':
			if c.Omit(args, idx) {
				continue
			}
			name = name[:len(name)-1]
		case idx >= len(args):
			// Count errors are the runtime's (Func.Min); a built-in whose
			// Min is lower than its required names gets Null.
		}
		var v Value
		if idx < len(args) {
			v = args[idx].First()
		}
		switch p := pairs[i+1].(type) {
		case *Value:
			*p = v
		case *string:
			*p = v.Text()
		case *int64:
			*p = v.ToInt()
		case *int:
			*p = int(v.ToInt())
		case *float64:
			*p = v.ToReal()
		case *bool:
			*p = truthy(v)
		case **Array:
			if *p = v.Array(); *p == nil {
				return c.wrongKind(idx, name, "un tableau", "an array")
			}
		case **Assoc:
			if *p = v.Assoc(); *p == nil {
				return c.wrongKind(idx, name, "un tableau associatif", "an associative array")
			}
		case **Proc:
			if *p = v.Proc(); *p == nil {
				return c.wrongKind(idx, name, "une procédure", "a procedure")
			}
		case **Value:
			*p = nil
			if idx < len(c.Refs) {
				*p = c.Refs[idx]
			}
		default:
			return c.internal("Unpack: unsupported destination for " + name)
		}
	}
	return nil
}

// truthy is the loose truth of a built-in's boolean parameter.
func truthy(v Value) bool {
	if b, ok := v.Truth(); ok {
		return b
	}
	return v.ToInt() != 0
}

// wrongKind is the error of an argument of the wrong kind. The first
// parameter keeps the wording the array family always used.
func (c *Call) wrongKind(idx int, name, fr, en string) *Error {
	if idx == 0 {
		return c.Run.newError(c.Pos, 1030, "Le premier paramètre de "+c.Name+" doit être "+fr+".", "The first parameter of "+c.Name+" must be "+en+".")
	}
	n := strconv.Itoa(idx + 1)
	return c.Run.newError(c.Pos, 1030, "Le paramètre "+n+" (<"+name+">) de "+c.Name+" doit être "+fr+".", "Parameter "+n+" (<"+name+">) of "+c.Name+" must be "+en+".")
}

// internal is a programming error of a built-in's Unpack call: a fatal
// error rather than a panic, so that a host never sees a Go stack.
func (c *Call) internal(msg string) *Error {
	return c.Run.newError(c.Pos, 0, "Erreur interne de "+c.Name+" : "+msg, "Internal error of "+c.Name+": "+msg)
}
