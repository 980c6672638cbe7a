// foUnicode : UTF-16 petit-boutiste avec la marque FF FE, écrite par
// foCréation + foUnicode et lue automatiquement (doc 3036036).
Rép est une chaîne = "tmp_encodage_unicode"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\u.txt"
f est un entier = fOuvre(Nom, foCréation + foUnicode)
fEcritLigne(f, "Noël")
fFerme(f)
// 2 (marque) + 2 × 4 caractères + 2 × 2 (CR LF)
Trace("octets :", fTaille(Nom))
f = fOuvre(Nom, foLecture + foUnicode)
Trace(fLitLigne(f), fLitLigne(f) = EOT)
fFerme(f)
// foCréationSiInexistant + foUnicode sur un fichier existant : la marque
// n'est pas réécrite.
f = fOuvre(Nom, foCréationSiInexistant + foUnicode + foAjout)
fEcritLigne(f, "An")
fFerme(f)
Trace("octets :", fTaille(Nom))
Trace(Remplace(fChargeTexte(Nom, foUnicode), RC, "|"))
fRepSupprime(Rép, frRécursif)
