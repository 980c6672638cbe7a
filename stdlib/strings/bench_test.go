package strings_test

import (
	gostrings "strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// benchCall measures one call of name with args through the engine.
func benchCall(b *testing.B, name string, args ...runtime.Value) {
	e := wltest.New()
	call, err := e.Prepare(name, len(args))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := call(args); err != nil {
			b.Fatal(err)
		}
	}
}

// text is 10 kB of French prose with one "clé" near its end.
var text = gostrings.Repeat("Le développement devient un jeu d'enfant. ", 240) + "clé" + gostrings.Repeat(" fin", 10)

func BenchmarkPosition(b *testing.B) { benchCall(b, "Position", wltest.S(text), wltest.S("clé")) }
func BenchmarkRemplace(b *testing.B) {
	benchCall(b, "Remplace", wltest.S(text), wltest.S("jeu"), wltest.S("travail"))
}
func BenchmarkContient(b *testing.B) { benchCall(b, "Contient", wltest.S(text), wltest.S("clé")) }
func BenchmarkOccurrence(b *testing.B) {
	benchCall(b, "ChaîneOccurrence", wltest.S(text), wltest.S("jeu"))
}
