// SPEC §3.4 : bloc CONSTANTE … FIN ; une constante se lit comme une variable
CONSTANTE
	TAUX_TVA = 20
	NOM_APPLI = "Gestion"
FIN
Trace(NOM_APPLI, 100 * (1 + TAUX_TVA / 100))
