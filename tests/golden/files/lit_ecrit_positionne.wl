// fEcrit écrase les octets à la position en cours, fLit lit un bloc,
// fPositionne renvoie et change la position (doc 3036014, 3036048, 3036039).
Rép est une chaîne = "tmp_lit_ecrit_positionne"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\bloc.txt"
fSauveTexte(Nom, "0123456789")
IDFichier est un entier = fOuvre(Nom, foLectureEcriture)
Trace(fLit(IDFichier, 4))
Trace("écrits :", fEcrit(IDFichier, "ABCDEF", 3))
Trace("position :", fPositionne(IDFichier, 0, fpCourant))
Trace(fPositionne(IDFichier, 0, fpDébut), fLit(IDFichier, 100))
Trace(fPositionne(IDFichier, -2, fpFin), fLit(IDFichier, 5))
s est une chaîne = fLit(IDFichier, 5)
Trace("fin : [" + s + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(fEcrit(IDFichier, "Compte-rendu" + RC + "Ventes de mars 2021"))
fFerme(IDFichier)
Trace(fTaille(Nom))
fRepSupprime(Rép, frRécursif)
