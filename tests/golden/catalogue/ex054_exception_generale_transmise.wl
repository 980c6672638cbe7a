// Reproduit le comportement documenté de fr:3034001 (exemple 054) : un traitement d'exception général au niveau du script (FinProgramme) et un autre dans une procédure ; dans la procédure, le code attendu rend "" par RENVOYER, tout autre code est transmis au niveau supérieur par le mot-clé EXCEPTION seul. FinProgramme termine avec le statut 0.
CodeAbsent est un entier = 404
QUAND EXCEPTION
	Trace("Niveau script : " + ExceptionInfo(errMessage))
	FinProgramme()
FIN
Trace("[" + Lecture("absent") + "]")
Trace("[" + Lecture("présent") + "]")
Trace("[" + Lecture("cassé") + "]")
Trace("jamais affiché")

PROCÉDURE Lecture(Clé)
QUAND EXCEPTION
	// l'absence est prévue : on rend une chaîne vide
	SI ExceptionInfo(errCode) = CodeAbsent ALORS RENVOYER ""
	// tout le reste remonte
	EXCEPTION
FIN
SI Clé = "absent" ALORS ExceptionDéclenche(404, "clé absente")
SI Clé = "cassé" ALORS ExceptionDéclenche(500, "panne de lecture")
RENVOYER "valeur de " + Clé
