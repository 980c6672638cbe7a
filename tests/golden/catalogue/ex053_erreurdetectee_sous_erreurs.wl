// Reproduit le comportement documenté de fr:3013008 (exemple 053) : sans erreur, ErreurDétectée = Faux et rien n'est affiché ; après l'échec non fatal d'une fonction WLangage, ErreurInfo() donne le message principal et POUR i = 1 _À_ ErreurInfo(errNombreSousErreur) parcourt les sous-erreurs (aucune ici).
Rapport()
Début est une chaîne = Gauche("abcdef", -2)
Rapport()
Trace("Résultat de Gauche = EOT : " + (Début = EOT))

PROCÉDURE Rapport()
SI ErreurDétectée = Vrai ALORS
	Trace(ErreurInfo())
	Trace("Sous-erreurs : " + ErreurInfo(errNombreSousErreur))
	POUR i = 1 _À_ ErreurInfo(errNombreSousErreur)
		Trace("Sous-erreur " + i + " : " + ErreurInfo(errMessage, i))
	FIN
SINON
	Trace("Aucune erreur")
FIN
