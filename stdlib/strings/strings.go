package strings

import (
	"math"
	gostrings "strings"
	"unicode"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Install registers the string family.
func Install(r *runtime.Registry) {
	installConsts(r)
	for _, f := range funcs() {
		r.AddFunc(f)
	}
}

func fn(name string, aliases []string, min, max int, f func(c *runtime.Call, args []runtime.Value) (runtime.Value, error)) *runtime.Func {
	return &runtime.Func{Name: name, Aliases: aliases, Min: min, Max: max, Fn: f}
}

func fallible(f *runtime.Func) *runtime.Func { f.Fallible = true; return f }

func en(names ...string) []string { return names }

func funcs() []*runtime.Func {
	return []*runtime.Func{
		fn("Taille", en("Length"), 1, 1, taille),
		fallible(fn("Gauche", en("Left"), 1, 2, gauche)),
		fallible(fn("Droite", en("Right"), 1, 2, droite)),
		fallible(fn("Milieu", en("Middle"), 2, 3, milieu)),
		fallible(fn("Tronque", en("Truncate"), 2, 3, tronque)),
		fn("Position", en("Position"), 2, 4, position),
		fn("PositionOccurrence", nil, 3, 4, positionOccurrence),
		fn("Remplace", en("Replace"), 3, 4, remplace),
		fn("Majuscule", en("Upper"), 1, 1, majuscule),
		fn("Minuscule", en("Lower"), 1, 1, minuscule),
		fn("SansAccent", en("NoAccent"), 1, 1, sansAccent),
		fn("SansEspace", en("NoSpace"), 1, 2, sansEspace),
		fn("ChaîneConstruit", en("StringBuild"), 1, -1, chaineConstruit),
		fn("NumériqueVersChaîne", en("NumToString"), 1, 2, numVersChaine),
		fn("Val", nil, 1, 2, val),
		fn("ChaîneVersNumérique", en("StringToNum"), 1, 2, val),
		fallible(fn("ExtraitChaîne", en("ExtractString"), 2, 4, extraitChaine)),
		fn("ChaîneDécoupe", en("StringSplit"), 1, -1, chaineDecoupe),
		fn("Complète", en("Complete"), 2, 3, complete),
		fn("Contient", en("Contains"), 2, 3, contient),
		fn("ChaîneCommencePar", en("StringStartsWith"), 2, 3, commencePar),
		fn("ChaîneFinitPar", en("StringEndsWith"), 2, 3, finitPar),
		fn("Asc", nil, 1, 1, asc),
		fn("Caract", en("Charact"), 1, 1, caract),
		fn("CaractUnicode", en("CharactUnicode"), 1, 1, caractUnicode),
		fn("Répète", en("RepeatString"), 2, 2, repete),
		fn("Inverse", en("Reverse"), 1, 1, inverse),
		fn("ChaîneInverse", en("StringReverse"), 1, 1, chaineInverse),
		fn("ChaîneOccurrence", en("StringCount"), 2, 3, chaineOccurrence),
		// <Chaîne>.Formate (1000024877) is the prefixed form of ChaîneFormate.
		fn("ChaîneFormate", en("StringFormat", "Formate"), 2, 2, chaineFormate),
		fn("ChaîneInsère", en("StringInsert"), 3, 3, chaineInsere),
		fn("ChaîneSupprime", en("StringDelete"), 2, 3, chaineSupprime),
	}
}

// Taille (3024031): number of characters; bytes for a Buffer.
func taille(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v := wl.Arg(args, 0)
	if v.Kind() == runtime.KBuffer {
		return runtime.Int(int64(len(v.Text()))), nil
	}
	return runtime.Int(int64(wl.Len(v.Text()))), nil
}

// failEOT reports a negative length or position (non-fatal error) and
// returns EOT, as Gauche, Droite, Milieu and Tronque do.
func failEOT(c *runtime.Call, fr, en string) (runtime.Value, error) {
	c.Fail(1001, "Le paramètre <"+fr+"> de la fonction "+c.Name+" ne doit pas être négatif.",
		"The <"+en+"> parameter of "+c.Name+" must not be negative.")
	return runtime.Str(EOT), nil
}

// Gauche (3024001): first n characters; without n, the string without its
// right spaces.
func gauche(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return side(c, args, false)
}

// Droite (3024016): last n characters; without n, the string without its
// left spaces.
func droite(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return side(c, args, true)
}

// side is Gauche (the first characters) or, with right, Droite (the
// last ones).
func side(c *runtime.Call, args []runtime.Value, right bool) (runtime.Value, error) {
	s := wl.Str(args, 0)
	if c.Omit(args, 1) {
		if right {
			return runtime.Str(gostrings.TrimLeft(s, " ")), nil
		}
		return runtime.Str(gostrings.TrimRight(s, " ")), nil
	}
	n := wl.Arg(args, 1).ToInt()
	if n < 0 {
		return failEOT(c, "Longueur", "Length")
	}
	rs := []rune(s)
	if int(n) >= len(rs) {
		return runtime.Str(s), nil
	}
	if right {
		return runtime.Str(string(rs[len(rs)-int(n):])), nil
	}
	return runtime.Str(string(rs[:n])), nil
}

// Milieu (3024023): from start (0 = 1), n characters or to the end; ""
// past the end.
func milieu(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	rs := []rune(wl.Str(args, 0))
	start := wl.Arg(args, 1).ToInt()
	n := int64(-1)
	if !c.Omit(args, 2) {
		n = wl.Arg(args, 2).ToInt()
		if n < 0 {
			return failEOT(c, "Longueur", "Length")
		}
	}
	if start < 0 {
		return failEOT(c, "Position de départ", "Start position")
	}
	if start == 0 {
		start = 1
	}
	if start > int64(len(rs)) {
		return runtime.Str(""), nil
	}
	rest := rs[start-1:]
	if n >= 0 && n < int64(len(rest)) {
		rest = rest[:n]
	}
	return runtime.Str(string(rest)), nil
}

// Tronque (1000020476): keeps n characters, or removes n with
// nombreDeCaractèresASupprimer.
func tronque(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	rs := []rune(wl.Str(args, 0))
	n := wl.Arg(args, 1).ToInt()
	if n < 0 {
		return failEOT(c, "Nombre de caractères", "Number of characters")
	}
	keep := n
	if wl.Int(c, args, 2, 0) == NombreDeCaracteresASupprimer {
		keep = int64(len(rs)) - n
	}
	if keep < 0 {
		keep = 0
	}
	if keep >= int64(len(rs)) {
		return runtime.Str(string(rs)), nil
	}
	return runtime.Str(string(rs[:keep])), nil
}

// Majuscule (3024039): upper case without accents ("pépère" → "PEPERE"),
// the cedilla kept ("ça !" → "ÇA !"), as the two doc examples show.
func majuscule(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var b gostrings.Builder
	for _, r := range wl.Str(args, 0) {
		if r >= 0x80 && r != 'ç' && r != 'Ç' {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			r = wl.StripAccent(r)
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return runtime.Str(b.String()), nil
}

// Minuscule (3024030): lower case, accents kept.
func minuscule(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return runtime.Str(gostrings.ToLower(wl.Str(args, 0))), nil
}

// SansAccent (3024033): "pépère" → "pepere".
func sansAccent(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return runtime.Str(wl.RemoveAccents(wl.Str(args, 0))), nil
}

// SansEspace (3024034): removes spaces outside (default), right, left,
// inside or everywhere. The non-breaking space is kept.
func sansEspace(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := wl.Str(args, 0)
	opt := wl.Int(c, args, 1, SscExterieur)
	return runtime.Str(noSpace(s, int(opt))), nil
}

func noSpace(s string, opt int) string {
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi && wl.IsSpace(rs[lo]) {
		lo++
	}
	for hi > lo && wl.IsSpace(rs[hi-1]) {
		hi--
	}
	var b gostrings.Builder
	if opt&SscGauche == 0 {
		b.WriteString(string(rs[:lo]))
	}
	for _, r := range rs[lo:hi] {
		if opt&SscInterieur != 0 && wl.IsSpace(r) {
			continue
		}
		b.WriteRune(r)
	}
	if opt&SscDroite == 0 {
		b.WriteString(string(rs[hi:]))
	}
	return b.String()
}

// ChaîneConstruit (3024006): %1..%n replaced by the parameters (or the
// elements of one array), repeatable; %% gives %; a missing one gives "".
func chaineConstruit(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	tpl := wl.Str(args, 0)
	var params []string
	if len(args) == 2 {
		if ss, ok := wl.Strings(args[1]); ok {
			params = ss
		}
	}
	if params == nil {
		for _, a := range args[1:] {
			params = append(params, a.First().Text())
		}
	}
	// The size is known before anything is built: charged to the run's
	// memory limit at once, then one allocation.
	var n countWriter
	build(&n, tpl, params)
	c.Charge(int64(n))
	var b gostrings.Builder
	b.Grow(int(n))
	build(&b, tpl, params)
	return runtime.Str(b.String()), nil
}

// countWriter counts the bytes written to it.
type countWriter int

func (n *countWriter) WriteString(s string) (int, error) {
	*n += countWriter(len(s))
	return len(s), nil
}
func (n *countWriter) WriteByte(byte) error { *n++; return nil }

func build(b interface {
	WriteString(string) (int, error)
	WriteByte(byte) error
}, tpl string, params []string) {
	for i := 0; i < len(tpl); i++ {
		ch := tpl[i]
		if ch != '%' || i+1 >= len(tpl) {
			b.WriteByte(ch)
			continue
		}
		next := tpl[i+1]
		if next == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if next < '0' || next > '9' {
			b.WriteByte('%')
			continue
		}
		j := i + 1
		n := 0
		for j < len(tpl) && tpl[j] >= '0' && tpl[j] <= '9' {
			n = n*10 + int(tpl[j]-'0')
			j++
		}
		if n >= 1 && n <= len(params) {
			b.WriteString(params[n-1])
		}
		i = j - 1
	}
}

// Val / ChaîneVersNumérique (3024037, 1410087852): the longest numeric
// prefix; base "d", "x", "o" or 2..36.
func val(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := wl.Str(args, 0)
	if c.Omit(args, 1) {
		return runtime.ParseNumber(s), nil
	}
	bv := wl.Arg(args, 1)
	base := 10
	if bv.Kind() == runtime.KString {
		switch gostrings.ToLower(bv.Text()) {
		case "x":
			base = 16
		case "o":
			base = 8
		case "d", "":
			base = 10
		default:
			base = int(bv.ToInt())
		}
	} else {
		base = int(bv.ToInt())
	}
	if base == 10 {
		return runtime.ParseNumber(s), nil
	}
	if base < 2 || base > 36 {
		return runtime.Int(0), nil
	}
	s = gostrings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var n uint64
	for _, r := range s {
		d := digitVal(r)
		if d < 0 || d >= base {
			break
		}
		n = n*uint64(base) + uint64(d)
	}
	if neg {
		return runtime.Int(-int64(n)), nil
	}
	if n > math.MaxInt64 {
		return runtime.Real(float64(n)), nil
	}
	return runtime.Int(int64(n)), nil
}

func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	}
	return -1
}

// Complète (3024010): pads on the right with spaces (or the given
// character) or truncates to the size.
func complete(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	rs := []rune(wl.Str(args, 0))
	n := wl.Arg(args, 1).ToInt()
	if n < 0 || n > 1<<28 {
		return runtime.Null, c.Errorf(1002, "La taille %d passée à %s n'est pas valide.", "The size %d passed to %s is not valid.", n, c.Name)
	}
	pad := " "
	if !c.Omit(args, 2) {
		if p := []rune(wl.Str(args, 2)); len(p) > 0 {
			pad = string(p[0])
		}
	}
	if int64(len(rs)) >= n {
		return runtime.Str(string(rs[:n])), nil
	}
	return runtime.Str(string(rs) + gostrings.Repeat(pad, int(n)-len(rs))), nil
}

// Asc (3024004): Windows ANSI code of the first character (0 for "").
func asc(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v := wl.Arg(args, 0)
	s := v.Text()
	if s == "" {
		return runtime.Int(0), nil
	}
	if v.Kind() == runtime.KBuffer {
		return runtime.Int(int64(s[0])), nil
	}
	r := []rune(s)[0]
	code, _ := wl.RuneToAnsi(r)
	return runtime.Int(int64(code)), nil
}

// Caract (3024003): the character of a Windows ANSI code 0..255; another
// value is a WLangage error.
func caract(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	n := wl.Arg(args, 0).ToInt()
	if n < 0 || n > 255 {
		return runtime.Null, c.Errorf(1003, "Le code %d passé à %s doit être compris entre 0 et 255.", "The code %d passed to %s must be between 0 and 255.", n, c.Name)
	}
	return runtime.Str(string(wl.AnsiToRune(int(n)))), nil
}

// CaractUnicode (1000019397): the character of a Unicode code.
func caractUnicode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	n := wl.Arg(args, 0).ToInt()
	if n < 0 || n > unicode.MaxRune {
		return runtime.Null, c.Errorf(1003, "Le code %d passé à %s n'est pas un caractère Unicode.", "The code %d passed to %s is not a Unicode character.", n, c.Name)
	}
	return runtime.Str(string(rune(n))), nil
}

