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
// the array family use the same bits.
const (
	CcNormal                  = 0
	CcSansCasse               = 0x10
	CcSansAccent              = 0x20
	CcSansEspace              = 0x40
	CcSansEspaceInterieur     = 0x80
	CcSansPonctuationNiEspace = 0x100
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
	ic := func(name string, v int64, aliases ...string) {
		r.AddConst(&runtime.Const{Name: name, Aliases: aliases, Value: runtime.Int(v)})
	}
	sc := func(name, v string, aliases ...string) {
		r.AddConst(&runtime.Const{Name: name, Aliases: aliases, Value: runtime.Str(v)})
	}
	ic("DepuisDébut", DepuisDebut, "FromBeginning")
	ic("DepuisFin", DepuisFin, "FromEnd")
	ic("MotComplet", MotComplet, "WholeWord")
	ic("SansCasse", SansCasse, "IgnoreCase")
	ic("ccNormal", CcNormal)
	ic("ccSansCasse", CcSansCasse, "ccIgnoreCase")
	ic("ccSansAccent", CcSansAccent, "ccIgnoreAccent")
	ic("ccSansEspace", CcSansEspace, "ccIgnoreSpace")
	ic("ccSansEspaceIntérieur", CcSansEspaceInterieur, "ccIgnoreInsideSpace")
	ic("ccSansPonctuationNiEspace", CcSansPonctuationNiEspace, "ccIgnorePunctuationAndSpace")
	ic("ccMajuscule", CcMajuscule, "ccUpCase")
	ic("ccMinuscule", CcMinuscule, "ccLowCase")
	ic("sscDroite", SscDroite, "sscRight")
	ic("sscGauche", SscGauche, "sscLeft")
	ic("sscExtérieur", SscExterieur, "sscOutside")
	ic("sscIntérieur", SscInterieur, "sscInside")
	ic("sscTout", SscTout, "sscAll")
	ic("rangPremier", RangPremier, "firstRank")
	ic("rangSuivant", RangSuivant, "nextRank")
	ic("rangDernier", RangDernier, "lastRank")
	ic("rangPrécédent", RangPrecedent, "previousRank")
	ic("nombreDeCaractèresAConserver", NombreDeCaracteresAConserver, "NumberOfCharactersToKeep")
	ic("nombreDeCaractèresASupprimer", NombreDeCaracteresASupprimer, "NumberOfCharactersToDelete")
	// RTFVersHTML options (3025049); English spellings UNCONFIRMED.
	ic("rvhOptionAucune", RvhOptionAucune, "rvhOptionNone")
	ic("rvhOptionCompatible", RvhOptionCompatible)
	sc("RC", RC, "CR")
	sc("TAB", "\t")
	sc("EOT", EOT)
	sc("ESC", "\x1b")
	sc("ESP", "\u00a0")
	// LF alone: UNCONFIRMED name (not in the Caract page); a bare line feed.
	sc("LF", "\n")
}
