package strings

import (
	gostrings "strings"

	"github.com/wlangage/wl/runtime"
)

// fields splits s at every separator (longest first); it is the list of
// sub-strings ExtraitChaîne numbers from 1.
func fields(s string, seps []string) []string {
	return splitAll(s, seps)
}

type extractKey struct{ text, seps string }

// extractState is the per-run state of ExtraitChaîne's sequential reading.
type extractState struct{ cur map[extractKey]int }

type extractStateKey struct{}

// ExtraitChaîne (3024017): the sub-string of rank n between separators
// (TAB by default; a string or an array of strings), counted from the end
// with DepuisFin; EOT past the last one. With rangPremier / rangSuivant /
// rangDernier / rangPrécédent it reads the sub-strings one after the other.
func extraitChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	var rank int64
	var sep runtime.Value
	dir := int64(DepuisDebut)
	if len(args) == 3 && !c.Omit(args, 2) {
		// the usual call reads its arguments as Unpack would, without it
		s, rank, sep = args[0].First().Text(), args[1].First().ToInt(), args[2].First()
	} else if err := c.Unpack(args, "chaîne", &s, "rang", &rank, "séparateur?", &sep, "sens?", &dir); err != nil {
		return runtime.Null, err
	}
	if rank >= 1 {
		// One separator (TAB or a string): walk to the field on bytes,
		// no slice of all fields; splitAll matches a single separator
		// the same way (non-overlapping, left to right, on bytes).
		one, ok := "\t", c.Omit(args, 2)
		if !ok && sep.First().Array() == nil {
			one, ok = sep.First().Text(), true
		}
		if ok && one != "" {
			return runtime.Str(nthField(s, one, rank, dir == DepuisFin)), nil
		}
	}
	seps := []string{"\t"}
	if !c.Omit(args, 2) {
		seps = patterns(sep)
	}
	parts := fields(s, seps)
	if rank >= 1 {
		if rank > int64(len(parts)) {
			return runtime.Str(EOT), nil
		}
		if dir == DepuisFin {
			return runtime.Str(parts[len(parts)-int(rank)]), nil
		}
		return runtime.Str(parts[rank-1]), nil
	}
	st := c.Run.State(extractStateKey{}, func() any { return &extractState{cur: map[extractKey]int{}} }).(*extractState)
	key := extractKey{s, gostrings.Join(seps, "\x00")}
	var i int
	switch rank {
	case RangPremier:
		i = 0
	case RangDernier:
		i = len(parts) - 1
	case RangSuivant, RangPrecedent:
		cur, ok := st.cur[key]
		if !ok {
			return runtime.Str(EOT), nil
		}
		if rank == RangSuivant {
			i = cur + 1
		} else {
			i = cur - 1
		}
	default:
		c.Fail(1005, "Le rang passé à "+c.Name+" doit être supérieur ou égal à 1.", "The rank passed to "+c.Name+" must be 1 or more.")
		return runtime.Str(EOT), nil
	}
	if i < 0 || i >= len(parts) {
		delete(st.cur, key)
		return runtime.Str(EOT), nil
	}
	st.cur[key] = i
	return runtime.Str(parts[i]), nil
}

// nthField is field rank (from 1; counted from the end when fromEnd) of
// s split on the non-empty sep, or EOT past the last field.
func nthField(s, sep string, rank int64, fromEnd bool) string {
	if fromEnd {
		n := int64(gostrings.Count(s, sep)) + 1
		if rank > n {
			return EOT
		}
		rank = n - rank + 1
	}
	for ; rank > 1; rank-- {
		i := gostrings.Index(s, sep)
		if i < 0 {
			return EOT
		}
		s = s[i+len(sep):]
	}
	if i := gostrings.Index(s, sep); i >= 0 {
		return s[:i]
	}
	return s
}
