// Concaténation de fichiers externes comme la doc 3036036 la décrit :
// destination en foAjout, source en foLecture, fLitLigne / fEcritLigne.
Rép est une chaîne = "tmp_concatene"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
fSauveTexte(Rép + "\dest.txt", "début" + RC)
fSauveTexte(Rép + "\source.txt", "s1" + RC + "s2" + RC)
Dest est un entier = fOuvre(Rép + "\dest.txt", foAjout)
Source est un entier = fOuvre(Rép + "\source.txt", foLecture)
SI Dest <> -1 _ET_ Source <> -1 ALORS
	Ligne est une chaîne = fLitLigne(Source)
	TANTQUE Ligne <> EOT
		fEcritLigne(Dest, Ligne)
		Ligne = fLitLigne(Source)
	FIN
	fFerme(Source)
	fFerme(Dest)
FIN
Trace(Remplace(fChargeTexte(Rép + "\dest.txt"), RC, "|"))
fRepSupprime(Rép, frRécursif)
