//! smtp: starttls cert-for smtp.example.com auth agent@example.com:jeton-xyz
// Catalogue 004 (fr:1000018765) : emailSessionSMTP avec un jeton OAuth 2.0
// (AuthToken) sur STARTTLS, port 587 : l'authentification est XOAUTH2 ;
// l'Email envoyé n'est pas rempli, l'envoi échoue sans rien transmettre ;
// la session est fermée. (AuthIdentifie demande un hôte interactif : ici le
// jeton est donné directement.)
cnx est une emailSessionSMTP
cnx.AdresseServeur = "smtp.example.com"
cnx.Nom = "agent@example.com"
cnx.MotDePasse = "inutile"
cnx.Port = 587
cnx.Option = emailProtocoleSMTPS
cnx.AuthToken = "jeton-xyz"
SI cnx.AuthToken <> Null ALORS
	SI PAS EmailOuvreSession(cnx) ALORS
		Erreur("Ouverture impossible.", ErreurInfo(), "Port utilisé : " + cnx.Port)
		RETOUR
	FIN
	vide est un Email
	Trace(EmailEnvoieMessage(cnx, vide))
	EmailFermeSession(cnx)
FIN
