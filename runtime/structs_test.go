package runtime

import (
	"bytes"
	"context"
	"testing"
)

// structLoopSrc fills an array of 1000 structures, then sums their
// members b.N times in POUR TOUT loops (the peer kit's structs workload
// without Ajoute, which is in the stdlib).
const structLoopSrc = `STPoint est une Structure
	X est un entier
	Y est un entier
FIN
tab est un tableau de 1000 STPoint
POUR i = 1 _À_ 1000
	tab[i].X = i
	tab[i].Y = i * 2
FIN
s est un entier sur 8 octets
POUR n = 1 _À_ TOURS
	POUR TOUT e DE tab
		s += e.X + e.Y
	FIN
FIN
Trace(s)
`

// BenchmarkForEachStruct measures one turn of POUR TOUT over an array of
// structures reading two members: the variable shares the element, so a
// turn allocates nothing (allocs/turn), where it used to copy the
// structure back into the array.
func BenchmarkForEachStruct(b *testing.B) {
	src := string(bytes.Replace([]byte(structLoopSrc), []byte("TOURS"), []byte("100"), 1))
	benchScript(b, "s.wl", src, "150150000\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100e3, "ns/turn")
}

// TestForEachStructAllocs: a POUR TOUT turn over structures allocates
// nothing; only the end of each loop copies one structure (the variable
// stops referring to the last element). The copy per turn cost 99,000
// more allocations for 99 more loops.
func TestForEachStructAllocs(t *testing.T) {
	allocs := func(turns string) float64 {
		var out bytes.Buffer
		p, err := testEngine(&out).Compile("s.wl", bytes.Replace([]byte(structLoopSrc), []byte("TOURS"), []byte(turns), 1))
		if err != nil {
			t.Fatal(err)
		}
		return testing.AllocsPerRun(3, func() {
			if _, err := p.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
		})
	}
	one, hundred := allocs("1"), allocs("100")
	if hundred > one+99*2 {
		t.Errorf("100 loops over 1000 structures: %v allocations, 1 loop: %v", hundred, one)
	}
}

// TestAppendStructSlab: structures appended to an array are copied into
// blocks shared by several elements (structSlab); each element stays a
// copy of its own: writing one member of one element, of the appended
// variable or of a copy of the array changes nothing else, across the
// blocks' boundaries.
func TestAppendStructSlab(t *testing.T) {
	runScripts(t, []scriptCase{{name: "slab", src: `ST est une Structure
	X est un entier
	N est une chaîne
FIN
tab est un tableau de ST
p est un ST
POUR i = 1 _À_ 600
	p.X = i
	p.N = "n" + i
	tab += p
FIN
p.X = -1
tab[3].X = 33
tab[4].N = "quatre"
copie est un tableau de ST = tab
copie[5].X = 55
s est un entier
POUR TOUT e DE tab
	s += e.X
FIN
Trace(tab[2].X, tab[3].X, tab[4].X, tab[4].N, tab[5].X, copie[5].X, tab[600].N, p.X, s)
`, want: "2 33 4 quatre 5 55 n600 -1 180330\n"}})
}
