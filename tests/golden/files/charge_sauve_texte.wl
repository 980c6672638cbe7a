// fSauveTexte crée ou remplace, fChargeTexte relit, fAjouteTexte ajoute à
// la fin (doc 3036046, 3036006, 1000020494). Exemple de la doc 3036046 :
// copie en remplaçant "Franc" par "Euro".
Rép est une chaîne = "tmp_charge_sauve_texte"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép)
MaChaîneTexte est une chaîne = "Ceci est un test" + RC + "Utilisation de fSauveTexte"
Trace(fSauveTexte(Rép + "\MonFichier.txt", MaChaîneTexte))
Trace(fChargeTexte(Rép + "\MonFichier.txt") = MaChaîneTexte)
fSauveTexte(Rép + "\PrixFrancs.txt", "10 Franc;20 Franc")
ContenuFichier est une chaîne
ContenuFichier = fChargeTexte(Rép + "\PrixFrancs.txt")
ContenuFichier = Remplace(ContenuFichier, "Franc", "Euro")
fSauveTexte(Rép + "\PrixEuros.txt", ContenuFichier)
Trace(fChargeTexte(Rép + "\PrixEuros.txt"))
Trace(fAjouteTexte(Rép + "\PrixEuros.txt", ";30 Euro"))
Trace(fChargeTexte(Rép + "\PrixEuros.txt"))
Trace(fAjouteTexte(Rép + "\Nouveau.txt", "créé"))
Trace(fChargeTexte(Rép + "\Nouveau.txt"))
// Les 0 binaires sont gardés.
fSauveTexte(Rép + "\binaire.bin", "a" + Caract(0) + "b")
Trace(Taille(fChargeTexte(Rép + "\binaire.bin")))
s est une chaîne = fChargeTexte(Rép + "\absent.txt")
Trace("[" + s + "]", ErreurDétectée)
Trace(ErreurInfo())
fRepSupprime(Rép, frRécursif)
