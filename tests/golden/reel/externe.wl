// Déclaration EXTERNE (doc 3034006 : « EXTERNE "Except.WL" » charge les
// constantes de gestion des exceptions) : wl déclare les noms et vérifie le
// code qui les utilise (pas d'erreur 301), mais ne charge pas l'élément
// externe ; atteindre la déclaration est une erreur d'exécution (9400).
// Une variable nommée Externe reste une variable.
Externe est un entier = 2
Trace("avant", Externe)
QUAND EXCEPTION DANS
	Trace(Somme())
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
EXTERNE "Except.WL"
Trace("jamais")

PROCÉDURE Somme()
EXTERNE gnTotal, gsLibellé
RENVOYER gsLibellé + gnTotal
