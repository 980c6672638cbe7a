// fExtraitChemin (doc 3036026) : les exemples de la documentation.
sCheminFichier est une chaîne
sResNomFichier est une chaîne
sResNomChemin est une chaîne
sCheminFichier = "C:\MesRépertoires\Fichier.doc"
sResNomFichier = fExtraitChemin(sCheminFichier, fFichier)
Trace(sResNomFichier)
sResNomChemin = fExtraitChemin(sCheminFichier, fDisque + fRépertoire)
Trace(sResNomChemin)
Trace(fExtraitChemin("\\lg-br\sharedfiles\downloads\Windev\setup.exe", fDisque))
Trace(fExtraitChemin("\\lg-br\sharedfiles\downloads\Windev\setup.exe", fRépertoire))
c est une chaîne = "C:\Temp\Donnée\Fichier.txt"
Trace(fExtraitChemin(c, fExtension))
Trace(fExtraitChemin(c, fFichier))
Trace(fExtraitChemin(c, fRépertoire))
Trace(fExtraitChemin(c, fDisque))
Trace(fExtraitChemin(c, fFichier + fExtension))
Trace(fExtraitChemin(c, fRépertoire + fFichier))
Trace(fExtraitChemin("/home/moi/archive.tar.gz", fRépertoire + fFichier))
Trace(fExtractPath("C:\Temp\", fFile + fExtension) = "")
