// fFichierExiste (doc 3036015) : Faux pour un répertoire ; fRepExiste /
// fRépertoireExiste (doc 1000021899, 3036059) : Faux pour un fichier.
Rép est une chaîne = "tmp_existe"
fRepSupprime(Rép, frRécursif + frLectureSeule)
Trace(fRepExiste(Rép), fFichierExiste(Rép))
fRepCrée(Rép)
fSauveTexte(Rép + "\f.txt", "x")
Trace(fRepExiste(Rép), fRépertoireExiste(Rép), fFichierExiste(Rép))
Trace(fFichierExiste(Rép + "\f.txt"), fRepExiste(Rép + "\f.txt"))
Trace(fFichierExiste(Rép + "\g.txt"), ErreurDétectée)
UnFichier est une chaîne = Rép + "\f.txt"
SI fFichierExiste(UnFichier) = Vrai ALORS
	Info("Le fichier " + UnFichier + " existe bien sur le disque")
FIN
fRepSupprime(Rép, frRécursif)
