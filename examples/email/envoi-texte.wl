// Un message texte par une session SMTP : destinataires, copie, copie
// cachée (dans l'enveloppe seulement), accents dans le sujet.
//
//	wl run --mail-sink examples/email/envoi-texte.wl
Session est une emailSessionSMTP
Session.AdresseServeur = "smtp.example.com"
Session.Port = 587
Session.Option = emailProtocoleSMTPS

Facture est un Email
Facture.Expéditeur = "Service facturation <facturation@example.com>"
Ajoute(Facture.Destinataire, "client@example.com")
Ajoute(Facture.Cc, "comptabilite@example.com")
Ajoute(Facture.Cci, "archives@example.com")
Facture.Sujet = "Votre facture de décembre"
Facture.Message = "Bonjour," + RC + RC + "Votre facture de décembre est disponible." + RC + "Cordialement"

SI PAS Session.OuvreSession() ALORS
	Erreur("Connexion impossible :", ErreurInfo())
	RETOUR
FIN
SI Session.EnvoieMessage(Facture) ALORS
	Trace("Facture envoyée")
SINON
	Erreur("Envoi refusé :", ErreurInfo())
FIN
Session.FermeSession()
