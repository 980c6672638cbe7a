// Par défaut un fichier texte est en UTF-8 (choix de wl, voir le paquet
// stdlib/files) ; fLit rend les octets sans conversion (doc 3036048).
Rép est une chaîne = "tmp_encodage_utf8"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\été.txt"
f est un entier = fCrée(Nom)
fEcritLigne(f, "été")
fFerme(f)
// é = 2 octets en UTF-8 : 5 + CR LF
Trace("octets :", fTaille(Nom))
f = fOuvre(Nom)
Trace(fLitLigne(f))
fPositionne(f, 0, fpDébut)
Trace("deux premiers octets :", fLit(f, 2) = "é")
fFerme(f)
fRepSupprime(Rép, frRécursif)
