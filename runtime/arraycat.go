package runtime

import "slices"

// ConcatArray appends the elements of src after those of a, as
// TableauAjoute(a, src) does (doc 3075003): for arrays of several
// dimensions src's rows follow a's, a tableau de * par 2 of 2 rows and
// one of 3 make one of 5 rows. It reports false, changing nothing, when
// the arrays do not have the same dimensions apart from the first.
func ConcatArray(a, src *Array) bool {
	if len(a.Dims) > 1 || len(src.Dims) > 1 {
		if len(a.Dims) != len(src.Dims) || !slices.Equal(a.Dims[1:], src.Dims[1:]) {
			return false
		}
	}
	a.box()
	src.box()
	for _, e := range src.Data {
		a.Append(e)
	}
	if len(a.Dims) > 1 {
		row := 1
		for _, n := range a.Dims[1:] {
			row *= n
		}
		if row > 0 {
			dims := slices.Clone(a.Dims) // the type's slice is shared
			dims[0] = len(a.Data) / row
			a.Dims = dims
		}
	}
	return true
}
