// SPEC §4.8: PROCÉDURE P(*) and MesParamètres
Trace(Somme(1, 2, 3, 4))
Trace(Somme())
PROCÉDURE Somme(*)
total est un entier
POUR i = 1 _À_ MesParamètres.Occurrence
	total += MesParamètres[i]
FIN
RENVOYER total
