//! args: --interactive
//! stdin: oui
//! stdin: 1234
//! stdin: 0612
//! stdin: ab
//! stdin: 12
// Les variables Saisie.LibelléOptionnel et Saisie.MasqueSaisie (doc
// 3021016) : une variable booléenne se saisit par une case dont le libellé
// est Saisie.LibelléOptionnel ; un masque « regexp: » refuse la réponse qui
// ne lui correspond pas entière, et la question est reposée.
bRelance est un booléen = Faux
Saisie.LibelléOptionnel = "Relancer demain"
Trace(Saisie.LibelléOptionnel)
SELON Saisie("Archiver le dossier ?", bRelance)
	CAS 1 : Trace("archivé", bRelance)
	CAS 0 : Trace("abandon", bRelance)
FIN
sCode est une chaîne
Saisie.MasqueSaisie = "regexp:0[0-9]{3}"
r est un entier = Saisie("Code du bureau ?", sCode)
Trace(r, sCode, Saisie.MasqueSaisie)
sInitiales est une chaîne
Saisie.MasqueSaisie = "regexp:.{0,2}"
r = Saisie("Initiales ?", sInitiales, ["Garder", "Laisser"])
Trace(r, sInitiales)
