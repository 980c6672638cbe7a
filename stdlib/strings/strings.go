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
	r.AddFuncs(funcs())
}

// funcs is the family's table (see runtime.Func).
func funcs() []runtime.Func {
	return []runtime.Func{
		{Name: "Taille", Aliases: []string{"Length"}, Min: 1, Max: 1, Fn: taille},
		{Name: "Gauche", Aliases: []string{"Left"}, Min: 1, Max: 2, Fallible: true, Fn: gauche},
		{Name: "Droite", Aliases: []string{"Right"}, Min: 1, Max: 2, Fallible: true, Fn: droite},
		{Name: "Milieu", Aliases: []string{"Middle"}, Min: 2, Max: 3, Fallible: true, Fn: milieu},
		{Name: "Tronque", Aliases: []string{"Truncate"}, Min: 2, Max: 3, Fallible: true, Fn: tronque},
		{Name: "Position", Aliases: []string{"Position"}, Min: 2, Max: 4, Fn: position},
		{Name: "PositionOccurrence", Min: 3, Max: 4, Fn: positionOccurrence},
		{Name: "Remplace", Aliases: []string{"Replace"}, Min: 3, Max: 4, Fn: remplace},
		{Name: "Majuscule", Aliases: []string{"Upper"}, Min: 1, Max: 1, Fn: majuscule},
		{Name: "Minuscule", Aliases: []string{"Lower"}, Min: 1, Max: 1, Fn: minuscule},
		{Name: "SansAccent", Aliases: []string{"NoAccent"}, Min: 1, Max: 1, Fn: sansAccent},
		{Name: "SansEspace", Aliases: []string{"NoSpace"}, Min: 1, Max: 2, Fn: sansEspace},
		{Name: "ChaîneConstruit", Aliases: []string{"StringBuild"}, Min: 1, Max: -1, Fn: chaineConstruit},
		{Name: "NumériqueVersChaîne", Aliases: []string{"NumToString"}, Min: 1, Max: 2, Fn: numVersChaine},
		{Name: "Val", Min: 1, Max: 2, Fn: val},
		{Name: "ChaîneVersNumérique", Aliases: []string{"StringToNum"}, Min: 1, Max: 2, Fn: val},
		{Name: "ExtraitChaîne", Aliases: []string{"ExtractString"}, Min: 2, Max: 4, Fallible: true, Fn: extraitChaine},
		{Name: "ChaîneDécoupe", Aliases: []string{"StringSplit"}, Min: 1, Max: -1, Fn: chaineDecoupe},
		{Name: "Complète", Aliases: []string{"Complete"}, Min: 2, Max: 3, Fn: complete},
		{Name: "Contient", Aliases: []string{"Contains"}, Min: 2, Max: 3, Fn: contient},
		{Name: "ChaîneCommencePar", Aliases: []string{"StringStartsWith"}, Min: 2, Max: 3, Fn: commencePar},
		{Name: "ChaîneFinitPar", Aliases: []string{"StringEndsWith"}, Min: 2, Max: 3, Fn: finitPar},
		{Name: "Asc", Min: 1, Max: 1, Fn: asc},
		{Name: "Caract", Aliases: []string{"Charact"}, Min: 1, Max: 1, Fn: caract},
		{Name: "CaractUnicode", Aliases: []string{"CharactUnicode"}, Min: 1, Max: 1, Fn: caractUnicode},
		{Name: "Répète", Aliases: []string{"RepeatString"}, Min: 2, Max: 2, Fn: repete},
		{Name: "Inverse", Aliases: []string{"Reverse"}, Min: 1, Max: 1, Fn: inverse},
		{Name: "ChaîneInverse", Aliases: []string{"StringReverse"}, Min: 1, Max: 1, Fn: chaineInverse},
		{Name: "ChaîneOccurrence", Aliases: []string{"StringCount"}, Min: 2, Max: 3, Fn: chaineOccurrence},
		// <Chaîne>.Formate (1000024877) is the prefixed form of ChaîneFormate.
		{Name: "ChaîneFormate", Aliases: []string{"StringFormat", "Formate"}, Min: 2, Max: 2, Fn: chaineFormate},
		{Name: "ChaîneInsère", Aliases: []string{"StringInsert"}, Min: 3, Max: 3, Fn: chaineInsere},
		{Name: "ChaîneSupprime", Aliases: []string{"StringDelete"}, Min: 2, Max: 3, Fn: chaineSupprime},
		{Name: "RTFVersTexte", Aliases: []string{"RTFToText"}, Min: 1, Max: 1, Fn: rtfVersTexte},
		{Name: "RTFVersHTML", Aliases: []string{"RTFToHTML"}, Min: 1, Max: 2, Fn: rtfVersHTML},
	}
}

