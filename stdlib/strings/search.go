package strings

import (
	"slices"
	gostrings "strings"
	"unicode"
	"unicode/utf8"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// matcher finds patterns in a text with the options of Position,
// Remplace and ChaîneOccurrence (DepuisFin, MotComplet, SansCasse).
// Positions are rune indexes of the original text.
type matcher struct {
	text []rune // folded when SansCasse
	pats [][]rune
	word bool
}

func newMatcher(s string, pats []string, opt int) *matcher {
	m := &matcher{text: []rune(s), word: opt&MotComplet != 0}
	fold := opt&SansCasse != 0 || opt&CcSansCasse != 0
	if fold {
		m.text = wl.FoldRunes(m.text)
	}
	for _, p := range pats {
		if p == "" {
			continue
		}
		rp := []rune(p)
		if fold {
			rp = wl.FoldRunes(rp)
		}
		m.pats = append(m.pats, rp)
	}
	return m
}

// at returns the length and the index (in the non-empty patterns) of the
// longest pattern found at i, or 0 (ambiguities: the longest wins,
// ChaîneOccurrence 3024008).
func (m *matcher) at(i int) (int, int) {
	best, idx := 0, -1
	for k, p := range m.pats {
		if len(p) <= best || i+len(p) > len(m.text) {
			continue
		}
		ok := true
		for j, r := range p {
			if m.text[i+j] != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if m.word {
			if i > 0 && wl.IsWordChar(m.text[i-1]) {
				continue
			}
			if e := i + len(p); e < len(m.text) && wl.IsWordChar(m.text[e]) {
				continue
			}
		}
		best, idx = len(p), k
	}
	return best, idx
}

// all returns the start of every non-overlapping match, left to right.
func (m *matcher) all() []int {
	var out []int
	for i := 0; i < len(m.text); {
		if n, _ := m.at(i); n > 0 {
			out = append(out, i)
			i += n
			continue
		}
		i++
	}
	return out
}

// plainPattern returns the pattern of a search that the byte fast path
// can do: no option, one non-empty string, valid UTF-8 text and pattern
// (a valid pattern then only matches at character boundaries, and the
// character positions of the result are counted only for the result).
// Options, arrays of patterns and invalid UTF-8 (whose bytes the general
// path reads as U+FFFD) take the general path. A search that only counts
// or places matches (anyText) accepts invalid bytes in s when p has no
// U+FFFD: a valid p then matches the same characters on bytes, each
// invalid byte still counting as one character; a replacement does not,
// since the general path writes those bytes back as U+FFFD.
func plainPattern(s string, what runtime.Value, opt int64, anyText bool) (string, bool) {
	if opt != 0 || what.Kind() == runtime.KArray {
		return "", false
	}
	p := what.Text()
	if p == "" || !utf8.ValidString(p) {
		return "", false
	}
	if anyText && !gostrings.ContainsRune(p, utf8.RuneError) {
		return p, true
	}
	return p, utf8.ValidString(s)
}

// runeOffset is the byte offset of character n (from 0) of s, -1 past
// the end.
func runeOffset(s string, n int64) int {
	if n <= 0 {
		return 0
	}
	var k int64
	for i := range s {
		if k == n {
			return i
		}
		k++
	}
	if k == n {
		return len(s)
	}
	return -1
}

// origIndex maps a pattern index of m.pats back to the index of the
// caller's array (empty strings were dropped).
func origIndex(pats []string, k int) int {
	for i, p := range pats {
		if p == "" {
			continue
		}
		if k == 0 {
			return i
		}
		k--
	}
	return -1
}

// Position (3024027): position of the first occurrence from start
// (DepuisFin: the last one starting at or before start), 0 if none. With
// an array of strings it returns (position, index in the array).
func position(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	var what runtime.Value
	var start64, opt64 int64 // start 0: the default of each direction
	if len(args) == 2 {
		// the usual call reads its arguments as Unpack would, without it
		s, what = args[0].First().Text(), args[1].First()
	} else if err := c.Unpack(args, "chaîne", &s, "recherchée", &what, "départ?", &start64, "options?", &opt64); err != nil {
		return runtime.Null, err
	}
	if p, ok := plainPattern(s, what, opt64, true); ok {
		start := max(start64, 1)
		off := runeOffset(s, start-1)
		if off < 0 {
			return runtime.Int(0), nil
		}
		i := gostrings.Index(s[off:], p)
		if i < 0 {
			return runtime.Int(0), nil
		}
		return runtime.Int(start + int64(utf8.RuneCountInString(s[off:off+i]))), nil
	}
	pats, isArr := wl.Strings(what)
	if !isArr {
		pats = []string{what.Text()}
	}
	opt := int(opt64)
	m := newMatcher(s, pats, opt)
	n := len(m.text)
	pos, idx := 0, -1
	if opt&DepuisFin != 0 {
		start := int(start64)
		if start <= 0 || start > n {
			start = n
		}
		for i := start - 1; i >= 0; i-- {
			if l, k := m.at(i); l > 0 {
				pos, idx = i+1, k
				break
			}
		}
	} else {
		start := int(start64)
		if start < 1 {
			start = 1
		}
		for i := start - 1; i < n; i++ {
			if l, k := m.at(i); l > 0 {
				pos, idx = i+1, k
				break
			}
		}
	}
	if !isArr {
		return runtime.Int(int64(pos)), nil
	}
	oi := 0
	if idx >= 0 {
		oi = origIndex(pats, idx) + 1
	}
	return runtime.Tuple([]runtime.Value{runtime.Int(int64(pos)), runtime.Int(int64(oi))}), nil
}

type occKey struct{ text, pats string }

// occState is the per-run state of PositionOccurrence's sequential
// reading, stored under occStateKey.
type occState struct{ m map[occKey]int }

type occStateKey struct{}

// PositionOccurrence (3024029): position of the n-th occurrence (DepuisFin:
// counted from the end), or a sequential reading with rangPremier /
// rangSuivant / rangDernier / rangPrécédent; 0 when there is none.
func positionOccurrence(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	var what runtime.Value
	var rank, opt64 int64
	if err := c.Unpack(args, "chaîne", &s, "recherchée", &what, "rang", &rank, "options?", &opt64); err != nil {
		return runtime.Null, err
	}
	pats := patterns(what)
	opt := int(opt64)
	m := newMatcher(s, pats, opt)
	all := m.all()
	if rank >= 1 {
		if rank > int64(len(all)) {
			return runtime.Int(0), nil
		}
		if opt&DepuisFin != 0 {
			return runtime.Int(int64(all[len(all)-int(rank)] + 1)), nil
		}
		return runtime.Int(int64(all[rank-1] + 1)), nil
	}
	st := c.Run.State(occStateKey{}, func() any { return &occState{m: map[occKey]int{}} }).(*occState)
	key := occKey{s, joinKey(pats, opt)}
	var i int
	switch rank {
	case RangPremier:
		i = 0
	case RangDernier:
		i = len(all) - 1
	case RangSuivant:
		cur, ok := st.m[key]
		if !ok {
			return runtime.Int(0), nil
		}
		i = cur + 1
	case RangPrecedent:
		cur, ok := st.m[key]
		if !ok {
			return runtime.Int(0), nil
		}
		i = cur - 1
	default:
		return runtime.Int(0), nil
	}
	if i < 0 || i >= len(all) {
		delete(st.m, key)
		return runtime.Int(0), nil
	}
	st.m[key] = i
	return runtime.Int(int64(all[i] + 1)), nil
}

func joinKey(pats []string, opt int) string {
	k := string(rune(opt + 1))
	for _, p := range pats {
		k += "\x00" + p
	}
	return k
}

// Remplace (3024022): replaces every occurrence (of a string or of the
// strings of an array; options MotComplet, SansCasse), or the portion
// given by position and length: Remplace(s, position, longueur, nouvelle).
func remplace(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	var what, third runtime.Value
	opt := int64(0)
	if len(args) == 3 {
		// the usual call reads its arguments as Unpack would, without it
		s, what, third = args[0].First().Text(), args[1].First(), args[2].First()
	} else if err := c.Unpack(args, "chaîne", &s, "à remplacer", &what, "nouvelle chaîne", &third, "option?", &opt); err != nil {
		return runtime.Null, err
	}
	if len(args) == 4 && wl.IsNumber(what) && wl.IsNumber(third) {
		// Remplace(<Chaîne>, <Position>, <Longueur>, <Nouvelle chaîne>):
		// the portion is clipped to the string, so any length works
		// (9223372036854775807 included: no overflow, issue 12 point 8).
		var p, n int64
		var repl string
		if err := c.Unpack(args, "chaîne", &s, "position", &p, "longueur", &n, "nouvelle chaîne", &repl); err != nil {
			return runtime.Null, err
		}
		rs := []rune(s)
		p = min(max(p, 1), int64(len(rs))+1)
		end := p - 1
		if n > 0 {
			end += min(n, int64(len(rs))-end)
		}
		return runtime.Str(string(rs[:p-1]) + repl + string(rs[end:])), nil
	}
	repl := third.Text()
	if p, ok := plainPattern(s, what, opt, false); ok && utf8.ValidString(repl) {
		return runtime.Str(gostrings.ReplaceAll(s, p, repl)), nil
	}
	return runtime.Str(replaceAll(s, patterns(what), repl, int(opt))), nil
}

// replaceAll replaces the non-overlapping matches, left to right.
func replaceAll(s string, pats []string, repl string, opt int) string {
	m := newMatcher(s, pats, opt)
	if len(m.pats) == 0 {
		return s
	}
	orig := []rune(s)
	out := make([]rune, 0, len(orig))
	rr := []rune(repl)
	for i := 0; i < len(orig); {
		if n, _ := m.at(i); n > 0 {
			out = append(out, rr...)
			i += n
			continue
		}
		out = append(out, orig[i])
		i++
	}
	return string(out)
}

// matcherOf reads (chaîne, recherchée [, options]), the parameters of
// ChaîneOccurrence and Contient: a matcher, or nil and the text and the
// pattern when the byte fast path applies (plainPattern).
func matcherOf(c *runtime.Call, args []runtime.Value) (*matcher, [2]string, error) {
	var s string
	var what runtime.Value
	var opt int64
	if err := c.Unpack(args, "chaîne", &s, "recherchée", &what, "options?", &opt); err != nil {
		return nil, [2]string{}, err
	}
	if p, ok := plainPattern(s, what, opt, true); ok {
		return nil, [2]string{s, p}, nil
	}
	return newMatcher(s, patterns(what), int(opt)), [2]string{}, nil
}

// ChaîneOccurrence (3024008): number of non-overlapping occurrences.
func chaineOccurrence(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	m, p, err := matcherOf(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if m == nil {
		return runtime.Int(int64(gostrings.Count(p[0], p[1]))), nil
	}
	return runtime.Int(int64(len(m.all()))), nil
}

// Contient (1000019893): whether the string contains the sub-string (or
// one of the strings of an array).
func contient(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	m, p, err := matcherOf(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if m == nil {
		return runtime.Bool(gostrings.Contains(p[0], p[1])), nil
	}
	for i := range m.text {
		if n, _ := m.at(i); n > 0 {
			return runtime.Bool(true), nil
		}
	}
	return runtime.Bool(false), nil
}

// normalize applies the cc* comparison options to rs; idx maps each kept
// character to its index in rs.
func normalize(rs []rune, opt int) (out []rune, idx []int) {
	if opt&SansCasse != 0 {
		opt |= CcSansCasse | CcSansAccent
	}
	lo, hi := 0, len(rs)
	for lo < hi && wl.IsSpace(rs[lo]) {
		lo++
	}
	for hi > lo && wl.IsSpace(rs[hi-1]) {
		hi--
	}
	for i, r := range rs {
		if opt&CcSansEspace != 0 && (i < lo || i >= hi) {
			continue
		}
		if opt&CcSansEspaceInterieur != 0 && i >= lo && i < hi && wl.IsSpace(r) {
			continue
		}
		if opt&CcSansPonctuationNiEspace != 0 && wl.IsPunctOrSpace(r) {
			continue
		}
		if opt&CcSansAccent != 0 {
			r = wl.StripAccent(r)
		}
		if opt&CcSansCasse != 0 {
			r = unicode.ToUpper(unicode.ToLower(r))
		}
		out = append(out, r)
		idx = append(idx, i)
	}
	return out, idx
}

// ChaîneCommencePar (1000018827): size of the matching part at the start
// of the string (options cc*), 0 if it does not start with it.
func commencePar(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return affix(c, args, false)
}

// ChaîneFinitPar (1000018828): size of the matching part at the end of
// the string (options cc*), 0 if it does not end with it.
func finitPar(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return affix(c, args, true)
}

// affix is the size of the longest part of the string, at its start (or
// with atEnd its end), that one of the patterns matches.
func affix(c *runtime.Call, args []runtime.Value, atEnd bool) (runtime.Value, error) {
	var s string
	var what runtime.Value
	var opt64 int64
	if err := c.Unpack(args, "chaîne", &s, "recherchée", &what, "options?", &opt64); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
	opt := int(opt64)
	nt, idx := normalize(rs, opt)
	best := 0
	for _, p := range patterns(what) {
		np, _ := normalize([]rune(p), opt)
		if len(np) == 0 || len(np) > len(nt) {
			continue
		}
		var n int
		if atEnd {
			if !slices.Equal(nt[len(nt)-len(np):], np) {
				continue
			}
			n = len(rs) - idx[len(nt)-len(np)]
		} else {
			if !slices.Equal(nt[:len(np)], np) {
				continue
			}
			n = idx[len(np)-1] + 1
		}
		best = max(best, n)
	}
	return runtime.Int(int64(best)), nil
}