// Répète (3024036): n copies; "" when n <= 0.
func repete(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v := wl.Arg(args, 0)
	n := wl.Arg(args, 1).ToInt()
	if n <= 0 {
		if v.Kind() == runtime.KBuffer {
			return runtime.Buffer(nil), nil
		}
		return runtime.Str(""), nil
	}
	s := v.Text()
	if len(s) > 0 && n > (1<<30)/int64(len(s)) { // no overflow of len × n
		return runtime.Null, c.Errorf(1004, "Chaîne trop grande pour %s.", "String too large for %s.", c.Name)
	}
	c.Charge(int64(len(s)) * n)
	out := gostrings.Repeat(s, int(n))
	if v.Kind() == runtime.KBuffer {
		return runtime.Buffer([]byte(out)), nil
	}
	return runtime.Str(out), nil
}

// Inverse (3024028): complement of each character; for a Unicode string
// the complement is computed against 65535.
func inverse(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var b gostrings.Builder
	for _, r := range wl.Str(args, 0) {
		if r <= 0xFFFF {
			r = 0xFFFF - r
		}
		b.WriteRune(r)
	}
	return runtime.Str(b.String()), nil
}

// ChaîneInverse (1000019901): "ABC" → "CBA".
func chaineInverse(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	rs := []rune(wl.Str(args, 0))
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return runtime.Str(string(rs)), nil
}

