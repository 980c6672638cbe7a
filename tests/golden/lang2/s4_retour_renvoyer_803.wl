// SPEC §4.7, §10 : RETOUR et RENVOYER dans le même traitement : erreur de compilation 803
Trace(Signe(3))

PROCÉDURE Signe(n)
SI n < 0 ALORS RETOUR
RENVOYER 1
