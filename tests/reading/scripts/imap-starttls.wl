//! imap: starttls
// IMAP avec STARTTLS obligatoire (emailProtocoleSMTPS, extension de wl),
// lecture des entêtes seulement [fr:3032013, fr:3032018, fr:3032015,
// fr:3032019] et taille des messages [fr:3032030].
SI PAS EmailOuvreSessionIMAP("imap-starttls", "secret", "localhost", 143, emailProtocoleSMTPS) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email
Trace(EmailLitEntêtePremier("imap-starttls", m), m.Sujet, "[" + m.Message + "]", EmailTailleMessage("imap-starttls") > 0)
Trace(EmailLitEntêteSuivant("imap-starttls", m), m.Sujet, m.Expéditeur)
Trace(EmailLitEntêteDernier("imap-starttls", m), m.Sujet)
Trace(EmailLitEntêtePrécédent("imap-starttls", m), m.Sujet)
// Entête liste les champs que les propriétés ne portent pas déjà.
POUR TOUT h DE m.Entête
	Trace(h.Nom, ":", h.Valeur)
FIN
EmailFermeSession("imap-starttls")
