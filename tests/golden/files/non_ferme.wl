// Ce qu'un fichier ouvert a écrit est visible des fonctions qui prennent
// un chemin ; les fichiers encore ouverts sont fermés à la fin de
// l'exécution (wl) ; foSuppressionAutomatique supprime à la fermeture
// (doc 3036036).
Rép est une chaîne = "tmp_non_ferme"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
f est un entier = fCrée(Rép + "\ouvert.txt")
fEcritLigne(f, "visible")
Trace(fTaille(Rép + "\ouvert.txt"), fChargeTexte(Rép + "\ouvert.txt") = "visible" + RC)
t est un entier = fOuvre(Rép + "\temp.txt", foCréation + foSuppressionAutomatique)
Trace(fFichierExiste(Rép + "\temp.txt"))
fFerme(t)
Trace(fFichierExiste(Rép + "\temp.txt"))
fFerme(f)
fRepSupprime(Rép, frRécursif)