// ChaîneInsère (1000020477): inserts at a position (before the character
// at that position); clamped to the start and the end.
func chaineInsere(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	rs := []rune(wl.Str(args, 0))
	ins := wl.Str(args, 1)
	p := wl.Arg(args, 2).ToInt()
	if p < 1 {
		p = 1
	}
	if p > int64(len(rs))+1 {
		p = int64(len(rs)) + 1
	}
	return runtime.Str(string(rs[:p-1]) + ins + string(rs[p-1:])), nil
}

// ChaîneSupprime (1000019917): removes every occurrence of a sub-string
// (or of the strings of an array), or a portion given by position and
// length.
func chaineSupprime(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := wl.Str(args, 0)
	if len(args) == 3 && wl.IsNumber(args[1]) && wl.IsNumber(args[2]) {
		rs := []rune(s)
		p, n := args[1].ToInt(), args[2].ToInt()
		if p < 1 || p > int64(len(rs)) || n <= 0 {
			return runtime.Str(s), nil
		}
		end := p - 1 + n
		if end > int64(len(rs)) {
			end = int64(len(rs))
		}
		return runtime.Str(string(rs[:p-1]) + string(rs[end:])), nil
	}
	pats := patterns(args[1])
	opt := int(wl.Int(c, args, 2, 0))
	return runtime.Str(replaceAll(s, pats, "", opt)), nil
}

