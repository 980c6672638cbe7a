// foCréation vide un fichier existant, foCréationSiInexistant le garde et
// le crée seulement s'il manque (doc 3036036) ; fCrée recrée (3036017).
Rép est une chaîne = "tmp_creation"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\c.txt"
f est un entier = fOuvre(Nom, foCréationSiInexistant)
Trace("créé :", f <> -1, fTaille(Nom))
fEcritLigne(f, "contenu")
fFerme(f)
f = fOuvre(Nom, foCréationSiInexistant)
Trace("gardé :", fLitLigne(f))
fFerme(f)
f = fOuvre(Nom, foCréation)
Trace("vidé :", fTaille(Nom), fLitLigne(f) = EOT)
fEcrit(f, "abc")
fFerme(f)
Trace(fChargeTexte(Nom))
f = fCrée(Nom)
Trace("fCrée :", fTaille(Nom))
fFerme(f)
fRepSupprime(Rép, frRécursif)
