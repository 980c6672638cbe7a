package arrays

import (
	"slices"

	"github.com/wlangage/wl/runtime"
)

// The functional-programming functions of the array family (3075006):
// they call a procedure value for each element, with the element and its
// key (the index of a simple array, the key of an associative array),
// which the procedure may leave out of its parameters. The procedure is
// any value the runtime can call (Value.Proc): a global or local
// procedure, an internal procedure, a lambda.

// procArg reads the procedure parameter of Filtre and Transforme.
func procArg(c *runtime.Call, v runtime.Value) (*runtime.Proc, error) {
	if p := v.Proc(); p != nil {
		return p, nil
	}
	if v.Kind() == runtime.KString {
		// Filtre(t, "Pair"): the name is written without quotes.
		return nil, c.Errorf(1034, "%s : le deuxième paramètre doit être une procédure (nommée, interne ou lambda), pas la chaîne « %s » : écrire le nom de la procédure sans guillemets.",
			"%s: the second parameter must be a procedure (named, internal or lambda), not the string '%s': write the procedure's name without quotes.", c.Name, v.Text())
	}
	return nil, c.Errorf(1034, "%s : le deuxième paramètre doit être une procédure (nommée, interne ou lambda).",
		"%s: the second parameter must be a procedure (named, internal or lambda).", c.Name)
}

// source reads the array parameter of Filtre and Transforme: a
// one-dimension array or an associative array.
func source(c *runtime.Call, args []runtime.Value) (*runtime.Array, *runtime.Assoc, *runtime.Proc, error) {
	var first, procV runtime.Value
	if err := c.Unpack(args, "tableau", &first, "procédure", &procV); err != nil {
		return nil, nil, nil, err
	}
	a, m := first.Array(), first.Assoc()
	if a == nil && m == nil {
		return nil, nil, nil, notArray(c)
	}
	if a != nil && len(a.Dims) > 1 {
		return nil, nil, nil, c.Errorf(1037, "%s : le tableau doit avoir une dimension (il en a %d).",
			"%s: the array must have one dimension (it has %d).", c.Name, len(a.Dims))
	}
	p, err := procArg(c, procV)
	return a, m, p, err
}

// Filtre (1000024845): a new array of the elements for which the
// procedure returns Vrai, of the source's type (an associative array
// keeps the keys of its elements).
func filtre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, m, p, err := source(c, args)
	if err != nil {
		return runtime.Null, err
	}
	keepIt := func(v, k runtime.Value) (bool, error) {
		r := c.Run.CallProc(p, c.Pos, v, k)
		b, ok := r.Truth()
		if !ok {
			return false, c.Errorf(1034, "%s : la procédure %s doit renvoyer Vrai ou Faux, pas « %s ».",
				"%s: procedure %s must return True or False, not '%s'.", c.Name, p.Text(), r.Text())
		}
		return b, nil
	}
	if m != nil {
		keys, vals := slices.Clone(m.Keys), slices.Clone(m.Vals)
		out := runtime.NewAssoc(m.Elem)
		out.NoCase = m.NoCase
		for i, v := range vals {
			ok, err := keepIt(v, keys[i])
			if err != nil {
				return runtime.Null, err
			}
			if ok {
				*out.Slot(keys[i]) = runtime.CopyValue(v)
			}
		}
		return runtime.AssocValue(out), nil
	}
	// The procedure sees the elements the array had when the call began,
	// whatever it does to the array.
	data := slices.Clone(a.Data)
	out := runtime.NewArray(a.Elem, 0)
	for i, v := range data {
		ok, err := keepIt(v, runtime.Int(int64(i+1)))
		if err != nil {
			return runtime.Null, err
		}
		if ok {
			out.Append(runtime.CopyValue(v))
		}
	}
	return runtime.ArrayValue(out), nil
}

// Transforme (1000024734): a new array of what the procedure returns for
// each element (an associative array keeps the keys). The page does not
// type the result: its elements are Variants, which take the type of the
// array they are assigned to (tabTriple est un tableau d'entiers =
// Transforme(...)).
func transforme(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, m, p, err := source(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if m != nil {
		keys, vals := slices.Clone(m.Keys), slices.Clone(m.Vals)
		out := runtime.NewAssoc(runtime.TypeVariant)
		out.NoCase = m.NoCase
		for i, v := range vals {
			*out.Slot(keys[i]) = c.Run.CallProc(p, c.Pos, v, keys[i]).First()
		}
		return runtime.AssocValue(out), nil
	}
	data := slices.Clone(a.Data)
	out := runtime.NewArray(runtime.TypeVariant, 0)
	for i, v := range data {
		out.Append(c.Run.CallProc(p, c.Pos, v, runtime.Int(int64(i+1))).First())
	}
	return runtime.ArrayValue(out), nil
}
