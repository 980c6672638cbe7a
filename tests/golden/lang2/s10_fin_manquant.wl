// FIN manquant (issue 11): le bloc ouvert est nommé comme le script l'écrit, code wl 9106
TANTQUE Vrai
	Trace(1)
