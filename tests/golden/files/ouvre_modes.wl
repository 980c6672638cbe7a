// Modes d'ouverture de fOuvre (doc 3036036) : foLecture interdit
// l'écriture, foEcriture la lecture, foAjout écrit à la fin,
// foLectureEcriture (défaut) permet les deux.
Rép est une chaîne = "tmp_ouvre_modes"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
Nom est une chaîne = Rép + "\modes.txt"
fSauveTexte(Nom, "un" + RC)
f est un entier = fOuvre(Nom, foLecture)
Trace(fEcritLigne(f, "refusé"), ErreurDétectée)
Trace(ErreurInfo())
fFerme(f)
f = fOuvre(Nom, foEcriture + foAjout)
Trace(fLitLigne(f) = "", ErreurDétectée)
Trace(ErreurInfo())
Trace(fEcritLigne(f, "deux"))
fFerme(f)
f = fOuvre(Nom, foLectureEcriture + foAjout)
Trace(fEcritLigne(f, "trois"))
fFerme(f)
f = fOuvre(Nom)
POUR i = 1 À 3
	Trace(i, fLitLigne(f))
FIN
Trace(fLitLigne(f) = EOT)
fFerme(f)
Trace(fOuvre(Rép), ErreurInfo())
fRepSupprime(Rép, frRécursif)
