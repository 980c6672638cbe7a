package runtime

import "testing"

// BenchmarkForEachAssocSmall is 1e5 POUR TOUT over an associative array
// of 3 elements: what recording the loop's turn (loopcurrent.go) costs
// each loop.
func BenchmarkForEachAssocSmall(b *testing.B) {
	src := "Trace(principal())\n\nPROCÉDURE principal()\na est un tableau associatif d'entiers\na[\"x\"] = 1; a[\"y\"] = 2; a[\"z\"] = 3\ns est un entier = 0\nPOUR i = 1 _À_ 100000\n\tPOUR TOUT v DE a\n\t\ts += v\n\tFIN\nFIN\nRENVOYER s\n"
	benchScript(b, "foreachassoc.wl", src, "600000\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e5, "ns/loop")
}

// TestCurrentElementKeys: the folded names written by hand are Fold's.
func TestCurrentElementKeys(t *testing.T) {
	for i, name := range []string{"ElémentCourant", "CurrentElement"} {
		if got := Fold(name); got != currentElementKeys[i] {
			t.Errorf("Fold(%q) = %q, currentElementKeys has %q", name, got, currentElementKeys[i])
		}
	}
}
