// fRepEnCours (doc 3036022) : le répertoire en cours de l'exécution ; les
// noms relatifs le suivent. Le chemin complet dépend de la machine : on
// n'affiche que son dernier élément.
Rép est une chaîne = "tmp_rep_en_cours"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép + "\dedans")
Départ est une chaîne = fRepEnCours()
Trace(fExtraitChemin(Départ, fFichier))
Nouveau est une chaîne = fRepEnCours(Rép + "\dedans   ")
Trace(fExtraitChemin(Nouveau, fFichier), fRepEnCours() = Nouveau)
fSauveTexte("ici.txt", "relatif")
Trace(fChargeTexte(Départ + fSep() + Rép + fSep() + "dedans" + fSep() + "ici.txt"))
Trace(fRepEnCours("absent"), ErreurInfo())
Trace(fRepSupprime("..", frRécursif), ErreurInfo())
Trace(fRepEnCours("..\..") = Départ)
Trace(fRepSupprime(Rép, frRécursif))
