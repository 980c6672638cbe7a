// Catalogue 012 (fr:3032022) : EmailOuvreSessionPOP3 ; le mot de passe
// irait en clair vers un hôte distant (DECISIONS 16) : l'ouverture échoue
// avec ErreurInfo, sans accès au réseau, et le nom d'utilisateur reste vide
SI EmailOuvreSessionPOP3("lecteur", "secret", "pop.example.invalid") ALORS
	qui = "lecteur"
SINON
	qui = ""
	Erreur("Connexion POP3 impossible")
	Trace("[" + qui + "]", ErreurDétectée)
	Trace(ErreurInfo())
FIN
