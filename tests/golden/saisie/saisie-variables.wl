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
AfficherInfo est un booléen = Faux
Saisie.LibelléOptionnel = "Ne plus afficher cette fenêtre"
Trace(Saisie.LibelléOptionnel)
SELON Saisie("Voulez-vous fermer l'application ?", AfficherInfo)
	CAS 1 : Trace("fermer", AfficherInfo)
	CAS 0 : Trace("annulé", AfficherInfo)
FIN
NumTel est une chaîne
Saisie.MasqueSaisie = "regexp:0[0-9]{3}"
r est un entier = Saisie("Quel est votre numéro ?", NumTel)
Trace(r, NumTel, Saisie.MasqueSaisie)
Commentaire est une chaîne
Saisie.MasqueSaisie = "regexp:.{0,2}"
r = Saisie("Commentaire ?", Commentaire, ["Valider", "Annuler"])
Trace(r, Commentaire)