// ChaîneFormate (3024019): applies the cc* options.
func chaineFormate(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return runtime.Str(format(wl.Str(args, 0), int(wl.Arg(args, 1).ToInt()))), nil
}

// format applies ChaîneFormate's options; ccMajuscule keeps the accents
// ("LE DÉVELOPPEMENT FACILE", 3024019).
func format(s string, opt int) string {
	if opt&CcSansAccent != 0 {
		s = wl.RemoveAccents(s)
	}
	if opt&CcMajuscule != 0 {
		s = gostrings.ToUpper(s)
	} else if opt&CcMinuscule != 0 {
		s = gostrings.ToLower(s)
	}
	if opt&CcSansPonctuationNiEspace != 0 {
		s = wl.Remove(s, wl.IsPunctOrSpace)
	}
	if opt&(CcSansEspace|CcSansEspaceInterieur) != 0 {
		ssc := 0
		if opt&CcSansEspace != 0 {
			ssc |= SscExterieur
		}
		if opt&CcSansEspaceInterieur != 0 {
			ssc |= SscInterieur
		}
		s = noSpace(s, ssc)
	}
	return s
}

// ChaîneDécoupe (1000022322): all the sub-strings between separators (TAB
// by default, an array of separators, or one separator per position),
// with an optional cc* formatting of each.
func chaineDecoupe(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := wl.Str(args, 0)
	rest := args[1:]
	opt := 0
	if n := len(rest); n > 0 && wl.IsNumber(rest[n-1]) {
		opt = int(rest[n-1].ToInt())
		rest = rest[:n-1]
	}
	var parts []string
	switch {
	case len(rest) == 0:
		parts = gostrings.Split(s, "\t")
	case len(rest) == 1:
		seps := patterns(rest[0])
		parts = splitAll(s, seps)
	default:
		// One separator per position.
		cur := s
		for _, sv := range rest {
			sep := sv.First().Text()
			i := gostrings.Index(cur, sep)
			if sep == "" || i < 0 {
				break
			}
			parts = append(parts, cur[:i])
			cur = cur[i+len(sep):]
		}
		parts = append(parts, cur)
	}
	if opt != 0 {
		for i := range parts {
			parts[i] = format(parts[i], opt)
		}
	}
	return wl.StringArray(parts), nil
}

// splitAll splits s at every separator of seps (longest match first).
func splitAll(s string, seps []string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		if n := matchSep(s[i:], seps); n > 0 {
			out = append(out, s[start:i])
			i += n
			start = i
			continue
		}
		i++
	}
	return append(out, s[start:])
}

// matchSep returns the byte length of the longest separator of seps that
// s starts with, or 0.
func matchSep(s string, seps []string) int {
	best := 0
	for _, sep := range seps {
		if sep != "" && len(sep) > best && gostrings.HasPrefix(s, sep) {
			best = len(sep)
		}
	}
	return best
}

// patterns returns the strings to search: an array's elements or one text.
func patterns(v runtime.Value) []string {
	if ss, ok := wl.Strings(v); ok {
		return ss
	}
	return []string{v.First().Text()}
}
