//! smtp: insecure-auth auth alice:secret
// Des identifiants ne partent jamais en clair vers un autre hôte que la
// boucle locale : l'ouverture échoue avant toute connexion (DECISIONS 16)
s est une emailSessionSMTP
s.AdresseServeur = "smtp.example.com"
s.Nom = "alice"
s.MotDePasse = "secret"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
FIN
