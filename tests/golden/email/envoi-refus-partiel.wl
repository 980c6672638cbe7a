//! smtp: plain reject-rcpt inconnu@example.com 550/5.1.1 reject-rcpt plein@example.com 452/4.2.2
// Des destinataires refusés parmi d'autres : chaque refus est rapporté avec
// son code ; le message n'est envoyé à personne (RSET) ; errCode est le
// code de réponse SMTP, temporaire ou permanent visible (issue 4).
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
Ajoute(m.Destinataire, "ok@example.com")
Ajoute(m.Destinataire, "inconnu@example.com")
Ajoute(m.Cc, "plein@example.com")
m.Sujet = "Essai"
m.Message = "Bonjour"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m), ErreurInfo(errCode))
	Erreur(ErreurInfo())
	// seul le refus temporaire
	m.Destinataire = "ok@example.com"
	Trace(s.EnvoieMessage(m), ErreurInfo(errCode))
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
