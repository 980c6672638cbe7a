//! args: --no-files
// wl run --no-files : l'hôte n'accorde pas l'accès aux fichiers ; chaque
// fonction renvoie sa valeur d'échec avec ErreurDétectée à Vrai (DESIGN,
// frontière de l'hôte). Les fonctions de chemin pures restent utilisables.
f est un entier = fOuvre("sans_acces.wl", foLecture)
Trace(f, ErreurDétectée)
Trace(ErreurInfo())
Trace(fFichierExiste("sans_acces.wl"), ErreurDétectée)
s est une chaîne = fChargeTexte("sans_acces.wl")
Trace("[" + s + "]", ErreurDétectée)
Trace(fSauveTexte("interdit.txt", "x"), fRepCrée("tmp_sans_acces"), fTaille("sans_acces.wl"))
Trace(fRepEnCours(), ErreurInfo(errPendant))
Trace(fExtraitChemin("C:\a\b.txt", fFichier), ErreurDétectée)
