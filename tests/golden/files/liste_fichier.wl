// fListeFichier (doc 3036058) : noms complets séparés par RC, récursif par
// défaut, frNonRécursif ; jokers sans tenir compte de la casse. Les noms
// complets dépendent de la machine : on n'affiche que nom + extension.
Rép est une chaîne = "tmp_liste_fichier"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép + "\MesDocuments\Sous")
POUR TOUTE CHAÎNE n DE "b.bmp,A.BMP,c.txt,Sous\d.bmp" SÉPARÉE PAR ","
	fSauveTexte(Rép + "\MesDocuments\" + n, n)
FIN
ResListeFichier est une chaîne = fListeFichier(Rép + "\MesDocuments\*.BMP")
UnFichier est une chaîne
POUR TOUTE CHAÎNE UnFichier DE ResListeFichier SÉPARÉE PAR RC
	Trace(fExtraitChemin(UnFichier, fFichier + fExtension))
FIN
Trace("--")
POUR TOUTE CHAÎNE UnFichier DE fListeFichier(Rép + "\MesDocuments\*.*", frNonRécursif) SÉPARÉE PAR RC
	Trace(fExtraitChemin(UnFichier, fFichier + fExtension))
FIN
Trace("--")
// Les noms sont complets : chacun existe.
n est un entier = 0
POUR TOUTE CHAÎNE UnFichier DE ResListeFichier SÉPARÉE PAR RC
	SI fFichierExiste(UnFichier) ALORS n++
FIN
Trace(n)
s est une chaîne = fListeFichier(Rép + "\absent\*.*")
Trace("[" + s + "]", ErreurDétectée)
fRepSupprime(Rép, frRécursif)
