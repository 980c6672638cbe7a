package arrays

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// TableauSupprimeDoublon (1000019422): removes the duplicates of an
// array, the first of equal elements kept where it was. Forms:
//
//	(T [, tcc options])                 one dimension, elements compared
//	(T, ttColonne [+ tcc], "1;3" or 2)  two dimensions, rows compared on columns
//	(T, ttMembre [+ tcc], "m1;m2")      structures compared on members
//	(T, ttFonction, Procédure)          compared by the procedure (-1, 0, 1)
//
// The page does not say which of equal elements stays: the first, in the
// order the array had (its example [1,2,3,1,4,5,2,6] gives [1,2,3,4,5,6]),
// as a user reading it expects. Elements are grouped by sorting their
// indexes (n log n comparisons), then kept in their order.
func supprimeDoublon(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	a, _ := target(c, args)
	if a == nil {
		return runtime.Null, notArray(c)
	}
	var first, critArg runtime.Value
	var typ64 int64
	if err := c.Unpack(args, "tableau", &first, "options?", &typ64, "critère?", &critArg); err != nil {
		return runtime.Null, err
	}
	typ := int(typ64)
	opt := typ & 0x1FF0 // the tcc* bits (TtMembre, 0x2000, is outside)
	n := rows(a)
	if n > math.MaxInt32 {
		return runtime.Null, c.Errorf(1036, "%s : tableau trop grand.", "%s: array too large.", c.Name)
	}
	if n < 2 {
		return runtime.Null, nil
	}
	cols := len(a.Data) / n
	needCrit := typ&(TtColonne|TtMembre|TtFonction) != 0
	if needCrit && c.Omit(args, 2) {
		return runtime.Null, c.Errorf(1039, "%s : il manque les critères de comparaison (colonnes, membres ou procédure).",
			"%s: the comparison criteria (columns, members or procedure) are missing.", c.Name)
	}
	if !needCrit && !c.Omit(args, 2) {
		return runtime.Null, c.Errorf(1039, "%s : un troisième paramètre demande ttColonne, ttMembre ou ttFonction.",
			"%s: a third parameter needs asColumn, asMember or asFunction.", c.Name)
	}
	switch {
	case typ&TtFonction != 0:
		return runtime.Null, dedupeByProc(c, a, critArg)
	case typ&TtColonne != 0 || cols > 1:
		if len(a.Dims) != 2 {
			return runtime.Null, c.Errorf(1037, "%s : ttColonne demande un tableau à deux dimensions.",
				"%s: asColumn needs a two-dimension array.", c.Name)
		}
		var colIdx []int
		if cols > 1 && typ&TtColonne == 0 {
			// A two-dimension array without criteria: whole rows compared.
			for j := range cols {
				colIdx = append(colIdx, j)
			}
		}
		for _, part := range critParts(critArg) {
			_, p := sign(part)
			col, err := strconv.Atoi(p)
			if err != nil || col < 1 || col > cols {
				return runtime.Null, c.Errorf(1035, "%s : la colonne %s n'existe pas.", "%s: column %s does not exist.", c.Name, p)
			}
			colIdx = append(colIdx, col-1)
		}
		row := func(i int32) []runtime.Value { return a.Data[int(i)*cols : (int(i)+1)*cols] }
		keep := dedupe(n, func(i, j int32) int {
			x, y := row(i), row(j)
			for _, col := range colIdx {
				if r := elemCompare(x[col], y[col], opt); r != 0 {
					return r
				}
			}
			return 0
		})
		out := a.Data[:0]
		for i := range n {
			if keep[i] {
				out = append(out, a.Data[i*cols:(i+1)*cols]...)
			}
		}
		a.Data = out
		a.Dims = []int{len(out) / cols, cols}
		return runtime.Null, nil
	case typ&TtMembre != 0:
		members := critParts(critArg)
		if st := a.Data[0].Struct(); st != nil {
			for _, m := range members {
				if _, ok := st.Get(runtime.Fold(m)); !ok {
					return runtime.Null, c.Errorf(1035, "%s : le membre %s n'existe pas.", "%s: member %s does not exist.", c.Name, m)
				}
			}
		}
		keep := dedupe(n, func(i, j int32) int {
			for _, m := range members {
				if r := elemCompare(field(a.Data[i], m), field(a.Data[j], m), opt); r != 0 {
					return r
				}
			}
			return 0
		})
		a.Data = filterKept(a.Data, keep)
		return runtime.Null, nil
	}
	keep := dedupe(n, func(i, j int32) int { return elemCompare(a.Data[i], a.Data[j], opt) })
	a.Data = filterKept(a.Data, keep)
	return runtime.Null, nil
}

// critParts splits a criteria parameter, "2;-3" or "m1;m2", or a number.
func critParts(v runtime.Value) []string {
	var out []string
	for _, p := range strings.Split(v.Text(), ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// elemCompare orders two elements for TableauSupprimeDoublon: values of
// different kinds are never equal (1 and "1" in a Variant array stay
// both), structures are compared member by member, others as compare
// does with the tcc* options.
func elemCompare(x, y runtime.Value, opt int) int {
	if kx, ky := x.Kind(), y.Kind(); kx != ky {
		return cmp.Compare(kx, ky)
	}
	if sx, sy := x.Struct(), y.Struct(); sx != nil && sy != nil {
		for k := range min(len(sx.Fields), len(sy.Fields)) {
			if r := elemCompare(sx.Fields[k], sy.Fields[k], opt); r != 0 {
				return r
			}
		}
		return cmp.Compare(len(sx.Fields), len(sy.Fields))
	}
	return compare(x, y, opt)
}

// dedupe tells, for n elements compared by cmpIdx, which to keep: the
// first (lowest index) of each group of equal ones.
func dedupe(n int, cmpIdx func(i, j int32) int) []bool {
	perm := stablePerm(n, cmpIdx)
	keep := make([]bool, n)
	keep[perm[0]] = true
	for k := 1; k < n; k++ {
		if cmpIdx(perm[k-1], perm[k]) != 0 {
			keep[perm[k]] = true
		}
	}
	return keep
}

// filterKept keeps the elements keep marks, in their order.
func filterKept(data []runtime.Value, keep []bool) []runtime.Value {
	out := data[:0]
	for i, v := range data {
		if keep[i] {
			out = append(out, v)
		}
	}
	return out
}

// dedupeByProc removes the elements the procedure finds equal (returns
// 0) to an earlier one (TableauSupprimeDoublon(T, ttFonction, Proc)).
func dedupeByProc(c *runtime.Call, a *runtime.Array, procArg runtime.Value) error {
	p := procArg.Proc()
	if p == nil {
		return c.Errorf(1034, "%s : ttFonction demande une procédure de comparaison.", "%s: asFunction needs a comparison procedure.", c.Name)
	}
	if len(a.Dims) > 1 {
		return c.Errorf(1037, "%s : ttFonction demande un tableau à une dimension.", "%s: asFunction needs a one-dimension array.", c.Name)
	}
	// The procedure sees a copy of the elements: it may change the array,
	// which must not crash the comparison (as in sortByProc).
	data := slices.Clone(a.Data)
	keep := dedupe(len(data), func(i, j int32) int {
		return int(max(-1, min(1, c.Run.CallProc(p, c.Pos, data[i], data[j]).ToInt())))
	})
	if len(a.Data) != len(data) {
		return c.Errorf(1036, "%s : la procédure de comparaison a modifié le tableau.",
			"%s: the comparison procedure changed the array.", c.Name)
	}
	a.Data = filterKept(data, keep)
	return nil
}
