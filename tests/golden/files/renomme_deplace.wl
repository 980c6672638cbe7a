// fRenomme (doc 3036038) et fDéplaceFichier (doc 3036060) : renommer,
// déplacer ; le nouveau fichier ne doit pas exister.
Rép est une chaîne = "tmp_renomme_deplace"
fRepSupprime(Rép, frRécursif + frLectureSeule)
fRepCrée(Rép + "\Temp")
fSauveTexte(Rép + "\Fichier.doc", "A")
fSauveTexte(Rép + "\Autre.doc", "B")
Trace(fRenomme(Rép + "\Fichier.doc", Rép + "\FichierRenommé.doc"))
Trace(fFichierExiste(Rép + "\Fichier.doc"), fChargeTexte(Rép + "\FichierRenommé.doc"))
Trace(fRenomme(Rép + "\Autre.doc", Rép + "\FichierRenommé.doc"), ErreurInfo())
Trace(fRenomme(Rép + "\FichierRenommé.doc", Rép + "\Temp\FichierRenommé.doc"))
Res est un booléen = fDéplaceFichier(Rép + "\Autre.doc", Rép + "\Temp\Fen1.wdw")
Trace(Res, fChargeTexte(Rép + "\Temp\Fen1.wdw"))
Trace(fDéplaceFichier(Rép + "\Autre.doc", Rép + "\Temp\X.doc"), ErreurInfo())
Trace(fRenomme(Rép + "\Temp", Rép + "\Temp2"), fRepExiste(Rép + "\Temp2"))
fRepSupprime(Rép, frRécursif)
