//! smtp: reject-rcpt inconnu@example.com 550/5.1.1
// Un destinataire refusé : EnvoieMessage renvoie Faux, ErreurDétectée et
// ErreurInfo disent pourquoi (DECISIONS 14)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
Ajoute(m.Destinataire, "inconnu@example.com")
m.Sujet = "Essai"
m.Message = "Bonjour"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m), ErreurDétectée)
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
