package strings

import (
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Search options of Position, Remplace, ChaîneOccurrence, Contient,
// ExtraitChaîne (3024027). They combine with +.
const (
	DepuisDebut = 1
	DepuisFin   = 2
	MotComplet  = 4
	SansCasse   = 8
)

// Comparison and formatting options cc* (ChaîneFormate 3024019,
// ChaîneCommencePar 1000018827). They combine with +. The tcc* options of
// the array family and the key comparisons of associative arrays
// (runtime.CmpNoCase...) use the same bits.
const (
	CcNormal                  = 0
	CcSansCasse               = runtime.CmpNoCase
	CcSansAccent              = runtime.CmpNoAccent
	CcSansEspace              = runtime.CmpNoSpace
	CcSansEspaceInterieur     = 0x80
	CcSansPonctuationNiEspace = runtime.CmpNoPunctNSpace
	CcMajuscule               = 0x200
	CcMinuscule               = 0x400
)

// SansEspace positions (3024034): sscExtérieur is sscDroite + sscGauche,
// sscTout adds sscIntérieur.
const (
	SscDroite    = 1
	SscGauche    = 2
	SscExterieur = 3
	SscInterieur = 4
	SscTout      = 7
)

// Sequential reading ranks (ExtraitChaîne 3024017, PositionOccurrence
// 3024029). They are negative so that they never collide with a rank.
const (
	RangPremier   = -1
	RangSuivant   = -2
	RangDernier   = -3
	RangPrecedent = -4
)

// Tronque (1000020476) modes.
const (
	NombreDeCaracteresAConserver = 0
	NombreDeCaracteresASupprimer = 1
)

// EOT and RC are the shared constants of stdlib/internal/wl, kept here
// under the names the string family always exported.
const (
	EOT = wl.EOT
	RC  = wl.RC
)

func installConsts(r *runtime.Registry) {
	r.AddConstTable(stringConsts)
}

// stringConsts are the constants of the string family (AddConstTable).
func stringConsts() []runtime.Const {
	ks := [...]struct {
		v     runtime.Value
		names []string // the name, then its aliases
	}{
		{runtime.Int(DepuisDebut), []string{"DepuisDébut", "FromBeginning"}},
		{runtime.Int(DepuisFin), []string{"DepuisFin", "FromEnd"}},
		{runtime.Int(MotComplet), []string{"MotComplet", "WholeWord"}},
		{runtime.Int(SansCasse), []string{"SansCasse", "IgnoreCase"}},
		{runtime.Int(CcNormal), []string{"ccNormal"}},
		{runtime.Int(CcSansCasse), []string{"ccSansCasse", "ccIgnoreCase"}},
		{runtime.Int(CcSansAccent), []string{"ccSansAccent", "ccIgnoreAccent"}},
		{runtime.Int(CcSansEspace), []string{"ccSansEspace", "ccIgnoreSpace"}},
		{runtime.Int(CcSansEspaceInterieur), []string{"ccSansEspaceIntérieur", "ccIgnoreInsideSpace"}},
		{runtime.Int(CcSansPonctuationNiEspace), []string{"ccSansPonctuationNiEspace", "ccIgnorePunctuationAndSpace"}},
		{runtime.Int(CcMajuscule), []string{"ccMajuscule", "ccUpCase"}},
		{runtime.Int(CcMinuscule), []string{"ccMinuscule", "ccLowCase"}},
		{runtime.Int(SscDroite), []string{"sscDroite", "sscRight"}},
		{runtime.Int(SscGauche), []string{"sscGauche", "sscLeft"}},
		{runtime.Int(SscExterieur), []string{"sscExtérieur", "sscOutside"}},
		{runtime.Int(SscInterieur), []string{"sscIntérieur", "sscInside"}},
		{runtime.Int(SscTout), []string{"sscTout", "sscAll"}},
		{runtime.Int(RangPremier), []string{"rangPremier", "firstRank"}},
		{runtime.Int(RangSuivant), []string{"rangSuivant", "nextRank"}},
		{runtime.Int(RangDernier), []string{"rangDernier", "lastRank"}},
		{runtime.Int(RangPrecedent), []string{"rangPrécédent", "previousRank"}},
		{runtime.Int(NombreDeCaracteresAConserver), []string{"nombreDeCaractèresAConserver", "NumberOfCharactersToKeep"}},
		{runtime.Int(NombreDeCaracteresASupprimer), []string{"nombreDeCaractèresASupprimer", "NumberOfCharactersToDelete"}},
		// RTFVersHTML options (3025049); English spellings UNCONFIRMED.
		{runtime.Int(RvhOptionAucune), []string{"rvhOptionAucune", "rvhOptionNone"}},
		{runtime.Int(RvhOptionCompatible), []string{"rvhOptionCompatible"}},
		{runtime.Str(RC), []string{"RC", "CR"}},
		{runtime.Str("\t"), []string{"TAB"}},
		{runtime.Str(EOT), []string{"EOT"}},
		{runtime.Str("\x1b"), []string{"ESC"}},
		{runtime.Str("\u00a0"), []string{"ESP"}},
		// LF alone: UNCONFIRMED name (not in the Caract page); a bare line feed.
		{runtime.Str("\n"), []string{"LF"}},
	}
	cs := make([]runtime.Const, len(ks))
	for i, c := range ks {
		cs[i] = runtime.Const{Name: c.names[0], Aliases: c.names[1:], Value: c.v}
	}
	return cs
}
