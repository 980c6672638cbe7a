// fRepCrée crée les répertoires intermédiaires et renvoie Vrai si le
// répertoire existe déjà (doc 3036043) ; fRepSupprime exige un répertoire
// vide sans frRécursif (doc 3036051).
Rép est une chaîne = "tmp_repertoires"
fRepSupprime(Rép, frRécursif + frLectureSeule)
Trace(fRepCrée(Rép + "\MesRépertoires\MesFichiers\"))
Trace(fRepCrée(Rép + "\MesRépertoires"))
Trace(fRepExiste(Rép + "\MesRépertoires\MesFichiers"))
fSauveTexte(Rép + "\MesRépertoires\MesFichiers\f.txt", "x")
Trace(fRepCrée(Rép + "\MesRépertoires\MesFichiers\f.txt"), ErreurInfo())
Trace(fRepSupprime(Rép + "\MesRépertoires"), ErreurInfo())
Trace(fRepSupprime(Rép + "\MesRépertoires\MesFichiers\f.txt"), ErreurInfo())
Trace(fRepSupprime(Rép + "\absent"), ErreurInfo())
Trace(fRepSupprime(Rép + "\MesRépertoires", frRécursif))
Trace(fRepExiste(Rép + "\MesRépertoires"))
Trace(fRepSupprime(Rép))
