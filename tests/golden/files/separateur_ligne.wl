// fLitLigne (doc 3036031) : le séparateur par défaut est RC ; wl lit aussi
// les fins de ligne LF seules (fichiers Linux) ; un séparateur donné est
// cherché tel quel.
Rép est une chaîne = "tmp_separateur_ligne"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
fSauveTexte(Rép + "\lf.txt", "un" + Caract(10) + "deux" + RC + "trois" + Caract(10))
f est un entier = fOuvre(Rép + "\lf.txt")
l est une chaîne = fLitLigne(f)
TANTQUE l <> EOT
	Trace("[" + l + "]", Taille(l))
	l = fLitLigne(f)
FIN
fFerme(f)
fSauveTexte(Rép + "\csv.txt", "a;b;;c")
f = fOuvre(Rép + "\csv.txt")
l = fLitLigne(f, ";")
TANTQUE l <> EOT
	Trace("[" + l + "]")
	l = fLitLigne(f, ";")
FIN
fFerme(f)
fRepSupprime(Rép, frRécursif)
