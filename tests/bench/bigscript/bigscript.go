// Package bigscript generates large valid WLangage scripts for the parse,
// check and memory benchmarks and tests of several packages (a _test file
// cannot be shared between packages).
package bigscript

import (
	"fmt"
	"strings"
)

// Script returns a valid script of about size bytes: procedures whose
// bodies mix declarations, loops, conditions, SELON, strings, arrays and
// calls, as real scripts do. Procedure names are numbered so that the
// script also compiles.
func Script(size int) string {
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
		b.WriteString("\n")
	}
	return b.String()
}
