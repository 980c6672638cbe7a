package stdlib_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

// names lists every function the families register (French names).
var names = []string{
	"Trace", "Info", "Avertissement", "Erreur", "ToastAffiche", "TraceConstruit", "InfoConstruit", "ErreurConstruit",
	"AvertissementConstruit", "EnModeTest", "ErreurInfo", "ExceptionInfo",
	"Taille", "Gauche", "Droite", "Milieu", "Tronque", "Position", "PositionOccurrence", "Remplace", "Majuscule",
	"Minuscule", "SansAccent", "SansEspace", "ChaîneConstruit", "NumériqueVersChaîne", "Val", "ChaîneVersNumérique",
	"ExtraitChaîne", "ChaîneDécoupe", "Complète", "Contient", "ChaîneCommencePar", "ChaîneFinitPar", "Asc", "Caract",
	"CaractUnicode", "Répète", "Inverse", "ChaîneInverse", "ChaîneOccurrence", "ChaîneFormate", "ChaîneInsère",
	"ChaîneSupprime", "RTFVersTexte", "RTFVersHTML",
	"Abs", "Arrondi", "ArrondiInférieur", "ArrondiSupérieur", "PartieEntière", "PartieDécimale", "Max", "Min", "Racine",
	"Puissance", "EstPair", "EstImpair", "Hasard", "InitHasard", "Somme", "Moyenne",
	"Ajoute", "TableauAjoute", "TableauInsère", "TableauSupprime", "TableauSupprimeTout", "TableauCherche", "TableauTrie",
	"TableauOccurrence", "TableauInverse", "TableauSupprimeDoublon", "TableauVersChaîne",
	"DateDuJour", "DateSys", "HeureSys", "Maintenant", "Hier", "Demain", "DateVersChaîne", "HeureVersChaîne",
	"DateVersEntier", "EntierVersDate", "DateValide", "DateDifférence", "DateVersJour", "DateVersJourEnLettre",
	"DateVersMoisEnLettre", "AnnéeBissextile", "ChronoDébut", "ChronoFin", "ChronoValeur",
}

func TestRegistered(t *testing.T) {
	e := stdlib.NewEngine()
	for _, n := range names {
		if e.Registry().LookupFunc(runtime.Fold(n)) == nil {
			t.Errorf("%s is not registered", n)
		}
	}
	for _, n := range []string{"OuiNon", "Confirmer", "Saisie"} {
		if e.Registry().LookupFunc(runtime.Fold(n)) == nil {
			t.Errorf("%s is not registered", n)
		}
	}
	if e.Registry().LookupGlobal(runtime.Fold("ErreurDetectee")) == nil {
		t.Errorf("ErreurDétectée is not registered")
	}
}

// TestNoPanic calls every function with awkward arguments: a built-in may
// return an error, never panic.
func TestNoPanic(t *testing.T) {
	e := wltest.New()
	strs := runtime.NewArray(runtime.TypeString, 0)
	strs.Append(runtime.Str("a"))
	strs.Append(runtime.Str(""))
	samples := []func() runtime.Value{
		func() runtime.Value { return runtime.Str("") },
		func() runtime.Value { return runtime.Str("Été, à; b\tc") },
		func() runtime.Value { return runtime.Int(-1) },
		func() runtime.Value { return runtime.Int(0) },
		func() runtime.Value { return runtime.Int(3) },
		func() runtime.Value { return runtime.Int(1 << 40) },
		func() runtime.Value { return runtime.Int(math.MaxInt64) },
		func() runtime.Value { return runtime.Real(-2.5) },
		func() runtime.Value { return runtime.Null },
		func() runtime.Value { return runtime.ArrayValue(runtime.NewArray(runtime.TypeInt, 0)) },
		func() runtime.Value {
			a := runtime.NewArray(runtime.TypeString, 0)
			a.Data = append(a.Data, strs.Data...)
			return runtime.ArrayValue(a)
		},
		func() runtime.Value { return runtime.AssocValue(runtime.NewAssoc(runtime.TypeString)) },
	}
	for _, n := range names {
		f := e.Eng.Registry().LookupFunc(runtime.Fold(n))
		max := f.Max
		if max < 0 || max > 3 {
			max = 3
		}
		for nargs := f.Min; nargs <= max; nargs++ {
			call, err := e.Prepare(n, nargs)
			if err != nil {
				t.Fatalf("%s with %d arguments: %v", n, nargs, err)
			}
			idx := make([]int, nargs)
			for {
				args := make([]runtime.Value, nargs)
				for i, k := range idx {
					args[i] = samples[k]()
				}
				// The engine turns a Go panic into an internal error.
				if _, err := call(args); err != nil {
					if re, ok := err.(*runtime.Error); ok && re.Kind == runtime.ErrInternal {
						t.Errorf("%s%v panics: %v", n, fmt.Sprint(args), err)
					}
				}
				e.Out.Reset()
				e.Err.Reset()
				// next combination
				i := 0
				for i < nargs {
					idx[i]++
					if idx[i] < len(samples) {
						break
					}
					idx[i] = 0
					i++
				}
				if i == nargs {
					break
				}
			}
		}
	}
}
