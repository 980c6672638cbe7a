// foAnsi : fichier Windows-1252, un octet par caractère (doc 3036036,
// 3036025) ; fChargeTexte avec foAnsi décode (doc 3036006).
Rép est une chaîne = "tmp_encodage_ansi"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\ansi.txt"
f est un entier = fOuvre(Nom, foCréation + foAnsi)
fEcritLigne(f, "Été à 10 €")
fFerme(f)
// 10 caractères + CR LF
Trace("octets :", fTaille(Nom))
f = fOuvre(Nom, foLecture + foAnsi)
Trace(fLitLigne(f))
fFerme(f)
s est une chaîne = fChargeTexte(Nom, foAnsi)
Trace(Taille(s), Gauche(s, 10))
// Sans foAnsi, une ligne qui n'est pas de l'UTF-8 est lue en Windows-1252.
f = fOuvre(Nom, foLecture)
Trace(fLitLigne(f))
fFerme(f)
fRepSupprime(Rép, frRécursif)
