//! smtp: plain reject-rcpt refus@example.com 550/5.1.1
// Catalogue 011 (fr:3032009) : EmailOuvreSession POP3+SMTP en mode
// asynchrone, la structure Email (Destinataire sans indice), l'envoi par nom
// puis EmailEtat(Email.IdentifiantMail) dans un SELON. L'envoi met le
// message dans le spool (DECISIONS 20) : le script attend avec Multitâche
// que l'état ne soit plus emailEnAttente.
SI EmailOuvreSession("guichet", "secret", "pop.example.com", "smtp.example.com", 110, 25, Vrai) ALORS
	qui = "guichet"
SINON
	qui = ""
	Erreur("Connexion impossible")
FIN
POUR TOUT dest DE ["accueil@example.com", "refus@example.com"]
	Email.Destinataire = dest
	Email.Expéditeur = "guichet@example.com"
	Email.Message = "Essai automatique"
	Email.NbDestinataire = 1
	SI EmailEnvoieMessage(qui) ALORS
		Info("envoi accepté")
	SINON
		Erreur("envoi refusé '" + ErreurInfo(errMessage) + "'")
	FIN
	POUR i = 1 _À_ 500
		SI EmailEtat(Email.IdentifiantMail) <> emailEnAttente ALORS SORTIR
		Multitâche(1)
	FIN
	SELON EmailEtat(Email.IdentifiantMail)
		CAS emailEnvoyé : Trace("envoyé")
		CAS emailEnAttente : Trace("en attente")
		CAS emailErreur : Trace("erreur : " + ErreurInfo(errMessage))
	FIN
FIN
