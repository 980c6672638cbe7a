// fLitLigne renvoie EOT à la fin du fichier, et "" avec ErreurDétectée
// quand le fichier n'est pas ouvert (doc 3036031).
Rép est une chaîne = "tmp_eot_fin_fichier"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
fSauveTexte(Rép + "\vide.txt", "")
f est un entier = fOuvre(Rép + "\vide.txt")
Trace("fichier vide :", fLitLigne(f) = EOT)
fFerme(f)
fSauveTexte(Rép + "\un.txt", "seule ligne sans fin de ligne")
f = fOuvre(Rép + "\un.txt")
Trace(fLitLigne(f))
Trace("puis :", fLitLigne(f) = EOT, fLitLigne(f) = EOT)
Trace(fFerme(f))
s est une chaîne = fLitLigne(f)
Trace("fermé : [" + s + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(fFerme(f), ErreurDétectée)
fRepSupprime(Rép, frRécursif)
