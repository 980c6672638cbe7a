// fCrée / fEcritLigne / fFerme puis fOuvre / fLitLigne jusqu'à EOT
// (doc 3036017, 3036025, 3036031, 3036027). fEcritLigne termine chaque
// ligne par RC (CR LF) : 3 lignes de 12, 0 et 9 caractères = 27 octets.
Rép est une chaîne = "tmp_ecrit_lit_lignes"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\compte-rendu.txt"
IDFichier est un entier = fCrée(Nom)
Trace(IDFichier <> -1)
Trace(fEcritLigne(IDFichier, "Compte-rendu"))
Trace(fEcritLigne(IDFichier, ""))
Trace(fEcritLigne(IDFichier, "Mars 2021"))
Trace(fFerme(IDFichier))
Trace("Taille :", fTaille(Nom))
IDFichier = fOuvre(Nom, foLecture)
Ligne est une chaîne = fLitLigne(IDFichier)
TANTQUE Ligne <> EOT
	Trace("[" + Ligne + "]")
	Ligne = fLitLigne(IDFichier)
FIN
Trace(fFerme(IDFichier))
fRepSupprime(Rép, frRécursif)
Trace(fRepExiste(Rép))
