package windevnames

import (
	"testing"

	"github.com/wlangage/wl/lexer"
)

func TestLookup(t *testing.T) {
	for _, tc := range []struct{ spelled, fr, en string }{
		{"HLitPremier", "HLitPremier", "HReadFirst"},
		{"hreadfirst", "HLitPremier", "HReadFirst"},
		{"HLITRECHERCHEPREMIER", "HLitRecherchePremier", "HReadSeekFirst"},
		{"FenEtat", "FenEtat", "WinStatus"},
		{"Multitache", "Multitâche", "Multitask"},
		{"DocRemplace", "DocRemplace", "DocReplace"},
		{"TableAjouteLigne", "TableAjouteLigne", "TableAddLine"},
		{"Abs", "Abs", "Abs"},
		{"ZoneRépétéeVersXML", "ZoneRépétéeVersXML", "LooperToXML"},
	} {
		n, ok := Lookup(lexer.Fold(tc.spelled))
		if !ok || n.FR != tc.fr || n.EN != tc.en {
			t.Errorf("%s: %+v %v", tc.spelled, n, ok)
		}
	}
	for _, name := range []string{"MaProcédure", "gnTotal", "Allemagne.VérifieIdNr", ""} {
		if n, ok := Lookup(lexer.Fold(name)); ok {
			t.Errorf("%q found: %+v", name, n)
		}
	}
	// The index lists about 3,900 global functions; both spellings count.
	if Len() < 7000 {
		t.Errorf("only %d spellings", Len())
	}
}

func TestLookupType(t *testing.T) {
	for _, tc := range []struct{ spelled, fr, en string }{
		{"docFragment", "docFragment", "docFragment"},
		{"httpResponse", "httpRéponse", "httpResponse"},
		{"LISTE", "Liste", "List"},
		{"Description de Fichier", "Description de Fichier", "File Description"},
	} {
		n, ok := LookupType(TypeKey(tc.spelled))
		if !ok || n.FR != tc.fr || n.EN != tc.en {
			t.Errorf("%s: %+v %v", tc.spelled, n, ok)
		}
	}
	if _, ok := LookupType(TypeKey("cDossier")); ok {
		t.Error("cDossier is not a WinDev type")
	}
}

func TestLookupConst(t *testing.T) {
	for _, tc := range []struct{ spelled, fr, en string }{
		{"hRequêteDéfaut", "hRequêteDéfaut", "hQueryDefault"},
		{"HREQUETEDEFAUT", "hRequêteDéfaut", "hQueryDefault"},
		{"hQueryDefault", "hRequêteDéfaut", "hQueryDefault"},
		{"hVérifieIntégrité", "hVérifieIntégrité", "hVérifieIntégrité"},
		{"hLockNo", "hBlocageNon", "hLockNo"},
		{"hidentique", "hIdentique", "hIdentique"},
	} {
		n, ok := LookupConst(lexer.Fold(tc.spelled))
		if !ok || n.FR != tc.fr || n.EN != tc.en {
			t.Errorf("%s: %+v %v", tc.spelled, n, ok)
		}
	}
	for _, name := range []string{"HExécuteRequête", "gnTotal", "CRLF", ""} {
		if n, ok := LookupConst(lexer.Fold(name)); ok {
			t.Errorf("%q found: %+v", name, n)
		}
	}
}
