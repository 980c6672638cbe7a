package runtime

import (
	"strings"
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
