// CATALOGUE 052 (doc 3013008, 1er bloc) : fOuvre d'un fichier impossible à
// ouvrir renvoie -1 et renseigne ErreurInfo (erreur non fatale).
// Le fragment est enveloppé dans une procédure qui reçoit NomFichier.
Trace(Présentation("absent_052.txt"))
Trace("ErreurDétectée :", ErreurDétectée)

PROCÉDURE Présentation(NomFichier)
// Ouverture du fichier de présentation
nIDFichier est un entier = fOuvre(NomFichier, foLecture)
// Vérification de l'ouverture du fichier
SI nIDFichier = -1 ALORS
	Erreur("Impossible d'ouvrir le fichier : " + NomFichier, ErreurInfo())
	RENVOYER Faux
FIN
RENVOYER Vrai
