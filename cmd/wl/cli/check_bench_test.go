package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigScript returns a valid script of about size bytes (procedures mixing
// declarations, loops, conditions, SELON, strings and calls).
func bigScript(size int) string {
	var b strings.Builder
	b.WriteString("Trace(P0(1))\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `PROCÉDURE P%d(n est un entier, sNom est une chaîne = "défaut")
tab est un tableau de entiers
total est un entier sur 8 octets = 0
sLigne est une chaîne = "Début [%% sNom %%]"
POUR i = 1 À n PAS 2
	SI i MODULO 3 = 0 ET PAS (i > 100) ALORS
		total += i * 2 + (n - 1) / 4
	SINON SI i DANS (5, 7, 11) ALORS
		Ajoute(tab, i)
	SINON
		total = total - Max(i, 10)
	FIN
FIN
SELON total
	CAS 0 : sLigne += " rien"
	CAS 1 À 10, 20 : sLigne = Majuscule(sLigne) + ChaîneConstruit("%%1 / %%2", total, n)
	AUTRE CAS
		TANTQUE total > 1000
			total = total / 2
		FIN
FIN
POUR TOUT x DE tab
	sLigne += [", "] + x
FIN
// un commentaire
RENVOYER Taille(sLigne) + total

`, i)
	}
	return b.String()
}

// BenchmarkCheck measures `wl check` (read, parse, compile) of a 1 MB
// script, in MB/s.
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	src := bigScript(1 << 20)
	if err := os.WriteFile(filepath.Join(dir, "big.wl"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	var stderr strings.Builder
	e := &Env{Stdout: io.Discard, Stderr: &stderr, Dir: dir}
	if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
		b.Fatalf("status %d: %.500s", st, stderr.String())
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if st := e.Main([]string{"check", "big.wl"}); st != ExitOK {
			b.Fatalf("status %d", st)
		}
	}
}
