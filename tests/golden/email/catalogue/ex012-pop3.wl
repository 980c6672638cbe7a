// Catalogue 012 (fr:3032022) : EmailOuvreSessionPOP3 ; la lecture des
// emails n'est pas prise en charge, l'ouverture échoue avec ErreurInfo et
// le nom d'utilisateur reste vide
SI EmailOuvreSessionPOP3("lecteur", "secret", "pop.example.com") ALORS
	qui = "lecteur"
SINON
	qui = ""
	Erreur("Connexion POP3 impossible")
	Trace("[" + qui + "]", ErreurDétectée)
	Trace(ErreurInfo())
FIN
