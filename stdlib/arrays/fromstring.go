package arrays

import (
	"strconv"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// ChaîneVersTableau (1000017008): empties the array, then fills it from
// the string. A one-dimension array gets one element per piece between
// element separators (RC by default); a two-dimension array one row per
// line (line separator, RC by default) and one column per piece of the
// line (column separator, TAB by default), the array resized to as many
// rows as lines and as many columns as the first line has pieces. Every
// separator may be a string or an array of strings, any of which
// separates. A one-dimension array of structures gets one element per
// line whose pieces (third parameter, TAB by default) fill the members in
// the order the structure declares them, as TableauVersChaîne writes
// them.
//
// Where the page is silent: a separator ending the string does not start
// one more, empty, element (the page counts "as many lines as line
// separators found": a text whose every line ends with RC gets no empty
// last line); the pieces a line has beyond the columns of the first line
// stay in its last element as they were written, separators included;
// an empty separator is an error (it would cut nothing).
func chaineVersTableau(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var text string
	var arr, rowArg, colArg runtime.Value
	var ref *runtime.Value
	rowArg, colArg = runtime.Str("\r\n"), runtime.Str("\t")
	if err := c.Unpack(args, "chaîne", &text, "tableau", &arr, "séparateur?", &rowArg, "séparateur de colonnes?", &colArg); err != nil {
		return runtime.Null, err
	}
	if err := c.Unpack(args, "chaîne", &text, "&tableau", &ref); err != nil {
		return runtime.Null, err
	}
	a := arr.Array()
	if a == nil && arr.IsNull() && ref != nil {
		a = runtime.NewArray(runtime.TypeVariant, 0)
		*ref = runtime.ArrayValue(a)
	}
	if a == nil {
		return runtime.Null, c.Errorf(1030, "Le deuxième paramètre de %s doit être un tableau.", "The second parameter of %s must be an array.", c.Name)
	}
	if len(a.Dims) > 2 {
		return runtime.Null, c.Errorf(1037, "%s : le tableau doit avoir une ou deux dimensions (il en a %d).",
			"%s: the array must have one or two dimensions (it has %d).", c.Name, len(a.Dims))
	}
	rowSeps, err := separators(c, rowArg)
	if err != nil {
		return runtime.Null, err
	}
	colSeps, err := separators(c, colArg)
	if err != nil {
		return runtime.Null, err
	}
	lines := split(text, rowSeps, -1)
	if len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	elem := a.Elem
	if len(a.Dims) == 2 {
		cols := len(split(lines[0], colSeps, -1))
		data := make([]runtime.Value, 0, len(lines)*cols)
		for _, line := range lines {
			pieces := split(line, colSeps, cols)
			for j := range cols {
				if j < len(pieces) {
					data = append(data, fromText(pieces[j], elem))
				} else {
					data = append(data, runtime.Zero(elem))
				}
			}
		}
		a.Data = data
		a.Dims = []int{len(lines), cols}
		return runtime.Null, nil
	}
	data := make([]runtime.Value, 0, len(lines))
	if elem != nil && elem.Kind == runtime.KStruct && elem.Struct != nil && !elem.Any {
		st := elem.Struct
		for _, line := range lines {
			s := runtime.NewStruct(st)
			if len(s.Fields) > 0 {
				for j, p := range split(line, colSeps, len(s.Fields)) {
					s.Fields[j] = fromText(p, st.Fields[j].Type)
				}
			}
			data = append(data, runtime.StructValue(s))
		}
	} else {
		for _, line := range lines {
			data = append(data, fromText(line, elem))
		}
	}
	a.Data = data
	return runtime.Null, nil
}

// separators reads a separator parameter: a string, or an array of
// strings any of which separates.
func separators(c *runtime.Call, v runtime.Value) ([]string, error) {
	var seps []string
	if sa := v.Array(); sa != nil {
		for _, e := range sa.Data {
			seps = append(seps, e.Text())
		}
	} else {
		seps = []string{v.Text()}
	}
	for _, s := range seps {
		if s == "" {
			return nil, c.Errorf(1038, "%s : un séparateur ne peut pas être une chaîne vide.", "%s: a separator cannot be an empty string.", c.Name)
		}
	}
	if len(seps) == 0 {
		return nil, c.Errorf(1038, "%s : le tableau des séparateurs est vide.", "%s: the array of separators is empty.", c.Name)
	}
	return seps, nil
}

// split cuts s at every separator of seps (the first found, the longest
// when several start there) into at most n pieces (n < 0: no limit), the
// last piece keeping the rest.
func split(s string, seps []string, n int) []string {
	var out []string
	// next[i] is where seps[i] occurs next from off, -1 when it does not
	// occur again, -2 before its first search: each separator is searched
	// again only once passed, so the cut stays linear in len(s).
	next := make([]int, len(seps))
	for i := range next {
		next[i] = -2
	}
	off := 0
	for n < 0 || len(out) < n-1 {
		at, size := -1, 0
		for i, sep := range seps {
			if next[i] == -2 || next[i] >= 0 && next[i] < off {
				next[i] = strings.Index(s[off:], sep)
				if next[i] >= 0 {
					next[i] += off
				}
			}
			if j := next[i]; j >= 0 && (at < 0 || j < at || (j == at && len(sep) > size)) {
				at, size = j, len(sep)
			}
		}
		if at < 0 {
			break
		}
		out = append(out, s[off:at])
		off = at + size
	}
	return append(out, s[off:])
}

// fromText converts a piece to the element type: a Durée is given in
// milliseconds (1000017008), a Variant keeps the string.
func fromText(s string, t *runtime.Type) runtime.Value {
	if t == nil || t.Any {
		return runtime.Str(s)
	}
	if t.Kind == runtime.KDuration {
		ms, _ := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		return runtime.Duration(ms)
	}
	return runtime.Convert(runtime.Str(s), t)
}
