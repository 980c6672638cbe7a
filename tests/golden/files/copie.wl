// fCopieFichier (doc 3036004) : vers un fichier (répertoires créés), vers
// un répertoire, avec jokers, récursivement avec frRécursif ; erreurs.
Rép est une chaîne = "tmp_copie"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép + "\src\sous")
fSauveTexte(Rép + "\src\Fichier.doc", "doc")
fSauveTexte(Rép + "\src\image.bmp", "bmp")
fSauveTexte(Rép + "\src\sous\autre.bmp", "bmp2")
Trace(fCopieFichier(Rép + "\src\Fichier.doc", Rép + "\Documents\CopieFichier.doc"))
Trace(fChargeTexte(Rép + "\Documents\CopieFichier.doc"))
Trace(fCopieFichier(Rép + "\src\Fichier.doc", Rép + "\Documents\"))
Trace(fFichierExiste(Rép + "\Documents\Fichier.doc"))
Trace(fCopieFichier(Rép + "\src\*.bmp", Rép + "\plat"))
Trace(fFichierExiste(Rép + "\plat\image.bmp"), fRepExiste(Rép + "\plat\sous"))
Trace(fCopieFichier(Rép + "\src\*.*", Rép + "\arbre\", frRécursif))
Trace(fChargeTexte(Rép + "\arbre\sous\autre.bmp"))
Trace(fCopieFichier(Rép + "\src\absent.doc", Rép + "\x.doc"), ErreurInfo())
Trace(fCopieFichier(Rép + "\src\Fichier.doc", Rép + "\src\Fichier.doc"), ErreurInfo())
fRepSupprime(Rép, frRécursif)
