// SPEC §4.7, §1.4 : RETOUR quitte la procédure (sans valeur) ; au niveau du script, il termine le script
Vérifie(-1)
Vérifie(4)
Trace("avant RETOUR")
RETOUR
Trace("jamais")

PROCÉDURE Vérifie(n)
SI n < 0 ALORS
	Trace("négatif : on sort")
	RETOUR
FIN
Trace("positif :", n)
