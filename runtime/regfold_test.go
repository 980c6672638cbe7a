package runtime

import (
	"strings"
	"sync"
	"testing"
)

// TestRegistryFold checks the registry's folding against Fold: every
// Latin-1 letter, names mixing them with ASCII, and names the fast path
// hands to Fold (other scripts, ligatures, invalid UTF-8).
func TestRegistryFold(t *testing.T) {
	in := []string{"", "a", "Trace", "ErreurDétectée", "erreurdetectee", "ChaîneSecrète", "Œuvre", "Straße",
		"Ærø", "ÿ", "Ÿ", "Ä×b", "naïve", "Çà", "\xc3", "a\xc3", "\xc3\x28", "日本", "Ωmega", "x\u0301y", "ÀÉÎÕÜ"}
	for r := rune(0); r < 0x250; r++ {
		in = append(in, string(r), "x"+string(r)+"y")
	}
	var reg Registry
	for _, s := range in {
		if got, want := reg.fold(s), Fold(s); got != want {
			t.Errorf("fold(%q) = %q, Fold = %q", s, got, want)
		}
	}
	// Keys survive later folds (the block is never rewritten) and a long
	// name gets a block of its own.
	long := strings.Repeat("é", keyChunk)
	k1 := reg.fold("Premier")
	k2 := reg.fold(long)
	k3 := reg.fold("Dernier")
	if k1 != "PREMIER" || k2 != strings.Repeat("E", keyChunk) || k3 != "DERNIER" {
		t.Errorf("keys changed: %q, %d bytes, %q", k1, len(k2), k3)
	}
}

// BenchmarkRegistryFold measures folding a built-in name for the registry.
func BenchmarkRegistryFold(b *testing.B) {
	var reg Registry
	b.ReportAllocs()
	for b.Loop() {
		reg.fold("DateVersJourEnLettre")
		reg.fold("ChaîneSecrète")
	}
}

// TestRegistryConstsLazy checks that constants queued before and after
// the first lookup are all found, the last registration of a name
// winning, and that a layer's constants hide its base's.
func TestRegistryConstsLazy(t *testing.T) {
	r := NewRegistry()
	r.AddConst(&Const{Name: "cstUn", Aliases: []string{"cstOne"}, Value: Int(1)})
	r.AddConst(&Const{Name: "cstDeux", Value: Int(2)})
	if c := r.LookupConst(Fold("CSTONE")); c == nil || c.Value.ToInt() != 1 {
		t.Fatalf("cstOne: %v", c)
	}
	r.AddConst(&Const{Name: "cstDeux", Value: Int(22)})
	r.AddConst(&Const{Name: "cstTrois", Value: Int(3)})
	if c := r.LookupConst(Fold("cstdeux")); c == nil || c.Value.ToInt() != 22 {
		t.Errorf("cstDeux registered twice: %v", c)
	}
	if c := r.LookupConst(Fold("cstTrois")); c == nil || c.Value.ToInt() != 3 {
		t.Errorf("cstTrois added after a lookup: %v", c)
	}
	l := r.Layer()
	l.AddConst(&Const{Name: "cstUn", Value: Int(100)})
	if c := l.LookupConst(Fold("cstUn")); c == nil || c.Value.ToInt() != 100 {
		t.Errorf("layer's cstUn: %v", c)
	}
	if c := l.LookupConst(Fold("cstTrois")); c == nil || c.Value.ToInt() != 3 {
		t.Errorf("base's cstTrois through the layer: %v", c)
	}
	if c := r.LookupConst(Fold("cstUn")); c == nil || c.Value.ToInt() != 1 {
		t.Errorf("the layer changed its base: %v", c)
	}
	if r.LookupConst(Fold("cstQuatre")) != nil {
		t.Error("unknown constant found")
	}
}

// TestRegistryConstTable checks AddConstTable: the table is read on the
// first constant lookup only, once, in registration order with the
// constants queued around it (the last registration of a name winning),
// and its aliases are found.
func TestRegistryConstTable(t *testing.T) {
	r := NewRegistry()
	calls := 0
	r.AddConst(&Const{Name: "cstUn", Value: Int(1)})
	r.AddConstTable(func() []Const {
		calls++
		return []Const{
			{Name: "cstUn", Value: Int(10)},
			{Name: "cstDeux", Aliases: []string{"cstTwo"}, Value: Int(2)},
		}
	})
	r.AddConst(&Const{Name: "cstDeux", Value: Int(20)})
	r.AddConstIfAbsent(&Const{Name: "cstTwo", Value: Int(200)})
	if calls != 0 {
		t.Fatalf("the table was read %d times before any lookup", calls)
	}
	for _, c := range []struct {
		name string
		want int64
	}{{"cstUn", 10}, {"cstDeux", 20}, {"CSTTWO", 2}} {
		if k := r.LookupConst(Fold(c.name)); k == nil || k.Value.ToInt() != c.want {
			t.Errorf("%s: %v, want %d", c.name, k, c.want)
		}
	}
	if calls != 1 {
		t.Errorf("the table was read %d times, want once", calls)
	}
}