// Taille (3024031): number of characters; bytes for a Buffer.
func taille(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if len(args) == 1 {
		v = args[0].First() // as Unpack would read it, without it
	} else if err := c.Unpack(args, "chaîne", &v); err != nil {
		return runtime.Null, err
	}
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
	var s string
	n := int64(-1) // omitted: without the spaces
	if err := c.Unpack(args, "chaîne", &s, "longueur?", &n); err != nil {
		return runtime.Null, err
	}
	if c.Omit(args, 1) {
		if right {
			return runtime.Str(gostrings.TrimLeft(s, " ")), nil
		}
		return runtime.Str(gostrings.TrimRight(s, " ")), nil
	}
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
	var s string
	var start int64
	n := int64(-1)
	if err := c.Unpack(args, "chaîne", &s, "position", &start, "longueur?", &n); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
	if !c.Omit(args, 2) {
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
	var s string
	var n, mode int64
	if err := c.Unpack(args, "chaîne", &s, "nombre", &n, "mode?", &mode); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
	if n < 0 {
		return failEOT(c, "Nombre de caractères", "Number of characters")
	}
	keep := n
	if mode == NombreDeCaracteresASupprimer {
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
	var s string
	if err := c.Unpack(args, "chaîne", &s); err != nil {
		return runtime.Null, err
	}
	var b gostrings.Builder
	for _, r := range s {
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
	var s string
	if err := c.Unpack(args, "chaîne", &s); err != nil {
		return runtime.Null, err
	}
	return runtime.Str(gostrings.ToLower(s)), nil
}

// SansAccent (3024033): "pépère" → "pepere".
func sansAccent(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	if err := c.Unpack(args, "chaîne", &s); err != nil {
		return runtime.Null, err
	}
	return runtime.Str(wl.RemoveAccents(s)), nil
}

// SansEspace (3024034): removes spaces outside (default), right, left,
// inside or everywhere. The non-breaking space is kept.
func sansEspace(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	opt := int64(SscExterieur)
	if err := c.Unpack(args, "chaîne", &s, "option?", &opt); err != nil {
		return runtime.Null, err
	}
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
	var tpl string
	var rest []runtime.Value
	if err := c.Unpack(args, "chaîne initiale", &tpl, "paramètres*", &rest); err != nil {
		return runtime.Null, err
	}
	var params []string
	if len(rest) == 1 {
		if ss, ok := wl.Strings(rest[0]); ok {
			params = ss
		}
	}
	if params == nil {
		for _, a := range rest {
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
	var s string
	var bv runtime.Value
	if err := c.Unpack(args, "chaîne", &s, "base?", &bv); err != nil {
		return runtime.Null, err
	}
	if c.Omit(args, 1) {
		return runtime.ParseNumber(s), nil
	}
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
	var s, fill string
	var n int64
	if err := c.Unpack(args, "chaîne", &s, "taille", &n, "caractère?", &fill); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
	if n < 0 || n > 1<<28 {
		return runtime.Null, c.Errorf(1002, "La taille %d passée à %s n'est pas valide.", "The size %d passed to %s is not valid.", n, c.Name)
	}
	pad := " "
	if !c.Omit(args, 2) {
		if p := []rune(fill); len(p) > 0 {
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
	var v runtime.Value
	if err := c.Unpack(args, "caractère", &v); err != nil {
		return runtime.Null, err
	}
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
	var n int64
	if err := c.Unpack(args, "code", &n); err != nil {
		return runtime.Null, err
	}
	if n < 0 || n > 255 {
		return runtime.Null, c.Errorf(1003, "Le code %d passé à %s doit être compris entre 0 et 255.", "The code %d passed to %s must be between 0 and 255.", n, c.Name)
	}
	return runtime.Str(string(wl.AnsiToRune(int(n)))), nil
}

// CaractUnicode (1000019397): the character of a Unicode code.
func caractUnicode(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var n int64
	if err := c.Unpack(args, "code", &n); err != nil {
		return runtime.Null, err
	}
	if n < 0 || n > unicode.MaxRune {
		return runtime.Null, c.Errorf(1003, "Le code %d passé à %s n'est pas un caractère Unicode.", "The code %d passed to %s is not a Unicode character.", n, c.Name)
	}
	return runtime.Str(string(rune(n))), nil
}

// Répète (3024036): n copies; "" when n <= 0.
func repete(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	var n int64
	if err := c.Unpack(args, "chaîne", &v, "nombre", &n); err != nil {
		return runtime.Null, err
	}
	if n <= 0 {
		if v.Kind() == runtime.KBuffer {
			return runtime.Buffer(nil), nil
		}
		return runtime.Str(""), nil
	}
	s := v.Text()
	// n > limit/len(s), not len(s)*n > limit: the product overflows
	// (Répète("abcd", 4611686018427387904), issue 12 point 8).
	if len(s) > 0 && n > (1<<30)/int64(len(s)) {
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
	var s string
	if err := c.Unpack(args, "chaîne", &s); err != nil {
		return runtime.Null, err
	}
	var b gostrings.Builder
	for _, r := range s {
		if r <= 0xFFFF {
			r = 0xFFFF - r
		}
		b.WriteRune(r)
	}
	return runtime.Str(b.String()), nil
}

// ChaîneInverse (1000019901): "ABC" → "CBA".
func chaineInverse(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	if err := c.Unpack(args, "chaîne", &s); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return runtime.Str(string(rs)), nil
}

// ChaîneInsère (1000020477): inserts at a position (before the character
// at that position); clamped to the start and the end.
func chaineInsere(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s, ins string
	var p int64
	if err := c.Unpack(args, "chaîne", &s, "chaîne à insérer", &ins, "position", &p); err != nil {
		return runtime.Null, err
	}
	rs := []rune(s)
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
	var s string
	var what, third runtime.Value
	if err := c.Unpack(args, "chaîne", &s, "à supprimer", &what, "option ou longueur?", &third); err != nil {
		return runtime.Null, err
	}
	opt := third.ToInt()
	if len(args) == 3 && wl.IsNumber(what) && wl.IsNumber(third) {
		rs := []rune(s)
		p, n := what.ToInt(), opt
		if p < 1 || p > int64(len(rs)) || n <= 0 {
			return runtime.Str(s), nil
		}
		// n compared with what is left, not added to p: no overflow for a
		// huge length (issue 12 point 8).
		end := p - 1 + min(n, int64(len(rs))-(p-1))
		return runtime.Str(string(rs[:p-1]) + string(rs[end:])), nil
	}
	return runtime.Str(replaceAll(s, patterns(what), "", int(opt))), nil
}

// ChaîneFormate (3024019): applies the cc* options.
func chaineFormate(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	var opt int64
	if err := c.Unpack(args, "chaîne", &s, "options", &opt); err != nil {
		return runtime.Null, err
	}
	return runtime.Str(format(s, int(opt))), nil
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
	var s string
	var rest []runtime.Value
	if err := c.Unpack(args, "chaîne", &s, "séparateurs*", &rest); err != nil {
		return runtime.Null, err
	}
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
