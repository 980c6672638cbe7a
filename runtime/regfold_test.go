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
