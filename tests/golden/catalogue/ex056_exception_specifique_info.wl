// Reproduit le comportement documenté de fr:3034006 (exemple 056) : QUAND EXCEPTION DANS … FAIRE … FIN dans une procédure ; RENVOYER d'une expression entre parenthèses dans le bloc protégé ; dans le traitement, ExceptionInfo(errCode) comparé à un code attendu puis RENVOYER "" ; ExceptionInfo() sans argument = message complet ; POUR i = 1 À ExceptionInfo(errNombreSousErreur) parcourt les sous-erreurs.
CodeInconnu est un entier = 31
Trace("[" + Valeur("normal") + "]")
Trace("[" + Valeur("inconnu") + "]")
QUAND EXCEPTION DANS
	ExceptionDéclenche(8, "division impossible")
	Trace("jamais affiché")
FAIRE
	Trace(ExceptionInfo())
	POUR i = 1 À ExceptionInfo(errNombreSousErreur)
		Trace("Sous-erreur " + i + " : " + ExceptionInfo(errMessage, i))
	FIN
FIN
Trace("suite du script")

PROCÉDURE Valeur(Nom)
QUAND EXCEPTION DANS
	SI Nom = "inconnu" ALORS ExceptionDéclenche(31, "nom inconnu")
	RENVOYER (Nom + "!")
FAIRE
	SI ExceptionInfo(errCode) = CodeInconnu ALORS RENVOYER ""
FIN