// TestRegistryConstIfAbsent checks AddConstIfAbsent: skipped when the name
// was registered before (here or in the base), registered otherwise, and
// a later AddConst still wins.
func TestRegistryConstIfAbsent(t *testing.T) {
	base := NewRegistry()
	base.AddConst(&Const{Name: "cstBase", Value: Int(1)})
	r := base.Layer()
	r.AddConst(&Const{Name: "cstIci", Value: Int(2)})
	r.AddConstIfAbsent(&Const{Name: "cstIci", Aliases: []string{"cstAlias"}, Value: Int(20)})
	r.AddConstIfAbsent(&Const{Name: "cstBase", Value: Int(10)})
	r.AddConstIfAbsent(&Const{Name: "cstNouveau", Aliases: []string{"cstNew"}, Value: Int(3)})
	r.AddConstIfAbsent(&Const{Name: "cstNouveau", Value: Int(30)})
	r.AddConst(&Const{Name: "cstDernier", Value: Int(4)})
	r.AddConstIfAbsent(&Const{Name: "cstDernier", Value: Int(40)})
	for _, c := range []struct {
		name string
		want int64
	}{{"cstIci", 2}, {"cstBase", 1}, {"cstNouveau", 3}, {"cstNew", 3}, {"cstDernier", 4}} {
		if k := r.LookupConst(Fold(c.name)); k == nil || k.Value.ToInt() != c.want {
			t.Errorf("%s: %v, want %d", c.name, k, c.want)
		}
	}
	if r.LookupConst(Fold("cstAlias")) != nil {
		t.Error("the alias of a skipped constant was registered")
	}
}

// TestNameBucket checks that funcTable sorts every name into the bucket
// of its folded key: nameBucket against Fold on the same names as
// TestRegistryFold.
func TestNameBucket(t *testing.T) {
	in := []string{"", "a", "Trace", "ErreurDétectée", "éclair", "Œuvre", "Straße", "Ærø", "ÿ", "Ÿ", "×b",
		"\xc3", "\xc3\x28", "日本", "Ωmega", "x\u0301y", "_x", "1a", "ÀÉÎÕÜ"}
	for r := rune(0); r < 0x250; r++ {
		in = append(in, string(r), string(r)+"x", string(r)+"\u0301y")
	}
	for _, s := range in {
		if got, want := nameBucket(s), funcBucket(Fold(s)); got != want {
			t.Errorf("%q: bucket %d, Fold's %d", s, got, want)
		}
	}
}

