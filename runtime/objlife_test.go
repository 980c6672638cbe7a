package runtime

import (
	"bytes"
	"context"
	"testing"
)

// BenchmarkLifetimeLoop: the loop of 6010002 (an object per iteration,
// kept in an array) with a class that has a destructor, so that every
// iteration releases the previous object and looks for what is still
// reachable: the cost grows with the square of the objects kept.
func BenchmarkLifetimeLoop(b *testing.B) {
	src := "gn est un entier\nC est une Classe\n n est un entier\nFIN\nt est un tableau de 2000 C dynamique\nPOUR i = 1 _À_ 2000\n o est un C\n o.n = i\n t[i] = o\nFIN\nPROCÉDURE C.Destructeur()\ngn++\n"
	p, err := testEngine(&bytes.Buffer{}).Compile("t.wl", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
