//! smtp: insecure-auth auth compta:s3cret
// Catalogue 001 (fr:3032025) : session SMTP ouverte par nom d'utilisateur
// et mot de passe, sans TLS, time-out de 10 s ; une procédure remplit la
// structure Email, EmailEnvoieMessage(nom) l'envoie, EmailFermeSession(nom)
// ferme (l'échec d'ouverture : ex001-echec).
// Mot de passe en clair : permis ici parce que le serveur est la boucle
// locale (DECISIONS 16).
EmailChangeTimeOut(10)
Trace(EmailLitTimeOut())
SI EmailOuvreSessionSMTP("compta", "s3cret", "127.0.0.1") ALORS
	Remplir("Relevé")
	SI PAS EmailEnvoieMessage("compta") ALORS
		Erreur()
	FIN
	EmailFermeSession("compta")
SINON
	Erreur("Connexion impossible", ErreurInfo(), "Vérifiez le pare-feu (port 25)")
FIN

PROCÉDURE Remplir(sujet)
Email.Expéditeur = "compta@example.com"
Email.Destinataire[1] = "client@example.com"
Email.NbDestinataire = 1
Email.Sujet = sujet
Email.Message = "Votre relevé du mois."