// TestRegistryFuncsLazy checks that functions queued before and after the
// first lookup are all found under their names and aliases (accented
// initials included), the last registration of a name winning, that a
// layer's functions hide its base's, and that engines sharing a base may
// look names up at once (go test -race).
func TestRegistryFuncsLazy(t *testing.T) {
	fn := func(n int) *Func {
		return &Func{Name: "fn", Fn: func(*Call, []Value) (Value, error) { return Int(int64(n)), nil }}
	}
	val := func(f *Func) int64 {
		if f == nil {
			return -1
		}
		v, _ := f.Fn(nil, nil)
		return v.ToInt()
	}
	r := NewRegistry()
	a := fn(1)
	a.Name, a.Aliases = "Élargit", []string{"Widen", "zzAncien"}
	r.AddFunc(a)
	b := fn(2)
	b.Name = "élargit" // the same key: registered later, it wins
	r.AddFunc(b)
	c := fn(3)
	c.Name = "Ωfonction"
	r.AddFunc(c)
	for _, k := range []struct {
		name string
		want int64
	}{{"ELARGIT", 2}, {"WIDEN", 1}, {"ZZANCIEN", 1}, {Fold("Ωfonction"), 3}, {"INCONNUE", -1}, {"", -1}} {
		if got := val(r.LookupFunc(k.name)); got != k.want {
			t.Errorf("%q: %d, want %d", k.name, got, k.want)
		}
	}
	d := fn(4)
	d.Name, d.Aliases = "Widen", []string{"Étend"}
	r.AddFunc(d) // after the first lookup
	if got := val(r.LookupFunc("WIDEN")); got != 4 {
		t.Errorf("Widen added after a lookup: %d", got)
	}
	if got := val(r.LookupFunc("ETEND")); got != 4 {
		t.Errorf("Étend added after a lookup: %d", got)
	}
	if f := r.LookupFunc("FINPROGRAMME"); f == nil || f.Control != CtlEndProgram {
		t.Errorf("control function: %v", f)
	}
	l := r.Layer()
	e := fn(5)
	e.Name = "Elargit"
	l.AddFunc(e)
	if got := val(l.LookupFunc("ELARGIT")); got != 5 {
		t.Errorf("layer's Elargit: %d", got)
	}
	if got := val(l.LookupFunc("ZZANCIEN")); got != 1 {
		t.Errorf("base's zzAncien through the layer: %d", got)
	}
	if got := val(r.LookupFunc("ELARGIT")); got != 2 {
		t.Errorf("the layer changed its base: %d", got)
	}
	// A fresh base looked up by several layers at once.
	base := NewRegistry()
	for i := range 200 {
		f := fn(i)
		f.Name = string(rune('a'+i%26)) + strings.Repeat("x", i)
		base.AddFunc(f)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := base.Layer()
			for i := range 200 {
				key := Fold(string(rune('a'+i%26)) + strings.Repeat("x", i))
				if got := val(l.LookupFunc(key)); got != int64(i) {
					t.Errorf("%s: %d", key[:1], got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestRegistryFuncIfAbsent checks AddFuncIfAbsent: skipped (aliases too)
// when the name was registered before, here, under an alias, or in the
// base; registered otherwise, before and after the first lookup; and a
// later AddFunc still wins.
func TestRegistryFuncIfAbsent(t *testing.T) {
	mk := func(name string, n int64, aliases ...string) *Func {
		return &Func{Name: name, Aliases: aliases, Fn: func(*Call, []Value) (Value, error) { return Int(n), nil }}
	}
	val := func(f *Func) int64 {
		if f == nil {
			return -1
		}
		v, _ := f.Fn(nil, nil)
		return v.ToInt()
	}
	base := NewRegistry()
	base.AddFunc(mk("DeBase", 1))
	r := base.Layer()
	r.AddFunc(mk("Ici", 2, "Alias"))
	r.AddFuncIfAbsent(mk("ici", 20, "AliasIci"))
	r.AddFuncIfAbsent(mk("alias", 21, "AliasDeAlias"))
	r.AddFuncIfAbsent(mk("DeBase", 10))
	r.AddFuncIfAbsent(mk("Étrange", 3, "Strange"))
	r.AddFuncIfAbsent(mk("etrange", 30))
	r.AddFunc(mk("Dernier", 4))
	r.AddFuncIfAbsent(mk("Dernier", 40))
	want := map[string]int64{"ICI": 2, "ALIAS": 2, "ALIASICI": -1, "ALIASDEALIAS": -1, "DEBASE": 1, "ETRANGE": 3, "STRANGE": 3, "DERNIER": 4}
	for k, w := range want {
		if got := val(r.LookupFunc(k)); got != w {
			t.Errorf("%s: %d, want %d", k, got, w)
		}
	}
	r.AddFuncIfAbsent(mk("Tard", 5))
	r.AddFuncIfAbsent(mk("tard", 50))
	r.AddFunc(mk("Ici", 6))
	for k, w := range map[string]int64{"TARD": 5, "ICI": 6} {
		if got := val(r.LookupFunc(k)); got != w {
			t.Errorf("after the first lookup, %s: %d, want %d", k, got, w)
		}
	}
}

// TestStructTypeMethodsLazy checks that a structure type's methods are
// queued by AddMethod and found by Method under their folded names and
// aliases, the last one added under a name winning, before and after the
// first lookup.
func TestStructTypeMethodsLazy(t *testing.T) {
	st := &StructType{Name: "tTest"}
	one := &Func{Name: "Méthode", Aliases: []string{"Method"}}
	two := &Func{Name: "méthode"}
	st.AddMethod(one)
	st.AddMethod(two)
	if len(st.methods) != 0 {
		t.Fatal("methods folded before any lookup")
	}
	if m := st.Method(Fold("METHODE")); m != two {
		t.Errorf("Méthode: %v, want the last one added", m)
	}
	if m := st.Method(Fold("method")); m != one {
		t.Errorf("alias Method: %v", m)
	}
	three := &Func{Name: "Autre"}
	st.AddMethod(three)
	if m := st.Method(Fold("autre")); m != three {
		t.Errorf("a method added after the first lookup: %v", m)
	}
	if st.Method(Fold("Inconnue")) != nil {
		t.Error("unknown method found")
	}
}
