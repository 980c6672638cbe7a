//! smtp: plain insecure-auth auth alice:secret
// STARTTLS exigé mais absent (retiré) : l'ouverture échoue sans envoyer
// d'identifiants, même si le serveur offre AUTH en clair (issue 4)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
s.Nom = "alice"
s.MotDePasse = "secret"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
FIN
