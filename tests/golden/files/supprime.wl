// fSupprime (doc 3036029) : un fichier, des jokers ; Faux et ErreurInfo
// pour un fichier absent ; un fichier en lecture seule demande
// frLectureSeule.
Rép est une chaîne = "tmp_supprime"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
POUR TOUTE CHAÎNE n DE "a.txt,b.txt,c.csv,d.TXT" SÉPARÉE PAR ","
	fSauveTexte(Rép + "\" + n, n)
FIN
Trace(fSupprime(Rép + "\a.txt"), fFichierExiste(Rép + "\a.txt"))
Trace(fSupprime(Rép + "\*.txt"))
Trace(fFichierExiste(Rép + "\b.txt"), fFichierExiste(Rép + "\d.TXT"), fFichierExiste(Rép + "\c.csv"))
nRes est un booléen = fSupprime(Rép + "\absent.txt")
SI nRes = Faux ALORS Trace(ErreurInfo(errMessage))
Trace(fSupprime(Rép + "\*.txt"), ErreurInfo())
f est un entier = fOuvre(Rép + "\c.csv")
Trace(fSupprime(Rép + "\c.csv"), ErreurInfo())
fFerme(f)
Trace(fSupprime(Rép + "\c.csv"))
fRepSupprime(Rép, frRécursif)
