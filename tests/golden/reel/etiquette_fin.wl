// L'étiquette FIN: (fr:1510014) : son code s'exécute à chaque fin du
// traitement, y compris après RENVOYER (la valeur est gardée puis
// renvoyée) et après le traitement automatique des erreurs.
Trace(Cherche(3))
Trace(Cherche(12))
Trace(Appel())
PROCÉDURE Cherche(n est un entier) : chaîne
POUR i = 1 À 10
	SI i = n ALORS RENVOYER "trouvé " + i
FIN
RENVOYER "absent"
FIN:
Trace("fin de Cherche", n)

PROCÉDURE Appel()
Echoue()
Trace("pas ici")
FIN:
Trace("FIN: après CAS ERREUR:")
CAS ERREUR:
Trace("erreur :", ErreurInfo(errMessage))

PROCÉDURE Echoue()
ErreurDéclenche(12, "échec voulu")
