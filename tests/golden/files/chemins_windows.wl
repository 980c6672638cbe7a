// Chemins relatifs façon Windows (séparateur \) et remontées ".." : sous
// Linux le \ est un séparateur (choix de wl). wl run accorde tout le
// système de fichiers : ".." reste permis.
Rép est une chaîne = "tmp_chemin_hors_racine"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép + "\a\b")
fSauveTexte(Rép + "\a\b\..\f.txt", "remonté")
Trace(fFichierExiste(Rép + "/a/f.txt"), fChargeTexte(Rép + "\a\.\f.txt"))
Trace(fFichierExiste(Rép + "\a\b\..\..\a\f.txt"))
fRepSupprime(Rép, frRécursif)
