//! smtp: plain reject-mail 451/4.3.0
// Refus temporaire de l'expéditeur (MAIL FROM)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "toi@example.com"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m), ErreurInfo(errCode))
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
